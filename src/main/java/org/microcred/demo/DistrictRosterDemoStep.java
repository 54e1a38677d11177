package org.microcred.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.School;
import org.microcred.organization.SchoolId;
import org.springframework.stereotype.Component;

/** The demo district's schools and about 200 teachers, each with a licence number and a roster id. */
@Component
class DistrictRosterDemoStep implements DemoStep {

	static final int TEACHERS = 200;

	static final String EMAIL_DOMAIN = "@riverside-usd.example.org";

	private static final List<String> FIRST = List.of("Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sophia",
			"Elijah", "Isabella", "Lucas", "Mia", "Ethan", "Amara", "Daniel", "Chloe", "Jin", "Layla", "Omar", "Grace",
			"Diego", "Hannah", "Kwame", "Zoe", "Ravi", "Nora", "Samuel", "Aaliyah", "Hiro", "Leah", "Andrés");

	private static final List<String> LAST = List.of("Garcia", "Nguyen", "Johnson", "Patel", "Kim", "Martinez",
			"Brown", "Okafor", "Lopez", "Chen", "Williams", "Hernandez", "Davis", "Singh", "Rodriguez", "Lee", "Walker",
			"Ahmed", "Clark", "Flores", "Young", "Tanaka", "Hall", "Rivera", "Scott", "Mensah", "Green", "Adams");

	private static final List<String> NEW_SCHOOLS = List.of("Oak Grove Elementary School", "Hillside Elementary School",
			"Riverside Middle School", "Westview Middle School");

	private final AccountService accounts;

	private final OrganizationService organizations;

	DistrictRosterDemoStep(AccountService accounts, OrganizationService organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	public String name() {
		return "district-roster";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public void run(DemoContext context) {
		Organization district = context.district(DemoAccounts.DISTRICT);
		for (int i = 0; i < NEW_SCHOOLS.size(); i++) {
			organizations.addSchoolUnchecked(district.id(), NEW_SCHOOLS.get(i), "sch-" + (i + 3));
		}
		List<SchoolId> schools = new ArrayList<>(organizations.schoolsOf(district.id()).stream().map(School::id).toList());
		Random random = new Random(2026);
		String hash = accounts.hashPassword(DemoAccounts.PASSWORD);
		for (int i = 1; i <= TEACHERS; i++) {
			String first = FIRST.get(random.nextInt(FIRST.size()));
			String last = LAST.get(random.nextInt(LAST.size()));
			String email = (first + "." + last + i).toLowerCase().replace("é", "e") + EMAIL_DOMAIN;
			AccountId id = accounts.registerWithHash(first + " " + last, email, hash,
					Set.of(new RoleGrant(Role.TEACHER, district.id().value())));
			organizations.placeTeacher(id, district.id(), schools.get(random.nextInt(schools.size())),
					"CA-TCH-%06d".formatted(300000 + i * 37), "t-%04d".formatted(i));
		}
	}

}
