package org.microcred.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.microcred.platform.SecretBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook signing secrets at rest: sealed with the platform's {@link SecretBox}. A secret stored before sealing
 * existed (plaintext in the {@code secret} column, no sealed value) is still accepted, and sealed in its place at
 * start-up or when it is next used.
 */
@Component
public class WebhookSecrets {

	private static final Logger log = LoggerFactory.getLogger(WebhookSecrets.class);

	private final SecretBox box;

	private final WebhookStore store;

	WebhookSecrets(SecretBox box, WebhookStore store) {
		this.box = box;
		this.store = store;
	}

	public byte[] seal(String secret) {
		return box.encrypt(secret.getBytes(StandardCharsets.UTF_8));
	}

	/** The secret of an endpoint as stored: sealed, or legacy plaintext (which is sealed now). */
	public String open(UUID endpoint, String legacy, byte[] sealed) {
		if (sealed != null) {
			return new String(box.decrypt(sealed), StandardCharsets.UTF_8);
		}
		if (legacy == null) {
			throw new IllegalStateException("Webhook endpoint " + endpoint + " has no signing secret");
		}
		store.sealLegacy(endpoint, legacy, seal(legacy));
		return legacy;
	}

	/** Seals every secret still stored in plaintext; returns how many. */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public int sealLegacy() {
		int sealed = 0;
		for (WebhookStore.LegacySecret row : store.legacySecrets()) {
			if (store.sealLegacy(row.endpoint(), row.secret(), seal(row.secret()))) {
				sealed++;
			}
		}
		if (sealed > 0) {
			log.info("Sealed {} webhook signing secret(s) stored in plaintext with the master key", sealed);
		}
		return sealed;
	}

}
