package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.internal.ReissueWorker;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.identity.CurrentUser;
import org.microcred.notification.NotificationService;
import org.microcred.platform.PageRequest;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** An issuer reports a signing key compromised, over HTTP, and re-issues what it signed. */
class KeyCompromiseIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	VerificationService verification;

	@Autowired
	ReissueWorker reissue;

	@Autowired
	IssuerKeys keys;

	@Autowired
	NotificationService notifications;

	static JsonObject json(String text) {
		return Json.createReader(new StringReader(text)).readObject();
	}

	static Instant signedAt(IssuedCredential credential) {
		return Instant.parse(json(credential.signed()).getJsonArray("proof").getJsonObject(0).getString("created"));
	}

	@Test
	void aCompromisedKeyStopsWhatItSignedFromThenOnAndReissueRestoresIt() {
		Published credential = credentials.publish("Compromise");
		CurrentUser second = data.teacher();
		IssuedCredential before = Issued.now(badges, credential, data.teacher());
		Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(signedAt(before).plusSeconds(1)));
		IssuerKeys.Signer leaked = keys.signer(credential.issuer().value());
		IssuedCredential after = Issued.now(badges, credential, second);
		Instant since = signedAt(after);
		assertThat(since).isAfter(signedAt(before));

		String page = "/manage/issuers/" + credential.issuer() + "/keys";
		var session = browserSession().logIn(credential.admin().email(), TestData.PASSWORD);
		String sinceField = LocalDateTime.ofInstant(since, ZoneOffset.UTC).toString();
		assertThat(session.post(page, page + "/1/compromised", Map.of("since", sinceField)).statusCode()).isEqualTo(400);
		assertThat(verification.verify(badges.get(after.id())).verified()).isTrue();

		assertThat(session.post(page, page + "/1/compromised", Map.of("since", sinceField, "confirm", "true")).statusCode())
			.isEqualTo(302);

		JsonObject did = json(session.get("/issuers/" + credential.issuer() + "/did.json", "application/did+json").body());
		assertThat(did.getJsonArray("assertionMethod").toString()).doesNotContain("#key-1").contains("#key-2");
		assertThat(did.getJsonArray("verificationMethod").getValuesAs(JsonObject.class))
			.anySatisfy(key -> assertThat(key.getString("id")).endsWith("#key-1"))
			.filteredOn(key -> key.getString("id").endsWith("#key-1"))
			.allSatisfy(key -> assertThat(Instant.parse(key.getString("revoked"))).isEqualTo(since));

		VerificationReport afterReport = verification.verify(badges.get(after.id()));
		assertThat(afterReport.status("proof")).isEqualTo(StepStatus.FAILED);
		assertThat(afterReport.step("proof").orElseThrow().message()).contains("withdrawn", "compromised", "cannot be trusted");
		VerificationReport beforeReport = verification.verify(badges.get(before.id()));
		assertThat(beforeReport.verified()).as(beforeReport.toString()).isTrue();
		assertThat(beforeReport.step("proof").orElseThrow().message()).contains("before its issuer withdrew the key");

		JsonObject forged = Json.createObjectBuilder(json(before.signed())).remove("proof").add("name", "Doctor of Education").build();
		String forgery = new EddsaRdfc2022().sign(forged, leaked.key(), ProofOptions.assertion(leaked.keyId())).toString();
		assertThat(verification.verify(forgery.getBytes(), null).status("proof")).isEqualTo(StepStatus.FAILED);

		IssuedCredential later = Issued.now(badges, credential, data.teacher());
		assertThat(later.signed()).contains("#key-2");
		assertThat(verification.verify(later).verified()).isTrue();

		assertThat(session.get(page).body()).contains("2 credentials are signed with a compromised key");
		assertThat(session.post(page, page + "/reissue", Map.of()).statusCode()).isEqualTo(302);
		reissue.runPending();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> badges.get(after.id()).signed().contains("#key-2"));

		IssuedCredential reissued = badges.get(after.id());
		assertThat(verification.verify(reissued).verified()).isTrue();
		assertThat(json(reissued.signed()).getJsonObject("credentialStatus"))
			.isEqualTo(json(after.signed()).getJsonObject("credentialStatus"));
		assertThat(badges.get(before.id()).signed()).contains("#key-2");
		assertThat(session.get(page).body()).contains("The last re-issue finished: 2 credentials re-signed")
			.contains("No credential is signed with a compromised key");
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> notifications.notices(second, new PageRequest(0, 20))
			.items().stream().anyMatch(n -> n.title().contains("was re-issued")));
	}

}
