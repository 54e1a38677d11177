package org.microcred.demo;

import java.time.Duration;
import java.util.Set;

import org.microcred.district.DistrictHistory;
import org.microcred.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Spreads the demo district's activity over the past 18 months in its reports. It waits until the events of the
 * earlier steps (badges issued, the read model fed) have all been handled.
 */
@Component
class DistrictHistoryDemoStep implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DistrictHistoryDemoStep.class);

	private final DistrictHistory history;

	private final JdbcClient jdbc;

	DistrictHistoryDemoStep(DistrictHistory history, JdbcClient jdbc) {
		this.history = history;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "district-history";
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void run(DemoContext context) {
		awaitEventsHandled(Duration.ofMinutes(3));
		Organization district = context.district(DemoAccounts.DISTRICT);
		int moved = history.spreadOverPast(district.id(), Set.of(context.account(DemoAccounts.TEACHER)), 18, 18);
		log.info("Demo data: spread {} enrollments of {} over the past 18 months", moved, district.name());
	}

	/** Until no event publication has been incomplete for a second (issuing a badge publishes more). */
	private void awaitEventsHandled(Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		int quiet = 0;
		while (quiet < 4 && System.nanoTime() < deadline) {
			long open = jdbc.sql("select count(*) from event_publication where completion_date is null")
				.query(Long.class)
				.single();
			quiet = open == 0 ? quiet + 1 : 0;
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

}
