package org.microcred.platform.ops;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Gauges whose value is a database count. A scrape every few seconds from several Prometheus servers must not
 * turn into as many queries: each count is read at most once per {@link #FRESH_FOR} and a failed read (the
 * database away) reports the last value rather than failing the scrape.
 */
public final class Gauges {

	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private Gauges() {
	}

	/** Registers {@code name} (dots, e.g. {@code microcred.review.waiting}: Prometheus sees underscores). */
	public static void count(MeterRegistry registry, String name, String description, LongSupplier query) {
		Cached cached = new Cached(query);
		Gauge.builder(name, cached, Cached::read).description(description).strongReference(true).register(registry);
	}

	private static final class Cached {

		private final LongSupplier query;

		private final AtomicLong value = new AtomicLong();

		private volatile long readAt = Long.MIN_VALUE;

		Cached(LongSupplier query) {
			this.query = query;
		}

		double read() {
			long now = System.nanoTime();
			if (readAt == Long.MIN_VALUE || now - readAt > FRESH_FOR.toNanos()) {
				try {
					value.set(query.getAsLong());
				}
				catch (RuntimeException ex) {
					// keep the last value; the database health check tells that the database is away
				}
				readAt = now;
			}
			return value.get();
		}

	}

}
