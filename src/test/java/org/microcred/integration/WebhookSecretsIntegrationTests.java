package org.microcred.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.notification.RegisteredWebhook;
import org.microcred.notification.WebhookDeliveryView;
import org.microcred.notification.WebhookEventType;
import org.microcred.notification.WebhookService;
import org.microcred.notification.internal.WebhookSecrets;
import org.microcred.notification.internal.WebhookSigner;
import org.microcred.platform.PageRequest;
import org.microcred.platform.SecretBox;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook signing secrets are kept sealed with the master key; secrets stored in plaintext before that still sign,
 * and are sealed when used or at start-up. A receiver that refuses the connection is named in the delivery log.
 */
class WebhookSecretsIntegrationTests extends IntegrationTest {

	@Autowired
	WebhookService webhooks;

	@Autowired
	WebhookSecrets secrets;

	@Autowired
	SecretBox box;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewEndpointsSecretIsStoredSealedAndStillSigns() throws Exception {
		Published achievement = credentials.publish("Sealed webhook secrets");
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			RegisteredWebhook hook = webhooks.register(achievement.admin(), achievement.issuer(), receiver.url(),
					EnumSet.of(WebhookEventType.CREDENTIAL_ISSUED));
			receiver.secret(hook.secret());

			assertThat(plaintext(hook.endpointId())).isNull();
			byte[] sealed = sealed(hook.endpointId());
			assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(hook.secret())
				.doesNotContain(hook.secret().substring("whsec_".length()));
			assertThat(new String(box.decrypt(sealed), StandardCharsets.UTF_8)).isEqualTo(hook.secret());

			queueDelivery(hook.endpointId(), "msg_sealed");
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
			assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(r.signatureValid()).isTrue());
		}
	}

	@Test
	void aSecretStoredInPlaintextBeforeStillSignsAndIsSealedOnItsNextUse() throws Exception {
		Published achievement = credentials.publish("Legacy webhook secrets");
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			String legacy = WebhookSigner.newSecret();
			UUID endpoint = legacyEndpoint(achievement, receiver.url(), legacy);
			receiver.secret(legacy);

			queueDelivery(endpoint, "msg_legacy");
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
			assertThat(receiver.received()).singleElement().satisfies(r -> assertThat(r.signatureValid()).isTrue());
			assertThat(plaintext(endpoint)).isNull();
			assertThat(new String(box.decrypt(sealed(endpoint)), StandardCharsets.UTF_8)).isEqualTo(legacy);
		}
	}

	@Test
	void secretsStoredInPlaintextAreSealedByTheStartUpPass() {
		Published achievement = credentials.publish("Start-up sealing");
		String legacy = WebhookSigner.newSecret();
		UUID endpoint = legacyEndpoint(achievement, "https://hooks.example.org/in", legacy);

		assertThat(secrets.sealLegacy()).isPositive();

		assertThat(plaintext(endpoint)).isNull();
		assertThat(secrets.open(endpoint, null, sealed(endpoint))).isEqualTo(legacy);
		assertThat(secrets.sealLegacy()).as("nothing left to seal").isZero();
	}

	@Test
	void aRefusedConnectionIsNamedAsTheLastAnswerInTheDeliveryLog() throws Exception {
		Published achievement = credentials.publish("Refused webhook connection");
		WebhookReceiver closed = new WebhookReceiver();
		String url = closed.url();
		closed.close();
		RegisteredWebhook hook = webhooks.register(achievement.admin(), achievement.issuer(), url,
				EnumSet.of(WebhookEventType.CREDENTIAL_ISSUED));
		queueDelivery(hook.endpointId(), "msg_refused");

		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			List<WebhookDeliveryView> log = webhooks
				.deliveries(achievement.admin(), achievement.issuer(), PageRequest.of(0, 20))
				.items();
			assertThat(log).hasSize(1);
			WebhookDeliveryView delivery = log.get(0);
			assertThat(delivery.attempts()).isPositive();
			assertThat(delivery.lastStatus()).isNull();
			assertThat(delivery.lastAnswer()).isEqualTo("Connection refused");
		});
	}

	private UUID legacyEndpoint(Published achievement, String url, String secret) {
		UUID endpoint = UUID.randomUUID();
		jdbc.sql("insert into webhook_endpoint (id, organization_id, url, events, secret) values (?, ?, ?, ?, ?)")
			.params(endpoint, achievement.issuer().value(), url, "credential.issued", secret)
			.update();
		return endpoint;
	}

	private void queueDelivery(UUID endpoint, String messageId) {
		jdbc.sql("insert into webhook_delivery (id, endpoint_id, message_id, event_type, payload, retry_until) "
				+ "values (gen_random_uuid(), ?, ?, 'credential.issued', ?, now() + interval '1 hour')")
			.params(endpoint, messageId, "{\"type\":\"credential.issued\",\"data\":{}}")
			.update();
	}

	private String plaintext(UUID endpoint) {
		return jdbc.sql("select secret from webhook_endpoint where id = ?")
			.param(endpoint)
			.query((rs, n) -> rs.getString(1))
			.list()
			.get(0);
	}

	private byte[] sealed(UUID endpoint) {
		return jdbc.sql("select sealed_secret from webhook_endpoint where id = ?")
			.param(endpoint)
			.query((rs, n) -> rs.getBytes(1))
			.single();
	}

}
