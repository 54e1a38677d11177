package org.microcred.platform.mail;

import org.microcred.platform.ops.Gauges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;

/** The outbox depth: mail waiting to be delivered, and mail that failed for good. */
@Component
class MailMetrics {

	MailMetrics(MeterRegistry registry, JdbcClient jdbc) {
		Gauges.count(registry, "microcred.mail.outbox.pending", "E-mails written but not yet delivered",
				() -> jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'").query(Long.class).single());
		Gauges.count(registry, "microcred.mail.outbox.failed", "E-mails whose delivery failed for good",
				() -> jdbc.sql("select count(*) from mail_outbox where status = 'FAILED'").query(Long.class).single());
	}

}
