package org.microcred.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background housekeeping on one instance at a time when several run against one database: a job holds a
 * PostgreSQL advisory lock named after it for the length of its transaction, and an instance that finds the lock
 * taken skips the run (another instance is doing the work). A crashed instance's lock goes with its connection.
 */
@Component
public class ExclusiveJobs {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	ExclusiveJobs(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Runs the work in a transaction holding the job's lock.
	 * @return false, without running it, when another instance holds the lock
	 */
	public boolean runIfFree(String job, Runnable work) {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(hashtextextended(?, 0))")
				.param(job)
				.query(Boolean.class)
				.single();
			if (locked) {
				work.run();
			}
			return locked;
		}));
	}

}
