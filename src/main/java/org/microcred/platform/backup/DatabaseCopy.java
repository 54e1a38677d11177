package org.microcred.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The database's rows as PostgreSQL {@code COPY} files, one per table, through JDBC: no {@code pg_dump} is needed,
 * so it works with the embedded PostgreSQL (whose distribution has none) and with any external one. The schema
 * itself is not copied: a restore recreates it with the application's own migrations, up to the backup's version.
 */
final class DatabaseCopy {

	/** Tables that are not data: migrations rebuild the first, a restore starts without sessions. */
	static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

	private DatabaseCopy() {
	}

	/**
	 * Writes every table of the current schema (in an order that satisfies foreign keys) under {@code dir} from
	 * one consistent snapshot.
	 * @return rows per table, in restore order
	 */
	static Map<String, Long> dump(Connection connection, Path dir) throws SQLException, IOException {
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		connection.setReadOnly(true);
		Files.createDirectories(dir);
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		Map<String, Long> rows = new LinkedHashMap<>();
		try {
			for (String table : tablesInOrder(connection)) {
				try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(table + ".copy.gz")))) {
					rows.put(table, copy.copyOut("COPY " + quote(table) + " TO STDOUT", out));
				}
			}
			connection.commit();
		}
		finally {
			connection.rollback();
		}
		return rows;
	}

	/** The schema's last applied migration, e.g. {@code 210}. */
	static String schemaVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select version from flyway_schema_history where success "
						+ "and version is not null order by installed_rank desc limit 1")) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	/** The sequences' current values, to set again after a restore. */
	static Map<String, Long> sequences(Connection connection) throws SQLException {
		Map<String, Long> values = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select sequencename, last_value from pg_sequences "
						+ "where schemaname = current_schema() and last_value is not null order by 1")) {
			while (rs.next()) {
				values.put(rs.getString(1), rs.getLong(2));
			}
		}
		return values;
	}

	/** Table names in the current schema; a restore accepts only a database that has none. */
	static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						"select tablename from pg_tables where schemaname = current_schema() order by 1")) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	/**
	 * Loads the rows written by {@link #dump} into a freshly migrated schema, in one transaction: rows the
	 * migrations inserted are replaced by the backup's.
	 */
	static void load(Connection connection, Path dir, List<String> order, Map<String, Long> sequences)
			throws SQLException, IOException {
		connection.setAutoCommit(false);
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		try (Statement statement = connection.createStatement()) {
			List<String> present = tables(connection).stream().filter(t -> !SKIPPED.contains(t)).toList();
			if (!present.isEmpty()) {
				statement.execute("TRUNCATE " + String.join(", ", present.stream().map(DatabaseCopy::quote).toList()));
			}
			for (String table : order) {
				try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve(table + ".copy.gz")))) {
					copy.copyIn("COPY " + quote(table) + " FROM STDIN", in);
				}
			}
			for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
				statement.execute("select setval(" + literal(quote(sequence.getKey())) + ", " + sequence.getValue() + ")");
			}
			connection.commit();
		}
		catch (SQLException | IOException | RuntimeException ex) {
			connection.rollback();
			throw ex;
		}
	}

	/** The tables a foreign key refers to come before the tables that refer to them. */
	static List<String> tablesInOrder(Connection connection) throws SQLException {
		List<String> tables = tables(connection).stream().filter(t -> !SKIPPED.contains(t)).toList();
		Map<String, Set<String>> parents = new HashMap<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
						join pg_namespace n on n.oid = c.connamespace
						where c.contype = 'f' and n.nspname = current_schema()""")) {
			while (rs.next()) {
				parents.computeIfAbsent(unquote(rs.getString(1)), t -> new HashSet<>()).add(unquote(rs.getString(2)));
			}
		}
		Set<String> ordered = new LinkedHashSet<>();
		for (String table : tables) {
			visit(table, parents, ordered, new HashSet<>());
		}
		return List.copyOf(ordered);
	}

	private static void visit(String table, Map<String, Set<String>> parents, Set<String> ordered, Set<String> path) {
		if (ordered.contains(table) || !path.add(table)) {
			return;
		}
		for (String parent : parents.getOrDefault(table, Set.of())) {
			if (!parent.equals(table)) {
				visit(parent, parents, ordered, path);
			}
		}
		ordered.add(table);
	}

	private static String unquote(String name) {
		return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
	}

	private static String quote(String name) {
		return '"' + name.replace("\"", "\"\"") + '"';
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

}
