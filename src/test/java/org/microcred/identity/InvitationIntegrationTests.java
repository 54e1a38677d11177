package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class InvitationIntegrationTests extends IntegrationTest {

	@Autowired
	InvitationService invitations;

	@Autowired
	OrganizationService organizations;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anIssuerAdminInvitesAReviewerWhoAcceptsAndLogsIn() {
		OrganizationId issuer = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, issuer);
		String email = TestData.uniqueEmail("reviewer");

		var adminSession = browserSession().logIn(admin.email(), TestData.PASSWORD);
		adminSession.post("/manage/issuers/" + issuer, "/manage/issuers/" + issuer + "/invitations",
				Map.of("email", email, "role", "REVIEWER"));

		String link = TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/invitations/")
			.replace("http://localhost:8080", "");
		var invitee = browserSession();
		assertThat(invitee.get(link).body()).contains("Reviewer");
		var accepted = invitee.post(link, link,
				Map.of("displayName", "Rita Reviewer", "password", "a reviewer passphrase", "confirmation",
						"a reviewer passphrase"));
		assertThat(accepted.headers().firstValue("Location")).hasValue("/login?welcome");

		invitee.logIn(email, "a reviewer passphrase");
		assertThat(invitee.get("/home").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/reviewer"));
		assertThat(accounts.findByEmail(email).orElseThrow().grants())
			.containsExactly(new RoleGrant(Role.REVIEWER, issuer.value()));
		assertThat(invitee.get(link).statusCode()).isEqualTo(410);
	}

	@Test
	void anInvitationToAnEmailAlreadyInUseIsRefusedInAnyLetterCase() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		CurrentUser existing = data.teacher();
		long before = jdbc.sql("select count(*) from invitation").query(Long.class).single();

		assertThatThrownBy(() -> invitations.invite(admin, existing.email().toUpperCase(), Role.TEACHER,
				district.value(), null, "D"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("identity.invitation.email-taken");
		assertThat(jdbc.sql("select count(*) from invitation").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aSecondPendingInvitationForTheSameRoleIsRefused() {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String email = TestData.uniqueEmail("twice");
		invitations.invite(admin, email, Role.TEACHER, district.value(), null, "D");
		assertThatThrownBy(() -> invitations.invite(admin, email.toUpperCase(), Role.TEACHER, district.value(), null, "D"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("identity.invitation.pending");
	}

	@Test
	void peopleMayInviteOnlyTheRolesTheirOwnRoleAllows() {
		OrganizationId issuer = data.issuer();
		OrganizationId otherIssuer = data.issuer();
		OrganizationId district = data.district();
		CurrentUser issuerAdmin = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser reviewer = data.admin(Role.REVIEWER, issuer);
		CurrentUser districtAdmin = data.admin(Role.DISTRICT_ADMIN, district);

		assertThatThrownBy(() -> invitations.invite(reviewer, TestData.uniqueEmail("x"), Role.REVIEWER, issuer.value(),
				null, "I"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> invitations.invite(issuerAdmin, TestData.uniqueEmail("x"), Role.REVIEWER,
				otherIssuer.value(), null, "I"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> invitations.invite(issuerAdmin, TestData.uniqueEmail("x"), Role.TEACHER,
				issuer.value(), null, "I"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> invitations.invite(districtAdmin, TestData.uniqueEmail("x"), Role.DISTRICT_ADMIN,
				data.district().value(), null, "D"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> invitations.invite(districtAdmin, TestData.uniqueEmail("x"), Role.PLATFORM_ADMIN, null,
				null, "P"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aTeacherWhoAcceptsADistrictInvitationJoinsTheDistrictAndSchool() {
		OrganizationId district = data.district();
		var school = organizations.addSchoolUnchecked(district, "Maple School", null);
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String email = TestData.uniqueEmail("newteacher");
		invitations.invite(admin, email, Role.TEACHER, district.value(), school.value(), "D");
		String token = TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/invitations/")
			.replace("http://localhost:8080/invitations/", "");

		AccountId teacher = invitations.accept(token, "New Teacher", "a teacher passphrase");

		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				organizations.membership(district, teacher)).hasValueSatisfying(m -> {
					assertThat(m.schoolName()).isEqualTo("Maple School");
					assertThat(m.active()).isTrue();
				}));
		assertThatThrownBy(() -> invitations.accept(token, "Again", "a teacher passphrase"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("identity.invitation.expired");
	}

}
