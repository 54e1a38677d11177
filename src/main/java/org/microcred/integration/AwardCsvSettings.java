package org.microcred.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Awarding from a CSV upload.
 *
 * @param maxFileSize the largest file accepted
 * @param maxRows the most data rows in one file
 * @param batchSize rows awarded per transaction (each batch is committed with its progress)
 * @param pollInterval how often the worker looks for confirmed uploads
 */
@ConfigurationProperties("microcred.award-csv")
public record AwardCsvSettings(@DefaultValue("5MB") DataSize maxFileSize, @DefaultValue("20000") int maxRows,
		@DefaultValue("500") int batchSize, @DefaultValue("PT5S") Duration pollInterval) {
}
