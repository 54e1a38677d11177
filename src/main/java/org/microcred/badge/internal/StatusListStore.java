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
import org.microcred.platform.PlatformSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.json.JsonObject;

/**
 * Revocation status lists (W3C Bitstring Status List v1.0, 131,072 entries each). Indexes are drawn at random
 * within a list and never handed out twice; every change re-signs the list credential.
 */
@Component
public class StatusListStore {

	/** Beyond this share of allocated entries, random draws collide too often: start a new list. */
	static final double FULL = 0.8;

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

	public record Allocation(UUID listId, int index, String url) {
	}

	public String url(UUID listId) {
		return platform.url("/status/" + listId);
	}

	/** Hands out a fresh random index in one of the issuer's lists (creating a list when needed). */
	public Allocation allocate(UUID issuer) {
		UUID list = jdbc.sql("select id from status_list where issuer_id = ? and allocated < length * ? order by updated_at limit 1 for update")
			.params(issuer, FULL)
			.query(UUID.class)
			.optional()
			.orElseGet(() -> create(issuer));
		int length = jdbc.sql("select length from status_list where id = ?").param(list).query(Integer.class).single();
		while (true) {
			int index = RANDOM.nextInt(length);
			int taken = jdbc.sql("insert into status_index (list_id, idx) values (?, ?) on conflict do nothing")
				.params(list, index)
				.update();
			if (taken == 1) {
				jdbc.sql("update status_list set allocated = allocated + 1 where id = ?").param(list).update();
				return new Allocation(list, index, url(list));
			}
		}
	}

	/**
	 * Hands out {@code count} fresh random indexes at once (bulk awards): per list, under its row lock, the taken
	 * indexes are read once, the new ones drawn among the free ones and inserted in one statement. A list that
	 * fills up is continued in a new one.
	 */
	public List<Allocation> allocateAll(UUID issuer, int count) {
		List<Allocation> result = new ArrayList<>(count);
		while (result.size() < count) {
			UUID list = jdbc.sql("select id from status_list where issuer_id = ? and allocated < length * ? order by updated_at limit 1 for update")
				.params(issuer, FULL)
				.query(UUID.class)
				.optional()
				.orElseGet(() -> create(issuer));
			int[] sizes = jdbc.sql("select length, allocated from status_list where id = ? for update")
				.param(list)
				.query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) })
				.single();
			int take = Math.min(count - result.size(), Math.max(1, (int) (sizes[0] * FULL) - sizes[1]));
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
		BitstringStatusList empty = BitstringStatusList.empty();
		jdbc.sql("insert into status_list (id, issuer_id, length, bits) values (?, ?, ?, ?)")
			.params(id, issuer, empty.length(), empty.toBytes())
			.update();
		sign(id, issuer, empty);
		return id;
	}

	/** Sets or clears one bit and re-signs the list. */
	public void set(UUID listId, int index, boolean value) {
		Row row = jdbc.sql("select issuer_id, bits from status_list where id = ? for update")
			.param(listId)
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getBytes(2)))
			.single();
		BitstringStatusList list = BitstringStatusList.ofBytes(row.bits());
		list.set(index, value);
		jdbc.sql("update status_list set bits = ?, version = version + 1, updated_at = now() where id = ?")
			.params(list.toBytes(), listId)
			.update();
		sign(listId, row.issuer(), list);
	}

	private record Row(UUID issuer, byte[] bits) {
	}

	private void sign(UUID listId, UUID issuer, BitstringStatusList list) {
		IssuerKeys.Signer signer = keys.signer(issuer);
		JsonObject unsigned = StatusLists.listCredential(url(listId), keys.did(issuer), StatusPurpose.REVOCATION, list,
				Instant.now(), null);
		String signed = suite.sign(unsigned, signer.key(), ProofOptions.assertion(signer.keyId())).toString();
		jdbc.sql("update status_list set signed = ? where id = ?").params(signed, listId).update();
	}

	/** The signed list credential. */
	public Optional<String> signed(UUID listId) {
		return jdbc.sql("select signed from status_list where id = ?").param(listId).query(String.class).optional();
	}

	public boolean isSet(UUID listId, int index) {
		byte[] bits = jdbc.sql("select bits from status_list where id = ?").param(listId).query(byte[].class).single();
		return BitstringStatusList.ofBytes(bits).get(index);
	}

}
