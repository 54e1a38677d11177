package org.microcred.badge.vc.interop;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.TestIssuer;
import org.microcred.badge.vc.keys.ControllerDocuments;
import org.microcred.badge.vc.keys.DidKey;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.status.StatusLists;
import org.microcred.badge.vc.status.StatusPurpose;

/**
 * Writes the interoperability fixtures (see interop/README.md) with this engine: credentials that must
 * verify (among them random variations full of unicode and escapes), and revoked, suspended, expired and
 * tampered ones (with one-bit revocation and suspension lists, and with two-bit "message" entries), plus the did:web document and status list credentials they refer to.
 * Usage: {@code InteropFixtures <output dir>}.
 */
public final class InteropFixtures {

	private static final String HOST = "issuer.example.org";

	private final Path credentials;

	private final Path documents;

	private final Map<String, String> expected = new LinkedHashMap<>();

	private final Map<String, String> index = new LinkedHashMap<>();

	private final TestIssuer issuer = new TestIssuer(HOST, "https");

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private InteropFixtures(Path out) throws IOException {
		this.credentials = Files.createDirectories(out.resolve("credentials"));
		this.documents = Files.createDirectories(out.resolve("documents"));
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			System.err.println("Usage: InteropFixtures <output dir>");
			System.exit(2);
		}
		new InteropFixtures(Path.of(args[0])).writeAll();
	}

	private void writeAll() throws IOException {
		Instant lastMonth = this.now.minus(30, ChronoUnit.DAYS);
		Instant nextYear = this.now.plus(365, ChronoUnit.DAYS);
		credential("active.json", this.issuer.issue(11, lastMonth, nextYear), null);
		this.issuer.revoke(12);
		credential("revoked.json", this.issuer.issue(12, lastMonth, nextYear), "revoked");
		this.issuer.suspend(13);
		credential("suspended.json", this.issuer.sign(this.issuer.unsigned(13, lastMonth, nextYear)
			.add("credentialStatus", StatusLists.entry(this.issuer.suspensionListUrl(), 13, StatusPurpose.SUSPENSION))
			.build()), "suspended");
		writeMessageStatuses(lastMonth, nextYear);
		credential("expired.json", this.issuer.issue(14, this.now.minus(800, ChronoUnit.DAYS),
				this.now.minus(1, ChronoUnit.DAYS)), "expired");
		JsonObject signed = this.issuer.issue(15, lastMonth, nextYear);
		credential("tampered.json", Json.createObjectBuilder(signed).add("name", "A badge I did not earn").build(),
				"tampered");
		writeVariations(lastMonth);
		writeDidKeyCredential(lastMonth);
		for (Map.Entry<String, JsonObject> document : this.issuer.documents().entrySet()) {
			boolean didDocument = document.getKey().equals("/.well-known/did.json");
			String url = didDocument ? this.issuer.did() : "https://" + HOST + document.getKey();
			String file = didDocument ? "did-web.json" : document.getKey().substring(1).replace('/', '-') + ".json";
			document(url, file, document.getValue());
		}
		write(this.documents.resolve("index.json"), toJson(this.index));
		write(this.credentials.getParent().resolve("expected.json"), expectedJson());
	}

	/** Two-bit "message" entries (Microcred's own status design): valid, suspended, revoked, revoked while suspended. */
	private void writeMessageStatuses(Instant validFrom, Instant validUntil) throws IOException {
		int[] values = { 0, StatusLists.SUSPENDED, StatusLists.REVOKED, StatusLists.REVOKED | StatusLists.SUSPENDED };
		String[] names = { "message-valid.json", "message-suspended.json", "message-revoked.json",
				"message-revoked-while-suspended.json" };
		String[] reasons = { null, "suspended", "revoked", "revoked" };
		for (int i = 0; i < values.length; i++) {
			// neighbouring entries set, so a verifier reading the wrong bits disagrees
			this.issuer.setMessageStatus(40 + 2 * i, values[i]);
			this.issuer.setMessageStatus(41 + 2 * i, StatusLists.REVOKED | StatusLists.SUSPENDED);
			credential(names[i], this.issuer.issueWithMessageStatus(40 + 2 * i, validFrom, validUntil), reasons[i]);
		}
	}

	/** Random variations (unicode, control characters, numbers, optional parts) must verify everywhere. */
	private void writeVariations(Instant validFrom) throws IOException {
		Random random = new Random(2026);
		for (int i = 1; i <= 8; i++) {
			JsonObject variation = SampleCredentials.variation(random, false);
			JsonObjectBuilder builder = Json.createObjectBuilder(variation)
				.add("issuer", Json.createObjectBuilder(variation.getJsonObject("issuer")).add("id", this.issuer.did()))
				.add("validFrom", validFrom.toString())
				.add("credentialStatus", StatusLists.entry(this.issuer.revocationListUrl(), 100 + i, StatusPurpose.REVOCATION));
			credential("variation-" + i + ".json", this.issuer.sign(builder.remove("validUntil").build()), null);
		}
	}

	private void writeDidKeyCredential(Instant validFrom) throws IOException {
		Ed25519KeyPair key = Ed25519KeyPair.generate();
		String did = key.didKey();
		String method = DidKey.verificationMethodId(key.publicKeyMultibase());
		JsonObject sample = SampleCredentials.microCredential();
		JsonObject unsigned = Json.createObjectBuilder(sample)
			.add("issuer", Json.createObjectBuilder(sample.getJsonObject("issuer")).add("id", did))
			.add("validFrom", validFrom.toString())
			.remove("credentialStatus")
			.remove("validUntil")
			.build();
		credential("did-key.json", new EddsaRdfc2022().sign(unsigned, key, ProofOptions.assertion(method)), null);
		document(did, "did-key.json", ControllerDocuments.controllerDocument(did, method, key.publicKeyMultibase()));
	}

	private void credential(String file, JsonObject credential, String failureReason) throws IOException {
		write(this.credentials.resolve(file), credential.toString());
		this.expected.put(file, failureReason);
	}

	private void document(String url, String file, JsonObject document) throws IOException {
		write(this.documents.resolve(file), document.toString());
		this.index.put(url, file);
	}

	private String expectedJson() {
		JsonObjectBuilder all = Json.createObjectBuilder();
		this.expected.forEach((file, reason) -> all.add(file, Json.createObjectBuilder()
			.add("verified", reason == null)
			.add("reason", reason == null ? JsonValue.NULL : Json.createValue(reason))));
		return prettyJson(all.build());
	}

	private static String toJson(Map<String, String> map) {
		JsonObjectBuilder object = Json.createObjectBuilder();
		map.forEach(object::add);
		return prettyJson(object.build());
	}

	private static String prettyJson(JsonObject object) {
		return object.toString().replace("},", "},\n ").replace("\",\"", "\",\n  \"") + "\n";
	}

	private static void write(Path file, String text) throws IOException {
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

}
