package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;

/** The issuer's issued-badges list: whose badge each is, search and filters, and changes confirmed first. */
class IssuerBadgesIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	CurrentUser teacher(String name) {
		return data.user(name, new RoleGrant(Role.TEACHER, null));
	}

	WebClientSession as(CurrentUser admin) {
		return browserSession().logIn(admin.email(), TestData.PASSWORD);
	}

	static String list(Published credential) {
		return "/manage/issuers/" + credential.issuer() + "/badges";
	}

	static String q(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void eachRowNamesTheEarnerWithTheirEmailNewestFirst() {
		Published credential = credentials.publish("Formative Assessment");
		CurrentUser maya = teacher("Maya Thompson");
		CurrentUser diego = teacher("Diego Alvarez");
		IssuedCredential mayas = Issued.now(badges, credential, maya);
		Issued.now(badges, credential, diego);
		// issue times are whole seconds: Maya's a day earlier, so "newest first" has one answer
		jdbc.sql("update issued_credential set issued_at = issued_at - interval '1 day' where id = ?")
			.param(mayas.id().value()).update();

		String page = as(credential.admin()).get(list(credential)).body();

		assertThat(page).contains("Maya Thompson", maya.email(), "Diego Alvarez", diego.email(),
				credentials.title(credential), "1–2 of 2 issued badges");
		assertThat(page.indexOf(diego.email())).isLessThan(page.indexOf(maya.email()));
	}

	@Test
	void searchFindsByNameEmailOrTitleInAnyCaseAndFiltersNarrowTheList() {
		Published formative = credentials.publish("Formative Assessment");
		Published questioning = credentials.publish(formative.issuer(), formative.admin(), formative.quality(),
				org.microcred.support.DesignFixtures.complete("Questioning Strategies " + java.util.UUID.randomUUID()));
		CurrentUser maya = teacher("Maya Thompson");
		CurrentUser diego = teacher("Diego Alvarez");
		Issued.now(badges, formative, maya);
		IssuedCredential diegos = Issued.now(badges, formative, diego);
		Issued.now(badges, questioning, diego);
		WebClientSession admin = as(formative.admin());
		String base = list(formative);

		assertThat(admin.get(base + "?q=THOMP").body()).contains("Maya Thompson", "1–1 of 1").doesNotContain("Diego Alvarez");
		String byEmail = maya.email().substring(0, maya.email().indexOf('@')).toUpperCase();
		assertThat(admin.get(base + "?q=" + q(byEmail)).body()).contains(maya.email(), "1–1 of 1");
		assertThat(admin.get(base + "?q=questioning+strat").body()).contains("Diego Alvarez", "1–1 of 1")
			.doesNotContain("Maya Thompson");
		assertThat(admin.get(base + "?q=nobody-like-this").body()).contains("No issued badge matches.");

		badges.revoke(formative.admin(), diegos.id(), "Copied evidence", null);
		assertThat(admin.get(base + "?standing=revoked").body()).contains("Diego Alvarez", "1–1 of 1")
			.doesNotContain("Maya Thompson");
		assertThat(admin.get(base + "?standing=valid").body()).contains("Maya Thompson", "1–2 of 2");
		assertThat(admin.get(base + "?credential=" + questioning.credential().value()).body())
			.contains("Diego Alvarez", "1–1 of 1").doesNotContain("Maya Thompson");

		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		assertThat(admin.get(base + "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1)).body()).contains("1–3 of 3");
		assertThat(admin.get(base + "?from=" + today.plusDays(2)).body()).contains("No issued badge matches.");
		assertThat(admin.get(base + "?to=" + today.minusDays(2)).body()).contains("No issued badge matches.");
	}

	@Test
	void anotherIssuersAdminNeitherSeesNorChangesThem() {
		Published ours = credentials.publish("Ours");
		Published theirs = credentials.publish("Theirs");
		CurrentUser maya = teacher("Maya Thompson");
		IssuedCredential issued = Issued.now(badges, ours, maya);
		WebClientSession other = as(theirs.admin());

		assertThat(other.get(list(ours)).statusCode()).isEqualTo(403);
		assertThat(other.get(list(theirs)).body()).doesNotContain(maya.email());
		assertThat(other.get(list(theirs) + "/" + issued.id() + "/revoke").statusCode()).isEqualTo(404);
		HttpResponse<String> post = other.post(list(theirs), list(theirs) + "/" + issued.id(),
				Map.of("action", "revoke", "reason", "Not yours"));
		assertThat(post.statusCode()).isEqualTo(404);
		assertThat(other.post(list(theirs), list(ours) + "/" + issued.id(),
				Map.of("action", "revoke", "reason", "Not yours")).statusCode()).isEqualTo(403);
		assertThat(badges.get(issued.id()).state()).isEqualTo("ACTIVE");
	}

	@Test
	void aPagePastTheEndShowsTheLastPage() {
		Published credential = credentials.publish("Many");
		CurrentUser first = teacher("Ada First");
		IssuedCredential oldest = Issued.now(badges, credential, first);
		for (int i = 0; i < 26; i++) {
			Issued.now(badges, credential, teacher("Teacher " + i));
		}
		jdbc.sql("update issued_credential set issued_at = issued_at - interval '1 day' where id = ?")
			.param(oldest.id().value()).update();

		HttpResponse<String> page = as(credential.admin()).get(list(credential) + "?page=99999");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("26–27 of 27", "Ada First", "Page 2 of 2");
	}

	@Test
	void revokingAsksForConfirmationNamingTheEarnerThenRevokesAndAWrongMoveIsAConflict() {
		Published credential = credentials.publish("Formative Assessment");
		CurrentUser maya = teacher("Maya Thompson");
		IssuedCredential issued = Issued.now(badges, credential, maya);
		WebClientSession admin = as(credential.admin());
		String confirm = list(credential) + "/" + issued.id() + "/revoke";
		String title = credentials.title(credential);

		assertThat(admin.get(list(credential)).body()).contains("href=\"" + confirm + "\"");
		assertThat(admin.get(confirm).body())
			.contains("Revoke " + title + " earned by Maya Thompson (" + maya.email() + ")?", "Reason for the teacher",
					"Public note (optional)");

		HttpResponse<String> noReason = admin.post(confirm, list(credential) + "/" + issued.id(),
				Map.of("action", "revoke", "reason", " "));
		assertThat(noReason.headers().firstValue("Location").orElseThrow()).endsWith(confirm);
		assertThat(admin.get(confirm).body()).contains("Give a reason");
		assertThat(badges.get(issued.id()).state()).isEqualTo("ACTIVE");

		HttpResponse<String> revoked = admin.post(confirm, list(credential) + "/" + issued.id(),
				Map.of("action", "revoke", "reason", "The evidence was a colleague's.", "publicReason", "Issued in error"));
		assertThat(revoked.headers().firstValue("Location").orElseThrow()).endsWith(list(credential));
		assertThat(admin.get(list(credential)).body()).contains("Revoked " + title + " earned by Maya Thompson",
				"Revoked", "The evidence was a colleague");
		IssuedCredential now = badges.get(issued.id());
		assertThat(now.state()).isEqualTo("REVOKED");
		assertThat(now.stateReason()).isEqualTo("The evidence was a colleague's.");
		assertThat(now.publicReason()).isEqualTo("Issued in error");

		HttpResponse<String> again = admin.get(confirm);
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("This credential is already revoked.");
		HttpResponse<String> reinstate = admin.post(list(credential), list(credential) + "/" + issued.id(),
				Map.of("action", "reinstate"));
		assertThat(reinstate.statusCode()).isEqualTo(409);
		assertThat(reinstate.body()).contains("a revocation is final");
	}

}
