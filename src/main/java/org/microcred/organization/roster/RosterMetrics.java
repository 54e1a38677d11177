package org.microcred.organization.roster;

import org.microcred.platform.ops.Gauges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** Roster imports being applied, and how far they are: rows done out of rows to do. */
@Component
class RosterMetrics {

	RosterMetrics(MeterRegistry registry, JdbcClient jdbc) {
		Gauges.count(registry, "microcred.roster.imports.running", "Roster imports confirmed or being applied",
				() -> jdbc.sql("select count(*) from roster_import where status in ('CONFIRMED', 'APPLYING')")
					.query(Long.class)
					.single());
		Gauges.count(registry, "microcred.roster.rows.done", "Rows applied so far by the imports being applied",
				() -> jdbc.sql("select coalesce(sum(done_rows), 0) from roster_import where status in ('CONFIRMED', 'APPLYING')")
					.query(Long.class)
					.single());
		Gauges.count(registry, "microcred.roster.rows.total", "Rows to apply by the imports being applied",
				() -> jdbc.sql("select coalesce(sum(total_rows), 0) from roster_import where status in ('CONFIRMED', 'APPLYING')")
					.query(Long.class)
					.single());
	}

}
