package org.microcred.learning;

import org.microcred.identity.CurrentUser;

/**
 * Who besides the teacher may see a submitted attempt's evidence: the reviewers assigned to it and the issuer's
 * quality reviewers. The review module implements it; without an implementation only the teacher sees evidence.
 */
public interface EvidenceAccess {

	boolean mayView(CurrentUser viewer, AttemptId attempt);

}
