package org.microcred.learning;

import java.util.UUID;

/** The captions (WebVTT) of a video evidence file: the file they came from and the language they are in. */
public record EvidenceCaption(UUID fileId, String fileName, String language) {
}
