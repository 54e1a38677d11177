package org.microcred.wallet.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.microcred.platform.PlatformSettings;
import org.springframework.stereotype.Component;

/**
 * What a wallet reads before it asks (OpenID4VCI 1.0 §12.2 and RFC 8414): this installation is both the credential
 * issuer and its authorization server; it offers every badge as an OpenBadgeCredential with a Data Integrity proof
 * ({@code ldp_vc}) or as a VC-JWT ({@code jwt_vc_json}), bound to a did:key or did:jwk proven with a JWT proof.
 */
@Component
public class WalletMetadata {

	public static final String PRE_AUTHORIZED_GRANT = "urn:ietf:params:oauth:grant-type:pre-authorized_code";

	public static final String LDP_VC = "OpenBadgeCredential_ldp_vc";

	public static final String JWT_VC = "OpenBadgeCredential_jwt_vc_json";

	public static final List<String> CONFIGURATIONS = List.of(LDP_VC, JWT_VC);

	static final List<String> TYPES = List.of("VerifiableCredential", "OpenBadgeCredential");

	static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	private final PlatformSettings platform;

	WalletMetadata(PlatformSettings platform) {
		this.platform = platform;
	}

	/** The credential issuer identifier: the base URL, without a trailing slash. */
	public String issuer() {
		String base = platform.url("/");
		return base.substring(0, base.length() - 1);
	}

	public Map<String, Object> credentialIssuer() {
		Map<String, Object> configurations = new LinkedHashMap<>();
		configurations.put(LDP_VC, configuration("ldp_vc", Map.of("@context", CONTEXTS, "type", TYPES),
				List.of("eddsa-rdfc-2022")));
		configurations.put(JWT_VC, configuration("jwt_vc_json", Map.of("type", TYPES), List.of("EdDSA")));
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("credential_issuer", issuer());
		metadata.put("authorization_servers", List.of(issuer()));
		metadata.put("credential_endpoint", issuer() + "/oid4vci/credential");
		metadata.put("nonce_endpoint", issuer() + "/oid4vci/nonce");
		metadata.put("display", List.of(Map.of("name", "Microcred", "locale", "en"), Map.of("name", "Microcred", "locale", "es")));
		metadata.put("credential_configurations_supported", configurations);
		return metadata;
	}

	public Map<String, Object> authorizationServer() {
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("issuer", issuer());
		metadata.put("token_endpoint", issuer() + "/oid4vci/token");
		metadata.put("grant_types_supported", List.of(PRE_AUTHORIZED_GRANT));
		metadata.put("pre-authorized_grant_anonymous_access_supported", true);
		metadata.put("token_endpoint_auth_methods_supported", List.of("none"));
		metadata.put("response_types_supported", List.of());
		return metadata;
	}

	private static Map<String, Object> configuration(String format, Map<String, Object> definition, List<String> algorithms) {
		Map<String, Object> configuration = new LinkedHashMap<>();
		configuration.put("format", format);
		configuration.put("cryptographic_binding_methods_supported", List.of("did:key", "did:jwk", "jwk"));
		configuration.put("credential_signing_alg_values_supported", algorithms);
		configuration.put("proof_types_supported", Map.of("jwt", Map.of("proof_signing_alg_values_supported",
				List.of("EdDSA", "ES256"))));
		configuration.put("credential_definition", definition);
		configuration.put("credential_metadata", Map.of("display", List.of(
				Map.of("name", "Open Badge (Microcred)", "locale", "en"),
				Map.of("name", "Insignia abierta (Microcred)", "locale", "es"))));
		return configuration;
	}

}
