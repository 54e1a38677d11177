package org.microcred.wallet.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.WalletCopies;
import org.microcred.identity.AccountId;
import org.microcred.platform.Secrets;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wallet's side of an offer: the pre-authorized code (and PIN) exchanged once for a short-lived access token,
 * then the token, with a proof of possession over a fresh nonce, exchanged once for the credential bound to the
 * wallet's key. Every refusal says why and changes nothing, except that wrong PINs are counted (five end the offer).
 */
@Service
public class WalletIssuance {

	static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

	static final int MAX_WRONG_TX_CODES = 5;

	private static final Duration PROOF_MAX_AGE = Duration.ofMinutes(5);

	private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

	private final OfferStore offers;

	private final Nonces nonces;

	private final WalletCopies copies;

	private final WalletMetadata metadata;

	WalletIssuance(OfferStore offers, Nonces nonces, WalletCopies copies, WalletMetadata metadata) {
		this.offers = offers;
		this.nonces = nonces;
		this.copies = copies;
		this.metadata = metadata;
	}

	/** The token response for a pre-authorized code (RFC 6749 §5.1 with OpenID4VCI's additions). */
	@Transactional(noRollbackFor = WalletError.class)
	public Map<String, Object> token(String grantType, String code, String txCode) {
		if (!WalletMetadata.PRE_AUTHORIZED_GRANT.equals(grantType)) {
			throw new WalletError(400, "unsupported_grant_type", "Only the pre-authorized code grant is supported.");
		}
		OfferStore.Offer offer = offers.byCode(Secrets.sha256(code == null ? "" : code))
			.orElseThrow(() -> new WalletError(400, "invalid_grant", "This credential offer is not known."));
		if (offer.status() != OfferStatus.OFFERED) {
			throw new WalletError(400, "invalid_grant", "This credential offer was already used. Ask for a new one on your badge page.");
		}
		if (offer.expiresAt().isBefore(Instant.now()) || offer.failedTxCodes() >= MAX_WRONG_TX_CODES) {
			throw new WalletError(400, "invalid_grant", "This credential offer has expired. Ask for a new one on your badge page.");
		}
		if (offer.txCodeHash() != null && !Secrets.same(offer.txCodeHash(), Secrets.sha256(txCode == null ? "" : txCode))) {
			int wrong = offers.failedTxCode(offer.id());
			throw new WalletError(400, "invalid_grant", wrong >= MAX_WRONG_TX_CODES
					? "Wrong PIN five times: this credential offer is no longer valid. Ask for a new one."
					: "The PIN (transaction code) is wrong.");
		}
		String token = Secrets.random("");
		if (!offers.redeem(offer.id(), Secrets.sha256(token), Instant.now().plus(TOKEN_LIFETIME))) {
			throw new WalletError(400, "invalid_grant", "This credential offer was already used. Ask for a new one on your badge page.");
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("access_token", token);
		response.put("token_type", "Bearer");
		response.put("expires_in", TOKEN_LIFETIME.toSeconds());
		return response;
	}

	/** A fresh nonce for the proof of possession. */
	public Map<String, Object> nonce() {
		return Map.of("c_nonce", nonces.issue(), "c_nonce_expires_in", Nonces.LIFETIME.toSeconds());
	}

	/**
	 * The credential response (OpenID4VCI 1.0 §8.3) for an access token, a configuration id and a JWT proof: the
	 * offered credential bound to the proven holder's DID, once; the JSON text of the response.
	 */
	@Transactional
	public String credential(String accessToken, String configuration, String proofJwt) {
		OfferStore.Offer offer = offers.byToken(Secrets.sha256(accessToken == null ? "" : accessToken))
			.orElseThrow(() -> new WalletError(401, "invalid_token", "The access token is unknown, expired or already used."));
		if (!WalletMetadata.CONFIGURATIONS.contains(configuration)) {
			throw new WalletError(400, "unknown_credential_configuration",
					"Ask for one of " + WalletMetadata.CONFIGURATIONS + ".");
		}
		if (proofJwt == null) {
			throw new WalletError(400, "invalid_proof", "A jwt proof of possession of the holder's key is required.");
		}
		WalletCopies.Proof proof;
		try {
			proof = copies.proof(proofJwt);
		}
		catch (WalletCopies.ProofRefused ex) {
			throw new WalletError(400, "invalid_proof", ex.getMessage());
		}
		if (!metadata.issuer().equals(proof.audience())) {
			throw new WalletError(400, "invalid_proof", "The proof's aud must be " + metadata.issuer() + ".");
		}
		Instant now = Instant.now();
		if (proof.issuedAt() == null || proof.issuedAt().isAfter(now.plus(CLOCK_SKEW))
				|| proof.issuedAt().isBefore(now.minus(PROOF_MAX_AGE))) {
			throw new WalletError(400, "invalid_proof", "The proof's iat must be the time it was made (within five minutes).");
		}
		if (!nonces.consume(proof.nonce())) {
			throw new WalletError(400, "invalid_nonce", "The proof's nonce is missing, unknown, expired or already used: ask the nonce endpoint for a fresh one.");
		}
		String copy = copies.copy(new AccountId(offer.teacherId()), new IssuedCredentialId(offer.credentialId()),
				proof.holderDid(), WalletMetadata.JWT_VC.equals(configuration) ? WalletCopies.Format.JWT
						: WalletCopies.Format.DATA_INTEGRITY);
		if (!offers.deliver(offer.id(), proof.holderDid())) {
			throw new WalletError(401, "invalid_token", "The access token is unknown, expired or already used.");
		}
		// the signed document goes out byte for byte as signed; a JWT is a JSON string of base64url parts and dots
		String credential = WalletMetadata.JWT_VC.equals(configuration) ? "\"" + copy + "\"" : copy;
		return "{\"credentials\":[{\"credential\":" + credential + "}]}";
	}

}
