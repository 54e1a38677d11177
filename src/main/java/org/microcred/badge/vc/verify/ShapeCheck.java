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
import org.microcred.badge.vc.jsonld.BundledContexts;

/**
 * The shape an OB 3.0 credential must have, written from the specification (the 1EdTech JSON Schema itself
 * is not redistributable here): context order, types, and the required fields of the credential, its
 * issuer, subject and achievement. Differences the schema flags but verifiers tolerate are warnings.
 */
final class ShapeCheck {

	static final String OB_CONTEXT_PREFIX = "https://purl.imsglobal.org/spec/ob/v3p0/context";

	/** Problems (first list) and warnings (second list). */
	record Findings(List<String> problems, List<String> warnings) {
	}

	private ShapeCheck() {
	}

	static Findings check(JsonObject credential) {
		List<String> problems = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		checkContext(credential.get("@context"), problems);
		List<String> types = JsonFields.strings(credential.get("type"));
		if (!types.contains("VerifiableCredential")
				|| !(types.contains("OpenBadgeCredential") || types.contains("AchievementCredential"))) {
			problems.add("type must contain VerifiableCredential and OpenBadgeCredential (or AchievementCredential)");
		}
		require(credential, "id", problems, "credential");
		checkDate(credential, "validFrom", true, problems);
		checkDate(credential, "validUntil", false, problems);
		checkIssuer(credential.get("issuer"), problems);
		checkSubject(credential.get("credentialSubject"), problems);
		for (String field : new String[] { "type", "proof", "evidence", "credentialSchema" }) {
			JsonValue value = credential.get(field);
			if (value != null && !(value instanceof JsonArray)) {
				warnings.add(field + " is a single value; the OB 3.0 JSON Schema wants an array");
			}
		}
		return new Findings(problems, warnings);
	}

	private static void checkContext(JsonValue context, List<String> problems) {
		List<String> urls = JsonFields.strings(context);
		if (urls.isEmpty() || !BundledContexts.CREDENTIALS_V2.equals(urls.get(0))) {
			problems.add("@context must start with " + BundledContexts.CREDENTIALS_V2);
		}
		if (urls.size() < 2 || !urls.get(1).startsWith(OB_CONTEXT_PREFIX)) {
			problems.add("the second @context must be the Open Badges 3.0 context");
		}
	}

	private static void checkIssuer(JsonValue issuer, List<String> problems) {
		if (issuer instanceof JsonString) {
			return;
		}
		if (!(issuer instanceof JsonObject profile)) {
			problems.add("issuer is missing");
			return;
		}
		require(profile, "id", problems, "issuer");
		if (!JsonFields.strings(profile.get("type")).contains("Profile")) {
			problems.add("issuer.type must contain Profile");
		}
	}

	private static void checkSubject(JsonValue subjectValue, List<String> problems) {
		if (!(subjectValue instanceof JsonObject subject)) {
			problems.add("credentialSubject must be an object");
			return;
		}
		if (!JsonFields.strings(subject.get("type")).contains("AchievementSubject")) {
			problems.add("credentialSubject.type must contain AchievementSubject");
		}
		if (!(subject.get("achievement") instanceof JsonObject achievement)) {
			problems.add("credentialSubject.achievement is missing");
			return;
		}
		for (String field : new String[] { "id", "name", "description" }) {
			require(achievement, field, problems, "achievement");
		}
		if (!JsonFields.strings(achievement.get("type")).contains("Achievement")) {
			problems.add("achievement.type must contain Achievement");
		}
		if (!(achievement.get("criteria") instanceof JsonObject)) {
			problems.add("achievement.criteria is missing");
		}
	}

	private static void require(JsonObject object, String field, List<String> problems, String where) {
		if (!(object.get(field) instanceof JsonString string) || string.getString().isBlank()) {
			problems.add(where + "." + field + " is missing");
		}
	}

	private static void checkDate(JsonObject object, String field, boolean required, List<String> problems) {
		JsonValue value = object.get(field);
		if (value == null) {
			if (required) {
				problems.add(field + " is missing");
			}
			return;
		}
		if (!(value instanceof JsonString string) || parseDate(string.getString()) == null) {
			problems.add(field + " is not a date-time with a time zone");
		}
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
