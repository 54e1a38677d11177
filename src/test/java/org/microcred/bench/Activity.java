package org.microcred.bench;

import java.sql.Connection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes every teacher's history. The generator thread turns plans into rows, a batch of teachers at a time;
 * worker threads sign the batch's credentials and write it with COPY in one transaction each, so signing (Java) and
 * storing (PostgreSQL) overlap. Everything a batch refers to (accounts, versions, status lists) is committed before.
 */
final class Activity {

	private record Work(CopyBatch batch, List<Issuing.Pending> credentials, int teachers) {
	}

	private static final Work DONE = new Work(null, null, 0);

	private final Database database;

	private final Context context;

	private final ActivityRows rows;

	private final Issuing issuing;

	private final AtomicLong signed = new AtomicLong();

	private final AtomicLong written = new AtomicLong();

	private final AtomicLong teachersWritten = new AtomicLong();

	private final AtomicReference<Throwable> failure = new AtomicReference<>();

	Activity(Database database, Context context, ActivityRows rows, Issuing issuing) {
		this.database = database;
		this.context = context;
		this.rows = rows;
		this.issuing = issuing;
	}

	void run(List<TeacherPlan> plans, long credentials) throws Exception {
		int workers = context.options.workers();
		BlockingQueue<Work> queue = new ArrayBlockingQueue<>(workers);
		Thread[] threads = new Thread[workers];
		for (int i = 0; i < workers; i++) {
			threads[i] = new Thread(() -> work(queue), "writer-" + i);
			threads[i].start();
		}
		long started = System.nanoTime();
		long nextReport = 0;
		SplittableRandom random = context.random.split();
		int size = context.options.batchTeachers();
		try {
			for (int from = 0; from < plans.size() && failure.get() == null; from += size) {
				CopyBatch batch = new CopyBatch();
				List<Issuing.Pending> pending = new java.util.ArrayList<>();
				List<TeacherPlan> slice = plans.subList(from, Math.min(plans.size(), from + size));
				for (TeacherPlan plan : slice) {
					pending.addAll(rows.write(plan, batch, random));
				}
				while (!queue.offer(new Work(batch, pending, slice.size()), 1, TimeUnit.SECONDS)) {
					if (failure.get() != null) {
						break;
					}
				}
				if (System.nanoTime() > nextReport) {
					report(plans.size(), credentials, started);
					nextReport = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
				}
			}
		}
		finally {
			for (int i = 0; i < workers; i++) {
				queue.put(DONE);
			}
			for (Thread thread : threads) {
				thread.join();
			}
		}
		if (failure.get() != null) {
			throw new IllegalStateException("A writer failed", failure.get());
		}
		report(plans.size(), credentials, started);
	}

	private void work(BlockingQueue<Work> queue) {
		try (Connection connection = database.connect()) {
			while (true) {
				Work work = queue.take();
				if (work == DONE) {
					return;
				}
				if (failure.get() != null) {
					continue;
				}
				for (Issuing.Pending c : work.credentials()) {
					work.batch().add(Table.ISSUED_CREDENTIAL, c.id(), c.key(), c.teacher(), c.enrollment(), c.entry().id,
							c.version().id().value(), c.entry().issuer.id(), c.stack(), issuing.sign(c), c.hours(),
							c.issuedAt(), c.validUntil(), c.status().listId(), c.status().index(), c.state(), c.reason(),
							c.stateChanged(), c.onPortfolio());
					signed.incrementAndGet();
				}
				work.batch().write(connection);
				connection.commit();
				written.addAndGet(work.batch().total());
				teachersWritten.addAndGet(work.teachers());
			}
		}
		catch (Throwable ex) {
			failure.compareAndSet(null, ex);
			drain(queue);
		}
	}

	/** After a failure, keeps taking work so the generator is never blocked. */
	private static void drain(BlockingQueue<Work> queue) {
		try {
			while (queue.take() != DONE) {
				// dropped
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void report(int teachers, long credentials, long started) {
		double seconds = (System.nanoTime() - started) / 1e9;
		long done = signed.get();
		Database.log(String.format("Activity: %,d of %,d teachers written, %,d of %,d credentials signed (%,.0f/s), "
				+ "%,d rows (%,.0f/s)%s", teachersWritten.get(), teachers, done, credentials, done / Math.max(seconds, 0.001),
				written.get(), written.get() / Math.max(seconds, 0.001),
				done == 0 ? "" : String.format(", about %.0f s to go", seconds * (credentials - done) / done)));
	}

}
