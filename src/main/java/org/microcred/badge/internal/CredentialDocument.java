package org.microcred.badge.internal;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.microcred.badge.vc.Recipients;
import org.microcred.badge.vc.jsonld.BundledContexts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The unsigned OpenBadgeCredential: contexts (VC 2.0, OB 3.0.3 and the OB extensions that define the schema
 * validator type), the issuer profile, the teacher as a salted e-mail hash (and their own DID or URL when set), the
 * achievement of the exact version earned, PD hours as {@code creditsEarned}, evidence, validity, status and schema.
 */
public final class CredentialDocument {

	static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

	static final String OB_EXTENSIONS = "https://purl.imsglobal.org/spec/ob/v3p0/extensions.json";

	static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

	private static final SecureRandom RANDOM = new SecureRandom();

	private CredentialDocument() {
	}

	/** What goes into a credential. */
	public record Content(String id, JsonObject issuer, String name, String description, Map<String, Object> achievement,
			String teacherEmail, String teacherRecipientId, BigDecimal creditsEarned, List<Evidence> evidence,
			Instant validFrom, Instant validUntil, StatusListStore.Allocation status) {
	}

	public record Evidence(String id, String name, String narrative) {
	}

	public static JsonObject unsigned(Content c) {
		JsonObjectBuilder subject = Json.createObjectBuilder();
		if (c.teacherRecipientId() != null) {
			subject.add("id", c.teacherRecipientId());
		}
		subject.add("type", Json.createArrayBuilder().add("AchievementSubject"))
			.add("identifier", Json.createArrayBuilder().add(Recipients.hashedEmailIdentity(c.teacherEmail(), salt())))
			.add("achievement", Jsons.of(c.achievement()));
		if (c.creditsEarned() != null) {
			subject.add("creditsEarned", Jsons.of(c.creditsEarned()));
		}
		JsonObjectBuilder credential = Json.createObjectBuilder()
			.add("@context", Json.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2).add(OB_CONTEXT).add(OB_EXTENSIONS))
			.add("id", c.id())
			.add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
			.add("issuer", c.issuer())
			.add("validFrom", c.validFrom().truncatedTo(ChronoUnit.SECONDS).toString());
		if (c.validUntil() != null) {
			credential.add("validUntil", c.validUntil().truncatedTo(ChronoUnit.SECONDS).toString());
		}
		credential.add("name", c.name());
		if (c.description() != null) {
			credential.add("description", c.description());
		}
		credential.add("credentialSubject", subject);
		JsonArrayBuilder evidence = Json.createArrayBuilder();
		for (Evidence e : c.evidence()) {
			JsonObjectBuilder item = Json.createObjectBuilder();
			if (e.id() != null) {
				item.add("id", e.id());
			}
			evidence.add(item.add("type", Json.createArrayBuilder().add("Evidence")).add("name", e.name()).add("narrative", e.narrative()));
		}
		credential.add("evidence", evidence)
			.add("credentialStatus", c.status().entry())
			.add("credentialSchema", Json.createArrayBuilder().add(Json.createObjectBuilder()
				.add("id", SCHEMA)
				.add("type", "1EdTechJsonSchemaValidator2019")));
		return credential.build();
	}

	private static String salt() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
