package org.microcred.learning;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("microcred.evidence")
public record LearningSettings(Path storage, @DefaultValue("2GB") DataSize maxFileSize,
		@DefaultValue("10GB") DataSize quotaPerTeacher, @DefaultValue("10") int maxLinks) {
}
