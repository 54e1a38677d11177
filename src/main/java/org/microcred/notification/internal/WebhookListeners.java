package org.microcred.notification.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.microcred.badge.BadgeService;
import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialRevoked;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.learning.AttemptReturned;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.EnrollmentStarted;
import org.microcred.notification.WebhookEventType;
import org.microcred.notification.WebhookSettings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the modules' events into webhook deliveries of the issuing organization, written to the outbox in the
 * listener's own transaction (the event publication registry retries a listener that failed). The message id is
 * derived from the event, so a retried listener queues nothing twice.
 */
@Component
class WebhookListeners {

	private final WebhookStore store;

	private final BadgeService badges;

	private final CatalogService catalog;

	private final AccountService accounts;

	private final JsonMapper json;

	private final WebhookSettings settings;

	WebhookListeners(WebhookStore store, BadgeService badges, CatalogService catalog, AccountService accounts,
			JsonMapper json, WebhookSettings settings) {
		this.store = store;
		this.badges = badges;
		this.catalog = catalog;
		this.accounts = accounts;
		this.json = json;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(CredentialIssued event) {
		if (!store.wanted(event.issuerId().value(), WebhookEventType.CREDENTIAL_ISSUED)) {
			return;
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("credentialId", event.id().value());
		data.put("achievementId", event.credentialId().value());
		data.put("versionId", event.versionId().value());
		data.put("issuerId", event.issuerId().value());
		recipient(data, event.teacherId());
		data.put("stack", event.stack());
		data.put("pdHours", event.pdHours());
		data.put("issuedAt", event.issuedAt().toString());
		data.put("validUntil", event.validUntil() == null ? null : event.validUntil().toString());
		data.put("url", event.publicUrl());
		enqueue(event.issuerId().value(), WebhookEventType.CREDENTIAL_ISSUED, "issued:" + event.id().value(), data);
	}

	@ApplicationModuleListener
	void on(CredentialRevoked event) {
		badges.find(event.id()).ifPresent(credential -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("credentialId", event.id().value());
			data.put("achievementId", event.credentialId().value());
			recipient(data, event.teacherId());
			data.put("suspended", event.suspended());
			data.put("at", event.at().toString());
			enqueue(credential.issuerId().value(), WebhookEventType.CREDENTIAL_REVOKED,
					"revoked:" + event.id().value() + ":" + event.at().toEpochMilli(), data);
		});
	}

	@ApplicationModuleListener
	void on(EnrollmentStarted event) {
		catalog.version(event.versionId()).ifPresent(design -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("enrollmentId", event.enrollmentId().value());
			data.put("achievementId", event.credentialId().value());
			recipient(data, event.teacherId());
			data.put("priorLearning", event.rpl());
			data.put("at", event.at().toString());
			enqueue(design.issuerId().value(), WebhookEventType.ENROLLMENT_STARTED,
					"enrolled:" + event.enrollmentId().value(), data);
		});
	}

	@ApplicationModuleListener
	void on(EnrollmentPassed event) {
		catalog.version(event.versionId())
			.ifPresent(design -> decided(design, event.attemptId().value(), event.enrollmentId().value(),
					event.teacherId(), "passed", event.passedAt()));
	}

	@ApplicationModuleListener
	void on(AttemptReturned event) {
		catalog.published(event.credentialId())
			.ifPresent(design -> decided(design, event.attemptId().value(), event.enrollmentId().value(),
					event.teacherId(), "returned", event.at()));
	}

	@ApplicationModuleListener
	void on(org.microcred.organization.RosterImported event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("importId", event.importId());
		data.put("districtId", event.districtId().value());
		data.put("summary", new java.util.TreeMap<>(event.summary()));
		data.put("at", event.at().toString());
		enqueue(event.districtId().value(), WebhookEventType.ROSTER_IMPORTED, "roster:" + event.importId(), data);
	}

	private void decided(DesignVersion design, UUID attempt, UUID enrollment, AccountId teacher, String decision,
			Instant at) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("attemptId", attempt);
		data.put("enrollmentId", enrollment);
		data.put("achievementId", design.credentialId().value());
		recipient(data, teacher);
		data.put("decision", decision);
		data.put("at", at.toString());
		enqueue(design.issuerId().value(), WebhookEventType.ATTEMPT_DECIDED, "decided:" + attempt, data);
	}

	private void recipient(Map<String, Object> data, AccountId teacher) {
		data.put("recipient", accounts.find(teacher)
			.map(AccountSummary::email)
			.map(email -> Map.of("accountId", teacher.value(), "email", email))
			.orElse(Map.of("accountId", teacher.value())));
	}

	private void enqueue(UUID organization, WebhookEventType type, String key, Map<String, Object> data) {
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("type", type.value());
		payload.put("timestamp", Instant.now().toString());
		payload.put("data", data);
		String messageId = "msg_" + UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		store.enqueue(organization, type, messageId, json.writeValueAsString(payload),
				Instant.now().plus(settings.retryFor()));
	}

}
