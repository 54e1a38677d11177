package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.review.ReviewSettings;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;

/**
 * Reviewers, district administrators and platform administrators whose browser asks for Spanish get their pages,
 * buttons, report files and form errors in Spanish.
 */
class AdministrationInSpanishIntegrationTests extends IntegrationTest {

	static final Map<String, String> SPANISH = Map.of("Accept-Language", "es-MX,es;q=0.9");

	@Test
	void aReviewerWorksInSpanishAndIsToldInSpanishWhatIsMissing() {
		var setup = reviews.credentialWithReviewers(1, new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		reviews.submit(setup.credential(), data.teacher());
		WebClientSession reviewer = browserSession().logIn(setup.reviewers().get(0).email(), TestData.PASSWORD);

		AtomicReference<String> home = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> {
			home.set(reviewer.get("/reviewer", SPANISH).body());
			return home.get().contains("Tomar la siguiente entrega");
		});
		assertThat(home.get()).contains("<html lang=\"es\"").contains("<h1>Evaluaciones</h1>")
			.contains("Sus grupos de evaluadores").contains("Una entrega espera evaluación.").doesNotContain("Claim");

		String review = reviewer.post("/reviewer", "/reviewer/claim", Map.of(), SPANISH).headers().firstValue("Location")
			.orElseThrow();
		review = review.substring(review.indexOf("/reviewer"));
		assertThat(reviewer.get(review, SPANISH).body()).contains("Evaluación anónima: no se muestra quién es el/la docente")
			.contains("Guardar y seguir después").contains("Resumen para el/la docente");

		Map<String, String> incomplete = new HashMap<>(Map.of("score:plan/goal", "proficient", "action", "submit"));
		HttpResponse<String> refused = reviewer.post(review, review, incomplete, SPANISH);
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(reviewer.get(review, SPANISH).body()).contains("Califique “Embedded checks” (Lesson plan).")
			.contains("Escriba un resumen para el/la docente.");
	}

	@Test
	void aDistrictAdministratorReadsTheDistrictPagesReportsAndFormErrorsInSpanish() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		WebClientSession session = browserSession().logIn(admin.email(), TestData.PASSWORD);

		assertThat(session.get("/manage/districts/" + district, SPANISH).body()).contains("<html lang=\"es\"")
			.contains(">Importar padrón</a>").contains(">Agregar escuela</button>").contains(">Enviar invitación</button>");
		assertThat(session.get("/districts/" + district + "/reports", SPANISH).body()).contains("<h1>Adopción e impacto</h1>")
			.contains("Adopción: docentes con al menos una credencial al final del período")
			.contains(">Actualizar ahora</button>");
		assertThat(session.get("/districts/" + district + "/reports/adoption.csv", SPANISH).body())
			.startsWith("Escuela,Docentes,Con una credencial,Proporción").contains("Todas las escuelas,");

		String incentives = "/districts/" + district + "/incentives";
		assertThat(session.get(incentives, SPANISH).body()).contains(">Guardar reglas</button>");
		Map<String, String> rules = new HashMap<>(Map.of("renewalHours", "ciento cincuenta", "renewalCycleYears", "5",
				"cycleStart", "2026-07-01", "reward", "SALARY_STEP", "yearStartMonth", "7", "effectiveFrom", "2026-01-01",
				"version", "-1"));
		HttpResponse<String> refused = session.post(incentives, incentives, rules, SPANISH);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Escriba un número en “Horas de renovación”, como 12 o 7.5.")
			.doesNotContain("must be a number");
	}

	@Test
	void aPlatformAdministratorManagesInSpanishAndGetsValidationMessagesInSpanish() {
		WebClientSession session = browserSession().logIn(data.platformAdmin().email(), TestData.PASSWORD);

		assertThat(session.get("/admin", SPANISH).body()).contains("<h1>Administración de la plataforma</h1>")
			.contains(">Nuevo emisor</a>").contains(">Correo saliente</a>");
		assertThat(session.get("/admin/mail", SPANISH).body()).contains("<h1>Correo saliente</h1>").contains(">Filtrar</button>");
		assertThat(session.get("/admin/accounts", SPANISH).body()).contains("<h1>Cuentas y funciones</h1>");

		String form = "/admin/organizations/new?kind=ISSUER";
		assertThat(session.get(form, SPANISH).body()).contains("<h1>Nuevo emisor</h1>").contains(">Crear</button>");
		HttpResponse<String> refused = session.post(form, "/admin/organizations?kind=ISSUER",
				Map.of("name", "", "country", "MX", "version", "0"), SPANISH);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Escriba un nombre.").contains("México").doesNotContain("Please enter a name");
	}

}
