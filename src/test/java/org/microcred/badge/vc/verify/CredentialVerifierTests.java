package org.microcred.badge.vc.verify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.Recipients;
import org.microcred.badge.vc.Standards;
import org.microcred.badge.vc.TestIssuer;
import org.microcred.badge.vc.baking.PngBaker;
import org.microcred.badge.vc.status.StatusLists;
import org.microcred.badge.vc.status.StatusPurpose;

import static org.assertj.core.api.Assertions.assertThat;

/** Verifying credentials from a did:web issuer served on loopback, and every way one can fail. */
class CredentialVerifierTests {

	private HttpServer server;

	private TestIssuer issuer;

	private CredentialVerifier verifier;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void serveTheIssuer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String host = "127.0.0.1:" + this.server.getAddress().getPort();
		this.issuer = new TestIssuer(host, "http");
		this.server.createContext("/", exchange -> {
			JsonObject document = this.issuer.documents().get(exchange.getRequestURI().getPath());
			byte[] body = (document == null ? "{}" : document.toString()).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(document == null ? 404 : 200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
		DocumentFetcher fetcher = new HttpDocumentFetcher(Duration.ofSeconds(2), Duration.ofSeconds(3), 256 * 1024, true);
		this.verifier = new CredentialVerifier(fetcher);
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	@Test
	void anActiveCredentialPassesEveryStep() {
		VerificationReport report = verify(active(7), VerificationOptions.defaults());

		assertThat(report.verified()).as(report.toString()).isTrue();
		for (String step : new String[] { "parse", "shape", "proof", "status", "validity" }) {
			assertThat(report.status(step)).as(step).isEqualTo(StepStatus.PASSED);
		}
		assertThat(report.status("refresh")).isEqualTo(StepStatus.SKIPPED);
		assertThat(report.status("recipient")).isEqualTo(StepStatus.SKIPPED);
		assertThat(report.status("endorsements")).isEqualTo(StepStatus.SKIPPED);
	}

	@Test
	void aRevokedCredentialFailsTheStatusStep() {
		this.issuer.revoke(8);

		VerificationReport report = verify(active(8), VerificationOptions.defaults());

		assertThat(report.verified()).isFalse();
		assertThat(report.step("status").orElseThrow().message()).contains("revoked");
		assertThat(report.status("proof")).isEqualTo(StepStatus.PASSED);
	}

	@Test
	void aSuspendedCredentialFailsTheStatusStep() {
		this.issuer.suspend(9);
		JsonObject credential = this.issuer.sign(this.issuer.unsigned(9, this.now.minusSeconds(60), null)
			.add("credentialStatus", StatusLists.entry(this.issuer.suspensionListUrl(), 9, StatusPurpose.SUSPENSION))
			.build());

		VerificationReport report = verify(credential, VerificationOptions.defaults());

		assertThat(report.step("status").orElseThrow()).satisfies(step -> {
			assertThat(step.status()).isEqualTo(StepStatus.FAILED);
			assertThat(step.message()).contains("suspended");
		});
	}

	@Test
	void aTwoBitMessageEntryTellsValidSuspendedAndRevokedApart() {
		JsonObject credential = this.issuer.issueWithMessageStatus(21, this.now.minusSeconds(60), null);

		assertThat(verify(credential, VerificationOptions.defaults()).step("status").orElseThrow()).satisfies(step -> {
			assertThat(step.status()).isEqualTo(StepStatus.PASSED);
			assertThat(step.message()).contains("neither revoked nor suspended");
		});
		this.issuer.setMessageStatus(21, StatusLists.SUSPENDED);
		assertThat(verify(credential, VerificationOptions.defaults()).step("status").orElseThrow()).satisfies(step -> {
			assertThat(step.status()).isEqualTo(StepStatus.FAILED);
			assertThat(step.message()).contains("suspended").doesNotContain("revoked");
		});
		this.issuer.setMessageStatus(21, 0);
		assertThat(verify(credential, VerificationOptions.defaults()).verified()).isTrue();
		for (int revoked : new int[] { StatusLists.REVOKED, StatusLists.REVOKED | StatusLists.SUSPENDED }) {
			this.issuer.setMessageStatus(21, revoked);
			assertThat(verify(credential, VerificationOptions.defaults()).step("status").orElseThrow()).satisfies(step -> {
				assertThat(step.status()).isEqualTo(StepStatus.FAILED);
				assertThat(step.message()).contains("revoked").doesNotContain("suspended");
			});
		}
	}

	@Test
	void aMultiBitEntryWithoutItsMessagesIsRefused() {
		JsonObject entry = StatusLists.messageEntry(this.issuer.messageListUrl(), 3);
		JsonObject credential = this.issuer.sign(this.issuer.unsigned(3, this.now.minusSeconds(60), null)
			.add("credentialStatus", Json.createObjectBuilder(entry).remove("statusMessage"))
			.build());

		VerificationReport report = verify(credential, VerificationOptions.defaults());

		assertThat(report.status("status")).isEqualTo(StepStatus.FAILED);
		assertThat(report.step("status").orElseThrow().message()).contains("needs a statusMessage for each of its 4 values");
	}

	@Test
	void expiredAndNotYetValidCredentialsFailTheValidityStep() {
		VerificationReport expired = verify(this.issuer.issue(1, this.now.minus(400, ChronoUnit.DAYS),
				this.now.minus(1, ChronoUnit.DAYS)), VerificationOptions.defaults());
		assertThat(expired.step("validity").orElseThrow().message()).contains("expired");
		assertThat(expired.verified()).isFalse();

		VerificationReport early = verify(this.issuer.issue(2, this.now.plus(3, ChronoUnit.DAYS), null),
				VerificationOptions.defaults());
		assertThat(early.step("validity").orElseThrow().message()).contains("not yet valid");
	}

	@Test
	void theRecipientMatchesTheSaltedEmailHash() {
		String salt = "pepper";
		JsonObject subject = active(3).getJsonObject("credentialSubject");
		JsonObject credential = this.issuer.sign(this.issuer.unsigned(3, this.now.minusSeconds(60), null)
			.add("credentialSubject", Json.createObjectBuilder(subject).add("identifier", Json.createArrayBuilder()
				.add(Json.createObjectBuilder().add("type", "IdentityObject").add("hashed", true)
					.add("identityHash", Recipients.hashedEmail("teacher@school.example", salt))
					.add("identityType", "emailAddress").add("salt", salt))))
			.build());

		assertThat(verify(credential, VerificationOptions.forRecipient("teacher@school.example")).status("recipient"))
			.isEqualTo(StepStatus.PASSED);
		VerificationReport other = verify(credential, VerificationOptions.forRecipient("someone@else.example"));
		assertThat(other.status("recipient")).isEqualTo(StepStatus.FAILED);
		assertThat(other.verified()).isFalse();
	}

	@Test
	void embeddedEndorsementsAreCheckedWithoutFailingTheCredential() {
		JsonObject endorsement = this.issuer.sign(Json.createObjectBuilder()
			.add("@context", Json.createArrayBuilder().add("https://www.w3.org/ns/credentials/v2")
				.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
			.add("id", "urn:uuid:6f1d4b51-8c3e-4d0e-9a38-2b1b7b0e5f01")
			.add("type", Json.createArrayBuilder().add("VerifiableCredential").add("EndorsementCredential"))
			.add("name", "Endorsed by the teaching council")
			.add("issuer", Json.createObjectBuilder().add("id", this.issuer.did())
				.add("type", Json.createArrayBuilder().add("Profile")).add("name", "Teaching council"))
			.add("validFrom", this.now.minusSeconds(600).toString())
			.add("credentialSubject", Json.createObjectBuilder().add("id", "https://issuer.example.org/achievements/1")
				.add("type", Json.createArrayBuilder().add("EndorsementSubject")).add("endorsementComment", "Rigorous"))
			.build());
		JsonObject unsigned = this.issuer.unsigned(21, this.now.minusSeconds(60), null).build();
		JsonObject subject = unsigned.getJsonObject("credentialSubject");
		JsonObject achievement = subject.getJsonObject("achievement");

		JsonObject endorsed = this.issuer.sign(withEndorsements(unsigned, subject, achievement, endorsement));
		VerificationReport report = verify(endorsed, VerificationOptions.defaults());
		assertThat(report.status("endorsements")).as(report.toString()).isEqualTo(StepStatus.PASSED);
		assertThat(report.verified()).isTrue();

		JsonObject forged = Json.createObjectBuilder(endorsement).add("name", "Endorsed by everyone").build();
		VerificationReport withForgery = verify(this.issuer.sign(withEndorsements(unsigned, subject, achievement, forged)),
				VerificationOptions.defaults());
		assertThat(withForgery.status("endorsements")).isEqualTo(StepStatus.WARNING);
		assertThat(withForgery.verified()).isTrue();
	}

	private static JsonObject withEndorsements(JsonObject unsigned, JsonObject subject, JsonObject achievement,
			JsonObject endorsement) {
		return Json.createObjectBuilder(unsigned).add("credentialSubject", Json.createObjectBuilder(subject)
			.add("achievement", Json.createObjectBuilder(achievement)
				.add("endorsement", Json.createArrayBuilder().add(endorsement)))).build();
	}

	@Test
	void aBakedPngVerifiesLikeItsJson() {
		byte[] png = new PngBaker().bake(Standards.bytes("examples/validator-tests/simple-json.png"), active(4).toString());

		VerificationReport report = this.verifier.verify(png, VerificationOptions.defaults());

		assertThat(report.verified()).as(report.toString()).isTrue();
	}

	@Test
	void badInputsGiveAClearFailedStepAndNeverAnException() {
		assertParseFails("{ not json", "not valid JSON");
		assertParseFails("[" .repeat(200_000), "nested");
		assertParseFails("{\"a\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}", "larger than");
		assertThat(this.verifier.verify(new byte[CredentialVerifier.MAX_INPUT_BYTES + 1], VerificationOptions.defaults())
			.step("parse").orElseThrow().message()).contains("larger than 10 MB");
		assertThat(this.verifier.verify("GIF89a".getBytes(StandardCharsets.US_ASCII), VerificationOptions.defaults())
			.step("parse").orElseThrow().message()).contains("not valid JSON");
		byte[] noCredential = new PngBaker().bake(Standards.bytes("examples/validator-tests/simple-json.png"), "{}");
		noCredential = new String(noCredential, StandardCharsets.ISO_8859_1).replace("openbadgecredential", "somethingelse123ab")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(this.verifier.verify(noCredential, VerificationOptions.defaults()).status("parse"))
			.isEqualTo(StepStatus.FAILED);
	}

	@Test
	void unknownTermsWrongContextOrderAndUnknownCryptosuitesFailWithReasons() {
		JsonObject signed = active(5);
		JsonObject unknownTerm = Json.createObjectBuilder(signed).add("sneaky", "unsigned?").build();
		assertThat(verify(unknownTerm, VerificationOptions.defaults()).step("proof").orElseThrow().message())
			.contains("uses the property \"sneaky\", which none of its @context entries defines");

		var context = signed.getJsonArray("@context");
		JsonObject reordered = Json.createObjectBuilder(signed)
			.add("@context", Json.createArrayBuilder().add(context.get(1)).add(context.get(0)).add(context.get(2)))
			.build();
		VerificationReport wrongOrder = verify(reordered, VerificationOptions.defaults());
		assertThat(wrongOrder.status("shape")).isEqualTo(StepStatus.FAILED);
		assertThat(wrongOrder.status("proof")).isEqualTo(StepStatus.FAILED);

		JsonObject proof = signed.getJsonArray("proof").getJsonObject(0);
		JsonObject otherSuite = Json.createObjectBuilder(signed).add("proof", Json.createArrayBuilder()
			.add(Json.createObjectBuilder(proof).add("cryptosuite", "bbs-2023"))).build();
		assertThat(verify(otherSuite, VerificationOptions.defaults()).step("proof").orElseThrow().message())
			.contains("Unsupported cryptosuite");
	}

	@Test
	void aKeyOnAPrivateAddressIsReportedAndNeverFetched() {
		TestIssuer internal = new TestIssuer("10.0.0.7", "https");
		JsonObject credential = internal.issue(1, this.now.minusSeconds(60), null);

		VerificationReport report = new CredentialVerifier(new HttpDocumentFetcher()).verify(credential.toString(),
				VerificationOptions.defaults());

		assertThat(report.step("proof").orElseThrow().message()).contains("internal address 10.0.0.7");
		assertThat(report.step("status").orElseThrow().message()).contains("internal address 10.0.0.7");
		assertThat(report.verified()).isFalse();
	}

	@Test
	void aSlowKeyServerGivesATimeoutReport() throws IOException {
		HttpServer slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		slow.createContext("/", exchange -> {
			try {
				Thread.sleep(3000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.close();
		});
		slow.start();
		try {
			TestIssuer slowIssuer = new TestIssuer("127.0.0.1:" + slow.getAddress().getPort(), "http");
			DocumentFetcher impatient = new HttpDocumentFetcher(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024, true);
			VerificationReport report = new CredentialVerifier(impatient)
				.verify(slowIssuer.issue(1, this.now.minusSeconds(60), null).toString(), VerificationOptions.defaults());

			assertThat(report.step("proof").orElseThrow().message()).contains("did not answer within 1 s");
		}
		finally {
			slow.stop(0);
		}
	}

	@Test
	void theOfficialVectorsShapeAndProofPassWithItsKeyControllerUnreachable() {
		JsonObject vector = Standards.json("test-vectors/obv3p0/signed-credential.json");

		VerificationReport report = new CredentialVerifier(DocumentFetcher.none()).verify(vector.toString(),
				VerificationOptions.defaults());

		assertThat(report.status("shape")).isEqualTo(StepStatus.WARNING);
		assertThat(report.step("proof").orElseThrow().message()).contains("could not be resolved");
	}

	private void assertParseFails(String input, String reason) {
		VerificationReport report = this.verifier.verify(input, VerificationOptions.defaults());
		assertThat(report.verified()).isFalse();
		assertThat(report.step("parse").orElseThrow().message()).contains(reason);
		assertThat(report.steps()).hasSize(VerificationReport.STEP_NAMES.size());
	}

	private JsonObject active(int index) {
		return this.issuer.issue(index, this.now.minusSeconds(60), this.now.plus(365, ChronoUnit.DAYS));
	}

	private VerificationReport verify(JsonObject credential, VerificationOptions options) {
		return this.verifier.verify(credential.toString(), options);
	}


}
