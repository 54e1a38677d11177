package org.microcred.organization.roster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.microcred.platform.Msg;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads an uploaded CSV file as a stream of rows: UTF-8 (with or without a byte-order mark), delimited by commas,
 * semicolons or tabs, with a header row. Everything wrong becomes a {@link Problems} entry, never an exception.
 */
final class CsvInput {

	static final int MAX_ROWS = 250_000;

	private CsvInput() {
	}

	/** Calls {@code rows} for each non-blank data row; false when the file could not be read to the end. */
	static boolean read(String file, InputStreamSource source, List<String> required, Problems problems,
			Consumer<CsvRow> rows) {
		try {
			TextProbe probe;
			try (InputStream in = source.getInputStream()) {
				probe = TextProbe.of(in);
			}
			if (probe.problem != null) {
				problems.add(file, null, null, probe.problem);
				return false;
			}
			try (InputStream in = source.getInputStream()) {
				if (probe.bom) {
					in.skipNBytes(3);
				}
				return parse(file, in, probe.delimiter, required, problems, rows);
			}
		}
		catch (IOException ex) {
			problems.add(file, null, null, Msg.of("organization.roster.file.unreadable", String.valueOf(ex.getMessage())));
			return false;
		}
	}

	private static boolean parse(String file, InputStream in, char delimiter, List<String> required, Problems problems,
			Consumer<CsvRow> rows) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(false)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		long line = 1;
		try (CSVParser parser = CSVParser.builder()
			.setReader(new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024))
			.setFormat(format)
			.get()) {
			Map<String, Integer> columns = columns(file, parser.getHeaderNames(), required, problems);
			if (columns == null) {
				return false;
			}
			line = parser.getCurrentLineNumber();
			int count = 0;
			for (CSVRecord record : parser) {
				int row = (int) line + 1;
				line = parser.getCurrentLineNumber();
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (++count > MAX_ROWS) {
					problems.add(file, row, null, Msg.of("organization.roster.file.too-many-rows", MAX_ROWS));
					return false;
				}
				if (record.size() < parser.getHeaderNames().size() || record.stream()
					.skip(parser.getHeaderNames().size())
					.anyMatch(v -> !v.isBlank())) {
					problems.add(file, row, null, Msg.of("organization.roster.file.field-count", record.size(),
							parser.getHeaderNames().size()));
					continue;
				}
				rows.accept(new CsvRow(file, row, columns, record));
			}
			return true;
		}
		catch (UncheckedIOException | IllegalArgumentException | IllegalStateException ex) {
			problems.add(file, (int) line + 1, null, Msg.of("organization.roster.file.not-csv-here", reason(ex)));
			return false;
		}
	}

	/** Column index by lower-case name; null (with a problem) when the header lacks a required column. */
	private static Map<String, Integer> columns(String file, List<String> header, List<String> required,
			Problems problems) {
		Map<String, Integer> columns = new HashMap<>();
		List<String> duplicates = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
				duplicates.add(header.get(i).strip());
			}
		}
		List<String> missing = required.stream().filter(c -> !columns.containsKey(c.toLowerCase(Locale.ROOT))).toList();
		if (!duplicates.isEmpty()) {
			problems.add(file, 1, String.join(", ", duplicates), Msg.of("organization.roster.file.duplicate-columns"));
		}
		if (!missing.isEmpty()) {
			String found = String.join(", ", header.stream().limit(12).toList());
			Object shown = found.isEmpty() ? Msg.of("organization.roster.file.no-header")
					: found.length() > 150 ? found.substring(0, 150) + "…" : found;
			problems.add(file, 1, String.join(", ", missing),
					Msg.of("organization.roster.file.missing-columns", missing.size(), String.join(", ", missing), shown));
		}
		return missing.isEmpty() && duplicates.isEmpty() ? columns : null;
	}

	private static Object reason(RuntimeException ex) {
		if (ex.getCause() instanceof java.nio.charset.CharacterCodingException) {
			return Msg.of("organization.roster.file.not-utf-8");
		}
		String message = String.valueOf(ex.getMessage());
		return message.length() > 150 ? message.substring(0, 150) : message;
	}

}
