package org.microcred.integration;

import java.time.Instant;
import java.util.UUID;

import org.microcred.platform.Msg;

/**
 * An award CSV upload: its dry run's counts, then its progress and result.
 *
 * @param totalRows data rows in the file
 * @param validRows rows without a problem (the ones awarded once confirmed)
 * @param problemRows rows left out because of a problem
 * @param issued credentials issued by this upload
 * @param skipped rows whose award had been made before (by an earlier upload or the API)
 * @param failed valid rows that could not be awarded when it ran (listed with the problems)
 */
public record AwardCsvJob(UUID id, UUID issuerId, String fileName, String evidenceName, String status,
		Instant createdAt, Instant finishedAt, int totalRows, int validRows, int problemRows, int issued, int skipped,
		int failed, Msg failure) {

	public int doneRows() {
		return issued + skipped + failed;
	}

	public int percent() {
		return validRows == 0 ? 100 : (int) Math.min(100, doneRows() * 100L / validRows);
	}

	public boolean canConfirm() {
		return "READY".equals(status);
	}

	public boolean canDiscard() {
		return "READY".equals(status) || "INVALID".equals(status);
	}

	public boolean inProgress() {
		return "CONFIRMED".equals(status) || "RUNNING".equals(status);
	}

	/** The bundle key of the status's name. */
	public String statusKey() {
		return "integration.award-csv.status." + status.toLowerCase(java.util.Locale.ROOT);
	}

}
