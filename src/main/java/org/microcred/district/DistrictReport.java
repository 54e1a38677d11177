package org.microcred.district;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A district's adoption and impact report for one filter.
 *
 * @param asOf when the figures were last rebuilt from the read model
 * @param medianDaysToCredential median whole days from enrolling to passing, or null when nobody passed
 */
public record DistrictReport(ReportFilter filter, java.time.Instant asOf, List<SchoolAdoption> adoption, Funnel funnel,
		long passedFirstAttempt, long passedByAttempt, Double medianDaysToCredential, List<Count> byCredential,
		List<Count> bySkill, Heatmap heatmap, List<Month> months) {

	/** Active teachers of a school, and how many hold at least one credential (not revoked) issued by the period's end. */
	public record SchoolAdoption(String school, long teachers, long withCredential) {

		public int percent() {
			return teachers == 0 ? 0 : (int) Math.round(100.0 * withCredential / teachers);
		}

	}

	/** Enrollments started in the period, how many were submitted, how many passed. */
	public record Funnel(long enrolled, long submitted, long passed) {

		public int submittedPercent() {
			return enrolled == 0 ? 0 : (int) Math.round(100.0 * submitted / enrolled);
		}

		public int passedPercent() {
			return enrolled == 0 ? 0 : (int) Math.round(100.0 * passed / enrolled);
		}

	}

	public record Count(String label, long count) {
	}

	/** Credentials passed per school and skill. */
	public record Heatmap(List<String> schools, List<String> skills, Map<String, Map<String, Long>> cells, long max) {

		public long cell(String school, String skill) {
			return cells.getOrDefault(school, Map.of()).getOrDefault(skill, 0L);
		}

		/** 0–4, for shading. */
		public int shade(String school, String skill) {
			long value = cell(school, skill);
			return value == 0 || max == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * value / max));
		}

	}

	public record Month(YearMonth month, long enrolled, long submitted, long passed) {
	}

	/** All teachers and adopters across the schools shown (its school is null: it is every school). */
	public SchoolAdoption total() {
		return new SchoolAdoption(null, adoption.stream().mapToLong(SchoolAdoption::teachers).sum(),
				adoption.stream().mapToLong(SchoolAdoption::withCredential).sum());
	}

	/** The median in whole days, or null when nobody passed. */
	public Long medianDays() {
		return medianDaysToCredential == null ? null : Math.round(medianDaysToCredential);
	}

	/** First-attempt pass rate in whole per cent, or null when nobody passed by attempt. */
	public Integer firstAttemptPercent() {
		return passedByAttempt == 0 ? null : (int) Math.round(100.0 * passedFirstAttempt / passedByAttempt);
	}

}
