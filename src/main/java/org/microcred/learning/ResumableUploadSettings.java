package org.microcred.learning;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Resumable (tus) evidence uploads.
 *
 * @param directory where the bytes of uploads under way wait (default {@code <data-dir>/tus}); with several
 *        instances, a volume they share
 * @param expiry how long an upload may go without a byte before it is abandoned and deleted
 * @param maxPerTeacher most uploads one teacher may have under way at once
 * @param idleAfter an upload without a byte for this long may make room for a new one when the teacher is at the limit
 * @param chunkSize the most bytes the page sends in one request (proxies often limit request bodies)
 * @param cleanupInterval how often abandoned uploads are looked for
 */
@ConfigurationProperties("microcred.evidence.resumable")
public record ResumableUploadSettings(Path directory, @DefaultValue("PT24H") Duration expiry,
		@DefaultValue("3") int maxPerTeacher, @DefaultValue("PT2M") Duration idleAfter,
		@DefaultValue("8MB") DataSize chunkSize, @DefaultValue("PT15M") Duration cleanupInterval) {
}
