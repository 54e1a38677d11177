package org.microcred.badge.vc.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.microcred.badge.vc.jsonld.BundledContexts;

import static org.microcred.badge.vc.JsonFields.JSON;

/**
 * Builds the JSON of Bitstring Status List v1.0: the {@code BitstringStatusListEntry} a credential carries
 * in {@code credentialStatus}, and the {@code BitstringStatusListCredential} published at the list's URL
 * (to be signed like any credential).
 */
public final class StatusLists {

	/**
	 * Microcred's status entries are two bits wide ({@code statusPurpose} "message", {@code statusSize} 2): the
	 * first bit means revoked and is never cleared, the second means suspended and is cleared on reinstatement. One
	 * entry thus says valid, suspended or revoked, within the single {@code credentialStatus} object the Open Badges
	 * 3.0 schema allows, and a revoked credential can never read as valid again.
	 */
	public static final int STATUS_SIZE = 2;

	/** The value bit of a suspension (0x1). */
	public static final int SUSPENDED = 0b01;

	/** The value bit of a revocation (0x2); a revoked credential that was suspended reads 0x3, also revoked. */
	public static final int REVOKED = 0b10;

	/** The messages of the four values of a {@link #STATUS_SIZE}-bit entry, in value order. */
	public static final java.util.List<String> MESSAGES = java.util.List.of("valid", "suspended", "revoked", "revoked");

	private StatusLists() {
	}

	/**
	 * A {@code message} entry of {@link #STATUS_SIZE} bits at {@code index} of the list credential, with the
	 * {@code statusMessage} that says what each value means.
	 */
	public static JsonObject messageEntry(String listCredentialUrl, int index) {
		if (index < 0) {
			throw new IllegalArgumentException("A status list index is not negative");
		}
		var messages = JSON.createArrayBuilder();
		for (int value = 0; value < MESSAGES.size(); value++) {
			messages.add(JSON.createObjectBuilder().add("status", "0x" + Integer.toHexString(value))
				.add("message", MESSAGES.get(value)));
		}
		return JSON.createObjectBuilder()
			.add("id", listCredentialUrl + "#" + index)
			.add("type", "BitstringStatusListEntry")
			.add("statusPurpose", StatusPurpose.MESSAGE.value())
			.add("statusListIndex", Integer.toString(index))
			.add("statusListCredential", listCredentialUrl)
			.add("statusSize", STATUS_SIZE)
			.add("statusMessage", messages)
			.build();
	}

	/** The {@code credentialStatus} entry pointing at bit {@code index} of the list credential. */
	public static JsonObject entry(String listCredentialUrl, int index, StatusPurpose purpose) {
		if (index < 0) {
			throw new IllegalArgumentException("A status list index is not negative");
		}
		return JSON.createObjectBuilder()
			.add("id", listCredentialUrl + "#" + index)
			.add("type", "BitstringStatusListEntry")
			.add("statusPurpose", purpose.value())
			.add("statusListIndex", Integer.toString(index))
			.add("statusListCredential", listCredentialUrl)
			.build();
	}

	/**
	 * The unsigned status list credential.
	 * @param validUntil when verifiers should stop trusting this copy (null for no limit)
	 */
	public static JsonObject listCredential(String url, String issuer, StatusPurpose purpose,
			BitstringStatusList list, Instant validFrom, Instant validUntil) {
		JsonObjectBuilder credential = JSON.createObjectBuilder()
			.add("@context", JSON.createArrayBuilder().add(BundledContexts.CREDENTIALS_V2))
			.add("id", url)
			.add("type", JSON.createArrayBuilder().add("VerifiableCredential").add("BitstringStatusListCredential"))
			.add("issuer", issuer)
			.add("validFrom", validFrom.truncatedTo(ChronoUnit.SECONDS).toString());
		if (validUntil != null) {
			credential.add("validUntil", validUntil.truncatedTo(ChronoUnit.SECONDS).toString());
		}
		return credential
			.add("credentialSubject", JSON.createObjectBuilder()
				.add("id", url + "#list")
				.add("type", "BitstringStatusList")
				.add("statusPurpose", purpose.value())
				.add("encodedList", list.encode()))
			.build();
	}

}
