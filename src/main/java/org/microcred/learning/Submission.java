package org.microcred.learning;

import java.util.Map;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;

/** A submitted attempt with its evidence, as a reviewer assesses it. */
public record Submission(AttemptView attempt, AccountId teacherId, CredentialId credentialId, VersionId versionId,
		Map<String, PartEvidence> evidence) {

	public PartEvidence part(String key) {
		return evidence.getOrDefault(key, new PartEvidence(key, null, null, null));
	}

}
