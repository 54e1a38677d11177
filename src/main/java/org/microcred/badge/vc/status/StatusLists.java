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

	private StatusLists() {
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
