package org.microcred.wallet.internal;

/**
 * The one-way life of a credential offer: OFFERED (the pre-authorized code may be exchanged once) → TOKEN_ISSUED
 * (the access token may fetch the credential once) → DELIVERED. Every move names the state it leaves.
 */
public enum OfferStatus {

	OFFERED, TOKEN_ISSUED, DELIVERED;

	/** The state a move to {@code next} must start from; refuses moves that are not legal. */
	public OfferStatus before(OfferStatus next) {
		return switch (next) {
			case TOKEN_ISSUED -> OFFERED;
			case DELIVERED -> TOKEN_ISSUED;
			case OFFERED -> throw new IllegalStateException("An offer is never offered again");
		};
	}

}
