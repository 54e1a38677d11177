package org.microcred.badge.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.microcred.badge.AwardRequest;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionStatus;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;

/** The checks on a batch, before anything is read or written. */
final class AwardRules {

	private AwardRules() {
	}

	static void check(DesignVersion version, List<AwardRequest> awards) {
		if (!version.isMicro()) {
			throw new InvalidInputException("version", "badge.award.not-micro");
		}
		if (version.status() != VersionStatus.PUBLISHED) {
			throw new ConflictException("badge.award.not-published", version.status().label());
		}
		if (awards.size() > BulkIssuance.MAX_AWARDS) {
			throw new InvalidInputException("awards", "badge.award.too-many", BulkIssuance.MAX_AWARDS);
		}
		Set<String> seen = new HashSet<>();
		for (AwardRequest award : awards) {
			String key = (award.awardKey() == null) ? "" : award.awardKey().strip();
			if (key.isEmpty() || key.length() > 150) {
				throw new InvalidInputException("awardKey", "badge.award.key-required");
			}
			if (!seen.add(key)) {
				throw new InvalidInputException("awardKey", "badge.award.key-repeated", key);
			}
			if (award.teacher() == null) {
				throw new InvalidInputException("teacher", "badge.award.unknown-teacher", key);
			}
			if (blankOrLong(award.evidenceName(), 300) || blankOrLong(award.evidenceNarrative(), 2000)) {
				throw new InvalidInputException("evidence", "badge.award.evidence-required", key);
			}
			BigDecimal hours = award.pdHours();
			if (hours != null && (hours.signum() < 0 || hours.compareTo(new BigDecimal("999999")) > 0
					|| hours.stripTrailingZeros().scale() > 1)) {
				throw new InvalidInputException("pdHours", "badge.award.hours", key);
			}
		}
	}

	private static boolean blankOrLong(String text, int max) {
		return text == null || text.isBlank() || text.length() > max;
	}

}
