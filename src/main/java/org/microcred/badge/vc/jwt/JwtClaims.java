package org.microcred.badge.vc.jwt;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.microcred.badge.vc.CredentialFormatException;
import org.microcred.badge.vc.JsonFields;
import org.microcred.badge.vc.VerificationMessage;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * OB 3.0's rules binding a VC-JWT's claims to the credential it carries ("Verify a Credential VC-JWT
 * Signature"): {@code iss} is {@code issuer.id}, {@code jti} is {@code id}, {@code nbf} is {@code validFrom},
 * {@code sub} is {@code credentialSubject.id}, and {@code exp} is {@code validUntil}. Without them a signature
 * would vouch for claims the credential does not make. A missing {@code sub} is tolerated (see
 * {@link #check}). Credentials in the older {@code vc} claim use
 * {@code issuanceDate} and {@code expirationDate} instead.
 */
public final class JwtClaims {

	private JwtClaims() {
	}

	/** The credential in a payload, with {@code exp} as its {@code validUntil} when it has none. */
	public static JsonObject credential(JsonObject payload) {
		JsonObject credential = carried(payload);
		if (payload.get("exp") instanceof JsonNumber exp && !credential.containsKey("validUntil")
				&& !credential.containsKey("expirationDate")) {
			return JSON.createObjectBuilder(credential).add("validUntil", instant(exp).toString()).build();
		}
		return credential;
	}

	/**
	 * Checks every claim against the credential.
	 * @throws CredentialFormatException naming the first claim that does not match
	 */
	public static void check(JsonObject payload) {
		JsonObject credential = carried(payload);
		same(payload, "iss", JsonFields.issuerId(credential),
				VerificationMessage.of("badge.verify.jwt.the-issuer", "the credential's issuer"));
		same(payload, "jti", JsonFields.text(credential, "id"),
				VerificationMessage.of("badge.verify.jwt.the-id", "the credential's id"));
		// A token without sub makes no claim about the subject that could contradict the credential; OB 3.0
		// requires it, but issuers (1EdTech's own validator fixture among them) leave it out.
		if (payload.containsKey("sub")) {
			same(payload, "sub", subjectId(credential.get("credentialSubject")),
					VerificationMessage.of("badge.verify.jwt.the-subject", "the credential's subject id"));
		}
		String validFrom = first(credential, "validFrom", "issuanceDate");
		if (!(payload.get("nbf") instanceof JsonNumber nbf)) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.no-nbf",
					"The VC-JWT has no nbf claim; it must give the credential's validFrom."));
		}
		sameTime(nbf, validFrom, "nbf", "validFrom");
		String validUntil = first(credential, "validUntil", "expirationDate");
		if (payload.get("exp") instanceof JsonNumber exp) {
			if (validUntil != null) {
				sameTime(exp, validUntil, "exp", "validUntil");
			}
		}
		else if (payload.containsKey("exp") || validUntil != null) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.no-exp",
					"The credential has a validUntil but the VC-JWT no exp claim (a number of seconds) for it."));
		}
	}

	private static JsonObject carried(JsonObject payload) {
		return (payload.get("vc") instanceof JsonObject vc) ? vc : payload;
	}

	private static void same(JsonObject payload, String claim, String expected, VerificationMessage what) {
		String actual = JsonFields.text(payload, claim);
		if (actual == null && expected != null) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.claim-missing",
					"The VC-JWT has no {0} claim; it must repeat {1} ({2}).", claim, what, expected));
		}
		if (!Objects.equals(actual, expected)) {
			Object shown = (expected == null) ? VerificationMessage.of("badge.verify.jwt.none", "none") : expected;
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.claim-differs",
					"The VC-JWT''s {0} claim ({1}) is not {2} ({3}): the token and the credential inside disagree.", claim,
					String.valueOf(actual), what, shown));
		}
	}

	private static void sameTime(JsonNumber claimed, String date, String claim, String field) {
		if (date == null) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.claim-without-field",
					"The VC-JWT has an {0} claim but the credential no {1}.", claim, field));
		}
		Instant expected;
		try {
			expected = OffsetDateTime.parse(date).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.field-not-date",
					"The credential''s {0} ({1}) is not a date and time.", field, date), ex);
		}
		Instant actual = instant(claimed);
		if (actual.getEpochSecond() != expected.getEpochSecond()) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.time-differs",
					"The VC-JWT''s {0} claim ({1}) is not the credential''s {2} ({3}): the token and the credential"
							+ " inside disagree.", claim, actual.toString(), field, date));
		}
	}

	/** A NumericDate (seconds since 1970, perhaps with a fraction) as an instant, within sane bounds. */
	private static Instant instant(JsonNumber seconds) {
		BigDecimal value = seconds.bigDecimalValue();
		if (value.abs().compareTo(BigDecimal.valueOf(253_402_300_799L)) > 0) {
			throw new CredentialFormatException(VerificationMessage.of("badge.verify.jwt.date-out-of-range",
					"A VC-JWT date claim ({0}) is outside the years 0 to 9999.", value.toString()));
		}
		return Instant.ofEpochSecond(value.longValue());
	}

	private static String subjectId(JsonValue subject) {
		if (subject instanceof JsonArray array && !array.isEmpty()) {
			return subjectId(array.get(0));
		}
		return (subject instanceof JsonObject object) ? JsonFields.text(object, "id") : null;
	}

	private static String first(JsonObject credential, String name, String olderName) {
		String value = JsonFields.text(credential, name);
		return (value != null) ? value : JsonFields.text(credential, olderName);
	}

}
