package org.microcred.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.platform.PageRequest;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A district administrator sees and changes only their own district; an issuer administrator only their issuer. */
class DistrictIsolationIntegrationTests extends IntegrationTest {

	@Autowired
	OrganizationService organizations;

	@Test
	void aDistrictAdminCannotSeeOrChangeAnotherDistrictsSchoolsOrPeople() {
		OrganizationId mine = data.district();
		OrganizationId theirs = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, mine);
		CurrentUser theirTeacher = data.teacherIn(theirs);
		SchoolId theirSchool = organizations.addSchoolUnchecked(theirs, "Their School", null);

		assertThatThrownBy(() -> organizations.schools(admin, theirs)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations.members(admin, theirs, null, "", new PageRequest(0, 10)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations.addSchool(admin, theirs, "Sneaky School"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations.member(admin, theirs, theirTeacher.id()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> organizations.updateMember(admin, theirs, theirTeacher.id(), theirSchool, "X-1"))
			.isInstanceOf(AccessDeniedException.class);
		// nor through their own district, by naming the other district's teacher or school
		assertThatThrownBy(() -> organizations.member(admin, mine, theirTeacher.id()))
			.isInstanceOf(org.microcred.platform.NotFoundException.class);
		assertThat(organizations.members(admin, mine, null, "", new PageRequest(0, 100)).items())
			.noneMatch(m -> m.accountId().equals(theirTeacher.id()));
		assertThat(organizations.schoolsOf(theirs)).extracting(School::name).containsExactly("Their School");
	}

	@Test
	void theDistrictPagesOfAnotherDistrictAnswer403() {
		OrganizationId mine = data.district();
		OrganizationId theirs = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, mine);
		CurrentUser theirTeacher = data.teacherIn(theirs);
		var session = browserSession().logIn(admin.email(), TestData.PASSWORD);

		assertThat(session.get("/manage/districts/" + mine).statusCode()).isEqualTo(200);
		assertThat(session.get("/manage/districts/" + theirs).statusCode()).isEqualTo(403);
		assertThat(session.get("/manage/districts/" + theirs + "/teachers").statusCode()).isEqualTo(403);
		assertThat(session.get("/manage/districts/" + theirs + "/teachers/" + theirTeacher.id()).statusCode())
			.isEqualTo(403);
		var post = session.post("/manage/districts/" + mine, "/manage/districts/" + theirs + "/schools",
				Map.of("name", "Injected School"));
		assertThat(post.statusCode()).isEqualTo(403);
		assertThat(organizations.schoolsOf(theirs)).isEmpty();
	}

	@Test
	void anIssuerAdminCannotEditAnotherIssuer() {
		OrganizationId mine = data.issuer();
		OrganizationId theirs = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, mine);
		Organization other = organizations.get(theirs);
		assertThatThrownBy(() -> organizations.update(admin, theirs, new OrganizationDetails("Renamed", null, "US",
				null, null, null, null), other.version()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(organizations.get(theirs).name()).isEqualTo(other.name());
	}

	@Test
	void concurrentEditsOfAnOrganizationAreDetected() {
		OrganizationId issuer = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, issuer);
		int version = organizations.get(issuer).version();
		organizations.update(admin, issuer, new OrganizationDetails("First Edit " + issuer, null, "US", null, null,
				null, null), version);
		assertThatThrownBy(() -> organizations.update(admin, issuer, new OrganizationDetails("Second Edit " + issuer,
				null, "US", null, null, null, null), version))
			.isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
		assertThat(organizations.get(issuer).name()).isEqualTo("First Edit " + issuer);
	}

}
