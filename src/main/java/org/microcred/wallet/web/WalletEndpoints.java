package org.microcred.wallet.web;

import java.util.List;
import java.util.Map;

import org.microcred.wallet.internal.WalletError;
import org.microcred.wallet.internal.WalletIssuance;
import org.microcred.wallet.internal.WalletMetadata;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * OpenID for Verifiable Credential Issuance 1.0, pre-authorized code flow: the credential issuer and authorization
 * server metadata, the token endpoint, the nonce endpoint and the credential endpoint. Errors are the protocol's
 * ({@code {"error": ..., "error_description": ...}}), never a page.
 */
@RestController
class WalletEndpoints {

	static final int MAX_BODY = 64 * 1024;

	private final WalletMetadata metadata;

	private final tools.jackson.databind.json.JsonMapper json;

	private final WalletIssuance issuance;

	WalletEndpoints(WalletMetadata metadata, WalletIssuance issuance, tools.jackson.databind.json.JsonMapper json) {
		this.json = json;
		this.metadata = metadata;
		this.issuance = issuance;
	}

	@GetMapping(path = "/.well-known/openid-credential-issuer", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> credentialIssuer() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.body(metadata.credentialIssuer());
	}

	@GetMapping(path = "/.well-known/oauth-authorization-server", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> authorizationServer() {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
			.body(metadata.authorizationServer());
	}

	@PostMapping(path = "/oid4vci/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> token(@RequestParam(name = "grant_type", required = false) String grantType,
			@RequestParam(name = "pre-authorized_code", required = false) String code,
			@RequestParam(name = "tx_code", required = false) String txCode) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(issuance.token(grantType, code, txCode));
	}

	@PostMapping(path = "/oid4vci/nonce", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> nonce() {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(issuance.nonce());
	}

	/**
	 * The credential for {@code credential_configuration_id} and a proof ({@code proofs.jwt[0]} of OpenID4VCI 1.0, or
	 * the single {@code proof} of earlier drafts).
	 */
	@PostMapping(path = "/oid4vci/credential", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> credential(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			java.io.InputStream in) throws java.io.IOException {
		String token = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
				? authorization.substring(7).strip() : null;
		if (token == null) {
			throw new WalletError(401, "invalid_token", "A Bearer access token from the token endpoint is required.");
		}
		JsonNode body = body(in);
		String configuration = text(body.get("credential_configuration_id"));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).contentType(MediaType.APPLICATION_JSON)
			.body(issuance.credential(token, configuration, proof(body)));
	}

	/**
	 * The request, read only up to {@link #MAX_BODY}: the endpoint answers anyone, so a body of any size must not be
	 * held in memory before the token is checked (a real request is a few kilobytes: one proof JWT).
	 */
	private JsonNode body(java.io.InputStream in) throws java.io.IOException {
		byte[] bytes = in.readNBytes(MAX_BODY + 1);
		if (bytes.length > MAX_BODY) {
			throw new WalletError(413, "invalid_credential_request", "The request is larger than " + MAX_BODY / 1024 + " KB.");
		}
		try {
			JsonNode body = json.readTree(bytes);
			if (body == null || !body.isObject()) {
				throw new WalletError(400, "invalid_credential_request", "The request body must be a JSON object.");
			}
			return body;
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new WalletError(400, "invalid_credential_request", "The request body is not JSON.");
		}
	}

	private static String proof(JsonNode body) {
		JsonNode proofs = body.get("proofs");
		if (proofs != null && proofs.get("jwt") != null && proofs.get("jwt").isArray() && proofs.get("jwt").size() == 1) {
			return text(proofs.get("jwt").get(0));
		}
		JsonNode proof = body.get("proof");
		if (proof != null && "jwt".equals(text(proof.get("proof_type")))) {
			return text(proof.get("jwt"));
		}
		return null;
	}

	private static String text(JsonNode node) {
		return node != null && node.isString() ? node.asString() : null;
	}

	@ExceptionHandler(WalletError.class)
	ResponseEntity<Map<String, Object>> refused(WalletError error) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(error.status()).cacheControl(CacheControl.noStore());
		if (error.status() == 401) {
			answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"" + error.error() + "\"");
		}
		return answer.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", error.error(), "error_description", error.getMessage()));
	}

	@ExceptionHandler({ org.springframework.http.converter.HttpMessageNotReadableException.class,
			org.springframework.web.HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		return refused(new WalletError(400, "invalid_request", "The request could not be read: send "
				+ List.of("application/x-www-form-urlencoded to the token endpoint", "application/json to the credential endpoint") + "."));
	}

}
