package org.microcred.support;

import java.util.Set;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.OrganizationDetails;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates people and organizations with unique names, so tests sharing one database never collide.
 */
@TestComponent
public class TestData {

	public static final String PASSWORD = "Test-password-2026";

	private final AccountService accounts;

	private final OrganizationService organizations;

	private String hash;

	public TestData(AccountService accounts, OrganizationService organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.microcred.org";
	}

	public CurrentUser user(String name, RoleGrant... grants) {
		AccountId id = accounts.registerWithHash(name, uniqueEmail(name.toLowerCase().replaceAll("[^a-z]", "")),
				passwordHash(), Set.of(grants));
		return accounts.reload(id).orElseThrow();
	}

	public CurrentUser teacher() {
		return user("Teacher", new RoleGrant(Role.TEACHER, null));
	}

	public CurrentUser teacherIn(OrganizationId district) {
		CurrentUser teacher = user("Teacher", new RoleGrant(Role.TEACHER, district.value()));
		organizations.placeTeacher(teacher.id(), district, null, null, null);
		return teacher;
	}

	public CurrentUser platformAdmin() {
		return user("Admin", new RoleGrant(Role.PLATFORM_ADMIN, null));
	}

	public CurrentUser admin(Role role, OrganizationId organization) {
		return user(role.name(), new RoleGrant(role, organization.value()));
	}

	public OrganizationId issuer() {
		return organizations.createUnchecked(OrganizationKind.ISSUER, details("Issuer"));
	}

	public OrganizationId district() {
		return organizations.createUnchecked(OrganizationKind.DISTRICT, details("District"));
	}

	private static OrganizationDetails details(String kind) {
		return new OrganizationDetails(kind + " " + UUID.randomUUID().toString().substring(0, 8), null, "US", null,
				null, null, null);
	}

	private synchronized String passwordHash() {
		if (hash == null) {
			hash = accounts.hashPassword(PASSWORD);
		}
		return hash;
	}

}
