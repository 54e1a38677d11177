package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SignUpAndLoginIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	long accounts() {
		return jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	@Test
	void teacherSignsUpFollowsTheMailedLinkLogsInAndLandsOnTheTeacherHome() throws Exception {
		String email = TestData.uniqueEmail("Signup");
		mvc.perform(post("/signup").with(csrf()).param("displayName", "Ada Lovelace").param("email", email))
			.andExpect(redirectedUrl("/signup?sent"));
		String link = signUpLink(email);
		var finished = browserSession().post(link, link,
				Map.of("password", "correct horse battery", "confirmation", "correct horse battery"));
		assertThat(finished.headers().firstValue("Location")).hasValue("/teacher");

		var session = browserSession().logIn(email.toUpperCase(), "correct horse battery");
		assertThat(session.get("/home").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/teacher"));
		var home = session.get("/teacher");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("My learning").contains("Ada Lovelace");
		assertThat(accounts.findByEmail(email).orElseThrow().hasRole(Role.TEACHER)).isTrue();
	}

	@Test
	void aLinkForAnAddressThatGotAnAccountMeanwhileCreatesNothing() throws Exception {
		String email = TestData.uniqueEmail("Dup");
		mvc.perform(post("/signup").with(csrf()).param("displayName", "Second Person").param("email", email))
			.andExpect(redirectedUrl("/signup?sent"));
		String link = signUpLink(email);
		accounts.register("First Person", email.toUpperCase(), "a long enough passphrase",
				Set.of(new RoleGrant(Role.TEACHER, null)));
		long before = accounts();

		var refused = browserSession().post(link, link,
				Map.of("password", "another long passphrase", "confirmation", "another long passphrase"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("already exists");
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void weakOverlongOrScriptLadenInputGetsAClearMessageAndStoresNothing() throws Exception {
		long before = accounts();
		expectRejected("<script>alert(1)</script>", TestData.uniqueEmail("x"), "are not allowed");
		expectRejected("N".repeat(121), TestData.uniqueEmail("n"), "120 characters");
		expectRejected("Bad Mail", "not-an-address", "valid e-mail");

		String email = TestData.uniqueEmail("weak");
		mvc.perform(post("/signup").with(csrf()).param("displayName", "Weak Password").param("email", email))
			.andExpect(redirectedUrl("/signup?sent"));
		String link = signUpLink(email);
		var session = browserSession();
		for (Map.Entry<String, String> weak : Map.of("password123", "too easy to guess", "short",
				"at least 10 characters", "x".repeat(129) + "yz1", "at most 128").entrySet()) {
			var answer = session.post(link, link, Map.of("password", weak.getKey(), "confirmation", weak.getKey()));
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.body()).contains(weak.getValue());
		}
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void theSignUpMailAndTheNewAccountAreInTheLanguageOfThePageTheVisitorSignedUpOn() throws Exception {
		String email = TestData.uniqueEmail("Espanol");
		mvc.perform(post("/signup").with(csrf()).header("Accept-Language", "es").param("displayName", "Lucía Pérez")
			.param("email", email)).andExpect(status().is3xxRedirection());
		var mail = TestMail.awaitMessagesTo(email, 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Termine de crear su cuenta de Microcred");
		assertThat(TestMail.body(mail)).contains("el enlace funciona una sola vez", "/signup/");
		String link = signUpLink(email);
		browserSession().post(link, link, Map.of("password", "correct horse battery", "confirmation", "correct horse battery"));
		assertThat(accounts.findByEmail(email).orElseThrow().language()).as("the new account keeps the language").isEqualTo("es");

		String english = TestData.uniqueEmail("English");
		mvc.perform(post("/signup").with(csrf()).param("displayName", "Ada Lovelace").param("email", english))
			.andExpect(status().is3xxRedirection());
		assertThat(TestMail.awaitMessagesTo(english, 1).get(0).getSubject()).isEqualTo("Finish creating your Microcred account");
	}

	private void expectRejected(String name, String email, String message) throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("displayName", name).param("email", email))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(message)));
	}

	private static String signUpLink(String email) {
		return TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/signup/")
			.replace("http://localhost:8080", "");
	}

	@Test
	void aForgedCsrfTokenIsRefusedWithAFriendlyPageAndStoresNothing() throws Exception {
		long before = accounts();
		mvc.perform(post("/signup").with(csrf().useInvalidToken())
			.accept("text/html")
			.param("displayName", "Forged")
			.param("email", TestData.uniqueEmail("forged")))
			.andExpect(status().isForbidden());
		assertThat(accounts()).isEqualTo(before);
	}

	@Test
	void repeatedFailedLoginsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		CurrentUser teacher = data.teacher();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).param("username", teacher.email()).param("password", "wrong " + i))
				.andExpect(redirectedUrlPattern("/login?error*"));
		}
		mvc.perform(post("/login").with(csrf()).param("username", teacher.email()).param("password", TestData.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login?locked"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("locked for a while")));
	}

	@Test
	void aTeacherOpeningAnAdminPageGets403() throws Exception {
		CurrentUser teacher = data.teacher();
		var session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		var page = session.get("/admin");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("You do not have access").doesNotContain("Exception");
		assertThat(session.get("/admin/mail").statusCode()).isEqualTo(403);
		assertThat(session.get("/admin/accounts").statusCode()).isEqualTo(403);
	}

	@Test
	void eachDemoRoleLandsOnItsOwnHome() throws Exception {
		var issuer = data.issuer();
		var district = data.district();
		assertHome(data.teacher(), "/teacher");
		assertHome(data.admin(Role.REVIEWER, issuer), "/reviewer");
		assertHome(data.admin(Role.QUALITY_REVIEWER, issuer), "/quality");
		assertHome(data.admin(Role.ISSUER_ADMIN, issuer), "/manage/issuers/" + issuer);
		assertHome(data.admin(Role.DISTRICT_ADMIN, district), "/manage/districts/" + district);
		assertHome(data.platformAdmin(), "/admin");
	}

	private void assertHome(CurrentUser person, String home) throws Exception {
		mvc.perform(get("/home").with(user(person))).andExpect(redirectedUrl(home));
		mvc.perform(get(home).with(user(person))).andExpect(status().isOk());
	}

	@Test
	void securityHeadersForbidFramingInlineScriptAndSniffing() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
						org.hamcrest.Matchers.containsString("script-src 'self'"),
						org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("X-Content-Type-Options", "nosniff"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void unknownPagesAndApiErrorsNeverShowAStackTrace() throws Exception {
		CurrentUser teacher = data.teacher();
		var session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		var page = session.get("/no/such/page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("We could not find that page").doesNotContain("Exception", "at org.");
		var api = session.get("/api/v1/no-such-endpoint", "application/json");
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":404").contains("/api/v1/no-such-endpoint");
		var badParameter = session.get("/admin/organizations/not-a-uuid");
		assertThat(badParameter.statusCode()).isIn(400, 403);
		assertThat(badParameter.body()).doesNotContain("Exception");
	}

}
