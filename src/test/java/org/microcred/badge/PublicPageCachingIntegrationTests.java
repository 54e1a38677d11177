package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Public pages as a browser or a shared cache sees them: cacheable for anonymous visitors, revalidated by ETag,
 * without a session; and a revocation or suspension after a view shows on the next view.
 */
class PublicPageCachingIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		request.header("Accept", "text/html");
		for (int i = 0; i < headers.length; i += 2) {
			request.setHeader(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void publicPagesAreCacheableRevalidatedByEtagAndCreateNoSession() throws Exception {
		Published credential = credentials.publish("Cacheable");
		IssuedCredential issued = Issued.now(badges, credential, data.teacher());
		for (String path : List.of("/credentials/" + issued.id(), "/issuers/" + credential.issuer(), "/catalog",
				"/catalog?q=cacheable", "/catalog/" + credential.credential())) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
			assertThat(page.headers().firstValue("Cache-Control")).as(path)
				.hasValueSatisfying(c -> assertThat(c).contains("public").contains("max-age=").doesNotContain("no-store"));
			assertThat(String.join(",", page.headers().allValues("Vary"))).as(path).contains("Accept");
			String etag = page.headers().firstValue("ETag").orElseThrow();
			HttpResponse<String> again = get(path, "If-None-Match", etag);
			assertThat(again.statusCode()).as(path).isEqualTo(304);
			assertThat(again.body()).isEmpty();
		}
		assertThat(get("/credentials/" + issued.id()).headers().firstValue("Cache-Control"))
			.hasValueSatisfying(c -> assertThat(c).contains("max-age=60"));
	}

	@Test
	void aRevocationOrSuspensionAfterAViewShowsOnTheNextView() throws Exception {
		Published credential = credentials.publish("Viewed then revoked");
		IssuedCredential revoked = Issued.now(badges, credential, data.teacher());
		IssuedCredential suspended = Issued.now(badges, credential, data.teacher());
		String before = get("/credentials/" + revoked.id()).body();
		assertThat(before).contains("Verified").doesNotContain("Not verified");
		assertThat(get("/credentials/" + suspended.id()).body()).doesNotContain("Not verified");
		String etag = get("/credentials/" + revoked.id()).headers().firstValue("ETag").orElseThrow();

		badges.revoke(credential.admin(), revoked.id(), "Issued in error.");
		badges.suspend(credential.admin(), suspended.id(), "Under review.");

		HttpResponse<String> after = get("/credentials/" + revoked.id(), "If-None-Match", etag);
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("Not verified");
		assertThat(get("/credentials/" + suspended.id()).body()).contains("Not verified");
		badges.reinstate(credential.admin(), suspended.id());
		assertThat(get("/credentials/" + suspended.id()).body()).doesNotContain("Not verified");
	}

}
