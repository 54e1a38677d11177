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
import org.microcred.platform.Msg;

/**
 * The enrollment rule: a teacher may enroll in a published micro-credential once (until they withdraw), after
 * earning its prerequisites. Every unmet condition is reported, not just the first.
 */
public final class EnrollmentEligibility {

	private EnrollmentEligibility() {
	}

	public static Eligibility check(CurrentUser teacher, Optional<DesignVersion> published,
			Optional<EnrollmentView> current, Set<UUID> earned, java.util.function.Function<UUID, String> titles) {
		List<Msg> reasons = new ArrayList<>();
		if (!teacher.hasRole(Role.TEACHER)) {
			reasons.add(Msg.of("learning.enroll.teachers-only"));
		}
		if (published.isEmpty() || published.get().status() != VersionStatus.PUBLISHED) {
			reasons.add(Msg.of("learning.enroll.not-open"));
		}
		else if (!published.get().isMicro()) {
			reasons.add(Msg.of("learning.enroll.pathway"));
		}
		else {
			for (UUID prerequisite : published.get().micro().prerequisites()) {
				if (!earned.contains(prerequisite)) {
					reasons.add(Msg.of("learning.enroll.prerequisite", titles.apply(prerequisite)));
				}
			}
		}
		if (current.isPresent()) {
			reasons.add(Msg.of(current.get().status() == EnrollmentStatus.PASSED ? "learning.enroll.already-earned"
					: "learning.enroll.already-enrolled"));
		}
		return new Eligibility(reasons.isEmpty(), reasons, current.orElse(null));
	}

}
