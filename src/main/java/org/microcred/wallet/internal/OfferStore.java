package org.microcred.wallet.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Credential offers, their single-use codes and access tokens (hashes only). */
@Component
public class OfferStore {

	/** An offer as the token and credential endpoints see it. */
	public record Offer(UUID id, UUID credentialId, UUID teacherId, String txCodeHash, OfferStatus status,
			Instant expiresAt, int failedTxCodes) {
	}

	private final JdbcClient jdbc;

	OfferStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID credential, UUID teacher, String codeHash, String txCodeHash, Instant expiresAt) {
		jdbc.sql("""
				insert into wallet_offer (id, credential_id, teacher_id, code_hash, tx_code_hash, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id, credential, teacher, codeHash, txCodeHash, java.sql.Timestamp.from(expiresAt))
			.update();
	}

	public Optional<Offer> byCode(String codeHash) {
		return jdbc.sql("""
				select id, credential_id, teacher_id, tx_code_hash, status, expires_at, failed_tx_codes
				from wallet_offer where code_hash = ?""").param(codeHash).query(OfferStore::offer).optional();
	}

	/** The offer whose access token this is, while the token is valid and the credential not yet delivered. */
	public Optional<Offer> byToken(String tokenHash) {
		return jdbc.sql("""
				select id, credential_id, teacher_id, tx_code_hash, status, expires_at, failed_tx_codes
				from wallet_offer where token_hash = ? and status = 'TOKEN_ISSUED' and token_expires_at > now()""")
			.param(tokenHash)
			.query(OfferStore::offer)
			.optional();
	}

	/** Counts a wrong transaction code; returns how many there were. */
	public int failedTxCode(UUID id) {
		return jdbc.sql("update wallet_offer set failed_tx_codes = failed_tx_codes + 1 where id = ? returning failed_tx_codes")
			.param(id)
			.query(Integer.class)
			.single();
	}

	/** OFFERED → TOKEN_ISSUED, while unexpired; false when another request redeemed it first (or it expired). */
	public boolean redeem(UUID id, String tokenHash, Instant tokenExpiresAt) {
		return jdbc.sql("""
				update wallet_offer set status = 'TOKEN_ISSUED', token_hash = ?, token_expires_at = ?
				where id = ? and status = ? and expires_at > now()""")
			.params(tokenHash, java.sql.Timestamp.from(tokenExpiresAt), id, OfferStatus.TOKEN_ISSUED.before(OfferStatus.TOKEN_ISSUED).name())
			.update() == 1;
	}

	/** TOKEN_ISSUED → DELIVERED; false when the credential was already fetched with this token. */
	public boolean deliver(UUID id, String holderDid) {
		return jdbc.sql("""
				update wallet_offer set status = 'DELIVERED', holder_did = ?, delivered_at = now()
				where id = ? and status = ? and token_expires_at > now()""")
			.params(holderDid, id, OfferStatus.DELIVERED.before(OfferStatus.DELIVERED).name())
			.update() == 1;
	}

	private static Offer offer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Offer(rs.getObject("id", UUID.class), rs.getObject("credential_id", UUID.class),
				rs.getObject("teacher_id", UUID.class), rs.getString("tx_code_hash"), OfferStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("expires_at").toInstant(), rs.getInt("failed_tx_codes"));
	}

}
