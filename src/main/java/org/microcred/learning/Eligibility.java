package org.microcred.learning;

import java.util.List;

import org.microcred.platform.Msg;

/**
 * Whether a teacher may enroll in a credential, and if not, every reason why (so the page can say what to do).
 *
 * @param reasons each unmet condition, as a message in the reader's language
 * @param current the teacher's existing enrollment in it, if any
 */
public record Eligibility(boolean eligible, List<Msg> reasons, EnrollmentView current) {
}
