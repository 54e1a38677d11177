package org.microcred.badge.vc.keys;

import jakarta.json.JsonObject;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * The JSON documents that publish an issuer's public key: a {@code Multikey} verification method, and the
 * controller document (a {@code did:web} DID document or an issuer profile) that lists it as an
 * {@code assertionMethod}.
 */
public final class ControllerDocuments {

	/** The DID Core context, first in a DID document. */
	public static final String DID_V1 = "https://www.w3.org/ns/did/v1";

	/** The Multikey context. */
	public static final String MULTIKEY_V1 = "https://w3id.org/security/multikey/v1";

	private ControllerDocuments() {
	}

	/** A verification method {@code {id, type: Multikey, controller, publicKeyMultibase}}. */
	public static JsonObject multikey(String id, String controller, String publicKeyMultibase) {
		return JSON.createObjectBuilder()
			.add("id", id)
			.add("type", "Multikey")
			.add("controller", controller)
			.add("publicKeyMultibase", publicKeyMultibase)
			.build();
	}

	/**
	 * A verification method whose signatures are not to be trusted from {@code revoked} on (Multikey's
	 * {@code revoked} property): published so that proofs made before can still be checked, never listed as an
	 * assertion method.
	 */
	public static JsonObject revokedMultikey(String id, String controller, String publicKeyMultibase,
			java.time.Instant revoked) {
		return JSON.createObjectBuilder(multikey(id, controller, publicKeyMultibase))
			.add("revoked", revoked.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString())
			.build();
	}

	/**
	 * A controller document for {@code controller} (a {@code did:web} DID or an HTTPS URL) whose key
	 * {@code keyId} (a full URL with fragment) may assert credentials.
	 */
	public static JsonObject controllerDocument(String controller, String keyId, String publicKeyMultibase) {
		var context = JSON.createArrayBuilder();
		if (controller.startsWith("did:")) {
			context.add(DID_V1);
		}
		context.add(MULTIKEY_V1);
		return JSON.createObjectBuilder()
			.add("@context", context)
			.add("id", controller)
			.add("verificationMethod", JSON.createArrayBuilder().add(multikey(keyId, controller, publicKeyMultibase)))
			.add("assertionMethod", JSON.createArrayBuilder().add(keyId))
			.add("authentication", JSON.createArrayBuilder().add(keyId))
			.build();
	}

}
