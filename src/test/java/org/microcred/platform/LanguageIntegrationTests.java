package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The language a page is shown in: the browser's preference, the switcher on every page, the person's profile on
 * any device; and errors in the same language.
 */
class LanguageIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSpanishBrowserGetsSpanishPagesAndAnyOtherGetsEnglish() {
		WebClientSession spanish = browserSession();
		HttpResponse<String> page = spanish.get("/catalog", Map.of("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"));
		assertThat(page.body()).contains("<html lang=\"es\"").contains(">Catálogo</a>").contains(">Verificar</a>");

		HttpResponse<String> german = browserSession().get("/catalog", Map.of("Accept-Language", "de-DE,de;q=0.9"));
		assertThat(german.body()).contains("<html lang=\"en\"").contains(">Catalog</a>");
	}

	@Test
	void theSwitcherChangesTheLanguageWithoutASessionAndItSticks() {
		long sessionsBefore = sessions();
		WebClientSession visitor = browserSession();
		HttpResponse<String> english = visitor.get("/catalog", Map.of("Accept-Language", "en-US"));
		assertThat(english.body()).contains("hreflang=\"es\"").contains(">Español</a>");

		HttpResponse<String> switched = visitor.get("/catalog?lang=es", Map.of("Accept-Language", "en-US"));
		assertThat(switched.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("microcred-lang=es"));
		assertThat(switched.body()).contains("<html lang=\"es\"");
		// the choice outlives the browser's preference on the next pages
		assertThat(visitor.get("/catalog?q=x", Map.of("Accept-Language", "en-US")).body()).contains("<html lang=\"es\"");
		// an unknown language changes nothing
		assertThat(visitor.get("/catalog?lang=xx", Map.of()).body()).contains("<html lang=\"es\"");
		assertThat(sessions()).as("anonymous visitors cost no session").isEqualTo(sessionsBefore);
	}

	@Test
	void aPersonsSavedLanguageFollowsThemToANewDevice() {
		CurrentUser teacher = data.teacher();
		WebClientSession laptop = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		HttpResponse<String> saved = laptop.post("/profile", "/profile/preferences",
				Map.of("language", "es", "timeZone", "America/Mexico_City"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(laptop.get("/profile").body()).contains("<html lang=\"es\"").contains("Se guardaron su idioma");

		WebClientSession phone = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		HttpResponse<String> home = phone.get("/profile", Map.of("Accept-Language", "en-US"));
		assertThat(home.body()).contains("<html lang=\"es\"").contains("Su perfil");
	}

	@Test
	void anUnknownTimeZoneIsRefusedAndChangesNothing() {
		CurrentUser teacher = data.teacher();
		WebClientSession session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		HttpResponse<String> refused = session.post("/profile", "/profile/preferences",
				Map.of("language", "es", "timeZone", "Mars/Olympus_Mons"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Choose a time zone from the list");
		assertThat(jdbc.sql("select language from account where id = ?").param(teacher.id().value()).query(String.class)
			.optional()).isEmpty();
	}

	@Test
	void errorsAreInTheReadersLanguage() {
		HttpResponse<String> page = browserSession().get("/catalog/00000000-0000-0000-0000-000000000000",
				Map.of("Accept-Language", "es"));
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("No encontramos esa página");

		HttpResponse<String> problem = browserSession().get("/api/v1/catalog/00000000-0000-0000-0000-000000000000",
				Map.of("Accept-Language", "es", "Accept", "application/json"));
		assertThat(problem.body()).contains("No encontramos esa página");
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

}
