package org.microcred.organization.roster;

import java.util.Optional;
import java.util.UUID;

import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies confirmed imports in the background. An import whose worker died (crash, restart, another instance
 * stopped) stops sending heartbeats; once its lease runs out it is taken over and applied again from the start,
 * which is safe because the apply step is one transaction and re-plans against the district as it is.
 */
@Component
public class RosterWorker {

	private static final Logger log = LoggerFactory.getLogger(RosterWorker.class);

	private final RosterStore store;

	private final RosterApplier applier;

	private final RosterSettings settings;

	private final TransactionTemplate separate;

	RosterWorker(RosterStore store, RosterApplier applier, RosterSettings settings,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.applier = applier;
		this.settings = settings;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Applies every waiting import, one after the other; returns how many it took on. */
	@Scheduled(fixedDelayString = "${microcred.roster.poll-interval:PT5S}",
			initialDelayString = "${microcred.roster.poll-interval:PT5S}")
	public int runPending() {
		int taken = 0;
		Optional<UUID> next;
		while ((next = store.claimNext(settings.lease())).isPresent()) {
			run(next.get());
			taken++;
		}
		return taken;
	}

	private void run(UUID id) {
		if (store.attempts(id) > settings.maxAttempts()) {
			store.fail(id, Msg.of("organization.roster.failed.interrupted", settings.maxAttempts()));
			return;
		}
		try {
			// progress is written in its own transaction, so the page shows it while the import's is still open
			applier.apply(id, (done, total) -> separate.executeWithoutResult(s -> store.progress(id, done, total)));
			log.info("Roster import {} applied", id);
		}
		catch (RuntimeException ex) {
			log.warn("Roster import {} failed; its transaction was rolled back", id, ex);
			// messages of these two are written for people; anything else is not shown
			store.fail(id, ex instanceof ConflictException || ex instanceof InvalidInputException
					? Msg.of("organization.roster.failed.because", ((UserFacingException) ex).message())
					: Msg.of("organization.roster.failed"));
		}
	}

}
