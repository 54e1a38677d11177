package org.microcred.badge;

import org.microcred.badge.internal.HolderBoundCopies;
import org.microcred.badge.vc.jwt.HolderProof;
import org.microcred.identity.AccountId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Copies of a teacher's credential for their wallet (OpenID4VCI): bound to the wallet's DID and signed afresh by the
 * issuer's current key. Only the earner's own credential, and only while it may be shared (not revoked or
 * suspended).
 */
@Service
public class WalletCopies {

	/** The credential formats a wallet may ask for. */
	public enum Format {
		/** JSON-LD with an eddsa-rdfc-2022 Data Integrity proof (OpenID4VCI {@code ldp_vc}). */
		DATA_INTEGRITY,
		/** A VC-JWT (OpenID4VCI {@code jwt_vc_json}). */
		JWT
	}

	/** A wallet's proof of possession whose signature verified: the holder's DID and the claims to check. */
	public record Proof(String holderDid, String audience, String nonce, java.time.Instant issuedAt) {
	}

	/** A refused proof of possession, with the OpenID4VCI error description. */
	public static final class ProofRefused extends RuntimeException {

		ProofRefused(String description) {
			super(description);
		}

	}

	private final BadgeService badges;

	private final HolderBoundCopies copies;

	WalletCopies(BadgeService badges, HolderBoundCopies copies) {
		this.badges = badges;
		this.copies = copies;
	}

	/**
	 * The earner's credential, if it is theirs (404 otherwise, as for anyone else's) and may be shared (409 when
	 * revoked or suspended).
	 */
	public IssuedCredential ownShareable(AccountId earner, IssuedCredentialId id) {
		IssuedCredential credential = badges.find(id)
			.filter(c -> c.teacherId().equals(earner))
			.orElseThrow(() -> new NotFoundException("badge.credential.not-found"));
		if (!credential.shareable()) {
			throw new ConflictException(credential.revoked() ? "badge.share.revoked" : "badge.share.suspended");
		}
		return credential;
	}

	/**
	 * Checks a wallet's {@code openid4vci-proof+jwt}: its type, its key (did:key, did:jwk or a public jwk) and its
	 * signature. Audience, nonce and time are the caller's to check.
	 */
	public Proof proof(String jwt) {
		try {
			HolderProof.Proven proven = HolderProof.verify(jwt);
			return new Proof(proven.holderDid(), proven.audience(), proven.nonce(), proven.issuedAt());
		}
		catch (HolderProof.Refused ex) {
			throw new ProofRefused(ex.getMessage());
		}
	}

	/** The copy for the wallet whose DID is {@code holderDid}: a JSON document or a compact JWT. */
	public String copy(AccountId earner, IssuedCredentialId id, String holderDid, Format format) {
		IssuedCredential credential = ownShareable(earner, id);
		return format == Format.JWT ? copies.jwt(credential, holderDid)
				: copies.dataIntegrity(credential, holderDid).toString();
	}

}
