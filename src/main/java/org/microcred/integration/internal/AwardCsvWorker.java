package org.microcred.integration.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.badge.AwardRequest;
import org.microcred.badge.AwardResult;
import org.microcred.badge.BadgeService;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.integration.AwardCsvProblem;
import org.microcred.integration.AwardCsvSettings;
import org.microcred.platform.ExclusiveJobs;
import org.microcred.platform.Msg;
import org.microcred.platform.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Awards confirmed CSV uploads in the background, one batch of rows per transaction: a batch's credentials and its
 * rows' outcomes commit together, so progress survives a crash or restart and the next run (here or on another
 * instance) carries on with the rows still pending. One instance works at a time ({@link ExclusiveJobs}). A batch
 * that fails is retried row by row, so one bad row fails alone and every other row is awarded.
 */
@Component
public class AwardCsvWorker {

	static final String JOB = "integration.award-csv";

	private static final Logger log = LoggerFactory.getLogger(AwardCsvWorker.class);

	private final AwardCsvStore store;

	private final BadgeService badges;

	private final CatalogService catalog;

	private final AccountService accounts;

	private final AwardRecipients recipients;

	private final ExclusiveJobs jobs;

	private final AwardCsvSettings settings;

	private final TransactionTemplate separate;

	AwardCsvWorker(AwardCsvStore store, BadgeService badges, CatalogService catalog, AccountService accounts,
			AwardRecipients recipients, ExclusiveJobs jobs, AwardCsvSettings settings,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.badges = badges;
		this.catalog = catalog;
		this.accounts = accounts;
		this.recipients = recipients;
		this.jobs = jobs;
		this.settings = settings;
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Runs every confirmed (or interrupted) upload to its end, unless another instance is at it. */
	@Scheduled(fixedDelayString = "${microcred.award-csv.poll-interval:PT5S}",
			initialDelayString = "${microcred.award-csv.poll-interval:PT5S}")
	public void runPending() {
		jobs.runIfFree(JOB, () -> {
			Optional<UUID> next;
			while ((next = store.nextToRun()).isPresent()) {
				run(next.get());
			}
		});
	}

	private void run(UUID job) {
		separate.executeWithoutResult(s -> store.move(job, "CONFIRMED", "RUNNING"));
		try {
			while (runBatch(job, settings.batchSize()) > 0) {
				// the next batch
			}
			separate.executeWithoutResult(s -> store.move(job, "RUNNING", "DONE"));
			log.info("Award CSV {} done", job);
		}
		catch (RuntimeException ex) {
			log.warn("Award CSV {} stopped", job, ex);
			separate.executeWithoutResult(s -> store.fail(job, ex instanceof AccessDeniedException
					? Msg.of("integration.award-csv.failed.not-admin") : Msg.of("integration.award-csv.failed")));
		}
	}

	/**
	 * Awards up to {@code limit} pending rows of a running upload.
	 * @return how many rows were decided (0: none was left)
	 */
	public int runBatch(UUID job, int limit) {
		var upload = store.find(job).orElseThrow();
		if (!"RUNNING".equals(upload.status())) {
			return 0;
		}
		List<AwardCsvStore.Pending> rows = store.pending(job, limit);
		if (rows.isEmpty()) {
			return 0;
		}
		CurrentUser creator = accounts.reload(new AccountId(store.creator(job)))
			.filter(CurrentUser::isEnabled)
			.orElseThrow(() -> new AccessDeniedException("The uploader's account is gone"));
		try {
			return separate.execute(s -> award(job, upload.issuerId(), upload.evidenceName(), creator, rows));
		}
		catch (UserFacingException ex) {
			// one row spoilt the batch (nothing of it was kept): each row on its own, the bad ones fail alone
			int decided = 0;
			for (AwardCsvStore.Pending row : rows) {
				try {
					decided += separate.execute(s -> award(job, upload.issuerId(), upload.evidenceName(), creator,
							List.of(row)));
				}
				catch (UserFacingException rowProblem) {
					decided += separate.execute(s -> failRow(job, row, rowProblem.message()));
				}
			}
			return decided;
		}
	}

	private int award(UUID job, UUID issuer, String evidenceName, CurrentUser creator,
			List<AwardCsvStore.Pending> rows) {
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach(r -> names.putIfAbsent(AwardRecipients.lower(r.email()), r.name()));
		Map<String, AccountId> people = recipients.accountsOf(names);
		Map<UUID, List<AwardCsvStore.Pending>> byAchievement = new LinkedHashMap<>();
		rows.forEach(r -> byAchievement.computeIfAbsent(r.credentialId(), c -> new ArrayList<>()).add(r));
		int decided = 0;
		int issued = 0;
		int skipped = 0;
		int failed = 0;
		for (var entry : byAchievement.entrySet()) {
			Optional<DesignVersion> design = catalog.published(new CredentialId(entry.getKey()))
				.filter(d -> d.issuerId().value().equals(issuer) && d.isMicro());
			if (design.isEmpty()) {
				for (AwardCsvStore.Pending row : entry.getValue()) {
					decided += failRow(job, row, Msg.of("integration.award-csv.no-longer-published"));
				}
				continue;
			}
			List<AwardRequest> batch = entry.getValue()
				.stream()
				.map(r -> new AwardRequest(AwardKeys.of(r.credentialId(), r.email()),
						people.get(AwardRecipients.lower(r.email())), r.pdHours(),
						evidenceName + " (" + r.assessedOn() + ")", r.how()))
				.toList();
			AwardResult result = badges.issueAll(creator, design.get().id(), batch);
			var fresh = new java.util.HashSet<>(result.issued());
			for (int k = 0; k < batch.size(); k++) {
				var id = result.credentials().get(k);
				boolean now = fresh.contains(id);
				if (store.decide(job, entry.getValue().get(k).rowNo(), now ? "ISSUED" : "SKIPPED", id.value(), null)) {
					decided++;
					if (now) {
						issued++;
					}
					else {
						skipped++;
					}
				}
			}
		}
		store.count(job, issued, skipped, failed);
		return decided;
	}

	private int failRow(UUID job, AwardCsvStore.Pending row, Msg why) {
		if (!store.decide(job, row.rowNo(), "FAILED", null, why)) {
			return 0;
		}
		store.addProblems(job, store.nextProblemSeq(job), List.of(new AwardCsvProblem(row.rowNo(), null, why)));
		store.count(job, 0, 0, 1);
		return 1;
	}

}
