package org.microcred.integration;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.notification.RegisteredWebhook;
import org.microcred.notification.WebhookEventType;
import org.microcred.notification.WebhookService;
import org.microcred.organization.OrganizationId;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scopes catalog:read, roster:write and reports:read each open their endpoints, and a token without the scope is
 * refused with a 403 naming it.
 */
class ScopedApiIntegrationTests extends IntegrationTest {

	@Autowired
	ApiClientService clients;

	@Autowired
	AccountService accounts;

	@Autowired
	JsonMapper json;

	@Autowired
	WebhookService webhooks;

	@Test
	void aDistrictSystemUploadsARosterWithRosterWriteHearsItWasImportedAndReadsAdoptionWithReportsRead()
			throws Exception {
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		ApiClient api = new ApiClient(port);
		String roster = token(api, admin, district, EnumSet.of(ApiScope.ROSTER_WRITE));
		String reports = token(api, admin, district, EnumSet.of(ApiScope.REPORTS_READ));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String file = "school,teacher_id,given_name,family_name,email,state_license_number\n"
				+ "Lincoln Elementary,T-1," + "Mary,Jackson,mary-" + tag + "@example.org,SL-1\n"
				+ "Lincoln Elementary,T-2," + "Dorothy,Vaughan,dorothy-" + tag + "@example.org,SL-2\n";
		String path = "/api/v1/districts/" + district.value() + "/roster";

		WebhookReceiver receiver = new WebhookReceiver();
		RegisteredWebhook hook = webhooks.register(admin, district, receiver.url(),
				EnumSet.of(WebhookEventType.ROSTER_IMPORTED));
		receiver.secret(hook.secret());

		HttpResponse<String> refused = api.upload(reports, path, "files", "teachers.csv", file);
		assertMissingScope(refused, "roster:write");

		HttpResponse<String> started = api.upload(roster, path, "files", "teachers.csv", file);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
		JsonNode body = json.readTree(started.body());
		assertThat(body.get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(body.get("summary").get("TEACHER.ADD").asInt()).isEqualTo(2);
		String importPath = path + "/" + body.get("importId").asString();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(
				() -> json.readTree(api.get(roster, importPath).body()).get("status").asString().equals("DONE"));
		assertThat(accounts.findByEmail("mary-" + tag + "@example.org")).isPresent();
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
		WebhookReceiver.Received delivery = receiver.received().get(0);
		assertThat(delivery.signatureValid()).isTrue();
		JsonNode event = json.readTree(delivery.body());
		assertThat(event.get("type").asString()).isEqualTo("roster.imported");
		assertThat(event.get("data").get("importId").asString()).isEqualTo(body.get("importId").asString());
		assertThat(event.get("data").get("summary").get("TEACHER.ADD").asInt()).isEqualTo(2);
		receiver.close();

		HttpResponse<String> bad = api.upload(roster, path, "files", "teachers.csv",
				"school,teacher_id,given_name,family_name,email,state_license_number\nLincoln Elementary,T-3,Ann,,not-an-address,\n");
		assertThat(bad.statusCode()).isEqualTo(200);
		JsonNode invalid = json.readTree(bad.body());
		assertThat(invalid.get("status").asString()).isEqualTo("INVALID");
		assertThat(invalid.get("problems").get(0).get("row").asInt()).isEqualTo(2);

		String adoption = "/api/v1/districts/" + district.value() + "/reports/adoption";
		assertMissingScope(api.get(roster, adoption), "reports:read");
		HttpResponse<String> figures = api.get(reports, adoption);
		assertThat(figures.statusCode()).as(figures.body()).isEqualTo(200);
		JsonNode report = json.readTree(figures.body());
		assertThat(report.get("total").get("teachers").asLong()).isEqualTo(2);
		assertThat(report.get("schools").get(0).get("school").asString()).isEqualTo("Lincoln Elementary");
		assertThat(report.get("funnel")).isNotNull();

		OrganizationId other = data.district();
		assertThat(api.get(reports, "/api/v1/districts/" + other.value() + "/reports/adoption").statusCode())
			.isEqualTo(404);
	}

	@Test
	void theCatalogIsPublicButATokenNeedsCatalogRead() {
		OrganizationId issuer = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, issuer);
		ApiClient api = new ApiClient(port);
		String reader = token(api, admin, issuer, EnumSet.of(ApiScope.CATALOG_READ));
		String issuing = token(api, admin, issuer, EnumSet.of(ApiScope.CREDENTIALS_ISSUE));

		assertThat(api.get("/api/v1/catalog").statusCode()).isEqualTo(200);
		assertThat(api.get(reader, "/api/v1/catalog").statusCode()).isEqualTo(200);
		assertMissingScope(api.get(issuing, "/api/v1/catalog"), "catalog:read");
		assertThat(api.get("not-a-token", "/api/v1/catalog").statusCode()).isEqualTo(401);
	}

	private void assertMissingScope(HttpResponse<String> response, String scope) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("scope").asString()).isEqualTo(scope);
		assertThat(problem.get("detail").asString()).contains(scope);
	}

	private String token(ApiClient api, CurrentUser admin, OrganizationId organization, Set<ApiScope> scopes) {
		CreatedApiClient client = clients.create(admin, organization, "System " + scopes, scopes);
		HttpResponse<String> response = api.tokenBasic(client.clientId().toString(), client.clientSecret());
		return json.readTree(response.body()).get("access_token").asString();
	}

}
