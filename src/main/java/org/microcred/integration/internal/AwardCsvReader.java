package org.microcred.integration.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.microcred.identity.EmailAddresses;
import org.microcred.integration.AwardCsvProblem;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;

/**
 * Reads and checks an award CSV file (UTF-8 with or without a byte-order mark; commas, semicolons or tabs; a header
 * row naming the columns in any order). Every mistake of a row becomes a problem naming its row and column; the
 * rows without one are the ones to award. A file that cannot be read at all is refused as a whole.
 */
public final class AwardCsvReader {

	public static final List<String> REQUIRED = List.of("email", "achievement", "assessed_on", "how_assessed");

	public static final List<String> COLUMNS = List.of("email", "name", "achievement", "assessed_on", "how_assessed",
			"pd_hours");

	/** A row to award. */
	public record Row(int rowNo, String email, String name, UUID credentialId, LocalDate assessedOn, String how,
			BigDecimal pdHours) {
	}

	/** What the file holds: its data rows, the valid ones, the problems and how many rows have one. */
	public record Result(int totalRows, List<Row> rows, List<AwardCsvProblem> problems, int problemRows) {
	}

	private final Function<String, Optional<UUID>> achievements;

	private final int maxRows;

	private final LocalDate today;

	/**
	 * @param achievements the micro-credential a value of the achievement column names (its id or its title), if it
	 *        is one of the issuer's published ones
	 */
	public AwardCsvReader(Function<String, Optional<UUID>> achievements, int maxRows, LocalDate today) {
		this.achievements = achievements;
		this.maxRows = maxRows;
		this.today = today;
	}

	public Result read(byte[] content) {
		String text = decode(content);
		char delimiter = delimiter(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(false)
			.setAllowMissingColumnNames(true)
			.get();
		List<Row> rows = new ArrayList<>();
		List<AwardCsvProblem> problems = new ArrayList<>();
		Map<String, Integer> firstRowOf = new HashMap<>();
		int total = 0;
		int problemRows = 0;
		try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
			Map<String, Integer> columns = columns(parser.getHeaderNames());
			for (CSVRecord record : parser) {
				if (record.stream().allMatch(String::isBlank)) {
					continue;
				}
				if (++total > maxRows) {
					throw new InvalidInputException("file", "integration.award-csv.too-many-rows", maxRows);
				}
				int rowNo = (int) record.getRecordNumber() + 1;
				int before = problems.size();
				Row row = row(rowNo, record, columns, problems);
				if (row != null) {
					String key = AwardKeys.of(row.credentialId(), row.email());
					Integer first = firstRowOf.putIfAbsent(key, rowNo);
					if (first != null) {
						problems.add(new AwardCsvProblem(rowNo, "email",
								Msg.of("integration.award-csv.repeated", first)));
						row = null;
					}
				}
				if (row != null) {
					rows.add(row);
				}
				else if (problems.size() > before) {
					problemRows++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			throw new InvalidInputException("file", "integration.award-csv.not-csv");
		}
		if (total == 0) {
			throw new InvalidInputException("file", "integration.award-csv.empty");
		}
		return new Result(total, rows, problems, problemRows);
	}

	private Row row(int rowNo, CSVRecord record, Map<String, Integer> columns, List<AwardCsvProblem> problems) {
		int before = problems.size();
		String email = EmailAddresses.normalize(value(record, columns, "email"));
		if (!EmailAddresses.valid(email)) {
			problems.add(problem(rowNo, "email", email.isEmpty() ? "integration.award-csv.email-missing"
					: "integration.award-csv.email-invalid"));
		}
		String name = value(record, columns, "name");
		if (name.length() > 200) {
			problems.add(problem(rowNo, "name", "integration.award-csv.name-long"));
		}
		String achievement = value(record, columns, "achievement");
		Optional<UUID> credential = achievement.isEmpty() ? Optional.empty() : achievements.apply(achievement);
		if (credential.isEmpty()) {
			problems.add(achievement.isEmpty() ? problem(rowNo, "achievement", "integration.award-csv.achievement-missing")
					: new AwardCsvProblem(rowNo, "achievement",
							Msg.of("integration.award-csv.achievement-unknown", shorten(achievement))));
		}
		LocalDate assessedOn = date(rowNo, value(record, columns, "assessed_on"), problems);
		String how = value(record, columns, "how_assessed");
		if (how.isEmpty() || how.length() > 1500) {
			problems.add(problem(rowNo, "how_assessed", "integration.award-csv.how-missing"));
		}
		BigDecimal hours = hours(rowNo, value(record, columns, "pd_hours"), problems);
		if (problems.size() > before) {
			return null;
		}
		return new Row(rowNo, email, name.isEmpty() ? null : name, credential.orElseThrow(), assessedOn, how, hours);
	}

	private LocalDate date(int rowNo, String value, List<AwardCsvProblem> problems) {
		if (value.isEmpty()) {
			problems.add(problem(rowNo, "assessed_on", "integration.award-csv.date-missing"));
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.isAfter(today)) {
				problems.add(problem(rowNo, "assessed_on", "integration.award-csv.date-future"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(new AwardCsvProblem(rowNo, "assessed_on",
					Msg.of("integration.award-csv.date-invalid", shorten(value))));
			return null;
		}
	}

	private static BigDecimal hours(int rowNo, String value, List<AwardCsvProblem> problems) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			BigDecimal hours = new BigDecimal(value.replace(',', '.'));
			if (hours.signum() >= 0 && hours.compareTo(new BigDecimal("999999")) <= 0
					&& hours.stripTrailingZeros().scale() <= 1) {
				return hours;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(problem(rowNo, "pd_hours", "integration.award-csv.hours-invalid"));
		return null;
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new InvalidInputException("file", "integration.award-csv.missing-columns", String.join(", ", missing),
					String.join(", ", REQUIRED));
		}
		return columns;
	}

	private static String value(CSVRecord record, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		return index == null || index >= record.size() ? "" : record.get(index).strip();
	}

	private static String decode(byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException("file", "integration.award-csv.not-utf-8");
		}
	}

	/** The delimiter of the header line: the most frequent of comma, semicolon and tab. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char best = ',';
		long most = header.chars().filter(c -> c == ',').count();
		for (char candidate : new char[] { ';', '\t' }) {
			long count = header.chars().filter(c -> c == candidate).count();
			if (count > most) {
				best = candidate;
				most = count;
			}
		}
		return best;
	}

	private static AwardCsvProblem problem(int rowNo, String column, String key) {
		return new AwardCsvProblem(rowNo, column, Msg.of(key));
	}

	private static String shorten(String value) {
		return value.length() > 80 ? value.substring(0, 80) + "…" : value;
	}

}
