package org.microcred.learning;

/**
 * Verifies an Open Badges 3.0 credential presented for recognition of prior learning (JSON or a baked PNG/SVG).
 * The badge module implements it.
 */
public interface PriorLearningVerifier {

	/** A summary of the verification to show the reviewer with the request. */
	record Result(boolean verified, String achievementName, String issuerName, String report) {
	}

	Result verify(byte[] content, String teacherEmail);

}
