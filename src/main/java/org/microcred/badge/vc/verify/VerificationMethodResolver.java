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
		try {
			if (DidKey.isDidKey(method)) {
				return new ResolvedKey(DidKey.publicKey(method), DidWeb.withoutFragment(method));
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
			throw new KeyResolutionException("The key " + method + " could not be resolved: " + ex.getMessage(), ex);
		}
		throw new KeyResolutionException("The verification method " + method + " uses an unsupported scheme"
				+ " (did:key, did:web and https are supported).");
	}

	private ResolvedKey fromUrl(String method, String purpose) {
		JsonObject document = fetchJson(URI.create(DidWeb.withoutFragment(method)));
		if (method.equals(JsonFields.text(document, "id")) && document.containsKey("publicKeyMultibase")) {
			String controller = JsonFields.text(document, "controller");
			if (controller == null) {
				throw new KeyResolutionException("The key " + method + " names no controller.");
			}
			JsonObject controllerDocument = fetchJson(URI.create(DidWeb.withoutFragment(controller)));
			return fromController(controllerDocument, controller, method, purpose);
		}
		return fromController(document, DidWeb.withoutFragment(method), method, purpose);
	}

	private static ResolvedKey fromController(JsonObject document, String controller, String method, String purpose) {
		if (!controller.equals(JsonFields.text(document, "id"))) {
			throw new KeyResolutionException("The controller document at " + controller + " has another id ("
					+ JsonFields.text(document, "id") + ").");
		}
		JsonObject key = find(document.get("verificationMethod"), controller, method);
		if (key == null) {
			key = find(document.get(purpose), controller, method);
		}
		if (key == null) {
			throw new KeyResolutionException("The controller document of " + controller + " has no key " + method + ".");
		}
		Instant revoked = revoked(key, method);
		if (!lists(document.get(purpose), controller, method) && revoked == null) {
			throw new KeyResolutionException("The controller " + controller + " does not authorize the key " + method
					+ " for " + purpose + ".");
		}
		if (!controller.equals(JsonFields.text(key, "controller"))) {
			throw new KeyResolutionException("The key " + method + " is not controlled by " + controller + ".");
		}
		String multibase = JsonFields.text(key, "publicKeyMultibase");
		if (multibase == null) {
			throw new KeyResolutionException("The key " + method + " has no publicKeyMultibase (Multikey expected).");
		}
		try {
			return new ResolvedKey(Multikey.decodePublicKey(multibase), controller, revoked);
		}
		catch (KeyFormatException ex) {
			throw new KeyResolutionException("The key " + method + " is not an Ed25519 Multikey: " + ex.getMessage());
		}
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
			throw new KeyResolutionException("The key " + method + " has an unreadable revoked date: " + revoked + ".");
		}
	}

	/** The key object with that id in a list (ids may be relative to the controller, like "#key-1"). */
	private static JsonObject find(JsonValue list, String controller, String method) {
		if (list instanceof JsonArray array) {
			for (JsonValue entry : array) {
				if (entry instanceof JsonObject object && sameId(JsonFields.text(object, "id"), controller, method)) {
					return object;
				}
			}
		}
		return null;
	}

	private static boolean lists(JsonValue relationship, String controller, String method) {
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
