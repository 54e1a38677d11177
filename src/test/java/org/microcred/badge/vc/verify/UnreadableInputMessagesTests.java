package org.microcred.badge.vc.verify;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.Standards;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad inputs get a reason a person can act on, never a library's internals (policies, error codes, char -1). */
class UnreadableInputMessagesTests {

	private static final String FAKE_PROOF = ", \"proof\": {\"type\": \"DataIntegrityProof\", \"cryptosuite\": \"eddsa-rdfc-2022\","
			+ " \"proofPurpose\": \"assertionMethod\", \"verificationMethod\": \"did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
			+ "#z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK\", \"proofValue\": \"z3yUuWbFsLUp2CUrSZRaRbTk1UnkhpoJgJYu1SdMqd3AEM\"}}";

	private final CredentialVerifier verifier = new CredentialVerifier(DocumentFetcher.none());

	@Test
	void eachBadInputIsExplainedInPlainWords() {
		String basic = Standards.text("examples/spec/basicOpenBadgeCredential.json").strip();
		String signed = basic.substring(0, basic.length() - 1) + FAKE_PROOF;
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("{\"broken", "it ends before the JSON is complete");
		expected.put("{\"a\": 1,, \"b\": 2}", "there is a mistake at line 1, column");
		expected.put(signed.replace("\"name\": \"Teamwork Badge\"", "\"nickname\": \"Teamwork Badge\""),
				"uses the property \"nickname\", which none of its @context entries defines");
		expected.put(signed.replace("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", "https://example.org/ctx.json"),
				"lists https://example.org/ctx.json, a context Microcred does not have");
		expected.put(signed.replace("\"name\": \"Teamwork Badge\"", "\"name\": \"Teamwork Badge\", \"@id\": \"urn:x\""),
				"gives the same JSON-LD keyword");
		expected.put("abc.def.ghi", "looks like a VC-JWT but is not a valid compact JWS");
		expected.put("[1, 2]", "JSON but not a JSON object");
		expected.forEach((input, reason) -> {
			VerificationReport report = this.verifier.verify(input.getBytes(StandardCharsets.UTF_8), VerificationOptions.defaults());
			String messages = report.steps().stream().filter(s -> s.status() == StepStatus.FAILED)
				.map(VerificationReport.Step::message).reduce("", String::concat);
			assertThat(report.verified()).isFalse();
			assertThat(messages).as(input.substring(0, Math.min(40, input.length()))).contains(reason)
				.doesNotContain("policy").doesNotContain("Ignore or Warn").doesNotContain("code=").doesNotContain("char -1")
				.doesNotContainPattern("[A-Z]+_[A-Z_]+");
		});
	}

}
