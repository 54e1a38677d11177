package org.microcred.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Notification preferences offer only the kinds of notice that can reach the person in their roles. */
class NotificationPreferencesIntegrationTests extends IntegrationTest {

	@Autowired
	NotificationService notifications;

	@Test
	void aTeacherChoosesOnlyAboutTheirOwnSubmissionsBadgesAndAppeals() throws Exception {
		String page = page(data.teacher());
		assertThat(page).contains("Decisions on my submissions", "My badges", "Appeals")
			.doesNotContain("Work waiting in my review queue", "My standing as a reviewer",
					"Overdue reviews and escalations", "Quality review of designs");
	}

	@Test
	void aReviewerSeesReviewerNoticesOnlyAndAnIssuerAdministratorEscalationsAndQualityReview() throws Exception {
		var issuer = data.issuer();
		assertThat(page(data.admin(Role.REVIEWER, issuer)))
			.contains("Work waiting in my review queue", "My standing as a reviewer")
			.doesNotContain("Decisions on my submissions", "My badges", "Overdue reviews and escalations");
		assertThat(page(data.admin(Role.ISSUER_ADMIN, issuer)))
			.contains("Overdue reviews and escalations", "Quality review of designs")
			.doesNotContain("Decisions on my submissions", "Work waiting in my review queue");
	}

	@Test
	void someoneInSeveralRolesSeesTheKindsOfEachAndAPlatformAdministratorIsToldThereIsNothingToChoose()
			throws Exception {
		var issuer = data.issuer();
		CurrentUser both = data.user("Both", new RoleGrant(Role.TEACHER, null), new RoleGrant(Role.REVIEWER, issuer.value()));
		assertThat(page(both)).contains("Decisions on my submissions", "Work waiting in my review queue")
			.doesNotContain("Overdue reviews and escalations");
		assertThat(page(data.platformAdmin())).contains("None of your roles receives notices")
			.doesNotContain("Decisions on my submissions");
	}

	@Test
	void savingKeepsOnlyTheKindsThatApply() throws Exception {
		CurrentUser teacher = data.teacher();
		mvc.perform(post("/notifications/preferences").with(user(teacher)).with(csrf())
			.param("email", "BADGE", "REVIEW_WAITING")
			.param("inApp", "DECISION"))
			.andExpect(status().is3xxRedirection());
		assertThat(notifications.preferences(teacher)).extracting(Preference::kind)
			.containsExactly(NoticeKind.DECISION, NoticeKind.BADGE, NoticeKind.APPEAL, NoticeKind.RETENTION);
		assertThat(notifications.preferences(teacher)).filteredOn(p -> p.kind() == NoticeKind.BADGE)
			.singleElement().satisfies(p -> assertThat(p.email()).isTrue());
	}

	private String page(CurrentUser person) throws Exception {
		return mvc.perform(get("/notifications/preferences").with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
