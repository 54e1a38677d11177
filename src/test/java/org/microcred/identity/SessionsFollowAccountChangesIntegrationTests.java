package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.organization.OrganizationId;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A logged-in session follows its account: a removed role stops working, an added one works, a deactivated
 * account is logged out, and a new password ends the other sessions, all on the very next request.
 */
class SessionsFollowAccountChangesIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRemovedIssuerAdminCanNoLongerInviteAnotherIssuerAdmin() {
		OrganizationId issuer = data.issuer();
		CurrentUser removed = data.admin(Role.ISSUER_ADMIN, issuer);
		var session = browserSession().logIn(removed.email(), TestData.PASSWORD);
		assertThat(session.get("/manage/issuers/" + issuer).statusCode()).isEqualTo(200);

		var admin = browserSession().logIn(data.platformAdmin().email(), TestData.PASSWORD);
		admin.post("/admin/accounts", "/admin/accounts/" + removed.id() + "/roles",
				Map.of("role", "ISSUER_ADMIN", "organizationId", issuer.toString(), "revoke", "true"));

		String accomplice = TestData.uniqueEmail("accomplice");
		var invite = session.post("/profile", "/manage/issuers/" + issuer + "/invitations",
				Map.of("email", accomplice, "role", "ISSUER_ADMIN"));
		assertThat(invite.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from invitation where email = ?").param(accomplice).query(Long.class).single())
			.isZero();
		assertThat(session.get("/manage/issuers/" + issuer).statusCode()).isEqualTo(403);
	}

	@Test
	void anAddedRoleWorksWithoutLoggingInAgain() {
		OrganizationId issuer = data.issuer();
		CurrentUser teacher = data.teacher();
		var session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		assertThat(session.get("/reviewer").statusCode()).isEqualTo(403);

		var admin = browserSession().logIn(data.platformAdmin().email(), TestData.PASSWORD);
		admin.post("/admin/accounts", "/admin/accounts/" + teacher.id() + "/roles",
				Map.of("role", "REVIEWER", "organizationId", issuer.toString()));

		assertThat(session.get("/reviewer").statusCode()).isEqualTo(200);
	}

	@Test
	void aDeactivatedAccountIsLoggedOutAndCannotLogInAgain() {
		CurrentUser teacher = data.teacher();
		var session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		assertThat(session.get("/teacher").statusCode()).isEqualTo(200);

		var admin = browserSession().logIn(data.platformAdmin().email(), TestData.PASSWORD);
		var deactivated = admin.post("/admin/accounts", "/admin/accounts/" + teacher.id() + "/enabled",
				Map.of("enabled", "false"));
		assertThat(deactivated.statusCode()).isEqualTo(302);

		assertLoggedOut(session);
		var again = browserSession().post("/login", "/login",
				Map.of("username", teacher.email(), "password", TestData.PASSWORD));
		assertThat(again.headers().firstValue("Location").orElse("")).contains("/login?disabled");

		admin.post("/admin/accounts", "/admin/accounts/" + teacher.id() + "/enabled", Map.of("enabled", "true"));
		browserSession().logIn(teacher.email(), TestData.PASSWORD);
	}

	@Test
	void changingThePasswordEndsEveryOtherSessionAndKeepsThisOne() {
		CurrentUser teacher = data.teacher();
		var laptop = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		var phone = browserSession().logIn(teacher.email(), TestData.PASSWORD);

		var changed = laptop.post("/profile", "/profile/password", Map.of("currentPassword", TestData.PASSWORD,
				"newPassword", "a fresh passphrase", "confirmation", "a fresh passphrase"));
		assertThat(changed.statusCode()).isEqualTo(302);

		assertLoggedOut(phone);
		assertThat(laptop.get("/teacher").statusCode()).isEqualTo(200);
	}

	@Test
	void resettingThePasswordEndsEverySession() {
		CurrentUser teacher = data.teacher();
		var stolen = browserSession().logIn(teacher.email(), TestData.PASSWORD);

		var owner = browserSession();
		owner.post("/password/forgot", "/password/forgot", Map.of("email", teacher.email()));
		String link = TestMail.link(TestMail.awaitMessagesTo(teacher.email(), 1).get(0),
				"http://localhost:8080/password/reset?token=").replace("http://localhost:8080", "");
		String token = link.substring(link.indexOf("token=") + 6);
		owner.post(link, "/password/reset",
				Map.of("token", token, "password", "a reset passphrase", "confirmation", "a reset passphrase"));

		assertLoggedOut(stolen);
		browserSession().logIn(teacher.email(), "a reset passphrase");
	}

	private static void assertLoggedOut(WebClientSession session) {
		HttpResponse<String> page = session.get("/teacher");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
	}

}
