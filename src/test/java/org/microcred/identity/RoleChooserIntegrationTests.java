package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.microcred.organization.OrganizationService;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The role chooser names the organization each role is held in, so two cards of one role can be told apart. */
class RoleChooserIntegrationTests extends IntegrationTest {

	@Autowired
	OrganizationService organizations;

	@Test
	void eachCardNamesTheOrganizationOfItsRole() throws Exception {
		var first = data.issuer();
		var second = data.issuer();
		var district = data.district();
		CurrentUser person = data.user("Many Hats", new RoleGrant(Role.ISSUER_ADMIN, first.value()),
				new RoleGrant(Role.ISSUER_ADMIN, second.value()), new RoleGrant(Role.DISTRICT_ADMIN, district.value()),
				new RoleGrant(Role.TEACHER, null));
		String page = mvc.perform(get("/home").with(user(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Issuer administrator — " + organizations.get(first).name())
			.contains("Issuer administrator — " + organizations.get(second).name())
			.contains("District administrator — " + organizations.get(district).name())
			.containsPattern(">\\s*Teacher\\s*</a>");
	}

}
