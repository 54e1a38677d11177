package org.microcred.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The version store stamps "now" on what it writes; a catalog built over three years has older dates. They are
 * collected while the catalog is written and set in one batch at the end.
 */
final class CatalogDates {

	private record Version(UUID id, Instant created, Instant updated, Instant submitted, Instant published) {
	}

	private record Stamp(UUID id, Instant at) {
	}

	private final List<Version> versions = new ArrayList<>();

	private final List<Stamp> retired = new ArrayList<>();

	private final List<Stamp> credentials = new ArrayList<>();

	void version(UUID id, Instant created, Instant updated, Instant submitted, Instant published) {
		versions.add(new Version(id, created, updated, submitted, published));
	}

	void retired(UUID version, Instant at) {
		retired.add(new Stamp(version, at));
	}

	void credential(UUID id, Instant created) {
		credentials.add(new Stamp(id, created));
	}

	void write(Connection connection) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("update credential_version set created_at = ?, "
				+ "updated_at = ?, submitted_at = ?, published_at = ? where id = ?")) {
			for (Version v : versions) {
				update.setTimestamp(1, ts(v.created()));
				update.setTimestamp(2, ts(v.updated()));
				update.setTimestamp(3, ts(v.submitted()));
				update.setTimestamp(4, ts(v.published()));
				update.setObject(5, v.id());
				update.addBatch();
			}
			update.executeBatch();
		}
		stamp(connection, "update credential_version v set retired_at = t.at, updated_at = t.at "
				+ "from (select ?::timestamptz as at) t where v.id = ?", retired);
		stamp(connection, "update credential set created_at = ? where id = ?", credentials);
	}

	private static void stamp(Connection connection, String sql, List<Stamp> stamps) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement(sql)) {
			for (Stamp stamp : stamps) {
				update.setTimestamp(1, ts(stamp.at()));
				update.setObject(2, stamp.id());
				update.addBatch();
			}
			update.executeBatch();
		}
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

}
