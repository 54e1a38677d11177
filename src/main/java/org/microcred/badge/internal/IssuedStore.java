package org.microcred.badge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.microcred.badge.IssuedCredential;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Issued credentials. The idempotency key is unique: one credential per passed enrollment, whatever happens. */
@Repository
public class IssuedStore {

	private static final String SIGNED_WITH_COMPROMISED_KEY = """
			from issued_credential c where c.issuer_id = ? and c.state <> 'REVOKED' and c.key_number in
			  (select number from issuer_key k where k.issuer_id = c.issuer_id and k.compromised_at is not null)""";

	private final JdbcClient jdbc;

	public IssuedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record NewCredential(UUID id, String idempotencyKey, UUID teacher, UUID enrollment, UUID credential,
			UUID version, UUID issuer, boolean stack, String signed, java.math.BigDecimal pdHours, Instant issuedAt,
			Instant validUntil, UUID statusList, int statusIndex, int keyNumber) {
	}

	/** Inserts unless a credential with the idempotency key exists; returns whether it did. */
	public boolean insert(NewCredential c) {
		return jdbc.sql("""
				insert into issued_credential (id, idempotency_key, teacher_id, enrollment_id, credential_id, version_id,
				  issuer_id, stack, signed, pd_hours, issued_at, valid_until, status_list_id, status_index, key_number)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(c.id(), c.idempotencyKey(), c.teacher(), c.enrollment(), c.credential(), c.version(), c.issuer(),
					c.stack(), c.signed(), c.pdHours(), Timestamp.from(c.issuedAt()),
					c.validUntil() == null ? null : Timestamp.from(c.validUntil()), c.statusList(), c.statusIndex(),
					c.keyNumber())
			.update() == 1;
	}

	/**
	 * Inserts many credentials in batches; a key issued meanwhile is a conflict (the caller's transaction rolls
	 * back), never a silent skip.
	 */
	public void insertAll(List<NewCredential> rows) {
		for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
			List<NewCredential> chunk = rows.subList(from, Math.min(rows.size(), from + INSERT_CHUNK));
			int inserted = jdbc.sql("""
					insert into issued_credential (id, idempotency_key, teacher_id, enrollment_id, credential_id, version_id,
					  issuer_id, stack, signed, pd_hours, issued_at, valid_until, status_list_id, status_index, key_number)
					select id, key, teacher, enrollment, credential, version, issuer, stack, signed, hours, issued, until,
					  list, idx, number
					from unnest(?::uuid[], ?::varchar[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::boolean[],
					  ?::text[], ?::numeric[], ?::timestamptz[], ?::timestamptz[], ?::uuid[], ?::int[], ?::int[])
					  as t(id, key, teacher, enrollment, credential, version, issuer, stack, signed, hours, issued, until,
					  list, idx, number)
					on conflict do nothing""")
				.params(column(chunk, NewCredential::id, UUID[]::new), column(chunk, NewCredential::idempotencyKey, String[]::new),
						column(chunk, NewCredential::teacher, UUID[]::new), column(chunk, NewCredential::enrollment, UUID[]::new),
						column(chunk, NewCredential::credential, UUID[]::new), column(chunk, NewCredential::version, UUID[]::new),
						column(chunk, NewCredential::issuer, UUID[]::new), column(chunk, NewCredential::stack, Boolean[]::new),
						column(chunk, NewCredential::signed, String[]::new),
						column(chunk, NewCredential::pdHours, java.math.BigDecimal[]::new),
						column(chunk, c -> Timestamp.from(c.issuedAt()), Timestamp[]::new),
						column(chunk, c -> c.validUntil() == null ? null : Timestamp.from(c.validUntil()), Timestamp[]::new),
						column(chunk, NewCredential::statusList, UUID[]::new),
						column(chunk, NewCredential::statusIndex, Integer[]::new),
						column(chunk, NewCredential::keyNumber, Integer[]::new))
				.update();
			if (inserted != chunk.size()) {
				throw new ConflictException("badge.award.concurrent");
			}
		}
	}

	private static final int INSERT_CHUNK = 1_000;

	private static <T> T[] column(List<NewCredential> rows, Function<NewCredential, ? extends T> field,
			IntFunction<T[]> array) {
		return rows.stream().map(field).toArray(array);
	}

	/** Serializes bulk awards of one issuer, so two batches with the same keys cannot both issue them. */
	public void lockAwards(UUID issuer) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("award:" + issuer).query(Object.class).single();
	}

	/** A credential issued under an idempotency key: what a repeated award is compared with. */
	public record Keyed(String key, UUID id, UUID teacher, UUID credential) {
	}

	/** The credentials already issued under these idempotency keys, by key. */
	public Map<String, Keyed> byKeys(List<String> keys) {
		// joining unnest lets the planner hash-join, whatever the statistics say (see docs/benchmarks.md, roster)
		return jdbc.sql("""
				select c.idempotency_key, c.id, c.teacher_id, c.credential_id from issued_credential c
				  join unnest(?::varchar[]) k(key) on c.idempotency_key = k.key""")
			.param(keys.toArray(String[]::new))
			.query((rs, n) -> new Keyed(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
					rs.getObject(4, UUID.class)))
			.stream()
			.collect(Collectors.toMap(Keyed::key, k -> k));
	}

	public Optional<IssuedCredential> byKey(String idempotencyKey) {
		return jdbc.sql("select * from issued_credential where idempotency_key = ?")
			.param(idempotencyKey)
			.query((rs, n) -> view(rs))
			.optional();
	}

	public Optional<IssuedCredential> find(UUID id) {
		return jdbc.sql("select * from issued_credential where id = ?").param(id).query((rs, n) -> view(rs)).optional();
	}

	public Optional<StatusRef> statusOf(UUID id) {
		return jdbc.sql("select status_list_id, status_index, legacy_list_id, legacy_index from issued_credential where id = ?")
			.param(id)
			.query((rs, n) -> new StatusRef(rs.getObject(1, UUID.class), rs.getInt(2), rs.getObject(3, UUID.class),
					(Integer) rs.getObject(4)))
			.optional();
	}

	/**
	 * Where a credential's status is published: the entry of its current copy, and the one-bit revocation entry
	 * earlier copies carry (null when it never moved).
	 */
	public record StatusRef(UUID listId, int index, UUID legacyListId, Integer legacyIndex) {
	}

	/**
	 * Replaces the credential's copy with one re-signed on a new status entry, keeping the old entry as the
	 * legacy one; false when its entry is no longer {@code from} (another change came first).
	 */
	public boolean moveStatus(UUID id, StatusRef from, UUID list, int index, Resigning.Signed signed) {
		return jdbc.sql("""
				update issued_credential set signed = ?, key_number = ?, status_list_id = ?, status_index = ?,
				  legacy_list_id = ?, legacy_index = ? where id = ? and status_list_id = ? and status_index = ?""")
			.params(signed.document(), signed.keyNumber(), list, index, from.listId(), from.index(), id, from.listId(),
					from.index())
			.update() == 1;
	}

	/** Replaces a copy signed with key {@code oldKey} by one re-signed; false when it was re-signed meanwhile. */
	public boolean replaceSigned(UUID id, int oldKey, Resigning.Signed signed) {
		return jdbc.sql("update issued_credential set signed = ?, key_number = ? where id = ? and key_number = ?")
			.params(signed.document(), signed.keyNumber(), id, oldKey)
			.update() == 1;
	}

	/** Credentials, not revoked, whose current copy was signed with a key of their issuer reported compromised. */
	public List<IssuedCredential> signedWithCompromisedKeys(UUID issuer, int limit) {
		return jdbc.sql("select c.* " + SIGNED_WITH_COMPROMISED_KEY + " order by c.id limit ?")
			.params(issuer, limit)
			.query((rs, n) -> view(rs))
			.list();
	}

	public int countSignedWithCompromisedKeys(UUID issuer) {
		return jdbc.sql("select count(*) " + SIGNED_WITH_COMPROMISED_KEY).param(issuer).query(Integer.class).single();
	}

	/** The number of the key that signed the credential's current copy. */
	public int keyNumber(UUID id) {
		return jdbc.sql("select key_number from issued_credential where id = ?").param(id).query(Integer.class).single();
	}

	/** Credentials still suspended through a one-bit revocation entry (made before suspension had its own). */
	public List<UUID> suspendedOnRevocationLists() {
		return jdbc.sql("""
				select c.id from issued_credential c join status_list s on s.id = c.status_list_id
				where c.state = 'SUSPENDED' and s.purpose = 'revocation' order by c.issued_at""")
			.query(UUID.class)
			.list();
	}

	public List<IssuedCredential> ofTeacher(UUID teacher) {
		return jdbc.sql("select * from issued_credential where teacher_id = ? order by issued_at desc")
			.param(teacher)
			.query((rs, n) -> view(rs))
			.list();
	}

	/** Moves the credential from state {@code from} to {@code to}; false when it was no longer in {@code from}. */
	public boolean changeState(UUID id, String from, String to, String reason, String publicReason) {
		return jdbc.sql("""
				update issued_credential set state = ?, state_reason = ?, public_reason = ?, state_changed_at = now()
				where id = ? and state = ?""")
			.params(to, reason, publicReason, id, from)
			.update() == 1;
	}

	public void setOnPortfolio(UUID id, boolean on) {
		jdbc.sql("update issued_credential set on_portfolio = ? where id = ?").params(on, id).update();
	}

	public void markRenewed(UUID old, UUID renewal) {
		jdbc.sql("update issued_credential set renewed_by = ? where id = ?").params(renewal, old).update();
	}

	public long countForCredential(UUID credential) {
		return jdbc.sql("select count(*) from issued_credential where credential_id = ? and state <> 'REVOKED'")
			.param(credential)
			.query(Long.class)
			.single();
	}

	/**
	 * How many teachers hold a valid credential of this achievement: active (not revoked, not suspended) and not
	 * expired. Answered from the partial index {@code issued_valid_earners_idx} (V175).
	 */
	public long countValidEarners(UUID credential) {
		return jdbc.sql("""
				select count(distinct teacher_id) from issued_credential
				where credential_id = ? and state = 'ACTIVE' and (valid_until is null or valid_until > now())""")
			.param(credential)
			.query(Long.class)
			.single();
	}

	private static IssuedCredential view(ResultSet rs) throws SQLException {
		Timestamp validUntil = rs.getTimestamp("valid_until");
		Timestamp changed = rs.getTimestamp("state_changed_at");
		UUID renewed = rs.getObject("renewed_by", UUID.class);
		return new IssuedCredential(new IssuedCredentialId(rs.getObject("id", UUID.class)),
				new AccountId(rs.getObject("teacher_id", UUID.class)),
				new CredentialId(rs.getObject("credential_id", UUID.class)),
				new VersionId(rs.getObject("version_id", UUID.class)),
				new OrganizationId(rs.getObject("issuer_id", UUID.class)), rs.getBoolean("stack"), rs.getString("signed"),
				rs.getBigDecimal("pd_hours"), rs.getTimestamp("issued_at").toInstant(),
				validUntil == null ? null : validUntil.toInstant(), rs.getString("state"), rs.getString("state_reason"),
				rs.getString("public_reason"), changed == null ? null : changed.toInstant(), rs.getBoolean("on_portfolio"),
				renewed == null ? null : new IssuedCredentialId(renewed));
	}

}
