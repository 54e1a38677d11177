package org.microcred.badge.vc.verify;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.keys.ControllerDocuments;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.KeyFormatException;
import org.microcred.badge.vc.keys.Multikey;
import org.microcred.badge.vc.proof.KeyResolutionException;
import org.microcred.badge.vc.proof.PublicKeyResolver;

/**
 * Resolves verification methods: {@code did:key} locally; {@code did:web} DIDs and HTTPS URLs by fetching
 * the controller document, finding the {@code Multikey} with that id, and checking the controller lists it
 * under the proof's purpose (e.g. {@code assertionMethod}) or published it with a {@code revoked} bound.
 */
public final class VerificationMethodResolver implements PublicKeyResolver {

	private final DocumentFetcher fetcher;

	public VerificationMethodResolver(DocumentFetcher fetcher) {
		this.fetcher = fetcher;
	}

	@Override
	public ResolvedKey resolve(String method, String purpose) {
		ControllerKey key = controllerKey(method, purpose);
		String multibase = JsonFields.text(key.method(), "publicKeyMultibase");
		if (multibase == null) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.no-multibase",
					"The key {0} has no publicKeyMultibase (Multikey expected).", method));
		}
		try {
			return new ResolvedKey(Multikey.decodePublicKey(multibase), key.controller(), key.revoked());
		}
		catch (KeyFormatException ex) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.not-ed25519",
					"The key {0} is not an Ed25519 Multikey: {1}", method, ex.detail()));
		}
	}

	/**
	 * A verification method as its controller document lists it, that controller's id, and the moment the controller
	 * withdrew the key (null while it is an assertion method).
	 */
	record ControllerKey(JsonObject method, String controller, Instant revoked) {
	}

	/**
	 * The verification method object for a key id, after checking that its controller document lists it for
	 * the purpose; a did:key's one method is made up locally.
	 * @throws KeyResolutionException with a message fit for a verification report
	 */
	ControllerKey controllerKey(String method, String purpose) {
		try {
			if (DidKey.isDidKey(method)) {
				String did = DidWeb.withoutFragment(method);
				DidKey.publicKey(method);
				return new ControllerKey(ControllerDocuments.multikey(method, did, did.substring("did:key:".length())), did,
						null);
			}
			if (DidWeb.isDidWeb(method)) {
				String did = DidWeb.withoutFragment(method);
				return fromController(fetchJson(DidWeb.documentUrl(method, this.fetcher)), did, method, purpose);
			}
			if (method.startsWith("https://") || method.startsWith("http://")) {
				return fromUrl(method, purpose);
			}
		}
		catch (FetchException | CredentialFormatException | IllegalArgumentException ex) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.unresolved",
					"The key {0} could not be resolved: {1}", method, VerificationMessage.of(ex)), ex);
		}
		throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.unsupported-scheme",
				"The verification method {0} uses an unsupported scheme (did:key, did:web and https are supported).",
				method));
	}

	/**
	 * The controller document of a did:web DID or an HTTPS profile URL, its id checked.
	 * @throws KeyResolutionException when it cannot be fetched or names another id
	 */
	JsonObject controllerDocument(String controller) {
		try {
			URI url = DidWeb.isDidWeb(controller) ? DidWeb.documentUrl(controller, this.fetcher)
					: URI.create(DidWeb.withoutFragment(controller));
			JsonObject document = fetchJson(url);
			if (!controller.equals(JsonFields.text(document, "id"))) {
				throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.document-id",
						"The document at {0} has another id ({1}).", controller, String.valueOf(JsonFields.text(document, "id"))));
			}
			return document;
		}
		catch (FetchException | CredentialFormatException | IllegalArgumentException ex) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.document-unreadable",
					"The document of {0} could not be read: {1}", controller, VerificationMessage.of(ex)), ex);
		}
	}

	private ControllerKey fromUrl(String method, String purpose) {
		JsonObject document = fetchJson(URI.create(DidWeb.withoutFragment(method)));
		if (method.equals(JsonFields.text(document, "id"))
				&& (document.containsKey("publicKeyMultibase") || document.containsKey("publicKeyJwk"))) {
			String controller = JsonFields.text(document, "controller");
			if (controller == null) {
				throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.no-controller",
						"The key {0} names no controller.", method));
			}
			JsonObject controllerDocument = fetchJson(URI.create(DidWeb.withoutFragment(controller)));
			return fromController(controllerDocument, controller, method, purpose);
		}
		return fromController(document, DidWeb.withoutFragment(method), method, purpose);
	}

	private static ControllerKey fromController(JsonObject document, String controller, String method, String purpose) {
		if (!controller.equals(JsonFields.text(document, "id"))) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.controller-id",
					"The controller document at {0} has another id ({1}).", controller,
					String.valueOf(JsonFields.text(document, "id"))));
		}
		JsonObject key = find(document.get("verificationMethod"), controller, method);
		if (key == null) {
			key = find(document.get(purpose), controller, method);
		}
		if (key == null) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.not-in-controller",
					"The controller document of {0} has no key {1}.", controller, method));
		}
		Instant revoked = revoked(key, method);
		if (!lists(document.get(purpose), controller, method) && revoked == null) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.not-authorized",
					"The controller {0} does not authorize the key {1} for {2}.", controller, method, purpose));
		}
		if (!controller.equals(JsonFields.text(key, "controller"))) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.not-controlled",
					"The key {0} is not controlled by {1}.", method, controller));
		}
		return new ControllerKey(key, controller, revoked);
	}

	/**
	 * The key's {@code revoked} moment. A withdrawn key is no longer listed as an assertion method, but stays
	 * published with this bound so that proofs made before it can still be checked (the proof verifier refuses
	 * any made at or after it).
	 */
	private static Instant revoked(JsonObject key, String method) {
		String revoked = JsonFields.text(key, "revoked");
		if (revoked == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(revoked).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new KeyResolutionException(VerificationMessage.of("badge.verify.key.revoked-date",
					"The key {0} has an unreadable revoked date: {1}.", method, revoked));
		}
	}

	/** The key object with that id in a list (ids may be relative to the controller, like "#key-1"). */
	static JsonObject find(JsonValue list, String controller, String method) {
		if (list instanceof JsonArray array) {
			for (JsonValue entry : array) {
				if (entry instanceof JsonObject object && sameId(JsonFields.text(object, "id"), controller, method)) {
					return object;
				}
			}
		}
		return null;
	}

	static boolean lists(JsonValue relationship, String controller, String method) {
		if (!(relationship instanceof JsonArray array)) {
			return false;
		}
		for (JsonValue entry : array) {
			String id = (entry instanceof JsonString string) ? string.getString()
					: (entry instanceof JsonObject object) ? JsonFields.text(object, "id") : null;
			if (sameId(id, controller, method)) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameId(String id, String controller, String method) {
		return id != null && (id.equals(method) || (id.startsWith("#") && (controller + id).equals(method)));
	}

	private JsonObject fetchJson(URI url) {
		return JsonInput.DEFAULT.parseObject(this.fetcher.fetch(url));
	}


}
