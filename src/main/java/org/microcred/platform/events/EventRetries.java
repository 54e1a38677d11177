package org.microcred.platform.events;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again, on a schedule, the event publications whose listener failed, and those an instance was handling
 * when it died (Spring Modulith marks them failed once {@code spring.modulith.events.staleness.processing} has
 * passed). Without it they waited for the next restart of some instance. Every instance runs it: Modulith claims a
 * publication with a conditional update ({@code status = 'RESUBMITTED' where status != 'RESUBMITTED'}), so each
 * is delivered by one instance, and the listeners are idempotent (a credential is keyed by its enrollment) for the
 * rare double delivery.
 */
@Component
class EventRetries {

	private final FailedEventPublications failed;

	private final Duration minAge;

	EventRetries(FailedEventPublications failed,
			@Value("${microcred.events.retry-min-age:PT1M}") Duration minAge) {
		this.failed = failed;
		this.minAge = minAge;
	}

	@Scheduled(fixedDelayString = "${microcred.events.retry-interval:PT1M}", initialDelayString = "${microcred.events.retry-interval:PT1M}")
	void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
	}

}
