package org.microcred.badge.vc.verify;

/** The outcome of one verification step. */
public enum StepStatus {

	/** Checked and fine. */
	PASSED,
	/** Checked and wrong: the credential is not verified. */
	FAILED,
	/** Worth telling, not a reason to reject. */
	WARNING,
	/** Not applicable or not possible (e.g. no status to check). */
	SKIPPED

}
