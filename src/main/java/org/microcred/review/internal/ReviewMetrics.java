package org.microcred.review.internal;

import org.microcred.platform.ops.Gauges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Submissions waiting for a decision, and those past their turnaround target, across all issuers. */
@Component
class ReviewMetrics {

	ReviewMetrics(MeterRegistry registry, JdbcClient jdbc) {
		Gauges.count(registry, "microcred.review.waiting", "Submissions waiting for a review decision",
				() -> jdbc.sql("select count(*) from review_item where stage <> 'DECIDED'").query(Long.class).single());
		Gauges.count(registry, "microcred.review.overdue", "Submissions waiting past their turnaround target",
				() -> jdbc.sql("select count(*) from review_item where stage <> 'DECIDED' and due_at < now()")
					.query(Long.class)
					.single());
	}

}
