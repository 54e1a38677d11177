package org.microcred.organization;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A roster import as its page shows it: the dry run's counts (replaced by the result's once applied), its status
 * and, while it runs, its progress.
 *
 * @param status INVALID, READY, CONFIRMED, APPLYING, DONE, FAILED or DISCARDED
 * @param doneRows changes written so far by the running import (uncommitted until it completes; 0 once it is not
 *        running any more)
 * @param summary counts such as {@code TEACHER.ADD → 12}
 * @param interrupted APPLYING, but its worker died (a crash): nothing it wrote stands, and another worker will apply it
 *        again from the start once its lease runs out
 * @param superseded discarded because a newer dry run of the district replaced it
 * @param detailsRemovedAt when its staged rows and problems were deleted (the counts stay), or null
 */
public record RosterImport(UUID id, OrganizationId districtId, String format, String fileNames, String status,
		boolean deactivateMissing, boolean sendInvitations, Instant createdAt, Long dryRunMillis, Instant finishedAt,
		Long applyMillis, int doneRows, int totalRows, String failure, Map<String, Integer> summary, String notes,
		long problemCount, boolean interrupted, boolean superseded, Instant detailsRemovedAt) {

	public int count(String key) {
		return summary.getOrDefault(key, 0);
	}

	public boolean canConfirm() {
		return "READY".equals(status);
	}

	public boolean inProgress() {
		return "CONFIRMED".equals(status) || "APPLYING".equals(status);
	}

	public int percent() {
		return totalRows == 0 ? (inProgress() ? 0 : 100) : (int) (100L * doneRows / totalRows);
	}

	public String statusLabel() {
		if (interrupted) {
			return "Interrupted: it will start again from the beginning";
		}
		if (superseded) {
			return "Replaced by a newer upload";
		}
		return switch (status) {
			case "INVALID" -> "Dry run found problems";
			case "READY" -> "Dry run done: waiting for confirmation";
			case "CONFIRMED" -> "Waiting to start";
			case "APPLYING" -> "Importing";
			case "DONE" -> "Imported";
			case "FAILED" -> "Failed: nothing was changed";
			case "DISCARDED" -> "Discarded";
			default -> status;
		};
	}

}
