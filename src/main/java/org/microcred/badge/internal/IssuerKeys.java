package org.microcred.badge.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.platform.PlatformSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each issuer's Ed25519 keys and its did:web identity. One key signs at a time; rotation retires it (it stays
 * in the DID document, so credentials it signed keep verifying) and creates the next. A key reported compromised
 * as of a moment stays published with that moment as its "revoked" bound, and is no longer authorised to assert:
 * proofs it made from then on are not trusted.
 */
@Component
public class IssuerKeys {

	/**
	 * A published key.
	 * @param compromisedAt from when its signatures are not trusted, or null
	 */
	public record PublicKey(String id, int number, String publicKeyMultibase, boolean active, Instant compromisedAt) {

		public boolean compromised() {
			return compromisedAt != null;
		}

	}

	private final JdbcClient jdbc;

	private final MasterKey master;

	private final PlatformSettings platform;

	/** Decrypting on every signature would dominate bulk issuing; keys are few and small. */
	private final Map<UUID, Ed25519KeyPair> decrypted = new ConcurrentHashMap<>();

	IssuerKeys(JdbcClient jdbc, MasterKey master, PlatformSettings platform) {
		this.jdbc = jdbc;
		this.master = master;
		this.platform = platform;
	}

	/** {@code did:web:<host>:issuers:<id>}, resolving to {@code <base>/issuers/<id>/did.json}. */
	public String did(UUID issuer) {
		java.net.URI base = platform.baseUrl();
		String host = base.getHost() + (base.getPort() > 0 ? "%3A" + base.getPort() : "");
		String path = base.getPath() == null || base.getPath().isBlank() || base.getPath().equals("/") ? ""
				: base.getPath().replaceAll("^/|/$", "").replace('/', ':') + ":";
		return "did:web:" + host + ":" + path + "issuers:" + issuer;
	}

	public String keyId(UUID issuer, int number) {
		return did(issuer) + "#key-" + number;
	}

	/** Creates the issuer's first key, unless it has one. */
	public void ensureKey(UUID issuer) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?::text))").param(issuer).query(Object.class).single();
		boolean exists = jdbc.sql("select exists (select 1 from issuer_key where issuer_id = ? and retired_at is null)")
			.param(issuer)
			.query(Boolean.class)
			.single();
		if (!exists) {
			create(issuer);
		}
	}

	/** Retires the active key and creates the next one. */
	public void rotate(UUID issuer) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?::text))").param(issuer).query(Object.class).single();
		jdbc.sql("update issuer_key set retired_at = now() where issuer_id = ? and retired_at is null").param(issuer).update();
		create(issuer);
	}

	/**
	 * Marks key {@code number} compromised as of {@code since} (rotating first when it is the active key); false when
	 * the issuer has no such key or it was already reported.
	 */
	public boolean reportCompromised(UUID issuer, int number, Instant since) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?::text))").param(issuer).query(Object.class).single();
		boolean active = jdbc.sql("select exists (select 1 from issuer_key where issuer_id = ? and number = ? and retired_at is null)")
			.params(issuer, number)
			.query(Boolean.class)
			.single();
		int marked = jdbc.sql("""
				update issuer_key set compromised_at = ?, compromise_reported_at = now(), retired_at = coalesce(retired_at, now())
				where issuer_id = ? and number = ? and compromised_at is null""")
			.params(Timestamp.from(since), issuer, number)
			.update();
		if (marked == 1 && active) {
			create(issuer);
		}
		return marked == 1;
	}

	private void create(UUID issuer) {
		Ed25519KeyPair pair = Ed25519KeyPair.generate();
		int number = jdbc.sql("select coalesce(max(number), 0) + 1 from issuer_key where issuer_id = ?")
			.param(issuer)
			.query(Integer.class)
			.single();
		jdbc.sql("insert into issuer_key (id, issuer_id, number, public_multibase, private_encrypted) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), issuer, number, pair.publicKeyMultibase(),
					master.encrypt(pair.privateKeyMultibase().getBytes(StandardCharsets.US_ASCII)))
			.update();
	}

	/** The key that signs now, with its verification method id and its number among the issuer's keys. */
	public record Signer(String keyId, int number, Ed25519KeyPair key) {
	}

	public Signer signer(UUID issuer) {
		ensureKey(issuer);
		return jdbc.sql("select id, number, private_encrypted from issuer_key where issuer_id = ? and retired_at is null")
			.param(issuer)
			.query((rs, n) -> {
				UUID id = rs.getObject("id", UUID.class);
				byte[] sealed = rs.getBytes("private_encrypted");
				Ed25519KeyPair pair = decrypted.computeIfAbsent(id, k -> Ed25519KeyPair
					.fromPrivateKeyMultibase(new String(master.decrypt(sealed), StandardCharsets.US_ASCII)));
				return new Signer(keyId(issuer, rs.getInt("number")), rs.getInt("number"), pair);
			})
			.single();
	}

	/** Every key the issuer ever had, newest first: all stay resolvable. */
	public List<PublicKey> publicKeys(UUID issuer) {
		return jdbc.sql("""
				select number, public_multibase, retired_at is null as active, compromised_at from issuer_key
				where issuer_id = ? order by number desc""")
			.param(issuer)
			.query((rs, n) -> {
				Timestamp compromised = rs.getTimestamp(4);
				return new PublicKey(keyId(issuer, rs.getInt(1)), rs.getInt(1), rs.getString(2), rs.getBoolean(3),
						compromised == null ? null : compromised.toInstant());
			})
			.list();
	}

}
