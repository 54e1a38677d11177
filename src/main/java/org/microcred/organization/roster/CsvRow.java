package org.microcred.organization.roster;

import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** One data row of an uploaded CSV file; {@code row} is its spreadsheet row number (the header is row 1). */
record CsvRow(String file, int row, Map<String, Integer> columns, CSVRecord record) {

	/** The trimmed value of the column (any letter case), or null when the column is absent or the cell blank. */
	String get(String column) {
		Integer index = columns.get(column.toLowerCase(java.util.Locale.ROOT));
		if (index == null || index >= record.size()) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	boolean has(String column) {
		return columns.containsKey(column.toLowerCase(java.util.Locale.ROOT));
	}

}
