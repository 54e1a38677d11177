package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.Files;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A teacher and an issuer's staff whose browsers ask for Spanish read the catalog, the design pages and the learning
 * pages in Spanish: headings, buttons, refusals of bad input (built from several messages), dates and numbers.
 */
class CatalogAndLearningInSpanishIntegrationTests extends IntegrationTest {

	static final Map<String, String> SPANISH = Map.of("Accept-Language", "es-MX,es;q=0.9");

	/** Dates as the pages show them to a reader of Spanish without a time zone of their own. */
	static final DateTimeFormatter SPANISH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
		.withLocale(Locale.forLanguageTag("es"))
		.withZone(ZoneId.of("America/New_York"));

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	CatalogService catalog;

	@Test
	void aTeacherBrowsesEnrollsAndWorksInSpanish() {
		Published credential = credentials.publish("Preguntas");
		CurrentUser teacher = data.teacher();
		WebClientSession session = browserSession().logIn(teacher.email(), TestData.PASSWORD);

		assertThat(get(session, "/catalog").body()).contains("Microcredenciales para docentes", "Ordenar por",
				"Aprobadas por mi distrito", "Borrar filtros", " resultados").doesNotContain("Sort by");
		String detail = get(session, "/catalog/" + credential.credential()).body();
		assertThat(detail).contains("Emitida por", "Competencia", "Datos clave", "15 horas (horas de desarrollo profesional)",
				"1,5", "3.º a 5.º grado", "Gratuita", "Inscribirse", "Solicitar el reconocimiento de aprendizajes previos",
				"cada criterio debe alcanzar el nivel <strong>Proficient</strong>", "Rúbrica: Lesson plan");

		String enroll = "/enroll/" + credential.credential();
		assertThat(get(session, enroll).body()).contains("Cumplo los requisitos de admisión indicados arriba.");
		HttpResponse<String> unconfirmed = session.post(enroll, enroll, Map.of(), SPANISH);
		assertThat(follow(session, unconfirmed).body()).contains("Confirme que cumple los requisitos de admisión.");

		HttpResponse<String> enrolled = session.post(enroll, enroll, Map.of("admission", "true"), SPANISH);
		String learnPath = location(enrolled);
		String learn = follow(session, enrolled).body();
		EnrollmentId id = new EnrollmentId(java.util.UUID.fromString(learnPath.substring(learnPath.lastIndexOf('/') + 1)));
		String since = SPANISH_DATE.format(enrollments.mine(teacher, id).enrolledAt());
		assertThat(learn).contains("Se completó su inscripción", "Estudio", "Mis notas", "Entregar mi evidencia",
				"inscripción: " + since, "Lectura: ", "Obligatoria");

		HttpResponse<String> badLinks = session.post(learnPath, learnPath + "/parts/plan/links", Map.of("links", "ftp://x"),
				SPANISH);
		assertThat(badLinks.statusCode()).isEqualTo(302);
		assertThat(follow(session, badLinks).body()).contains("Esta parte no admite enlaces.");
		HttpResponse<String> empty = session.post(learnPath, learnPath + "/submit",
				Map.of("token", java.util.UUID.randomUUID().toString()), SPANISH);
		assertThat(follow(session, empty).body())
			.contains("«Lesson plan» es obligatoria y todavía no tiene evidencia. «Reflection» es obligatoria");

		// the page script's upload carries no Accept-Language here: the switcher's choice (?lang=es) decides
		get(session, learnPath + "?lang=es");
		HttpResponse<String> program = session.upload(learnPath, learnPath + "/parts/plan/files", "plan.pdf",
				"application/pdf", Files.executable());
		assertThat(program.statusCode()).isEqualTo(400);
		assertThat(program.body()).contains("Los programas no se pueden subir.");

		assertThat(get(session, "/teacher").body()).contains("Mi aprendizaje", "En curso", "Recursos estudiados: 0 %",
				"Inscripción: " + since);
	}

	@Test
	void anIssuerAdministratorDesignsInSpanish() {
		Published credential = credentials.publish("Diseño");
		WebClientSession session = browserSession().logIn(credential.admin().email(), TestData.PASSWORD);

		String list = "/manage/issuers/" + credential.issuer() + "/credentials";
		assertThat(get(session, list).body()).contains("Microcredenciales y trayectorias", "Crear borrador", "Publicada",
				SPANISH_DATE.format(catalog.requireVersion(credential.version()).updatedAt()));
		String overview = get(session, "/manage/designs/" + credential.version()).body();
		assertThat(overview).contains("Lista de verificación del diseño", "Están todos los elementos obligatorios.",
				"Historial", "Aprobado y publicado", "Iniciar una nueva versión", "Versión 1: Publicada");

		HttpResponse<String> created = session.post(list, list, Map.of("title", "Borrador en español", "kind", "MICRO"),
				SPANISH);
		String edit = location(created);
		String editor = follow(session, created).body();
		assertThat(editor).contains("Se creó el borrador.", "Guardar el diseño", "Competencia y método",
				"Carga de trabajo (horas)", "Agregar una parte de la evidencia");

		HttpResponse<String> untitled = session.post(edit, edit, Map.of("kind", "MICRO", "formEnd", "1", "title", " ",
				"lockVersion", lockVersion(editor)), SPANISH);
		assertThat(untitled.statusCode()).isEqualTo(400);
		assertThat(untitled.body()).contains("Escriba un título.");

		String draft = edit.replace("/edit", "");
		HttpResponse<String> early = session.post(draft, draft + "/submit", Map.of("lockVersion", lockVersion(editor)),
				SPANISH);
		assertThat(follow(session, early).body()).contains("El diseño todavía no puede pasar a la revisión de calidad: "
				+ "Escriba el resumen. Escriba el enunciado de la competencia.", "Agregue al menos una parte de la evidencia.");
	}

	@Test
	void aQualityReviewerAndAnAnonymousVisitorReadSpanishToo() {
		Published credential = credentials.publish("Calidad");
		WebClientSession session = browserSession().logIn(credential.quality().email(), TestData.PASSWORD);
		assertThat(get(session, "/quality").body()).contains("Revisión de calidad", "Calidad de la evaluación");
		assertThat(get(session, "/quality/designs/" + credential.version()).body())
			.contains("Esta versión no está a la espera de revisión de calidad.");

		HttpResponse<String> missing = browserSession().get("/catalog/00000000-0000-0000-0000-000000000000", SPANISH);
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Esta credencial no está en el catálogo.");
	}

	private static HttpResponse<String> get(WebClientSession session, String path) {
		HttpResponse<String> page = session.get(path, SPANISH);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"es\"");
		return page;
	}

	private static HttpResponse<String> follow(WebClientSession session, HttpResponse<String> redirect) {
		return get(session, location(redirect).replaceFirst("#.*", ""));
	}

	private static String location(HttpResponse<String> redirect) {
		assertThat(redirect.statusCode()).isEqualTo(302);
		return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
	}

	private static String lockVersion(String editor) {
		Matcher lock = Pattern.compile("name=\"lockVersion\" value=\"(\\d+)\"").matcher(editor);
		assertThat(lock.find()).isTrue();
		return lock.group(1);
	}

}
