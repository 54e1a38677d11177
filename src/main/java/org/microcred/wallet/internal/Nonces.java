package org.microcred.wallet.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.microcred.platform.SecretBox;
import org.microcred.platform.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code c_nonce} values wallets must sign in their proofs: fresh, short-lived, each accepted once. The nonce
 * endpoint needs no authentication, so issuing one stores nothing: a nonce is its expiry and random bytes sealed
 * with the master key (any instance can open it); only a nonce spent in an accepted proof — which takes a valid
 * access token — is remembered, until it would have expired anyway.
 */
@Component
public class Nonces {

	public static final Duration LIFETIME = Duration.ofMinutes(5);

	private final SecretBox box;

	private final JdbcClient jdbc;

	Nonces(SecretBox box, JdbcClient jdbc) {
		this.box = box;
		this.jdbc = jdbc;
	}

	public String issue() {
		byte[] random = new byte[16];
		new java.security.SecureRandom().nextBytes(random);
		byte[] plain = ByteBuffer.allocate(24).putLong(Instant.now().plus(LIFETIME).getEpochSecond()).put(random).array();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(box.encrypt(plain));
	}

	/** True once for an unexpired nonce this installation issued; false for any other value, or a second time. */
	public boolean consume(String nonce) {
		Instant expires = expiry(nonce);
		if (expires == null || expires.isBefore(Instant.now())) {
			return false;
		}
		return jdbc.sql("insert into wallet_nonce (nonce_hash, expires_at, used_at) values (?, ?, now()) on conflict do nothing")
			.params(Secrets.sha256(nonce), java.sql.Timestamp.from(expires))
			.update() == 1;
	}

	private Instant expiry(String nonce) {
		try {
			byte[] plain = box.decrypt(Base64.getUrlDecoder().decode(nonce));
			return plain.length == 24 ? Instant.ofEpochSecond(ByteBuffer.wrap(plain).getLong()) : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
	void forgetExpired() {
		jdbc.sql("delete from wallet_nonce where expires_at < now()").update();
	}

}
