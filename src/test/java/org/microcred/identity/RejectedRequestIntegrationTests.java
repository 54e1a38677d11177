package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;

/**
 * Requests refused before any page runs (by Spring Security's firewall or by the servlet container) get the same
 * security headers as every other answer, and a plain 400 page.
 */
class RejectedRequestIntegrationTests extends IntegrationTest {

	static final List<String> SECURITY_HEADERS = List.of("content-security-policy", "x-content-type-options",
			"x-frame-options", "referrer-policy", "permissions-policy");

	/** Sends the request line exactly as given (no client normalises it); HTTP/1.0, so the body is not chunked. */
	Answer raw(String target) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.0\r\nHost: localhost:" + port + "\r\nAccept: text/html\r\n"
					+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int split = response.indexOf("\r\n\r\n");
			String[] head = response.substring(0, split).split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < head.length; i++) {
				int colon = head[i].indexOf(':');
				headers.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), h -> new ArrayList<>())
					.add(head[i].substring(colon + 1).strip());
			}
			return new Answer(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(split + 4));
		}
	}

	record Answer(int status, Map<String, List<String>> headers, String body) {
	}

	@Test
	void requestsRefusedByTheFirewallOrTheContainerCarryTheSecurityHeadersAndAPlainPage() throws IOException {
		Answer normal = raw("/login");
		assertThat(normal.status()).isEqualTo(200);
		assertThat(normal.headers()).containsKeys(SECURITY_HEADERS.toArray(String[]::new));

		for (String target : List.of("//login", "/login;jsessionid=x", "/%2e/login", "/css/..;/login", "/login%5c..",
				"/a\\b", "/css/..%2flogin", "/login%00")) {
			Answer refused = raw(target);
			assertThat(refused.status()).as(target).isEqualTo(400);
			for (String header : SECURITY_HEADERS) {
				assertThat(refused.headers().get(header)).as(target + " " + header).hasSize(1).isEqualTo(normal.headers().get(header));
			}
			assertThat(refused.body()).as(target).contains("That request could not be handled")
				.doesNotContain("Exception").doesNotContain("at org.").doesNotContain("Tomcat");
		}
	}

}
