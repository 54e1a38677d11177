package org.microcred.integration;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A roster import started through the API.
 *
 * @param status READY (checked, not confirmed), INVALID (problems: nothing will be imported), CONFIRMED or
 *        APPLYING (being imported in the background), DONE, FAILED or DISCARDED
 * @param summary counts of the changes, e.g. {@code TEACHER.ADD → 12} (the dry run's, then the result's)
 * @param problems the first problems found (file, row, column, message), when there are any
 * @param problemCount how many problems there are in all
 */
public record RosterUploadResponse(UUID importId, String status, Map<String, Integer> summary, List<Problem> problems,
		long problemCount) {

	/** A problem of a row of a file (row 1 is the header). */
	public record Problem(String file, Integer row, String column, String message) {
	}

}
