package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.review.internal.QueueStore;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 20 reviewers claiming at once from a 1,000-attempt queue: every attempt is claimed exactly once. */
class QueueConcurrencyIntegrationTests extends IntegrationTest {

	@Autowired
	QueueStore queue;

	@Autowired
	AssessmentService assessment;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentyReviewersClaimEveryAttemptExactlyOnce() throws Exception {
		var setup = reviews.credentialWithReviewers(20,
				new ReviewSettings(true, BigDecimal.ZERO, new BigDecimal("0.8"), 48, 30));
		Instant now = Instant.now();
		for (int i = 0; i < 1000; i++) {
			queue.enqueue(new QueueStore.Item(UUID.randomUUID(), UUID.randomUUID(), setup.credential().value(),
					setup.published().version().value(), setup.issuer().value(), UUID.randomUUID(), false, 1,
					now, now.plus(14 + i % 7, ChronoUnit.DAYS), 1, null, null, null), new UUID[0]);
		}
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Callable<Integer>> reviewers = new ArrayList<>();
		for (CurrentUser reviewer : setup.reviewers()) {
			reviewers.add(() -> {
				int claimed = 0;
				while (assessment.claimNext(reviewer, setup.credential()).isPresent()) {
					claimed++;
				}
				return claimed;
			});
		}
		int total = 0;
		try {
			for (Future<Integer> result : pool.invokeAll(reviewers)) {
				total += result.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(total).isEqualTo(1000);
		List<Map<String, Object>> perAttempt = jdbc.sql("""
				select r.attempt_id, count(*) as claims from review r join review_item i on i.attempt_id = r.attempt_id
				where i.credential_id = ? group by r.attempt_id""")
			.param(setup.credential().value())
			.query()
			.listOfRows();
		assertThat(perAttempt).hasSize(1000).allSatisfy(row -> assertThat(((Number) row.get("claims")).intValue()).isEqualTo(1));
	}

}
