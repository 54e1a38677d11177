package org.microcred.platform;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the application writes CSV (RFC 4180). Spreadsheets run a cell as a formula when it starts with
 * {@code = + - @}, a tab or a line break, so every text cell that does, header cells included, gets a leading
 * apostrophe ("CSV injection" neutralised). Numbers, dates, ids and booleans the application computed are written
 * as they are: a negative number stays a number.
 */
public final class CsvOutput implements Closeable {

	private static final String FORMULA_STARTS = "=+-@\t\r\n";

	private final CSVPrinter printer;

	private CsvOutput(Writer out) throws IOException {
		this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
	}

	/** Starts a CSV document with its header row. */
	public static CsvOutput withHeader(Writer out, List<String> header) {
		try {
			CsvOutput csv = new CsvOutput(out);
			csv.row(header);
			return csv;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void row(Object... cells) {
		row(Arrays.asList(cells));
	}

	public void row(List<?> cells) {
		List<String> safe = new ArrayList<>(cells.size());
		cells.forEach(cell -> safe.add(cell(cell)));
		try {
			printer.printRecord(safe);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Text as a spreadsheet will show it, never as a formula. */
	public static String neutralise(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String cell(Object value) {
		if (value instanceof Number || value instanceof TemporalAccessor || value instanceof UUID
				|| value instanceof Boolean) {
			return value.toString();
		}
		return neutralise(value == null ? null : value.toString());
	}

	@Override
	public void close() {
		try {
			printer.close(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
