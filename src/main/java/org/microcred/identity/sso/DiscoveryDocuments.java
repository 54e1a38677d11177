package org.microcred.identity.sso;

import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads an identity provider's OpenID Connect discovery document ({@code /.well-known/openid-configuration}) with
 * a time limit, and refuses one whose {@code issuer} is not the URL it was read from (OpenID Connect Discovery
 * 1.0, section 4.3) or whose endpoints are not HTTPS.
 */
@Component
class DiscoveryDocuments {

	/** The endpoints a log-in needs. */
	record Discovery(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
			String userinfoEndpoint, List<String> tokenAuthMethods) {
	}

	/** Why a discovery document cannot be used; the message is a bundle key. */
	static final class DiscoveryException extends Exception {

		DiscoveryException(String key) {
			super(key, null, false, false);
		}

	}

	private final SsoSettings settings;

	private final HttpClient http;

	DiscoveryDocuments(SsoSettings settings) {
		this.settings = settings;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.discoveryTimeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	Discovery read(String issuer) throws DiscoveryException {
		requireSafe(issuer);
		String url = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
				+ "/.well-known/openid-configuration";
		JsonObject json;
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
				.timeout(settings.discoveryTimeout())
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new DiscoveryException("identity.sso.problem.discovery-unreadable");
			}
			json = Json.createReader(new StringReader(response.body())).readObject();
		}
		catch (IOException | RuntimeException ex) {
			throw new DiscoveryException("identity.sso.problem.discovery-unreadable");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DiscoveryException("identity.sso.problem.discovery-unreadable");
		}
		if (!issuer.equals(json.getString("issuer", null))) {
			throw new DiscoveryException("identity.sso.problem.issuer-mismatch");
		}
		Discovery discovery = new Discovery(issuer, text(json, "authorization_endpoint"), text(json, "token_endpoint"),
				text(json, "jwks_uri"), json.getString("userinfo_endpoint", null), methods(json));
		for (String endpoint : List.of(discovery.authorizationEndpoint(), discovery.tokenEndpoint(), discovery.jwksUri())) {
			requireSafe(endpoint);
		}
		return discovery;
	}

	/** HTTPS only; plain HTTP only on this machine and only when the settings allow it (tests). */
	void requireSafe(String url) throws DiscoveryException {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new DiscoveryException("identity.sso.problem.issuer-url");
		}
		if (uri.getHost() == null || uri.getUserInfo() != null || uri.getQuery() != null || uri.getFragment() != null) {
			throw new DiscoveryException("identity.sso.problem.issuer-url");
		}
		if ("https".equals(uri.getScheme())) {
			return;
		}
		if (!"http".equals(uri.getScheme()) || !settings.allowPlainHttpIssuers() || !loopback(uri.getHost())) {
			throw new DiscoveryException("identity.sso.problem.issuer-https");
		}
	}

	private static boolean loopback(String host) {
		try {
			return "localhost".equals(host) || InetAddress.getByName(host).isLoopbackAddress();
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static String text(JsonObject json, String name) throws DiscoveryException {
		String value = json.getString(name, null);
		if (value == null || value.isBlank()) {
			throw new DiscoveryException("identity.sso.problem.discovery-incomplete");
		}
		return value;
	}

	private static List<String> methods(JsonObject json) {
		List<String> methods = new ArrayList<>();
		JsonValue value = json.get("token_endpoint_auth_methods_supported");
		if (value != null && value.getValueType() == JsonValue.ValueType.ARRAY) {
			value.asJsonArray().forEach(v -> {
				if (v instanceof JsonString s) {
					methods.add(s.getString());
				}
			});
		}
		return methods;
	}

}
