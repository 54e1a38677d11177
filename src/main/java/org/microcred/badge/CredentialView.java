package org.microcred.badge;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * What a badge page shows, read from the signed credential itself (so the page shows exactly what was signed).
 *
 * @param earnerName the name as the teacher chose to show it (may be null: hidden)
 * @param evidence per piece of evidence its name (null when it has none), narrative and URL
 */
public record CredentialView(IssuedCredential credential, String earnerName, String achievementName,
		String achievementDescription, String criteria, String achievementUrl, String imageUrl, String issuerName,
		String issuerUrl, Instant validFrom, Instant validUntil, String credits, List<String[]> evidence,
		List<String[]> alignments, List<String> tags) {

	public static CredentialView of(IssuedCredential credential, String earnerName) {
		JsonObject json = json(credential.signed());
		JsonObject subject = json.getJsonObject("credentialSubject");
		JsonObject achievement = subject.getJsonObject("achievement");
		JsonObject issuer = json.getJsonObject("issuer");
		List<String[]> evidence = new ArrayList<>();
		if (json.containsKey("evidence")) {
			json.getJsonArray("evidence").getValuesAs(JsonObject.class).forEach(e -> evidence.add(new String[] {
					e.getString("name", null), e.getString("narrative", ""), e.getString("id", null) }));
		}
		List<String[]> alignments = new ArrayList<>();
		if (achievement.containsKey("alignment")) {
			achievement.getJsonArray("alignment").getValuesAs(JsonObject.class).forEach(a -> alignments.add(new String[] {
					a.getString("targetName", ""), a.getString("targetUrl", null), a.getString("targetFramework", "") }));
		}
		List<String> tags = new ArrayList<>();
		if (achievement.containsKey("tag")) {
			achievement.getJsonArray("tag").getValuesAs(jakarta.json.JsonString.class).forEach(t -> tags.add(t.getString()));
		}
		JsonValue credits = subject.get("creditsEarned");
		return new CredentialView(credential, earnerName, achievement.getString("name", ""),
				achievement.getString("description", ""),
				achievement.containsKey("criteria") ? achievement.getJsonObject("criteria").getString("narrative", "") : "",
				achievement.getString("id", null),
				achievement.containsKey("image") ? achievement.getJsonObject("image").getString("id", null) : null,
				issuer.getString("name", ""), issuer.getString("url", null), Instant.parse(json.getString("validFrom")),
				json.containsKey("validUntil") ? Instant.parse(json.getString("validUntil")) : null,
				credits == null ? null : credits.toString(), evidence, alignments, tags);
	}

	/** A signed credential's JSON. */
	static JsonObject json(String signed) {
		return JSON.createReader(new StringReader(signed)).readObject();
	}

	/** The PD hours the credential carries, as a number (null when it carries none). */
	public java.math.BigDecimal creditHours() {
		return this.credits == null ? null : new java.math.BigDecimal(this.credits);
	}

}
