package org.microcred.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect provider for the tests (NAV's mock-oauth2-server on a free port): discovery document,
 * authorization endpoint with PKCE, token endpoint, signed ID tokens, key set. What the next sign-in asserts
 * (subject, e-mail, whether it is verified, audience, lifetime) is queued with {@link #nextSignIn}.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String ISSUER_ID = "district";

	private final MockOAuth2Server server = new MockOAuth2Server();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	public TestIdentityProvider() {
		server.start();
	}

	/** The issuer URL an administrator types, e.g. {@code http://localhost:41234/district}. */
	public String issuer() {
		return server.issuerUrl(ISSUER_ID).toString();
	}

	/**
	 * The next token request answers for this person. {@code otherClaims} replace the ID token's own, e.g. {@code aud}
	 * for a token meant for another application, or {@code iat} and {@code exp} in the past for an expired one.
	 */
	public void nextSignIn(String subject, String email, boolean emailVerified, Map<String, Object> otherClaims) {
		Map<String, Object> claims = new HashMap<>(otherClaims);
		claims.put("email", email);
		claims.put("email_verified", emailVerified);
		claims.put("name", "Signed-in Teacher");
		server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
	}

	/** A sign-in as Microsoft Entra ID signs in: no {@code email_verified}, its optional claim {@code xms_edov}. */
	public void nextEntraSignIn(String subject, String email, boolean domainOwnerVerified) {
		Map<String, Object> claims = new HashMap<>();
		claims.put("email", email);
		claims.put("xms_edov", domainOwnerVerified);
		claims.put("name", "Signed-in Teacher");
		server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", null, claims, 3600));
	}

	public void nextSignIn(String subject, String email) {
		nextSignIn(subject, email, true, Map.of());
	}

	/**
	 * The provider's authorization endpoint, as a browser would visit it (this provider signs in without a form):
	 * answers the redirect back to Microcred with a code.
	 */
	public String authorize(String authorizationUrl) {
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(authorizationUrl)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return response.headers().firstValue("Location").orElseThrow(
					() -> new AssertionError("The provider did not redirect back: " + response.statusCode() + " " + response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.shutdown();
	}

}
