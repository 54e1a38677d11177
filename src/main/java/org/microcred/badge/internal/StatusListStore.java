package org.microcred.badge.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.status.BitstringStatusList;
import org.microcred.badge.vc.status.StatusLists;
import org.microcred.badge.vc.status.StatusPurpose;
import org.microcred.platform.ConflictException;
import org.microcred.platform.PlatformSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.json.JsonObject;

/**
 * Status lists (W3C Bitstring Status List v1.0). New credentials get a two-bit entry of their issuer's one open
 * "message" list (131,072 entries), drawn at random across the whole list under a per-issuer lock and never handed
 * out twice; one-bit "revocation" lists of earlier credentials stay published. The legal moves of an entry are
 * here: revoking sets the revoked bit for good, suspending sets the suspended bit, reinstating clears it unless
 * the entry is revoked. Every change re-signs the list credential.
 */
@Component
public class StatusListStore {

	/** Random draws before a nearly full list is searched for what is left. */
	private static final int PROBES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final IssuerKeys keys;

	private final EddsaRdfc2022 suite;

	private final PlatformSettings platform;

	StatusListStore(JdbcClient jdbc, IssuerKeys keys, EddsaRdfc2022 suite, PlatformSettings platform) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.suite = suite;
		this.platform = platform;
	}

	/** An entry handed out to a credential. */
	public record Allocation(UUID listId, int index, String url) {

		/** The {@code credentialStatus} object of a credential with this entry. */
		public JsonObject entry() {
			return StatusLists.messageEntry(url, index);
		}

	}

	public String url(UUID listId) {
		return platform.url("/status/" + listId);
	}

	/**
	 * A fresh entry of the issuer's open message list (made when there is none or it is full). The lock makes
	 * concurrent first issuances share one list, so no list identifies its only holder.
	 */
	public Allocation allocate(UUID issuer) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("status-list:" + issuer).query(Object.class).single();
		UUID list = jdbc.sql("select id from status_list where issuer_id = ? and purpose = 'message' and allocated < length "
				+ "order by updated_at limit 1")
			.param(issuer)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> create(issuer));
		int length = jdbc.sql("select length from status_list where id = ?").param(list).query(Integer.class).single();
		int index = draw(list, length);
		jdbc.sql("update status_list set allocated = allocated + 1 where id = ?").param(list).update();
		return new Allocation(list, index, url(list));
	}

	/** A random index across the whole list that was never handed out. */
	private int draw(UUID list, int length) {
		for (int probe = 0; probe < PROBES; probe++) {
			int index = RANDOM.nextInt(length);
			if (take(list, index)) {
				return index;
			}
		}
		int index = jdbc.sql("select i from generate_series(0, ? - 1) i where not exists "
				+ "(select 1 from status_index where list_id = ? and idx = i) order by random() limit 1")
			.params(length, list)
			.query(Integer.class)
			.single();
		if (!take(list, index)) {
			throw new IllegalStateException("Status list " + list + " changed while locked");
		}
		return index;
	}

	private boolean take(UUID list, int index) {
		return jdbc.sql("insert into status_index (list_id, idx) values (?, ?) on conflict do nothing")
			.params(list, index)
			.update() == 1;
	}

	/**
	 * Hands out {@code count} fresh entries at once (bulk awards), under the same per-issuer lock as
	 * {@link #allocate}: per list, the taken indexes are read once, the new ones drawn at random among the free ones
	 * across the whole list and inserted in one statement. A list that fills up is continued in a new one.
	 */
	public List<Allocation> allocateAll(UUID issuer, int count) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("status-list:" + issuer).query(Object.class).single();
		List<Allocation> result = new ArrayList<>(count);
		while (result.size() < count) {
			UUID list = jdbc.sql("select id from status_list where issuer_id = ? and purpose = 'message' "
					+ "and allocated < length order by updated_at limit 1")
				.param(issuer)
				.query(UUID.class)
				.optional()
				.orElseGet(() -> create(issuer));
			int[] sizes = jdbc.sql("select length, allocated from status_list where id = ?")
				.param(list)
				.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
				.single();
			int take = Math.min(count - result.size(), sizes[0] - sizes[1]);
			BitSet taken = new BitSet(sizes[0]);
			jdbc.sql("select idx from status_index where list_id = ?").param(list).query(Integer.class).list().forEach(taken::set);
			Integer[] drawn = new Integer[take];
			for (int i = 0; i < take; i++) {
				int index = RANDOM.nextInt(sizes[0]);
				while (taken.get(index)) {
					index = RANDOM.nextInt(sizes[0]);
				}
				taken.set(index);
				drawn[i] = index;
				result.add(new Allocation(list, index, url(list)));
			}
			jdbc.sql("insert into status_index (list_id, idx) select ?, unnest(?::int[])").params(list, drawn).update();
			jdbc.sql("update status_list set allocated = allocated + ? where id = ?").params(take, list).update();
		}
		return result;
	}

	private UUID create(UUID issuer) {
		UUID id = UUID.randomUUID();
		BitstringStatusList empty = BitstringStatusList.ofLength(BitstringStatusList.MIN_LENGTH * StatusLists.STATUS_SIZE);
		jdbc.sql("insert into status_list (id, issuer_id, length, bits, purpose, status_size) values (?, ?, ?, ?, 'message', ?)")
			.params(id, issuer, BitstringStatusList.MIN_LENGTH, empty.toBytes(), StatusLists.STATUS_SIZE)
			.update();
		sign(id, issuer, StatusPurpose.MESSAGE, empty);
		return id;
	}

	/** Whether the entry is on a two-bit message list (one that can tell suspension from revocation). */
	public boolean isMessageList(UUID listId) {
		return "message".equals(jdbc.sql("select purpose from status_list where id = ?").param(listId).query(String.class).single());
	}

	/** Revokes for good. On a one-bit revocation list this sets the bit. */
	public void revoke(UUID listId, int index) {
		change(listId, index, (size, value) -> size == 1 ? 1 : value | StatusLists.REVOKED);
	}

	/**
	 * Suspends. A one-bit revocation list cannot say "suspended": its bit is set, and stays set, so an earlier copy
	 * that points there reads revoked from now on (its credential is re-signed with a message entry first).
	 */
	public void suspend(UUID listId, int index) {
		change(listId, index, (size, value) -> size == 1 ? 1 : value | StatusLists.SUSPENDED);
	}

	/** Lifts a suspension; a revoked entry (or any one-bit revocation entry) never reads valid again. */
	public void reinstate(UUID listId, int index) {
		change(listId, index, (size, value) -> {
			if (size == 1 || (value & StatusLists.REVOKED) != 0) {
				throw new ConflictException("badge.state.revocation-final");
			}
			return value & ~StatusLists.SUSPENDED;
		});
	}

	private interface Change {

		int apply(int size, int value);

	}

	private void change(UUID listId, int index, Change change) {
		UUID issuer = jdbc.sql("select issuer_id from status_list where id = ?").param(listId).query(UUID.class).single();
		// the issuer's key lock first, as every path that signs takes it, so a key change and this never deadlock
		keys.signer(issuer);
		Row row = row(listId, true);
		BitstringStatusList list = BitstringStatusList.ofBytes(row.bits());
		int before = list.value(index, row.size());
		int after = change.apply(row.size(), before);
		if (after == before) {
			return;
		}
		list.setValue(index, row.size(), after);
		jdbc.sql("update status_list set bits = ?, version = version + 1, updated_at = now() where id = ?")
			.params(list.toBytes(), listId)
			.update();
		sign(listId, issuer, row.purpose(), list);
	}

	private record Row(StatusPurpose purpose, int size, byte[] bits) {
	}

	private Row row(UUID listId, boolean forUpdate) {
		return jdbc.sql("select purpose, status_size, bits from status_list where id = ?" + (forUpdate ? " for update" : ""))
			.param(listId)
			.query((rs, n) -> new Row(StatusPurpose.of(rs.getString(1)), rs.getInt(2), rs.getBytes(3)))
			.single();
	}

	/** Re-signs every list of the issuer with its current key (after a key was reported compromised). */
	public int republish(UUID issuer) {
		List<UUID> lists = jdbc.sql("select id from status_list where issuer_id = ? order by id").param(issuer).query(UUID.class).list();
		for (UUID list : lists) {
			Row row = row(list, true);
			sign(list, issuer, row.purpose(), BitstringStatusList.ofBytes(row.bits()));
		}
		return lists.size();
	}

	private void sign(UUID listId, UUID issuer, StatusPurpose purpose, BitstringStatusList list) {
		IssuerKeys.Signer signer = keys.signer(issuer);
		JsonObject unsigned = StatusLists.listCredential(url(listId), keys.did(issuer), purpose, list, Instant.now(), null);
		String signed = suite.sign(unsigned, signer.key(), ProofOptions.assertion(signer.keyId())).toString();
		jdbc.sql("update status_list set signed = ? where id = ?").params(signed, listId).update();
	}

	/** The signed list credential. */
	public Optional<String> signed(UUID listId) {
		return jdbc.sql("select signed from status_list where id = ?").param(listId).query(String.class).optional();
	}

}
