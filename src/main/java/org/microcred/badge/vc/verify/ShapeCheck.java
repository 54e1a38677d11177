package org.microcred.badge.vc.verify;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.jsonld.BundledContexts;

/**
 * The shape an OB 3.0 credential must have, written from the specification (the 1EdTech JSON Schema itself
 * is not redistributable here): context order, types, and the required fields of the credential, its
 * issuer, subject and achievement. Differences the schema flags but verifiers tolerate are warnings.
 */
final class ShapeCheck {

	static final String OB_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";

	/** Problems (first list) and warnings (second list). */
	record Findings(List<VerificationMessage> problems, List<VerificationMessage> warnings) {
	}

	private ShapeCheck() {
	}

	static Findings check(JsonObject credential) {
		List<VerificationMessage> problems = new ArrayList<>();
		List<VerificationMessage> warnings = new ArrayList<>();
		checkContext(credential.get("@context"), problems);
		List<String> types = JsonFields.strings(credential.get("type"));
		if (!types.contains("VerifiableCredential")
				|| !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
			problems.add(VerificationMessage.of("badge.verify.shape.type",
					"type must contain VerifiableCredential and OpenBadgeCredential (or AchievementCredential)"));
		}
		require(credential, "id", problems, "credential");
		checkDate(credential, "validFrom", true, problems);
		checkDate(credential, "validUntil", false, problems);
		checkIssuer(credential.get("issuer"), problems);
		checkSubject(credential.get("credentialSubject"), problems);
		for (String field : new String[] { "type", "proof", "evidence", "credentialSchema" }) {
			JsonValue value = credential.get(field);
			if (value != null && !(value instanceof JsonArray)) {
				warnings.add(VerificationMessage.of("badge.verify.shape.single-value",
						"{0} is a single value; the OB 3.0 JSON Schema wants an array", field));
			}
		}
		return new Findings(problems, warnings);
	}

	private static void checkContext(JsonValue context, List<VerificationMessage> problems) {
		List<String> urls = JsonFields.strings(context);
		if (urls.isEmpty() || !BundledContexts.CREDENTIALS_V2.equals(urls.get(0))) {
			problems.add(VerificationMessage.of("badge.verify.shape.context-first", "@context must start with {0}",
					BundledContexts.CREDENTIALS_V2));
		}
		if (urls.size() < 2 || !urls.get(1).startsWith(OB_CONTEXT_PREFIX)) {
			problems.add(VerificationMessage.of("badge.verify.shape.context-second",
					"the second @context must be the Open Badges 3.0 context"));
		}
	}

	private static void checkIssuer(JsonValue issuer, List<VerificationMessage> problems) {
		if (issuer instanceof JsonString) {
			return;
		}
		if (!(issuer instanceof JsonObject profile)) {
			problems.add(missing("issuer"));
			return;
		}
		require(profile, "id", problems, "issuer");
		if (!JsonFields.strings(profile.get("type")).contains("Profile")) {
			problems.add(mustContain("issuer.type", "Profile"));
		}
	}

	private static void checkSubject(JsonValue subjectValue, List<VerificationMessage> problems) {
		if (!(subjectValue instanceof JsonObject subject)) {
			problems.add(VerificationMessage.of("badge.verify.shape.subject-not-object",
					"credentialSubject must be an object"));
			return;
		}
		if (!JsonFields.strings(subject.get("type")).contains("AchievementSubject")) {
			problems.add(mustContain("credentialSubject.type", "AchievementSubject"));
		}
		if (!(subject.get("achievement") instanceof JsonObject achievement)) {
			problems.add(missing("credentialSubject.achievement"));
			return;
		}
		for (String field : new String[] { "id", "name", "description" }) {
			require(achievement, field, problems, "achievement");
		}
		if (!JsonFields.strings(achievement.get("type")).contains("Achievement")) {
			problems.add(mustContain("achievement.type", "Achievement"));
		}
		if (!(achievement.get("criteria") instanceof JsonObject)) {
			problems.add(missing("achievement.criteria"));
		}
	}

	private static void require(JsonObject object, String field, List<VerificationMessage> problems, String where) {
		if (!(object.get(field) instanceof JsonString string) || string.getString().isBlank()) {
			problems.add(missing(where + "." + field));
		}
	}

	private static void checkDate(JsonObject object, String field, boolean required, List<VerificationMessage> problems) {
		JsonValue value = object.get(field);
		if (value == null) {
			if (required) {
				problems.add(missing(field));
			}
			return;
		}
		if (!(value instanceof JsonString string) || parseDate(string.getString()) == null) {
			problems.add(VerificationMessage.of("badge.verify.shape.not-date", "{0} is not a date-time with a time zone",
					field));
		}
	}

	private static VerificationMessage missing(String field) {
		return VerificationMessage.of("badge.verify.shape.missing", "{0} is missing", field);
	}

	private static VerificationMessage mustContain(String field, String value) {
		return VerificationMessage.of("badge.verify.shape.must-contain", "{0} must contain {1}", field, value);
	}

	static OffsetDateTime parseDate(String value) {
		try {
			return OffsetDateTime.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}


}
