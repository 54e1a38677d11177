package org.microcred.demo;

import java.util.List;

import org.microcred.identity.Role;

/**
 * The demo logins, one per role. They are documented in the README and printed at start-up; every one uses
 * {@link #PASSWORD}.
 */
public final class DemoAccounts {

	public static final String PASSWORD = "Microcred-demo-2026";

	public static final String TEACHER = "teacher@demo.microcred.org";

	public static final String REVIEWER = "reviewer@demo.microcred.org";

	/** A reviewer who reviews in Spanish (and English), with her interface in Spanish. */
	public static final String SPANISH_REVIEWER = "revisora@demo.microcred.org";

	public static final String ISSUER_ADMIN = "issuer@demo.microcred.org";

	public static final String QUALITY_REVIEWER = "quality@demo.microcred.org";

	public static final String DISTRICT_ADMIN = "district@demo.microcred.org";

	public static final String PLATFORM_ADMIN = "admin@demo.microcred.org";

	public static final String NONPROFIT = "Open Practice Institute";

	public static final String UNIVERSITY = "Northbridge University School of Education";

	public static final String DISTRICT = "Riverside Unified School District";

	public static final String SCHOOL_ELEMENTARY = "Lincoln Elementary School";

	public static final String SCHOOL_HIGH = "Riverside High School";

	public record Login(String email, Role role, String name) {
	}

	public static final List<Login> LOGINS = List.of(new Login(TEACHER, Role.TEACHER, "Maya Thompson"),
			new Login(REVIEWER, Role.REVIEWER, "Daniel Okafor"), new Login(ISSUER_ADMIN, Role.ISSUER_ADMIN, "Priya Raman"),
			new Login(QUALITY_REVIEWER, Role.QUALITY_REVIEWER, "Helen Fischer"),
			new Login(DISTRICT_ADMIN, Role.DISTRICT_ADMIN, "Marcus Bell"),
			new Login(PLATFORM_ADMIN, Role.PLATFORM_ADMIN, "Sam Ortega"));

	private DemoAccounts() {
	}

}
