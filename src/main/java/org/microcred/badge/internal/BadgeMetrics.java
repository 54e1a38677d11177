package org.microcred.badge.internal;

import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialRevoked;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Issuance as operators watch it: credentials issued and revoked or suspended since start (Prometheus takes the
 * rate). Counted after commit, so a rolled-back issuance is not counted.
 */
@Component
class BadgeMetrics {

	private final Counter issued;

	private final Counter revoked;

	BadgeMetrics(MeterRegistry registry) {
		this.issued = Counter.builder("microcred.credentials.issued").description("Credentials issued").register(registry);
		this.revoked = Counter.builder("microcred.credentials.revoked")
			.description("Credentials revoked or suspended")
			.register(registry);
	}

	@TransactionalEventListener
	void on(CredentialIssued issuedEvent) {
		issued.increment();
	}

	@TransactionalEventListener
	void on(CredentialRevoked revokedEvent) {
		revoked.increment();
	}

}
