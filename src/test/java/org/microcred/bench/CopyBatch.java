package org.microcred.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for several tables in PostgreSQL's COPY text format, written table by table in foreign-key order within the
 * caller's transaction. COPY is what makes millions of rows a matter of minutes; the values are what the app's
 * stores write (same columns, same status words, same JSON).
 */
final class CopyBatch {

	private final Map<Table, StringBuilder> rows = new EnumMap<>(Table.class);

	private final Map<Table, Integer> counts = new EnumMap<>(Table.class);

	void add(Table table, Object... values) {
		if (values.length != table.columnCount()) {
			throw new IllegalArgumentException(table + " takes " + table.columnCount() + " values, not " + values.length);
		}
		StringBuilder out = rows.computeIfAbsent(table, t -> new StringBuilder(1 << 16));
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			append(out, values[i]);
		}
		out.append('\n');
		counts.merge(table, 1, Integer::sum);
	}

	int count(Table table) {
		return counts.getOrDefault(table, 0);
	}

	long total() {
		return counts.values().stream().mapToLong(Integer::longValue).sum();
	}

	/** Writes every table's rows with COPY, in the order of {@link Table}; the caller commits. */
	void write(Connection connection) throws SQLException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		for (Table table : Table.values()) {
			StringBuilder text = rows.get(table);
			if (text == null || text.isEmpty()) {
				continue;
			}
			try {
				copy.copyIn(table.copySql(), new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** A text[] or uuid[] literal, e.g. {"a","b"}. */
	static String array(Collection<?> values) {
		StringBuilder out = new StringBuilder("{");
		for (Object value : values) {
			if (out.length() > 1) {
				out.append(',');
			}
			out.append('"').append(value.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return out.append('}').toString();
	}

	private static void append(StringBuilder out, Object value) {
		if (value == null) {
			out.append("\\N");
		}
		else if (value instanceof Boolean b) {
			out.append(b ? 't' : 'f');
		}
		else if (value instanceof UUID || value instanceof Number || value instanceof Instant) {
			out.append(value instanceof BigDecimal d ? d.toPlainString() : value.toString());
		}
		else {
			escape(out, value.toString());
		}
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
	}

}
