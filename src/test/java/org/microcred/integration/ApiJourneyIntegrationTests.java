package org.microcred.integration;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.notification.RegisteredWebhook;
import org.microcred.notification.WebhookEventType;
import org.microcred.notification.WebhookService;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An issuer's own system over HTTP: an API client gets a token, awards credentials with idempotency keys (repeating
 * issues nothing new), its webhook receiver gets every signed credential.issued delivery even though it was down for
 * a while, revokes one through the API and hears of it.
 */
class ApiJourneyIntegrationTests extends IntegrationTest {

	private static final int RECIPIENTS = 1_000;

	private static final int PER_REQUEST = 50;

	@Autowired
	ApiClientService clients;

	@Autowired
	WebhookService webhooks;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void awardsThroughTheApiReachTheWebhookReceiverSignedAndNothingIsLostWhileItIsDown() throws Exception {
		Published achievement = credentials.publish("Assessed at the summer institute");
		ApiClient api = new ApiClient(port);
		CreatedApiClient client = clients.create(achievement.admin(), achievement.issuer(), "District HR system",
				EnumSet.of(ApiScope.CREDENTIALS_ISSUE, ApiScope.CREDENTIALS_REVOKE));
		try (WebhookReceiver receiver = new WebhookReceiver()) {
			RegisteredWebhook hook = webhooks.register(achievement.admin(), achievement.issuer(), receiver.url(),
					EnumSet.of(WebhookEventType.CREDENTIAL_ISSUED, WebhookEventType.CREDENTIAL_REVOKED));
			receiver.secret(hook.secret());

			HttpResponse<String> tokenResponse = api.tokenBasic(client.clientId().toString(), client.clientSecret());
			assertThat(tokenResponse.statusCode()).isEqualTo(200);
			JsonNode token = json.readTree(tokenResponse.body());
			assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
			assertThat(token.get("expires_in").asLong()).isPositive();
			String bearer = token.get("access_token").asString();

			String path = "/api/v1/issuers/" + achievement.issuer().value() + "/awards";
			List<String> bodies = new ArrayList<>();
			for (int batch = 0; batch < RECIPIENTS / PER_REQUEST; batch++) {
				bodies.add(awardsBody(achievement, batch));
			}
			Set<String> credentialIds = new HashSet<>();
			for (int batch = 0; batch < bodies.size(); batch++) {
				if (batch == 2) {
					receiver.down();
				}
				HttpResponse<String> awarded = api.post(bearer, path, bodies.get(batch), "batch-" + batch);
				assertThat(awarded.statusCode()).as(awarded.body()).isEqualTo(201);
				JsonNode result = json.readTree(awarded.body());
				assertThat(result.get("issued").asInt()).isEqualTo(PER_REQUEST);
				result.get("awards").forEach(a -> credentialIds.add(a.get("credentialId").asString()));
			}
			assertThat(credentialIds).hasSize(RECIPIENTS);

			// the receiver is down: deliveries fail and wait for their retry
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
				.sql("select count(*) from webhook_delivery where endpoint_id = ? and status = 'PENDING' and attempts > 0")
				.param(hook.endpointId())
				.query(Long.class)
				.single() > 0);

			// repeating every call (a client that lost the answers) issues nothing new and learns the same ids
			for (int batch = 0; batch < bodies.size(); batch++) {
				HttpResponse<String> again = api.post(bearer, path, bodies.get(batch), "batch-" + batch);
				JsonNode result = json.readTree(again.body());
				assertThat(result.get("issued").asInt()).isEqualTo(PER_REQUEST);
				result.get("awards").forEach(a -> assertThat(credentialIds).contains(a.get("credentialId").asString()));
			}
			// the same awards under new keys: the award keys make them repeats too
			HttpResponse<String> fresh = api.post(bearer, path, bodies.get(0), "another-key");
			assertThat(json.readTree(fresh.body()).get("issued").asInt()).isZero();
			assertThat(json.readTree(fresh.body()).get("alreadyIssued").asInt()).isEqualTo(PER_REQUEST);
			assertThat(jdbc.sql("select count(*) from issued_credential where version_id = ?")
				.param(achievement.version().value())
				.query(Long.class)
				.single()).isEqualTo(RECIPIENTS);

			receiver.up();
			Awaitility.await().atMost(Duration.ofSeconds(180)).untilAsserted(() -> {
				assertThat(issuedCredentialIds(receiver)).containsExactlyInAnyOrderElementsOf(credentialIds);
			});
			assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signatureValid()).as(r.id()).isTrue());

			String revoked = credentialIds.iterator().next();
			HttpResponse<String> revoke = api.post(bearer, "/api/v1/credentials/" + revoked + "/revoke",
					"{\"reason\":\"Awarded by mistake\"}", "revoke-1");
			assertThat(revoke.statusCode()).as(revoke.body()).isEqualTo(200);
			assertThat(json.readTree(revoke.body()).get("state").asString()).isEqualTo("REVOKED");
			HttpResponse<String> revokeAgain = api.post(bearer, "/api/v1/credentials/" + revoked + "/revoke",
					"{\"reason\":\"Awarded by mistake\"}", "revoke-1");
			assertThat(revokeAgain.statusCode()).as("a replayed revocation answers the first result").isEqualTo(200);
			Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(receiver.received()
				.stream()
				.map(r -> json.readTree(r.body()))
				.filter(b -> b.get("type").asString().equals("credential.revoked"))
				.map(b -> b.get("data").get("credentialId").asString())).containsExactly(revoked));
			assertThat(jdbc.sql("select count(*) from webhook_delivery where endpoint_id = ? and status <> 'DELIVERED'")
				.param(hook.endpointId())
				.query(Long.class)
				.single()).isZero();
		}
	}

	private Set<String> issuedCredentialIds(WebhookReceiver receiver) {
		Set<String> ids = new HashSet<>();
		for (WebhookReceiver.Received r : receiver.received()) {
			JsonNode body = json.readTree(r.body());
			if (body.get("type").asString().equals("credential.issued")) {
				ids.add(body.get("data").get("credentialId").asString());
			}
		}
		return ids;
	}

	private static String awardsBody(Published achievement, int batch) {
		StringBuilder awards = new StringBuilder();
		for (int i = 0; i < PER_REQUEST; i++) {
			if (i > 0) {
				awards.append(',');
			}
			awards.append("{\"email\":\"api-").append(batch).append('-').append(i).append('-')
				.append(achievement.credential().value().toString(), 0, 8).append("@test.microcred.org\",")
				.append("\"achievementId\":\"").append(achievement.credential().value()).append("\",\"pdHours\":6}");
		}
		return "{\"evidence\":{\"name\":\"Assessed at the 2026 summer institute\",\"narrative\":\"A portfolio "
				+ "reviewed by two facilitators.\"},\"awards\":[" + awards + "]}";
	}

}
