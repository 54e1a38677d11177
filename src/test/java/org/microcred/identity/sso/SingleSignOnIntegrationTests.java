package org.microcred.identity.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.RoleGrant;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestIdentityProvider;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on against a real OpenID Connect provider started by the test: an administrator sets it up over
 * HTTP, people sign in through the whole authorization-code flow (PKCE, nonce, signed ID token), and every way it
 * must fail ends on a page that says why, with nobody logged in.
 */
class SingleSignOnIntegrationTests extends IntegrationTest {

	private static TestIdentityProvider idp;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@BeforeAll
	static void startProvider() {
		idp = new TestIdentityProvider();
	}

	@AfterAll
	static void stopProvider() {
		idp.close();
	}

	record District(OrganizationId id, CurrentUser admin, String providerId, String clientId) {
	}

	@Test
	void anAdministratorSetsUpAProviderAndARosteredTeacherSignsInThroughIt() {
		District district = districtWithProvider();
		// imported from the roster: no password yet, so password log-in cannot work, single sign-on can
		CurrentUser teacher = accounts.reload(accounts.registerWithoutPassword("Rostered Teacher",
				TestData.uniqueEmail("rostered"), Set.of(new RoleGrant(Role.TEACHER, district.id().value()))))
			.orElseThrow();
		String secretRow = jdbc.sql("select encode(client_secret, 'escape') from sso_provider where id = ?::uuid")
			.param(district.providerId())
			.query(String.class)
			.single();
		assertThat(secretRow).doesNotContain("s3cret-of-" + district.clientId());

		idp.nextSignIn("teacher-" + teacher.id(), teacher.email());
		WebClientSession session = browserSession();
		HttpResponse<String> back = signIn(session, district.providerId());
		assertThat(back.headers().firstValue("Location").orElse("")).endsWith("/home");
		assertThat(session.get("/home").headers().firstValue("Location").orElse("")).endsWith("/teacher");
		assertThat(session.get("/teacher").statusCode()).isEqualTo(200);

		// the same principal as a password log-in: a role granted now works on the next request
		assertThat(session.get("/reviewer").statusCode()).isEqualTo(403);
		var admin = browserSession().logIn(data.platformAdmin().email(), TestData.PASSWORD);
		admin.post("/admin/accounts", "/admin/accounts/" + teacher.id() + "/roles",
				Map.of("role", "REVIEWER", "organizationId", data.issuer().toString()));
		assertThat(session.get("/reviewer").statusCode()).isEqualTo(200);

		// the second sign-in finds the account by the provider's subject
		idp.nextSignIn("teacher-" + teacher.id(), "changed-" + teacher.email());
		WebClientSession again = browserSession();
		assertThat(signIn(again, district.providerId()).headers().firstValue("Location").orElse("")).endsWith("/home");

		session.post("/teacher", "/logout", Map.of());
		assertThat(session.get("/teacher").statusCode()).isEqualTo(302);
	}

	@Test
	void theWayToTheProviderCarriesPkceAndANonce() {
		District district = districtWithProvider();
		String authorize = browserSession().get("/oauth2/authorization/" + district.providerId())
			.headers()
			.firstValue("Location")
			.orElseThrow();
		assertThat(authorize).startsWith(idp.issuer())
			.contains("code_challenge=", "code_challenge_method=S256", "nonce=", "state=",
					"client_id=" + district.clientId());
	}

	@Test
	void aRemovedProviderSaysItIsUnavailable() {
		District district = districtWithProvider();
		WebClientSession admin = browserSession().logIn(district.admin().email(), TestData.PASSWORD);
		admin.post(settings(district), settings(district) + "/providers/" + district.providerId() + "/remove", Map.of());
		WebClientSession session = browserSession();
		HttpResponse<String> start = session.get("/oauth2/authorization/" + district.providerId());
		assertThat(start.headers().firstValue("Location").orElse("")).endsWith("/login/sso/refused?reason=provider-unavailable");
		assertThat(session.get("/login/sso/refused?reason=provider-unavailable").body()).contains("not available");
	}

	@Test
	void anUnverifiedEmailIsRefused() {
		District district = districtWithProvider();
		CurrentUser teacher = data.teacherIn(district.id());
		idp.nextSignIn("unverified-" + teacher.id(), teacher.email(), false, Map.of());
		assertRefused(district, "unverified-email", "did not confirm that your e-mail address is verified");
	}

	@Test
	void entraIdsVerifiedDomainClaimStandsForEmailVerified() {
		District district = districtWithProvider();
		CurrentUser teacher = data.teacherIn(district.id());
		idp.nextEntraSignIn("entra-unverified-" + teacher.id(), teacher.email(), false);
		assertRefused(district, "unverified-email", "did not confirm that your e-mail address is verified");

		idp.nextEntraSignIn("entra-" + teacher.id(), teacher.email(), true);
		WebClientSession session = browserSession();
		assertThat(signIn(session, district.providerId()).headers().firstValue("Location").orElse("")).endsWith("/home");
		assertThat(session.get("/teacher").statusCode()).isEqualTo(200);
	}

	@Test
	void anAccountIsCreatedOnlyForAnAllowedDomain() {
		District district = districtWithProvider();
		String domain = "d" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
		WebClientSession admin = browserSession().logIn(district.admin().email(), TestData.PASSWORD);
		admin.post(settings(district), settings(district) + "/rules",
				Map.of("emailDomains", domain, "createAccounts", "true"));

		idp.nextSignIn("outsider", "someone@elsewhere.example.org");
		assertRefused(district, "domain-not-allowed", "not from a domain this organization allows");
		assertThat(jdbc.sql("select count(*) from account where email = 'someone@elsewhere.example.org'")
			.query(Long.class).single()).isZero();

		String newcomer = "new.teacher@" + domain;
		idp.nextSignIn("newcomer-" + domain, newcomer);
		WebClientSession session = browserSession();
		assertThat(signIn(session, district.providerId()).headers().firstValue("Location").orElse("")).endsWith("/home");
		assertThat(session.get("/teacher").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("""
				select count(*) from account a join role_grant g on g.account_id = a.id
				where a.email = ? and g.role = 'TEACHER' and g.organization_id = ?""")
			.params(newcomer, district.id().value())
			.query(Long.class).single()).isEqualTo(1);

		// the district's domain finds its provider on the log-in page
		String found = browserSession().get("/login/sso?email=" + newcomer.replace("@", "%40")).body();
		assertThat(found).contains("/oauth2/authorization/" + district.providerId());
	}

	@Test
	void aProviderCannotSignInSomeoneOfAnotherOrganization() {
		District district = districtWithProvider();
		CurrentUser stranger = data.teacherIn(data.district());
		idp.nextSignIn("stranger-" + stranger.id(), stranger.email());
		assertRefused(district, "not-member", "does not belong to this organization");
	}

	@Test
	void aTokenForAnotherApplicationIsRefused() {
		District district = districtWithProvider();
		CurrentUser teacher = data.teacherIn(district.id());
		idp.nextSignIn("aud-" + teacher.id(), teacher.email(), true, Map.of("aud", List.of("another-application")));
		assertRefused(district, "invalid-token", "could not be trusted");
	}

	@Test
	void anExpiredTokenIsRefused() {
		District district = districtWithProvider();
		CurrentUser teacher = data.teacherIn(district.id());
		long now = java.time.Instant.now().getEpochSecond();
		idp.nextSignIn("exp-" + teacher.id(), teacher.email(), true, Map.of("iat", now - 7200, "exp", now - 3600));
		assertRefused(district, "invalid-token", "could not be trusted");
	}

	@Test
	void aDistrictTurnsPasswordLogInOffForItsTeachers() {
		District district = districtWithProvider();
		CurrentUser teacher = data.teacherIn(district.id());
		browserSession().logIn(teacher.email(), TestData.PASSWORD);

		WebClientSession admin = browserSession().logIn(district.admin().email(), TestData.PASSWORD);
		admin.post(settings(district), settings(district) + "/rules", Map.of("passwordLoginOff", "true"));

		HttpResponse<String> refused = browserSession().post("/login", "/login",
				Map.of("username", teacher.email(), "password", TestData.PASSWORD));
		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?sso");
		assertThat(browserSession().get("/login?sso").body()).contains("Sign in with your district");
		// a wrong password still says only that it is wrong
		assertThat(browserSession().post("/login", "/login", Map.of("username", teacher.email(), "password", "wrong-one"))
			.headers().firstValue("Location").orElse("")).contains("/login?error");
		// the administrators keep their password, and the teacher still gets in through the provider
		browserSession().logIn(district.admin().email(), TestData.PASSWORD);
		idp.nextSignIn("pw-" + teacher.id(), teacher.email());
		assertThat(signIn(browserSession(), district.providerId()).headers().firstValue("Location").orElse(""))
			.endsWith("/home");
	}

	@Test
	void aProviderWhoseDiscoveryCannotBeReadIsNotSaved() {
		OrganizationId districtId = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, districtId);
		WebClientSession session = browserSession().logIn(admin.email(), TestData.PASSWORD);
		String page = "/manage/organizations/" + districtId + "/sign-in";
		HttpResponse<String> response = session.post(page, page + "/providers", Map.of("preset", "OTHER", "label",
				"Nowhere", "issuerUrl", "http://localhost:1/nowhere", "clientId", "c", "clientSecret", "s"));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Could not read the discovery document");
		HttpResponse<String> plain = session.post(page, page + "/providers", Map.of("preset", "OTHER", "label",
				"Plain", "issuerUrl", "http://idp.example.org", "clientId", "c", "clientSecret", "s"));
		assertThat(plain.body()).contains("must use HTTPS");
		assertThat(jdbc.sql("select count(*) from sso_provider where organization_id = ?").param(districtId.value())
			.query(Long.class).single()).isZero();
	}

	@Test
	void onlyTheOrganizationsAdministratorsSeeItsSettings() {
		District district = districtWithProvider();
		CurrentUser teacher = data.teacherIn(district.id());
		WebClientSession session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		assertThat(session.get(settings(district)).statusCode()).isEqualTo(403);
		CurrentUser otherAdmin = data.admin(Role.DISTRICT_ADMIN, data.district());
		WebClientSession other = browserSession().logIn(otherAdmin.email(), TestData.PASSWORD);
		assertThat(other.get(settings(district)).statusCode()).isEqualTo(403);
	}

	private District districtWithProvider() {
		OrganizationId districtId = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, districtId);
		WebClientSession session = browserSession().logIn(admin.email(), TestData.PASSWORD);
		String page = "/manage/organizations/" + districtId + "/sign-in";
		assertThat(session.get(page + "?preset=GOOGLE").body()).contains("https://accounts.google.com");
		String clientId = "microcred-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> added = session.post(page, page + "/providers", Map.of("preset", "OTHER", "label",
				"Springfield accounts", "issuerUrl", idp.issuer(), "clientId", clientId, "clientSecret",
				"s3cret-of-" + clientId));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String providerId = jdbc.sql("select id::text from sso_provider where organization_id = ?")
			.param(districtId.value())
			.query(String.class)
			.single();
		assertThat(session.get(page).body()).contains("/login/oauth2/code/" + providerId);
		return new District(districtId, admin, providerId, clientId);
	}

	private static String settings(District district) {
		return "/manage/organizations/" + district.id() + "/sign-in";
	}

	/** The whole round trip: Microcred → provider → Microcred's callback; returns the callback's answer. */
	private HttpResponse<String> signIn(WebClientSession session, String providerId) {
		String authorize = session.get("/oauth2/authorization/" + providerId).headers().firstValue("Location").orElseThrow();
		URI callback = URI.create(idp.authorize(authorize));
		return session.get(callback.getRawPath() + "?" + callback.getRawQuery());
	}

	private void assertRefused(District district, String reason, String explanation) {
		WebClientSession session = browserSession();
		HttpResponse<String> back = signIn(session, district.providerId());
		String location = back.headers().firstValue("Location").orElse("");
		assertThat(location).endsWith("/login/sso/refused?reason=" + reason);
		HttpResponse<String> page = session.get(URI.create(location).getRawPath() + "?reason=" + reason);
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains(explanation);
		assertThat(session.get("/teacher").statusCode()).isEqualTo(302);
	}

}
