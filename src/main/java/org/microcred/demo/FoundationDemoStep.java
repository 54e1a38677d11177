package org.microcred.demo;

import java.util.Set;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.OrganizationDetails;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.SchoolId;
import org.springframework.stereotype.Component;

/** Two issuers, a district with two schools, and one login per role. */
@Component
class FoundationDemoStep implements DemoStep {

	private final AccountService accounts;

	private final OrganizationService organizations;

	FoundationDemoStep(AccountService accounts, OrganizationService organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	@Override
	public String name() {
		return "organizations-and-accounts";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public void run(DemoContext context) {
		OrganizationId nonprofit = organizations.createUnchecked(OrganizationKind.ISSUER,
				new OrganizationDetails(DemoAccounts.NONPROFIT, "Non-profit PD provider", "US", "Massachusetts",
						"https://openpractice.example.org", "credentials@openpractice.example.org",
						"A non-profit that designs research-backed, classroom-tested micro-credentials for educators."));
		OrganizationId university = organizations.createUnchecked(OrganizationKind.ISSUER,
				new OrganizationDetails(DemoAccounts.UNIVERSITY, "University", "IE", "Leinster",
						"https://education.northbridge.example.edu", "microcredentials@northbridge.example.edu",
						"Postgraduate micro-credentials for teachers and teacher educators, quality-assured under the "
								+ "university's academic regulations and aligned with the EQF."));
		OrganizationId district = organizations.createUnchecked(OrganizationKind.DISTRICT,
				new OrganizationDetails(DemoAccounts.DISTRICT, null, "US", "California",
						"https://riverside-usd.example.org", "pd@riverside-usd.example.org",
						"A mid-sized public school district that counts approved micro-credentials toward PD hours and salary steps."));
		SchoolId elementary = organizations.addSchoolUnchecked(district, DemoAccounts.SCHOOL_ELEMENTARY, "sch-lincoln");
		organizations.addSchoolUnchecked(district, DemoAccounts.SCHOOL_HIGH, "sch-riverside-high");

		String hash = accounts.hashPassword(DemoAccounts.PASSWORD);
		for (DemoAccounts.Login login : DemoAccounts.LOGINS) {
			Set<RoleGrant> grants = switch (login.role()) {
				case TEACHER -> Set.of(new RoleGrant(Role.TEACHER, district.value()));
				case REVIEWER -> Set.of(new RoleGrant(Role.REVIEWER, nonprofit.value()),
						new RoleGrant(Role.REVIEWER, university.value()));
				case ISSUER_ADMIN -> Set.of(new RoleGrant(Role.ISSUER_ADMIN, nonprofit.value()));
				case QUALITY_REVIEWER -> Set.of(new RoleGrant(Role.QUALITY_REVIEWER, nonprofit.value()),
						new RoleGrant(Role.QUALITY_REVIEWER, university.value()));
				case DISTRICT_ADMIN -> Set.of(new RoleGrant(Role.DISTRICT_ADMIN, district.value()));
				case PLATFORM_ADMIN -> Set.of(new RoleGrant(Role.PLATFORM_ADMIN, null));
			};
			AccountId id = accounts.registerWithHash(login.name(), login.email(), hash, grants);
			if (login.role() == Role.TEACHER) {
				organizations.placeTeacher(id, district, elementary, "CA-TCH-204518", "t-demo-teacher");
			}
		}
		// the university's own administrator, so each issuer has one
		accounts.registerWithHash("Aoife Byrne", "university@demo.microcred.org", hash,
				Set.of(new RoleGrant(Role.ISSUER_ADMIN, university.value())));
	}

}
