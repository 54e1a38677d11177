package org.microcred.badge.vc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.microcred.badge.vc.keys.ControllerDocuments;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.status.BitstringStatusList;
import org.microcred.badge.vc.status.StatusLists;
import org.microcred.badge.vc.status.StatusPurpose;

/**
 * An issuer for tests: a did:web DID with an Ed25519 key, revocation, suspension and two-bit message lists, and the documents
 * a verifier fetches (DID document, signed status list credentials) keyed by URL.
 */
public final class TestIssuer {

	private final Ed25519KeyPair key = Ed25519KeyPair.generate();

	private final EddsaRdfc2022 suite = new EddsaRdfc2022();

	private final String did;

	private final String baseUrl;

	private final BitstringStatusList revocations = BitstringStatusList.empty();

	private final BitstringStatusList suspensions = BitstringStatusList.empty();

	private final BitstringStatusList messages = BitstringStatusList
		.ofLength(BitstringStatusList.MIN_LENGTH * StatusLists.STATUS_SIZE);

	/**
	 * @param host the did:web host, e.g. {@code issuer.example.org} or {@code 127.0.0.1:8080}
	 * @param scheme https, or http for a loopback test server
	 */
	public TestIssuer(String host, String scheme) {
		this.did = "did:web:" + host.replace(":", "%3A");
		this.baseUrl = scheme + "://" + host;
	}

	public String did() {
		return this.did;
	}

	public String keyId() {
		return this.did + "#key-1";
	}

	public Ed25519KeyPair key() {
		return this.key;
	}

	public String revocationListUrl() {
		return this.baseUrl + "/status/revocation";
	}

	public String suspensionListUrl() {
		return this.baseUrl + "/status/suspension";
	}

	public String messageListUrl() {
		return this.baseUrl + "/status/message";
	}

	/** Sets entry {@code index} of the two-bit message list (see {@link StatusLists#STATUS_SIZE}). */
	public void setMessageStatus(int index, int value) {
		this.messages.setValue(index, StatusLists.STATUS_SIZE, value);
	}

	/** The sample credential with a two-bit message entry at {@code index}, signed. */
	public JsonObject issueWithMessageStatus(int index, Instant validFrom, Instant validUntil) {
		return sign(unsigned(index, validFrom, validUntil)
			.add("credentialStatus", StatusLists.messageEntry(messageListUrl(), index))
			.build());
	}

	public void revoke(int index) {
		this.revocations.set(index, true);
	}

	public void suspend(int index) {
		this.suspensions.set(index, true);
	}

	/** The sample micro-credential from this issuer, with a revocation entry at {@code index}, signed. */
	public JsonObject issue(int index, Instant validFrom, Instant validUntil) {
		return sign(unsigned(index, validFrom, validUntil).build());
	}

	/** The same, unsigned, for a test to adjust before signing. */
	public jakarta.json.JsonObjectBuilder unsigned(int index, Instant validFrom, Instant validUntil) {
		JsonObject sample = SampleCredentials.microCredential();
		jakarta.json.JsonObjectBuilder credential = Json.createObjectBuilder(sample)
			.add("issuer", Json.createObjectBuilder(sample.getJsonObject("issuer")).add("id", this.did))
			.add("validFrom", validFrom.toString())
			.add("credentialStatus", StatusLists.entry(revocationListUrl(), index, StatusPurpose.REVOCATION));
		if (validUntil != null) {
			credential.add("validUntil", validUntil.toString());
		}
		else {
			credential.remove("validUntil");
		}
		return credential;
	}

	public JsonObject sign(JsonObject unsigned) {
		return this.suite.sign(unsigned, this.key, ProofOptions.assertion(keyId()).createdAt(Instant.parse("2026-01-01T00:00:00Z")));
	}

	/** URL path (e.g. {@code /.well-known/did.json}) to document, as a verifier would fetch them now. */
	public Map<String, JsonObject> documents() {
		Map<String, JsonObject> documents = new LinkedHashMap<>();
		documents.put("/.well-known/did.json",
				ControllerDocuments.controllerDocument(this.did, keyId(), this.key.publicKeyMultibase()));
		documents.put("/status/revocation", statusList(revocationListUrl(), StatusPurpose.REVOCATION, this.revocations));
		documents.put("/status/suspension", statusList(suspensionListUrl(), StatusPurpose.SUSPENSION, this.suspensions));
		documents.put("/status/message", statusList(messageListUrl(), StatusPurpose.MESSAGE, this.messages));
		return documents;
	}

	private JsonObject statusList(String url, StatusPurpose purpose, BitstringStatusList list) {
		return sign(StatusLists.listCredential(url, this.did, purpose, list, Instant.parse("2026-01-01T00:00:00Z"), null));
	}

}
