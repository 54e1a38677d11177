package org.microcred.learning;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence settings.
 *
 * @param storage where evidence files are kept (default {@code <data-dir>/evidence})
 * @param maxFileSize largest single file
 * @param quotaPerTeacher most bytes of evidence one teacher may store
 * @param maxLinks most links per evidence part
 * @param orphanGrace how long a stored object may wait for its upload to record it before the orphan sweep deletes
 *        it (an upload that died between storing and committing: a crash, a kill)
 */
@ConfigurationProperties("microcred.evidence")
public record LearningSettings(Path storage, @DefaultValue("2GB") DataSize maxFileSize,
		@DefaultValue("10GB") DataSize quotaPerTeacher, @DefaultValue("10") int maxLinks,
		@DefaultValue("PT10M") Duration orphanGrace) {
}
