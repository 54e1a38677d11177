package org.microcred.district.internal;

/** Keeps CSV cells from being run as formulas when a spreadsheet opens the file (CSV injection). */
public final class Spreadsheets {

	private Spreadsheets() {
	}

	public static String safe(Object value) {
		String text = value == null ? "" : value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
			return "'" + text;
		}
		return text;
	}

}
