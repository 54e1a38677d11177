package org.microcred.review.internal;

import java.util.List;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.learning.AttemptId;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.Msg;
import org.microcred.review.ReviewOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lapsed claims go back to the queue; reminders of waiting work and escalations of overdue work go out. */
@Component
public class ReviewHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(ReviewHousekeeping.class);

	private final QueueStore queue;

	private final AuditLog audit;

	private final CatalogService catalog;

	private final Decisions decisions;

	private final ApplicationEventPublisher events;

	ReviewHousekeeping(QueueStore queue, AuditLog audit, CatalogService catalog,
			Decisions decisions, ApplicationEventPublisher events) {
		this.queue = queue;
		this.audit = audit;
		this.catalog = catalog;
		this.decisions = decisions;
		this.events = events;
	}

	/** Claims not finished in time go back to the queue (drafts of scores are kept with the expired review). */
	@Scheduled(fixedDelayString = "${microcred.review.expiry-interval:PT1M}", initialDelayString = "PT30S")
	@Transactional
	public void expireClaims() {
		for (UUID[] expired : queue.expireLapsedClaims()) {
			queue.releaseSlot(expired[1]);
			QueueStore.Item item = queue.item(expired[1]).orElseThrow();
			audit.record(item.issuerId(), item.attemptId(), "CLAIM_EXPIRED", new AccountId(expired[2]), null);
			decisions.backToWaitingIfUnheld(item);
			log.info("Claim on attempt {} expired and returned to the queue", item.attemptId());
		}
	}

	/** Daily: remind reviewers of waiting work and tell issuer administrators about overdue attempts. */
	@Scheduled(cron = "${microcred.review.reminder-cron:0 0 7 * * *}")
	@Transactional
	public void remindAndEscalate() {
		List<QueueStore.Item> waiting = queue.needingReminder();
		waiting.stream().map(QueueStore.Item::credentialId).distinct().forEach(credential ->
				decisions.announceWaiting(credential, title(credential)));
		for (QueueStore.Item item : queue.newlyOverdue()) {
			audit.record(item.issuerId(), item.attemptId(), "ESCALATED", null, Msg.of("review.audit.escalated"));
			events.publishEvent(new ReviewOverdue(new OrganizationId(item.issuerId()), new AttemptId(item.attemptId()),
					title(item.credentialId()), item.dueAt()));
		}
	}

	private String title(UUID credential) {
		return catalog.published(new CredentialId(credential)).map(DesignVersion::title).orElse("a credential");
	}

}
