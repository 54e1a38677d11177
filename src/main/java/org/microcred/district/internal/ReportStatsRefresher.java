package org.microcred.district.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the report aggregates of districts whose facts changed, every refresh interval (30 s by default), and
 * of every district at least every 15 minutes (roster changes such as a teacher moving school do not mark a
 * district dirty).
 */
@Component
class ReportStatsRefresher {

	private static final Logger log = LoggerFactory.getLogger(ReportStatsRefresher.class);

	private final ReportStats stats;

	private final Duration maxAge;

	ReportStatsRefresher(ReportStats stats, @Value("${microcred.district.stats-max-age:PT15M}") Duration maxAge) {
		this.stats = stats;
		this.maxAge = maxAge;
	}

	@Scheduled(fixedDelayString = "${microcred.district.refresh-interval:PT30S}", initialDelayString = "PT15S")
	void refresh() {
		Instant staleBefore = Instant.now().minus(maxAge);
		for (UUID district : stats.due(staleBefore)) {
			long started = System.nanoTime();
			// another instance may have rebuilt it since it was listed: then it is not rebuilt again
			if (stats.rebuildIfDue(district, staleBefore)) {
				log.debug("Rebuilt the report figures of district {} in {} ms", district, (System.nanoTime() - started) / 1_000_000);
			}
		}
	}

}
