package org.microcred.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.organization.roster.RosterFixtures.awaitFinished;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.microcred.organization.School;
import org.microcred.organization.SchoolId;
import org.microcred.platform.PageRequest;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The roster upload recognises the format from the files, and a school name of the file close to one of the
 * district's schools is not silently created: the dry run asks "did you mean …?" and the administrator chooses.
 */
class RosterSchoolSuggestionIntegrationTests extends IntegrationTest {

	@Autowired
	RosterImportService imports;

	@Autowired
	RosterWorker worker;

	@Autowired
	OrganizationService organizations;

	@Test
	void oneCsvFileIsReadAsTheTemplateAndOrgsAndUsersAsOneRosterWithoutBeingAsked() throws Exception {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		String tag = RosterFixtures.tag();
		RosterImport template = upload(admin, district, file("teachers.csv", templateRow("Roosevelt High", tag)));
		assertThat(template.format()).isEqualTo("TEMPLATE");
		assertThat(template.problemCount()).isZero();
		assertThat(template.summary()).containsEntry("SCHOOL.ADD", 1).containsEntry("TEACHER.ADD", 1);
		assertThat(page(admin, district, template)).contains("The file was read as the Microcred template");

		RosterImport oneRoster = upload(admin, district, file("orgs.csv", RosterFixtures.orgs(tag)),
				file("users.csv", RosterFixtures.header() + RosterFixtures.teacher(tag, 1, "s1", "active")));
		assertThat(oneRoster.format()).isEqualTo("ONEROSTER");
		assertThat(oneRoster.problemCount()).isZero();
		assertThat(page(admin, district, oneRoster)).contains("read as OneRoster 1.2");

		String form = mvc.perform(get("/manage/districts/" + district + "/roster").with(user(admin)))
			.andReturn().getResponse().getContentAsString();
		assertThat(form).doesNotContain("name=\"format\"");
	}

	@Test
	void aMisspeltSchoolIsSuggestedAndMappedOntoTheExistingSchoolInsteadOfCreatingANewOne() throws Exception {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		SchoolId lincoln = organizations.addSchoolUnchecked(district, "Lincoln Elementary School", null);
		String tag = RosterFixtures.tag();
		RosterImport dryRun = upload(admin, district, file("teachers.csv", templateRow("Lincon Elementary", tag)));
		assertThat(dryRun.summary()).containsEntry("SCHOOL.ADD", 1);
		String page = page(admin, district, dryRun);
		assertThat(page).contains("Schools that may already exist (1)")
			.contains("did you mean Lincoln Elementary School?")
			.contains("Use Lincoln Elementary School")
			.contains("Create Lincon Elementary as a new school");

		mvc.perform(post("/manage/districts/" + district + "/roster/" + dryRun.id() + "/schools").with(user(admin))
			.with(csrf())
			.param("key", "lincon elementary")
			.param("school", lincoln.value().toString())).andExpect(status().is3xxRedirection());
		RosterImport chosen = imports.get(admin, district, dryRun.id());
		assertThat(chosen.summary()).doesNotContainKey("SCHOOL.ADD").containsEntry("SCHOOL.UNCHANGED", 1)
			.containsEntry("TEACHER.ADD", 1);
		assertThat(page(admin, district, chosen)).doesNotContain("Schools that may already exist");
		assertThat(mvc.perform(get("/manage/districts/" + district + "/roster/" + dryRun.id() + "?all=true")
			.with(user(admin))).andReturn().getResponse().getContentAsString())
			.contains("matched to the existing school Lincoln Elementary School");

		imports.confirm(admin, district, dryRun.id());
		assertThat(awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30)).status())
			.isEqualTo("DONE");
		assertThat(organizations.schoolsOf(district)).extracting(School::name)
			.containsExactly("Lincoln Elementary School");
		assertThat(organizations.members(admin, district, null, "hopper", new PageRequest(0, 10)).items())
			.singleElement().satisfies(m -> assertThat(m.schoolName()).isEqualTo("Lincoln Elementary School"));
	}

	@Test
	void choosingToCreateKeepsTheNewSchoolAndAnotherDistrictsAdministratorCannotChoose() throws Exception {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		organizations.addSchoolUnchecked(district, "Lincoln Elementary School", null);
		String tag = RosterFixtures.tag();
		RosterImport dryRun = upload(admin, district, file("teachers.csv", templateRow("Lincoln Elementary 2", tag)));
		assertThat(page(admin, district, dryRun)).contains("did you mean Lincoln Elementary School?");

		CurrentUser stranger = data.admin(Role.DISTRICT_ADMIN, data.district());
		mvc.perform(post("/manage/districts/" + district + "/roster/" + dryRun.id() + "/schools").with(user(stranger))
			.with(csrf()).param("key", "lincoln elementary 2")).andExpect(status().isForbidden());

		mvc.perform(post("/manage/districts/" + district + "/roster/" + dryRun.id() + "/schools").with(user(admin))
			.with(csrf()).param("key", "lincoln elementary 2")).andExpect(status().is3xxRedirection());
		assertThat(page(admin, district, dryRun)).doesNotContain("Schools that may already exist");
		imports.confirm(admin, district, dryRun.id());
		awaitFinished(imports, worker, admin, district, dryRun.id(), Duration.ofSeconds(30));
		assertThat(organizations.schoolsOf(district)).extracting(School::name)
			.containsExactlyInAnyOrder("Lincoln Elementary School", "Lincoln Elementary 2");
	}

	private static String templateRow(String school, String tag) {
		return "school,teacher_id,given_name,family_name,email,state_license_number\n" + school + ",T-1,Grace,Hopper,"
				+ "grace-" + tag + "@roster.test.microcred.org,SL-1\n";
	}

	private static MockMultipartFile file(String name, String text) {
		return new MockMultipartFile("files", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
	}

	private RosterImport upload(CurrentUser admin, OrganizationId district, MockMultipartFile... files) throws Exception {
		var request = multipart("/manage/districts/" + district + "/roster");
		for (MockMultipartFile f : files) {
			request.file(f);
		}
		String location = mvc.perform(request.with(user(admin)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return imports.get(admin, district, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
	}

	private String page(CurrentUser admin, OrganizationId district, RosterImport job) throws Exception {
		return mvc.perform(get("/manage/districts/" + district + "/roster/" + job.id()).with(user(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
