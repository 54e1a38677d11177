package org.microcred.organization.roster;

import java.time.Instant;

import org.microcred.platform.ExclusiveJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Bounds what roster imports keep: dry runs nobody confirmed within the retention period are discarded, and
 * finished imports lose their staged rows and problems after it (their counts stay). One instance at a time.
 */
@Component
public class RosterHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(RosterHousekeeping.class);

	private final RosterStaging staging;

	private final RosterSettings settings;

	private final ExclusiveJobs jobs;

	RosterHousekeeping(RosterStaging staging, RosterSettings settings, ExclusiveJobs jobs) {
		this.staging = staging;
		this.settings = settings;
		this.jobs = jobs;
	}

	/** @return false when another instance is doing it */
	@Scheduled(fixedDelayString = "${microcred.roster.cleanup-interval:PT1H}", initialDelayString = "PT5M")
	public boolean cleanUp() {
		return jobs.runIfFree("roster-import-retention", () -> {
			int removed = staging.removeDetailsOlderThan(Instant.now().minus(settings.retention()));
			if (removed > 0) {
				log.info("Deleted the staged rows of {} roster imports older than {}", removed, settings.retention());
			}
		});
	}

}
