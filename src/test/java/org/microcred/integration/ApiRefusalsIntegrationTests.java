package org.microcred.integration;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.notification.WebhookEventType;
import org.microcred.notification.WebhookService;
import org.microcred.platform.InvalidInputException;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the API refuses, each with a clear problem and nothing changed: a wrong secret, a revoked client, an expired
 * token, a missing scope (named), an Idempotency-Key replayed with another body, another issuer's data, and webhook
 * URLs on internal addresses.
 */
class ApiRefusalsIntegrationTests extends IntegrationTest {

	@Autowired
	ApiClientService clients;

	@Autowired
	WebhookService webhooks;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWrongSecretOrARevokedClientGetsNoTokenAndItsTokensStopAtOnce() {
		Published achievement = credentials.publish("Refusals: secrets");
		ApiClient api = new ApiClient(port);
		CreatedApiClient client = clients.create(achievement.admin(), achievement.issuer(), "SIS",
				EnumSet.of(ApiScope.CREDENTIALS_ISSUE));

		HttpResponse<String> wrong = api.tokenPost(client.clientId().toString(), client.clientSecret() + "x", null);
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(field(wrong, "error")).isEqualTo("invalid_client");
		assertThat(field(wrong, "detail")).contains("wrong");
		assertThat(api.tokenPost(UUID.randomUUID().toString(), client.clientSecret(), null).statusCode()).isEqualTo(401);
		assertThat(api.tokenPost(client.clientId().toString(), client.clientSecret(), "reports:read").statusCode())
			.as("a scope the client was not given").isEqualTo(400);

		HttpResponse<String> good = api.tokenPost(client.clientId().toString(), client.clientSecret(), null);
		assertThat(good.statusCode()).isEqualTo(200);
		String token = field(good, "access_token");
		String path = "/api/v1/issuers/" + achievement.issuer().value() + "/awards";
		assertThat(api.post(null, path, awards(achievement, "nobody"), null).statusCode()).isEqualTo(401);
		assertThat(api.post("not-a-token", path, awards(achievement, "nobody"), null).statusCode()).isEqualTo(401);

		clients.revoke(achievement.admin(), achievement.issuer(), client.clientId());
		HttpResponse<String> afterRevoke = api.post(token, path, awards(achievement, "late"), null);
		assertThat(afterRevoke.statusCode()).isEqualTo(401);
		assertThat(field(afterRevoke, "detail")).contains("revoked");
		assertThat(api.tokenBasic(client.clientId().toString(), client.clientSecret()).statusCode()).isEqualTo(401);
		assertThat(clients.list(achievement.admin(), achievement.issuer(), org.microcred.platform.PageRequest.of(0, 20))
			.items()).anySatisfy(c -> {
				assertThat(c.id()).isEqualTo(client.clientId());
				assertThat(c.revoked()).isTrue();
				assertThat(c.lastUsedAt()).as("last used is shown").isNotNull();
			});
		assertThat(issuedCount(achievement)).isZero();
	}

	@Test
	void anExpiredTokenAMissingScopeOrAnotherIssuerIsRefusedAndNothingIsIssued() {
		Published achievement = credentials.publish("Refusals: scopes");
		ApiClient api = new ApiClient(port);
		CreatedApiClient reader = clients.create(achievement.admin(), achievement.issuer(), "Reader",
				EnumSet.of(ApiScope.CATALOG_READ));
		String readerToken = field(api.tokenPost(reader.clientId().toString(), reader.clientSecret(), null),
				"access_token");
		String path = "/api/v1/issuers/" + achievement.issuer().value() + "/awards";

		HttpResponse<String> noScope = api.post(readerToken, path, awards(achievement, "scope"), null);
		assertThat(noScope.statusCode()).isEqualTo(403);
		assertThat(field(noScope, "detail")).contains("credentials:issue");
		assertThat(field(noScope, "scope")).isEqualTo("credentials:issue");
		HttpResponse<String> noRevokeScope = api.post(readerToken,
				"/api/v1/credentials/" + UUID.randomUUID() + "/revoke", "{\"reason\":\"x\"}", null);
		assertThat(field(noRevokeScope, "scope")).isEqualTo("credentials:revoke");

		CreatedApiClient issuer = clients.create(achievement.admin(), achievement.issuer(), "Issuer",
				EnumSet.of(ApiScope.CREDENTIALS_ISSUE));
		String token = field(api.tokenPost(issuer.clientId().toString(), issuer.clientSecret(), null), "access_token");
		Published other = credentials.publish("Refusals: another issuer");
		HttpResponse<String> foreign = api.post(token, "/api/v1/issuers/" + other.issuer().value() + "/awards",
				awards(other, "foreign"), null);
		assertThat(foreign.statusCode()).isEqualTo(404);
		HttpResponse<String> foreignAchievement = api.post(token, path, awards(other, "foreign2"), null);
		assertThat(foreignAchievement.statusCode()).isEqualTo(404);

		jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where client_id = ?")
			.param(issuer.clientId())
			.update();
		HttpResponse<String> expired = api.post(token, path, awards(achievement, "expired"), null);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h)
			.contains("invalid_token"));
		assertThat(issuedCount(achievement) + issuedCount(other)).isZero();
	}

	@Test
	void anIdempotencyKeyReplayedWithAnotherBodyIsRefusedWith422() {
		Published achievement = credentials.publish("Refusals: idempotency");
		ApiClient api = new ApiClient(port);
		CreatedApiClient client = clients.create(achievement.admin(), achievement.issuer(), "PD system",
				EnumSet.of(ApiScope.CREDENTIALS_ISSUE));
		String token = field(api.tokenBasic(client.clientId().toString(), client.clientSecret()), "access_token");
		String path = "/api/v1/issuers/" + achievement.issuer().value() + "/awards";

		assertThat(api.post(token, path, awards(achievement, "first"), "key-1").statusCode()).isEqualTo(201);
		HttpResponse<String> other = api.post(token, path, awards(achievement, "second"), "key-1");
		assertThat(other.statusCode()).isEqualTo(422);
		assertThat(other.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(field(other, "detail")).contains("Idempotency-Key");
		assertThat(issuedCount(achievement)).isOne();

		HttpResponse<String> invalid = api.post(token, path, "{\"evidence\":{\"name\":\"x\"},\"awards\":["
				+ "{\"email\":\"not-an-address\",\"achievementId\":\"" + achievement.credential().value() + "\"}]}",
				"key-2");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(field(invalid, "detail")).contains("1");
		assertThat(api.post(token, path, "{not json", "key-3").statusCode()).isEqualTo(400);
		assertThat(issuedCount(achievement)).isOne();
	}

	@Test
	void webhookUrlsOnInternalAddressesOrWithoutHttpsAreRefused() {
		Published achievement = credentials.publish("Refusals: webhooks");
		var events = EnumSet.of(WebhookEventType.CREDENTIAL_ISSUED);
		for (String url : new String[] { "https://10.0.0.5/hooks", "https://192.168.1.20/hooks",
				"https://169.254.169.254/latest/meta-data", "https://[::1]/hooks", "https://localhost/hooks",
				"http://example.org/hooks", "ftp://example.org/", "not a url" }) {
			assertThatThrownBy(() -> webhooks.register(achievement.admin(), achievement.issuer(), url, events))
				.as(url)
				.isInstanceOf(InvalidInputException.class);
		}
		assertThatThrownBy(() -> webhooks.register(data.teacher(), achievement.issuer(), "https://example.org/", events))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThat(webhooks.endpoints(achievement.admin(), achievement.issuer())).isEmpty();
		assertThat(webhooks.register(achievement.admin(), achievement.issuer(), "http://127.0.0.1:9/hooks", events)
			.secret()).as("a host the platform administrator allowed").startsWith("whsec_");
	}

	private long issuedCount(Published achievement) {
		return jdbc.sql("select count(*) from issued_credential where credential_id = ?")
			.param(achievement.credential().value())
			.query(Long.class)
			.single();
	}

	private String field(HttpResponse<String> response, String name) {
		JsonNode node = json.readTree(response.body()).get(name);
		return node == null ? null : node.asString();
	}

	private static String awards(Published achievement, String who) {
		return "{\"evidence\":{\"name\":\"Assessed elsewhere\"},\"awards\":[{\"email\":\"" + who + "-"
				+ UUID.randomUUID().toString().substring(0, 8) + "@test.microcred.org\",\"achievementId\":\""
				+ achievement.credential().value() + "\"}]}";
	}

}
