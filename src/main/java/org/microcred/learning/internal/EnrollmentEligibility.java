package org.microcred.learning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionStatus;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.Eligibility;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.learning.EnrollmentView;

/**
 * The enrollment rule: a teacher may enroll in a published micro-credential once (until they withdraw), after
 * earning its prerequisites. Every unmet condition is reported, not just the first.
 */
public final class EnrollmentEligibility {

	private EnrollmentEligibility() {
	}

	public static Eligibility check(CurrentUser teacher, Optional<DesignVersion> published,
			Optional<EnrollmentView> current, Set<UUID> earned, java.util.function.Function<UUID, String> titles) {
		List<String> reasons = new ArrayList<>();
		if (!teacher.hasRole(Role.TEACHER)) {
			reasons.add("Only teachers can enroll. Your account has no teacher role.");
		}
		if (published.isEmpty() || published.get().status() != VersionStatus.PUBLISHED) {
			reasons.add("This credential is not open for enrollment.");
		}
		else if (!published.get().isMicro()) {
			reasons.add("A pathway is earned by completing its micro-credentials; enroll in those.");
		}
		else {
			for (UUID prerequisite : published.get().micro().prerequisites()) {
				if (!earned.contains(prerequisite)) {
					reasons.add("Earn “" + titles.apply(prerequisite) + "” first: it is a prerequisite.");
				}
			}
		}
		if (current.isPresent()) {
			reasons.add(current.get().status() == EnrollmentStatus.PASSED ? "You have already earned this credential."
					: "You are already enrolled in this credential.");
		}
		return new Eligibility(reasons.isEmpty(), reasons, current.orElse(null));
	}

}
