package org.microcred.review;

import java.util.Map;
import java.util.UUID;

/**
 * An anchor submission: evidence with scores agreed by experienced reviewers, used to calibrate new reviewers.
 *
 * @param scores "part/criterion" → level key
 */
public record Anchor(UUID id, UUID credentialId, String title, String evidence, Map<String, String> scores) {
}
