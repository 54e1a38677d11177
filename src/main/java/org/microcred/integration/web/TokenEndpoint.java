package org.microcred.integration.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.microcred.integration.internal.ApiTokens;
import org.microcred.integration.internal.TokenRefused;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * OAuth 2.0 token endpoint, client credentials grant only (RFC 6749 section 4.4), with the client authenticated by
 * {@code client_secret_basic} or {@code client_secret_post}.
 */
@RestController
@Tag(name = "OAuth 2.0")
class TokenEndpoint {

	/** The token response of RFC 6749 section 5.1. */
	record TokenResponse(String access_token, String token_type, long expires_in, String scope) {
	}

	private final ApiTokens tokens;

	TokenEndpoint(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Operation(summary = "Get a bearer token with the client credentials grant")
	@PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<TokenResponse> token(@RequestParam(name = "grant_type", required = false) String grantType,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "client_secret", required = false) String clientSecret,
			@RequestParam(name = "scope", required = false) String scope,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		if (!"client_credentials".equals(grantType)) {
			throw new TokenRefused(400, "unsupported_grant_type", "integration.token.unsupported-grant");
		}
		String id = clientId;
		String secret = clientSecret;
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			String[] pair = basic(authorization.substring(6).strip());
			if (pair == null || (clientId != null && !clientId.equals(pair[0]))) {
				throw new TokenRefused(401, "invalid_client", "integration.token.invalid-client");
			}
			id = pair[0];
			secret = pair[1];
		}
		ApiTokens.IssuedToken issued = tokens.issue(id, secret, scope);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.PRAGMA, "no-cache")
			.body(new TokenResponse(issued.accessToken(), "Bearer", issued.expiresIn(), issued.scope()));
	}

	/** RFC 6749 section 2.3.1: the id and secret are form-urlencoded before they are joined and base64-encoded. */
	private static String[] basic(String encoded) {
		try {
			String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon < 0) {
				return null;
			}
			return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
					URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
