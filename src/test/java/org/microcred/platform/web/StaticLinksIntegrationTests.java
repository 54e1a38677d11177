package org.microcred.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;

/** Pages link to static files by content-hashed URLs (cached for long), and to everything else unchanged. */
class StaticLinksIntegrationTests extends IntegrationTest {

	@Test
	void theStylesheetLinkIsVersionedAndServedWhileOtherLinksStayAsWritten() {
		var http = browserSession();
		String page = http.get("/catalog", "text/html").body();

		Matcher css = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(page);
		assertThat(css.find()).as("a content-hashed stylesheet link in %s", page).isTrue();
		assertThat(page).contains("href=\"/catalog\"").doesNotContainPattern("href=\"/catalog-[0-9a-f]{32}");
		HttpResponse<String> stylesheet = http.get(css.group(1), "text/css");
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age"));
	}

}
