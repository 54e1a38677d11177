package org.microcred.organization;

import org.springframework.core.io.InputStreamSource;

/** An uploaded file, read (possibly twice) as a stream: never held in memory whole. */
public record RosterFile(String name, InputStreamSource content) {
}
