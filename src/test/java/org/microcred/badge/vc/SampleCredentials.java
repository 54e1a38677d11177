package org.microcred.badge.vc;

import java.util.Random;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * Realistic OB 3.0 micro-credentials for tests and benchmarks: the full one an issuer of teacher
 * micro-credentials would sign, and random variations of it (optional fields, alignments, evidence,
 * results, unicode text, numbers).
 */
public final class SampleCredentials {

	public static final String ISSUER = "https://issuer.example.org/issuers/open-practice";

	private static final String[] WORDS = { "Mentoring", "coaching", "in professional training", "Ünïcödé",
			"日本語の研修", "🎓 emoji", "quote \" and backslash \\", "line\nbreak", "tab\tchar", "bell\u0007",
			"e\u0301 combining", "שלום RTL", "\u2028separator", "Ωmega", "supplementary 𝒜", "plain" };

	private static final double[] CREDITS = { 1, 1.5, 0.25, 10, 3.75, 100, 2.5, 0.5 };

	private SampleCredentials() {
	}

	/** The full micro-credential the benchmarks sign: every field an issuer would fill. */
	public static JsonObject microCredential() {
		return variation(new Random(42), true);
	}

	/** A random variation; with {@code full} every optional part is present. */
	public static JsonObject variation(Random random, boolean full) {
		JsonObjectBuilder credential = Json.createObjectBuilder()
			.add("@context", Json.createArrayBuilder()
				.add("https://www.w3.org/ns/credentials/v2")
				.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
				.add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"))
			.add("id", "urn:uuid:" + uuid(random))
			.add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
			.add("issuer", issuer(random, full))
			.add("validFrom", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T09:30:00Z")
			.add("name", "Micro-credential: " + text(random, 2))
			.add("credentialSubject", subject(random, full));
		if (full || random.nextBoolean()) {
			credential.add("validUntil", "2031-06-30T23:59:59Z");
		}
		if (full || random.nextBoolean()) {
			credential.add("description", text(random, 3));
		}
		if (full || random.nextBoolean()) {
			credential.add("evidence", evidence(random, full ? 2 : random.nextInt(4)));
		}
		if (full || random.nextBoolean()) {
			credential.add("credentialSchema", Json.createArrayBuilder().add(Json.createObjectBuilder()
				.add("id", "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json")
				.add("type", "1EdTechJsonSchemaValidator2019")));
		}
		if (full || random.nextBoolean()) {
			int index = random.nextInt(131_072);
			credential.add("credentialStatus", Json.createObjectBuilder()
				.add("id", ISSUER + "/status/1#" + index)
				.add("type", "BitstringStatusListEntry")
				.add("statusPurpose", "revocation")
				.add("statusListIndex", Integer.toString(index))
				.add("statusListCredential", ISSUER + "/status/1"));
		}
		return credential.build();
	}

	/**
	 * What credentials of one design version share, built once as the app builds them for a batch: the issuer
	 * profile, the achievement (criteria, image, alignments, tags), name and description.
	 */
	public record Design(JsonObject issuer, JsonObject achievement, String name, String description) {

		/**
		 * A credential of this design for a new recipient: its own id, dates, salted e-mail hash (sometimes a
		 * DID), credits, evidence narrative and status index; everything else is the design's, shared by instance.
		 */
		public JsonObject credential(Random random) {
			JsonObjectBuilder subject = Json.createObjectBuilder();
			if (random.nextInt(5) == 0) {
				subject.add("id", "did:key:z6Mk" + uuid(random).replace("-", ""));
			}
			subject.add("type", Json.createArrayBuilder().add("AchievementSubject"))
				.add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
					.add("type", "IdentityObject")
					.add("hashed", true)
					.add("identityHash", "sha256$" + Long.toHexString(random.nextLong()) + "0123456789abcdef".repeat(3))
					.add("identityType", "emailAddress")
					.add("salt", Long.toHexString(random.nextLong()))))
				.add("achievement", this.achievement);
			if (random.nextBoolean()) {
				subject.add("creditsEarned", CREDITS[random.nextInt(CREDITS.length)]);
			}
			int index = random.nextInt(131_072);
			JsonObjectBuilder credential = Json.createObjectBuilder()
				.add("@context", Json.createArrayBuilder()
					.add("https://www.w3.org/ns/credentials/v2")
					.add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json")
					.add("https://purl.imsglobal.org/spec/ob/v3p0/extensions.json"))
				.add("id", "https://issuer.example.org/credentials/" + uuid(random))
				.add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
				.add("issuer", this.issuer)
				.add("validFrom", "2026-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10) + "T09:30:00Z")
				.add("validUntil", "2031-06-30T23:59:59Z")
				.add("name", this.name)
				.add("description", this.description)
				.add("credentialSubject", subject)
				.add("evidence", Json.createArrayBuilder().add(Json.createObjectBuilder()
					.add("type", Json.createArrayBuilder().add("Evidence"))
					.add("name", "Assessment of classroom evidence")
					.add("narrative", "Met the passing rule on attempt " + (1 + random.nextInt(3)) + ", " + text(random, 2))))
				.add("credentialStatus", Json.createObjectBuilder()
					.add("id", ISSUER + "/status/1#" + index)
					.add("type", "BitstringStatusListEntry")
					.add("statusPurpose", "revocation")
					.add("statusListIndex", Integer.toString(index))
					.add("statusListCredential", ISSUER + "/status/1"))
				.add("credentialSchema", Json.createArrayBuilder().add(Json.createObjectBuilder()
					.add("id", "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json")
					.add("type", "1EdTechJsonSchemaValidator2019")));
			return credential.build();
		}

	}

	/** A random design; with {@code full} every optional part of the issuer and achievement is present. */
	public static Design design(Random random, boolean full) {
		return new Design(issuer(random, full).build(), achievement(random, full).build(),
				"Micro-credential: " + text(random, 2), text(random, 3));
	}

	/** The design of the full micro-credential the benchmarks sign. */
	public static Design fullDesign() {
		return design(new Random(42), true);
	}

	private static JsonObjectBuilder issuer(Random random, boolean full) {
		JsonObjectBuilder issuer = Json.createObjectBuilder()
			.add("id", ISSUER)
			.add("type", Json.createArrayBuilder().add("Profile"))
			.add("name", "Open Practice Institute " + text(random, 1));
		if (full || random.nextBoolean()) {
			issuer.add("url", "https://issuer.example.org/").add("email", "credentials@issuer.example.org");
		}
		if (full || random.nextBoolean()) {
			issuer.add("address", Json.createObjectBuilder()
				.add("type", Json.createArrayBuilder().add("Address"))
				.add("addressCountry", "Ireland")
				.add("addressLocality", text(random, 1)));
		}
		return issuer;
	}

	private static JsonObjectBuilder subject(Random random, boolean full) {
		JsonObjectBuilder subject = Json.createObjectBuilder()
			.add("type", Json.createArrayBuilder().add("AchievementSubject"))
			.add("achievement", achievement(random, full));
		if (!full && random.nextInt(3) == 0) {
			subject.add("id", "did:key:z6Mk" + uuid(random).replace("-", ""));
		}
		if (full || random.nextInt(4) > 0) {
			subject.add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
				.add("type", "IdentityObject")
				.add("hashed", true)
				.add("identityHash", "sha256$" + "0123456789abcdef".repeat(4))
				.add("identityType", "emailAddress")
				.add("salt", Long.toHexString(random.nextLong()))));
		}
		if (full || random.nextBoolean()) {
			subject.add("creditsEarned", CREDITS[random.nextInt(CREDITS.length)]);
		}
		if (!full && random.nextBoolean()) {
			subject.add("result", Json.createArrayBuilder().add(Json.createObjectBuilder()
				.add("type", Json.createArrayBuilder().add("Result"))
				.add("resultDescription", "urn:uuid:" + uuid(random))
				.add("value", text(random, 1))));
		}
		return subject;
	}

	private static JsonObjectBuilder achievement(Random random, boolean full) {
		JsonObjectBuilder achievement = Json.createObjectBuilder()
			.add("id", "https://issuer.example.org/achievements/" + uuid(random))
			.add("type", Json.createArrayBuilder().add("Achievement"))
			.add("achievementType", "MicroCredential")
			.add("name", text(random, 2))
			.add("description", text(random, 4))
			.add("criteria", Json.createObjectBuilder().add("narrative", text(random, 5)))
			.add("image", Json.createObjectBuilder()
				.add("id", "https://issuer.example.org/badges/" + random.nextInt(1000) + ".png")
				.add("type", "Image"))
			.add("creditsAvailable", CREDITS[random.nextInt(CREDITS.length)]);
		int alignments = full ? 3 : random.nextInt(5);
		if (alignments > 0) {
			JsonArrayBuilder list = Json.createArrayBuilder();
			for (int i = 0; i < alignments; i++) {
				list.add(Json.createObjectBuilder()
					.add("type", Json.createArrayBuilder().add("Alignment"))
					.add("targetName", text(random, 2))
					.add("targetUrl", "https://frameworks.example.org/teaching/" + i)
					.add("targetFramework", "Teaching Standards " + i)
					.add("targetCode", "TS-" + random.nextInt(100))
					.add("targetType", "CFItem"));
			}
			achievement.add("alignment", list);
		}
		if (full || random.nextBoolean()) {
			achievement.add("tag", Json.createArrayBuilder().add("teaching").add(text(random, 1)));
		}
		if (!full && random.nextInt(3) == 0) {
			achievement.add("resultDescription", Json.createArrayBuilder().add(Json.createObjectBuilder()
				.add("id", "urn:uuid:" + uuid(random))
				.add("type", Json.createArrayBuilder().add("ResultDescription"))
				.add("name", "Rubric score")
				.add("resultType", "RubricCriterionLevel")
				.add("valueMax", "4")));
		}
		return achievement;
	}

	private static JsonArrayBuilder evidence(Random random, int count) {
		JsonArrayBuilder list = Json.createArrayBuilder();
		for (int i = 0; i < count; i++) {
			JsonObjectBuilder evidence = Json.createObjectBuilder()
				.add("type", Json.createArrayBuilder().add("Evidence"))
				.add("name", text(random, 2))
				.add("narrative", text(random, 4));
			if (random.nextBoolean()) {
				evidence.add("id", "https://issuer.example.org/evidence/" + uuid(random));
			}
			if (random.nextBoolean()) {
				evidence.add("genre", "Classroom recording").add("audience", "Assessors");
			}
			list.add(evidence);
		}
		return list;
	}

	private static String text(Random random, int words) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}

	private static String uuid(Random random) {
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

}
