package org.microcred.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.test.web.support.WebTestUtils;

import jakarta.servlet.ServletContext;

/**
 * Anonymous visitors cost no session: pages with forms, and protected pages that send them to log in, store
 * nothing on the server, and the forms still work and stay protected against cross-site requests.
 */
class AnonymousVisitorsIntegrationTests extends IntegrationTest {

	private static final List<String> PAGES = List.of("/", "/login", "/signup", "/password/forgot",
			"/password/reset?token=none", "/invitations/none", "/verify", "/catalog", "/teacher", "/profile",
			"/manage/issuers");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ServletContext servletContext;

	/**
	 * MockMvc's {@code csrf()}, used by other tests in this JVM, swaps the shared CSRF filter's repository for a
	 * session-based one for good: put the application's own back.
	 */
	@BeforeEach
	void useTheApplicationsCsrfTokens() {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(servletContext), new SessionOrCookieCsrfTokens());
	}

	@Test
	void aFloodOfAnonymousPageViewsWritesNoSession() {
		long since = System.currentTimeMillis();
		for (int visitor = 0; visitor < 10; visitor++) {
			var session = browserSession();
			for (String page : PAGES) {
				var answer = session.get(page);
				assertThat(answer.statusCode()).as(page).isLessThan(500);
				assertThat(answer.headers().allValues("Set-Cookie")).as(page).noneMatch(c -> c.startsWith("SESSION="));
			}
		}
		assertThat(sessionsCreatedSince(since)).isZero();
	}

	@Test
	void aProtectedPageOpensAfterLogInWithoutAnAnonymousSession() {
		CurrentUser teacher = data.teacher();
		long since = System.currentTimeMillis();
		var session = browserSession();
		assertThat(session.get("/profile").headers().firstValue("Location").orElse("")).endsWith("/login");
		assertThat(sessionsCreatedSince(since)).isZero();

		var login = session.post("/login", "/login", Map.of("username", teacher.email(), "password", TestData.PASSWORD));
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/profile");
		assertThat(session.get("/profile").statusCode()).isEqualTo(200);
		assertThat(sessionsCreatedSince(since)).isEqualTo(1);
	}

	@Test
	void anonymousFormsStillRefuseAForgedToken() {
		var visitor = browserSession();
		assertThat(visitor.get("/signup").statusCode()).isEqualTo(200);
		// the catalog's search form carries no token, so the forged one is what gets sent
		var forged = visitor.post("/catalog", "/signup",
				Map.of("displayName", "Forged", "email", TestData.uniqueEmail("csrf"), "_csrf", "not-a-token"));
		assertThat(forged.statusCode()).isEqualTo(403);
		var forgedLogin = visitor.post("/catalog", "/login",
				Map.of("username", data.teacher().email(), "password", TestData.PASSWORD, "_csrf", "not-a-token"));
		assertThat(forgedLogin.statusCode()).isEqualTo(403);
	}

	private long sessionsCreatedSince(long millis) {
		return jdbc.sql("select count(*) from spring_session where creation_time >= ?")
			.param(millis)
			.query(Long.class)
			.single();
	}

}
