package org.microcred.learning;

import java.util.List;

/**
 * Whether a teacher may enroll in a credential, and if not, every reason why (so the page can say what to do).
 *
 * @param current the teacher's existing enrollment in it, if any
 */
public record Eligibility(boolean eligible, List<String> reasons, EnrollmentView current) {
}
