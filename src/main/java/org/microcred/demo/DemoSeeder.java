package org.microcred.demo;

import java.util.Comparator;
import java.util.List;

import org.microcred.identity.AccountService;
import org.microcred.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the demo steps that have not run on this database yet, each in one transaction together with the record
 * that it ran: a crash mid-step leaves nothing half-seeded, and a restart never seeds twice.
 */
@Component
public class DemoSeeder {

	private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

	private final List<DemoStep> steps;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final DemoContext context;

	DemoSeeder(List<DemoStep> steps, JdbcClient jdbc, TransactionTemplate transaction, AccountService accounts,
			OrganizationService organizations) {
		this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.context = new DemoContext(accounts, organizations);
	}

	/** Runs every step that has not run on this database yet. */
	public void seedOnce() {
		for (DemoStep step : steps) {
			transaction.executeWithoutResult(status -> {
				// the lock keeps two instances starting together from seeding the same step
				jdbc.sql("select pg_advisory_xact_lock(4242)").query(Object.class).single();
				boolean done = jdbc.sql("select exists (select 1 from demo_seed where step = ?)")
					.param(step.name())
					.query(Boolean.class)
					.single();
				if (!done) {
					long started = System.nanoTime();
					step.run(context);
					jdbc.sql("insert into demo_seed (step) values (?)").param(step.name()).update();
					log.info("Demo data: {} ({} ms)", step.name(), (System.nanoTime() - started) / 1_000_000);
				}
			});
		}
	}

}
