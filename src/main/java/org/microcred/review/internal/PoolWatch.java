package org.microcred.review.internal;

import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ExclusiveJobs;
import org.microcred.review.PoolUnstaffed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finds credentials whose submissions wait while nobody in the pool is active (they would wait for ever) and
 * announces them ({@link PoolUnstaffed}): on a schedule, by one instance at a time, and at once when a reviewer is
 * suspended or removed.
 */
@Component
public class PoolWatch {

	static final String JOB = "review-unstaffed-pools";

	private final PoolStore pools;

	private final CatalogService catalog;

	private final ExclusiveJobs jobs;

	private final ApplicationEventPublisher events;

	PoolWatch(PoolStore pools, CatalogService catalog, ExclusiveJobs jobs, ApplicationEventPublisher events) {
		this.pools = pools;
		this.catalog = catalog;
		this.jobs = jobs;
		this.events = events;
	}

	/** @return false when another instance is running the check */
	@Scheduled(cron = "${microcred.review.pool-check-cron:0 20 * * * *}")
	public boolean checkAll() {
		return jobs.runIfFree(JOB, () -> pools.unstaffed().forEach(this::announce));
	}

	/** Checks one credential, after its pool lost an active reviewer. */
	public void check(UUID credential) {
		pools.unstaffedCredential(credential).forEach(this::announce);
	}

	private void announce(PoolStore.Unstaffed unstaffed) {
		CredentialId credential = new CredentialId(unstaffed.credentialId());
		String title = catalog.published(credential).map(DesignVersion::title).orElse("");
		events.publishEvent(new PoolUnstaffed(credential, new OrganizationId(unstaffed.issuerId()), title,
				unstaffed.waiting()));
	}

}
