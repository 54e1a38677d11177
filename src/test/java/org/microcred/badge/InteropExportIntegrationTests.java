package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.internal.IssuerDocuments;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.demo.DemoSeeder;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Exports what the application issued for the demo — earned, revoked, suspended, reinstated, expired and stack
 * credentials, plus one tampered copy — with their status lists and issuer DID documents, and Microcred's own verdict on each, to
 * {@code target/interop-app/}. {@code interop/run} then has Digital Bazaar's independent verifier check every
 * one, and fails if it disagrees with Microcred on any.
 */
// first in the shared database: the demo's steps expect no credentials but their own (junit-platform.properties)
@org.junit.jupiter.api.Order(1)
class InteropExportIntegrationTests extends IntegrationTest {

	static final Path OUT = Path.of("target", "interop-app");

	@Autowired
	DemoSeeder demo;

	@Autowired
	VerificationService verification;

	@Autowired
	IssuerDocuments documents;

	@Autowired
	StatusListStore statusLists;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	BadgeService badges;

	@Autowired
	BadgePages pages;

	@Test
	void exportsTheDemoCredentialsWithMicrocredsVerdicts() throws Exception {
		demo.seedOnce();
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
				"select count(*) from issued_credential where stack").query(Long.class).single() > 0);
		suspendOneAndSuspendAndReinstateAnother();
		List<String> signed = jdbc.sql("select signed from issued_credential order by issued_at").query(String.class).list();

		Files.createDirectories(OUT.resolve("credentials"));
		Files.createDirectories(OUT.resolve("documents"));
		Map<String, Object> expected = new LinkedHashMap<>();
		Map<String, String> index = new LinkedHashMap<>();
		Map<String, Integer> reasons = new LinkedHashMap<>();
		String tamperedSource = null;
		for (String credential : signed) {
			JsonObject json = Json.createReader(new StringReader(credential)).readObject();
			String file = json.getString("id").replaceAll(".*/", "") + ".json";
			VerificationReport report = verification.verify(credential.getBytes(), null);
			String reason = reason(report);
			expected.put(file, Map.of("verified", report.verified(), "reason", reason == null ? "" : reason));
			reasons.merge(reason == null ? "verified" : reason, 1, Integer::sum);
			Files.writeString(OUT.resolve("credentials").resolve(file), credential);
			register(json, index);
			if (report.verified() && tamperedSource == null) {
				tamperedSource = credential;
			}
		}
		String tampered = tamperedSource.replaceFirst("\"validFrom\":\"20", "\"validFrom\":\"19");
		VerificationReport tamperedReport = verification.verify(tampered.getBytes(), null);
		assertThat(reason(tamperedReport)).isEqualTo("tampered");
		Files.writeString(OUT.resolve("credentials").resolve("tampered.json"), tampered);
		expected.put("tampered.json", Map.of("verified", false, "reason", "tampered"));
		Files.writeString(OUT.resolve("expected.json"), json(expected));
		Files.writeString(OUT.resolve("documents").resolve("index.json"), json(index));

		exportJwts();

		assertThat(reasons).containsKeys("verified", "revoked", "suspended", "expired");
		assertThat(signed).anyMatch(s -> s.contains("\"achievementType\":\"Certificate\""));
	}

	/**
	 * The VC-JWT form of every credential Microcred verifies, and one with a changed payload, to
	 * {@code target/interop-app/jwt/} for {@code interop/jwt.mjs} (signature, claims and schema, checked independently).
	 */
	private void exportJwts() throws Exception {
		Path dir = OUT.resolve("jwt");
		Files.createDirectories(dir);
		Map<String, Object> expected = new LinkedHashMap<>();
		String sample = null;
		for (UUID id : jdbc.sql("select id from issued_credential order by issued_at").query(UUID.class).list()) {
			String jwt = pages.jwt(new IssuedCredentialId(id));
			if (verification.verify(jwt.getBytes(), null).verified()) {
				Files.writeString(dir.resolve(id + ".jwt"), jwt);
				expected.put(id + ".jwt", Map.of("verified", true, "reason", ""));
				sample = jwt;
			}
		}
		String[] parts = sample.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
		String forged = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.replaceFirst("\"name\":\"", "\"name\":\"Not ").getBytes(java.nio.charset.StandardCharsets.UTF_8))
				+ "." + parts[2];
		assertThat(verification.verify(forged.getBytes(), null).verified()).isFalse();
		Files.writeString(dir.resolve("tampered.jwt"), forged);
		expected.put("tampered.jwt", Map.of("verified", false, "reason", "tampered"));
		Files.writeString(dir.resolve("expected.json"), json(expected));
		assertThat(expected).hasSizeGreaterThan(10);
	}

	/** A suspended credential, and one suspended then reinstated (valid again), for the independent verifier too. */
	private void suspendOneAndSuspendAndReinstateAnother() {
		List<IssuedCredential> active = jdbc.sql("select id from issued_credential where state = 'ACTIVE' and not stack "
				+ "and (valid_until is null or valid_until > now()) "
				// not the demo teacher's: later tests (the page crawler) use their badges as the demo shows them
				+ "and teacher_id not in (select id from account where email = 'teacher@demo.microcred.org') "
				+ "order by issued_at limit 2")
			.query(UUID.class).list().stream().map(id -> badges.get(new IssuedCredentialId(id))).toList();
		assertThat(active).hasSize(2);
		for (IssuedCredential credential : active) {
			CurrentUser admin = data.admin(Role.ISSUER_ADMIN, credential.issuerId());
			badges.suspend(admin, credential.id(), "A complaint is being looked into.", null);
		}
		badges.reinstate(data.admin(Role.ISSUER_ADMIN, active.get(1).issuerId()), active.get(1).id());
	}

	private void register(JsonObject credential, Map<String, String> index) throws Exception {
		String issuer = credential.getJsonObject("issuer").getString("id");
		UUID issuerId = UUID.fromString(issuer.substring(issuer.lastIndexOf(':') + 1));
		String didFile = "did-" + issuerId + ".json";
		Files.writeString(OUT.resolve("documents").resolve(didFile), documents.didDocument(issuerId).toString());
		index.put(issuer, didFile);
		String statusUrl = credential.getJsonObject("credentialStatus").getString("statusListCredential");
		UUID list = UUID.fromString(statusUrl.substring(statusUrl.lastIndexOf('/') + 1));
		String statusFile = "status-" + list + ".json";
		Files.writeString(OUT.resolve("documents").resolve(statusFile), statusLists.signed(list).orElseThrow());
		index.put(statusUrl, statusFile);
	}

	/** The reason in the interop vocabulary: revoked, suspended, expired, not-yet-valid, tampered; null when verified. */
	static String reason(VerificationReport report) {
		if (report.verified()) {
			return null;
		}
		if (report.status("proof") == StepStatus.FAILED) {
			return "tampered";
		}
		if (report.status("status") == StepStatus.FAILED) {
			return report.step("status").orElseThrow().message().toLowerCase().contains("suspend") ? "suspended" : "revoked";
		}
		if (report.status("validity") == StepStatus.FAILED) {
			return report.step("validity").orElseThrow().message().toLowerCase().contains("expired") ? "expired" : "not-yet-valid";
		}
		return "other";
	}

	private static String json(Map<String, ?> map) {
		var builder = Json.createObjectBuilder();
		map.forEach((k, v) -> {
			if (v instanceof String s) {
				builder.add(k, s);
			}
			else {
				@SuppressWarnings("unchecked")
				Map<String, Object> inner = (Map<String, Object>) v;
				var object = Json.createObjectBuilder().add("verified", (Boolean) inner.get("verified"));
				String reason = (String) inner.get("reason");
				object.add("reason", reason.isEmpty() ? jakarta.json.JsonValue.NULL : Json.createValue(reason));
				builder.add(k, object);
			}
		});
		return builder.build().toString();
	}

}
