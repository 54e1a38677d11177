package org.microcred.wallet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.microcred.badge.IssuedCredential;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.WalletCopies;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.QrCodes;
import org.microcred.platform.Secrets;
import org.microcred.wallet.internal.OfferStore;
import org.microcred.wallet.internal.WalletMetadata;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * A teacher's offers of their credentials to a wallet app (OpenID4VCI, pre-authorized code flow): a single-use
 * code valid for ten minutes, optionally guarded by a six-digit transaction code the wallet asks the teacher for.
 */
@Service
public class WalletOffers {

	public static final Duration OFFER_LIFETIME = Duration.ofMinutes(10);

	/** An offer as the teacher sees it: the link a wallet opens (also as a QR code) and the PIN, if any. */
	public record CreatedOffer(IssuedCredentialId credential, String offerUri, byte[] qrPng, String txCode,
			Instant expiresAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final WalletCopies copies;

	private final OfferStore offers;

	private final WalletMetadata metadata;

	private final JsonMapper json;

	WalletOffers(WalletCopies copies, OfferStore offers, WalletMetadata metadata, JsonMapper json) {
		this.copies = copies;
		this.offers = offers;
		this.metadata = metadata;
		this.json = json;
	}

	/** A new offer of the teacher's own credential (404 for anyone else's, 409 when revoked or suspended). */
	@Transactional
	public CreatedOffer create(CurrentUser teacher, IssuedCredentialId id, boolean withTxCode) {
		IssuedCredential credential = copies.ownShareable(teacher.id(), id);
		String code = Secrets.random("");
		String txCode = withTxCode ? String.format("%06d", RANDOM.nextInt(1_000_000)) : null;
		Instant expires = Instant.now().plus(OFFER_LIFETIME);
		offers.insert(UUID.randomUUID(), credential.id().value(), teacher.id().value(), Secrets.sha256(code),
				txCode == null ? null : Secrets.sha256(txCode), expires);
		Map<String, Object> grant = new java.util.LinkedHashMap<>();
		grant.put("pre-authorized_code", code);
		if (txCode != null) {
			grant.put("tx_code", Map.of("input_mode", "numeric", "length", 6,
					"description", "The PIN shown beside the QR code on your Microcred badge page"));
		}
		Map<String, Object> offer = Map.of("credential_issuer", metadata.issuer(),
				"credential_configuration_ids", WalletMetadata.CONFIGURATIONS,
				"grants", Map.of(WalletMetadata.PRE_AUTHORIZED_GRANT, grant));
		String uri = "openid-credential-offer://?credential_offer="
				+ URLEncoder.encode(json.writeValueAsString(offer), StandardCharsets.UTF_8);
		return new CreatedOffer(id, uri, QrCodes.png(uri, 400), txCode, expires);
	}

}
