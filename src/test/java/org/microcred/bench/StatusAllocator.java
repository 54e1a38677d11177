package org.microcred.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.badge.internal.BenchBadgeAccess;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.badge.vc.status.BitstringStatusList;
import org.microcred.badge.vc.status.StatusLists;
import org.microcred.badge.vc.status.StatusPurpose;

/**
 * Status list entries handed out as the app hands them out ({@code StatusListStore.allocate}): a random index
 * never used before in the issuer's current list, a new list of 131,072 entries once 80 % are taken. Lists are
 * created (empty) as soon as they are needed; at the end their bits for revoked and suspended credentials are set
 * and each list credential is signed with its issuer's key.
 */
final class StatusAllocator {

	private static final class ListState {

		final UUID id;

		final UUID issuer;

		final BitSet used = new BitSet();

		final BitSet set = new BitSet();

		int allocated;

		ListState(UUID id, UUID issuer) {
			this.id = id;
			this.issuer = issuer;
		}

	}

	private final Context context;

	private final Connection connection;

	private final SplittableRandom random;

	private final Map<UUID, ListState> current = new HashMap<>();

	private final Map<UUID, ListState> lists = new HashMap<>();

	private final List<ListState> order = new ArrayList<>();

	StatusAllocator(Context context, Connection connection) {
		this.context = context;
		this.connection = connection;
		this.random = context.random.split();
	}

	StatusListStore.Allocation allocate(UUID issuer) throws SQLException {
		ListState list = current.get(issuer);
		if (list == null || list.allocated >= BitstringStatusList.MIN_LENGTH * BenchBadgeAccess.STATUS_LIST_FULL) {
			list = create(issuer);
		}
		int index;
		do {
			index = random.nextInt(BitstringStatusList.MIN_LENGTH);
		}
		while (list.used.get(index));
		list.used.set(index);
		list.allocated++;
		return new StatusListStore.Allocation(list.id, index, context.platform.url("/status/" + list.id));
	}

	/** A revoked or suspended credential: its bit is set when the list is signed. */
	void set(StatusListStore.Allocation allocation) {
		lists.get(allocation.listId()).set.set(allocation.index());
	}

	/** Writes each list's bits and allocation count, signed as the app signs them after a change. */
	void finish(IssuerKeys keys, EddsaRdfc2022 suite) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("update status_list set bits = ?, allocated = ?, "
				+ "signed = ?, version = ?, updated_at = ? where id = ?")) {
			for (ListState list : order) {
				BitstringStatusList bits = BitstringStatusList.ofLength(BitstringStatusList.MIN_LENGTH);
				list.set.stream().forEach(i -> bits.set(i, true));
				IssuerKeys.Signer signer = keys.signer(list.issuer);
				String signed = suite.sign(StatusLists.listCredential(context.platform.url("/status/" + list.id),
						keys.did(list.issuer), StatusPurpose.REVOCATION, bits, context.now, null), signer.key(),
						ProofOptions.assertion(signer.keyId())).toString();
				update.setBytes(1, bits.toBytes());
				update.setInt(2, list.allocated);
				update.setString(3, signed);
				update.setInt(4, list.set.cardinality());
				update.setTimestamp(5, Timestamp.from(context.now));
				update.setObject(6, list.id);
				update.addBatch();
			}
			update.executeBatch();
		}
		connection.commit();
		Database.log("Status lists: " + order.size() + " lists signed, " + order.stream().mapToInt(l -> l.set.cardinality()).sum()
				+ " entries set (revoked or suspended)");
	}

	private ListState create(UUID issuer) throws SQLException {
		ListState list = new ListState(context.uuid(random), issuer);
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into status_list (id, issuer_id, length, bits, updated_at) values (?, ?, ?, ?, ?)")) {
			insert.setObject(1, list.id);
			insert.setObject(2, issuer);
			insert.setInt(3, BitstringStatusList.MIN_LENGTH);
			insert.setBytes(4, BitstringStatusList.empty().toBytes());
			insert.setTimestamp(5, Timestamp.from(context.now));
			insert.executeUpdate();
		}
		connection.commit();
		current.put(issuer, list);
		lists.put(list.id, list);
		order.add(list);
		return list;
	}

}
