package org.microcred.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with cookies against the running test server: for what MockMvc cannot show, such as the
 * container's error pages.
 */
public class WebClientSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	public WebClientSession(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	/** Posts a form, taking the CSRF token from the page at {@code formPage}. */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(formPage).body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (token.find()) {
			all.put("_csrf", token.group(1));
		}
		String body = all.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public WebClientSession logIn(String email, String password) {
		HttpResponse<String> response = post("/login", "/login", Map.of("username", email, "password", password));
		if (!response.headers().firstValue("Location").orElse("").endsWith("/home")) {
			throw new AssertionError("Log-in failed: " + response.headers().firstValue("Location"));
		}
		return this;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
