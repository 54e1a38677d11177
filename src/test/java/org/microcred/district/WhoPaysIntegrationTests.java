package org.microcred.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.Cost;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.Credentials.Published;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** A paid credential says who pays before a teacher enrolls: the teacher, or their district when it covers the cost. */
class WhoPaysIntegrationTests extends IntegrationTest {

	@Autowired
	DistrictApprovals approvals;

	@Test
	void theDistrictAdministratorSaysTheDistrictPaysAndItsTeachersSeeItOnTheDetailAndEnrollPages() throws Exception {
		String title = "Paid coaching " + java.util.UUID.randomUUID().toString().substring(0, 6);
		Published paid = credentials.publish(paid(title));
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		CurrentUser mine = data.teacherIn(district);
		CurrentUser elsewhere = data.teacherIn(data.district());

		assertThat(page(mine, "/catalog/" + paid.credential())).contains("150 USD, paid by you");
		assertThat(page(mine, "/enroll/" + paid.credential())).contains("150 USD, paid by you");
		String form = approvalsPage(admin, district, title);
		assertThat(form).contains("The district pays the cost (150 USD) for its teachers");

		mvc.perform(post("/districts/" + district + "/approvals/" + paid.credential()).with(user(admin)).with(csrf())
			.param("countsForSalary", "true")
			.param("coversCost", "true")).andExpect(status().is3xxRedirection());

		assertThat(page(mine, "/catalog/" + paid.credential())).contains("150 USD, paid by your district")
			.doesNotContain("paid by you<");
		assertThat(page(mine, "/enroll/" + paid.credential())).contains("150 USD, paid by your district");
		assertThat(page(elsewhere, "/catalog/" + paid.credential())).as("another district pays nothing for them")
			.contains("150 USD, paid by you");
		assertThat(approvals.approvals(admin, district).get(paid.credential()).coversCost()).isTrue();

		approvals.approve(admin, district, paid.credential(), null, null, true, null, false);
		assertThat(page(mine, "/enroll/" + paid.credential())).contains("150 USD, paid by you");
	}

	@Test
	void aFreeCredentialStaysFreeAndOffersNoPaymentChoice() throws Exception {
		String title = "Free one " + java.util.UUID.randomUUID().toString().substring(0, 6);
		Published free = credentials.publish(title);
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		assertThat(page(data.teacherIn(district), "/catalog/" + free.credential())).contains(">Free<")
			.doesNotContain("paid by");
		assertThat(approvalsPage(admin, district, title)).contains(title)
			.doesNotContain("pays the cost");
	}

	private String approvalsPage(CurrentUser admin, OrganizationId district, String title) throws Exception {
		return mvc.perform(get("/districts/" + district + "/approvals").param("q", title).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(CurrentUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The fixtures' complete design, costing 150 USD. */
	private static MicroCredentialDesign paid(String title) throws ReflectiveOperationException {
		MicroCredentialDesign free = DesignFixtures.complete(title);
		RecordComponent[] components = MicroCredentialDesign.class.getRecordComponents();
		Object[] values = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			values[i] = components[i].getType() == Cost.class ? new Cost(new BigDecimal("150"), "USD")
					: components[i].getAccessor().invoke(free);
		}
		return MicroCredentialDesign.class
			.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new))
			.newInstance(values);
	}

}
