package org.microcred.integration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A district's adoption figures over a period, as on its reports page.
 *
 * @param asOf when the figures were last rebuilt
 * @param schools active teachers per school and how many hold at least one credential
 * @param total the same over the whole district
 * @param funnel enrollments, submissions and passes in the period
 * @param byCredential credentials earned in the period, per micro-credential
 * @param medianDaysToCredential median days from enrolling to passing, or null when nobody passed
 */
public record AdoptionReportResponse(LocalDate from, LocalDate to, Instant asOf, List<School> schools, School total,
		Funnel funnel, List<Earned> byCredential, Double medianDaysToCredential) {

	public record School(String school, long teachers, long withCredential, int percent) {
	}

	public record Funnel(long enrolled, long submitted, long passed) {
	}

	public record Earned(String credential, long count) {
	}

}
