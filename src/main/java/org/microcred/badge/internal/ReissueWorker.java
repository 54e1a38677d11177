package org.microcred.badge.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.badge.CredentialReissued;
import org.microcred.badge.IssuedCredential;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works open re-issue jobs in batches, each its own transaction holding the job's row: a crash loses at most one
 * batch (redone, since a credential is picked by the key that signed it), and two instances never work one job.
 * Every re-signed credential's teacher is told.
 */
@Component
public class ReissueWorker {

	static final int BATCH = 50;

	private final ReissueJobs jobs;

	private final IssuedStore issued;

	private final Resigning resigning;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	ReissueWorker(ReissueJobs jobs, IssuedStore issued, Resigning resigning, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.jobs = jobs;
		this.issued = issued;
		this.resigning = resigning;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Works every open job to its end; returns how many credentials it re-signed. */
	@Scheduled(fixedDelayString = "${microcred.badge.reissue-poll-interval:PT2S}",
			initialDelayString = "${microcred.badge.reissue-poll-interval:PT2S}")
	public int runPending() {
		int reissued = 0;
		for (UUID job : jobs.unfinished()) {
			int done;
			while ((done = transaction.execute(status -> batch(job))) > 0) {
				reissued += done;
			}
		}
		return reissued;
	}

	private int batch(UUID job) {
		Optional<UUID> issuer = jobs.lock(job);
		if (issuer.isEmpty()) {
			return 0;
		}
		List<IssuedCredential> next = issued.signedWithCompromisedKeys(issuer.get(), BATCH);
		if (next.isEmpty()) {
			jobs.finish(job);
			return 0;
		}
		int done = 0;
		for (IssuedCredential credential : next) {
			if (resigning.resignWithCurrentKey(credential)) {
				done++;
				events.publishEvent(new CredentialReissued(credential.id(), credential.teacherId(), credential.credentialId(),
						Instant.now()));
			}
		}
		jobs.advance(job, done);
		return next.size();
	}

}
