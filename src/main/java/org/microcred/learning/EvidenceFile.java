package org.microcred.learning;

import java.time.Instant;
import java.util.UUID;

/** An uploaded evidence file (its bytes stay in evidence storage). */
public record EvidenceFile(UUID id, String partKey, String fileName, String mediaType, long sizeBytes, String sha256,
		boolean studentWork, Instant uploadedAt) {
}
