package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.microcred.badge.internal.LegacySuspensions;
import org.microcred.badge.internal.Resigning;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.badge.vc.status.BitstringStatusList;
import org.microcred.badge.vc.status.StatusLists;
import org.microcred.badge.vc.status.StatusPurpose;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.platform.ConflictException;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Suspension and revocation as every verifier sees them, and how status entries are handed out. */
class StatusIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	VerificationService verification;

	@Autowired
	StatusListStore statusLists;

	@Autowired
	Resigning resigning;

	@Autowired
	LegacySuspensions legacySuspensions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aSuspendedCredentialReadsSuspendedNotRevokedAndReinstatedReadsValidAgain() {
		Published credential = credentials.publish("Suspendable");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		assertThat(issued.signed()).contains("\"statusPurpose\":\"message\"", "\"statusSize\":2");

		badges.suspend(credential.admin(), issued.id(), "Under review", null);
		VerificationReport suspended = verification.verify(badges.get(issued.id()));
		assertThat(suspended.status("status")).isEqualTo(StepStatus.FAILED);
		assertThat(suspended.step("status").orElseThrow().message()).contains("suspended").doesNotContain("revoked");
		assertThat(InteropExportIntegrationTests.reason(suspended)).isEqualTo("suspended");

		badges.reinstate(credential.admin(), issued.id());
		VerificationReport reinstated = verification.verify(badges.get(issued.id()));
		assertThat(reinstated.verified()).as(reinstated.toString()).isTrue();
		assertThat(badges.get(issued.id()).signed()).isEqualTo(issued.signed());
	}

	@Test
	void aRevokedCredentialCanNeverBeReinstated() {
		Published credential = credentials.publish("Final");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		badges.suspend(credential.admin(), issued.id(), "Under review", null);
		badges.revoke(credential.admin(), issued.id(), "Plagiarised evidence", "Issued in error");

		String list = "/manage/issuers/" + credential.issuer() + "/badges";
		var session = browserSession().logIn(credential.admin().email(), TestData.PASSWORD);
		var answer = session.post(list, list + "/" + issued.id(), Map.of("action", "reinstate"));

		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.body()).contains("a revocation is final");
		VerificationReport report = verification.verify(badges.get(issued.id()));
		assertThat(report.step("status").orElseThrow().message()).contains("revoked");
		var status = jdbc.sql("select status_list_id, status_index from issued_credential where id = ?")
			.param(issued.id().value()).query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getInt(2) }).single();
		assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(
				tx -> statusLists.reinstate((UUID) status[0], (int) status[1])))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void suspensionsMadeOnTheRevocationBitAreMovedAndTheirEarlierCopiesStayRevoked() {
		Published credential = credentials.publish("Legacy");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		String earlierCopy = asSuspendedBeforeTheSplit(issued);

		assertThat(legacySuspensions.run()).isEqualTo(1);
		assertThat(legacySuspensions.run()).isZero();

		IssuedCredential moved = badges.get(issued.id());
		assertThat(moved.signed()).contains("\"statusPurpose\":\"message\"").isNotEqualTo(earlierCopy);
		assertThat(InteropExportIntegrationTests.reason(verification.verify(moved))).isEqualTo("suspended");
		badges.reinstate(credential.admin(), issued.id());
		assertThat(verification.verify(badges.get(issued.id())).verified()).isTrue();
		assertThat(InteropExportIntegrationTests.reason(verification.verify(earlierCopy.getBytes(), null))).isEqualTo("revoked");
	}

	/** Rewrites a fresh credential into what a suspension made before V110 left: a revocation entry, its bit set. */
	private String asSuspendedBeforeTheSplit(IssuedCredential issued) {
		UUID issuer = issued.issuerId().value();
		UUID list = UUID.randomUUID();
		int index = 4242;
		BitstringStatusList bits = BitstringStatusList.empty();
		bits.set(index, true);
		return new TransactionTemplate(transactions).execute(tx -> {
			jdbc.sql("insert into status_list (id, issuer_id, length, bits, purpose, status_size) values (?, ?, ?, ?, 'revocation', 1)")
				.params(list, issuer, bits.length(), bits.toBytes()).update();
			statusLists.republish(issuer);
			String copy = resigning.resign(issued.signed(), issuer,
					StatusLists.entry(statusLists.url(list), index, StatusPurpose.REVOCATION)).document();
			jdbc.sql("update issued_credential set signed = ?, status_list_id = ?, status_index = ?, state = 'SUSPENDED', "
					+ "state_reason = 'Under review' where id = ?").params(copy, list, index, issued.id().value()).update();
			return copy;
		});
	}

	@Test
	void concurrentFirstIssuancesShareOneListWithDistinctIndexesSpreadAcrossIt() throws Exception {
		UUID issuer = data.issuer().value();
		int threads = 20;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<StatusListStore.Allocation>> futures = new ArrayList<>();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		for (int i = 0; i < threads; i++) {
			futures.add(pool.submit(() -> {
				start.await();
				return transaction.execute(tx -> statusLists.allocate(issuer));
			}));
		}
		start.countDown();
		List<StatusListStore.Allocation> allocations = new ArrayList<>();
		for (Future<StatusListStore.Allocation> future : futures) {
			allocations.add(future.get());
		}
		pool.shutdown();

		assertThat(jdbc.sql("select count(*) from status_list where issuer_id = ?").param(issuer).query(Long.class).single())
			.isEqualTo(1);
		assertThat(new HashSet<>(allocations.stream().map(StatusListStore.Allocation::listId).toList())).hasSize(1);
		List<Integer> indexes = allocations.stream().map(StatusListStore.Allocation::index).toList();
		assertThat(new HashSet<>(indexes)).hasSize(threads);
		int spread = indexes.stream().mapToInt(i -> i).max().orElseThrow() - indexes.stream().mapToInt(i -> i).min().orElseThrow();
		assertThat(spread).as("indexes %s", indexes).isGreaterThan(BitstringStatusList.MIN_LENGTH / 4);
		assertThat(indexes).allMatch(i -> i >= 0 && i < BitstringStatusList.MIN_LENGTH);
	}

}
