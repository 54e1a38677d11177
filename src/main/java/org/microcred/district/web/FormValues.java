package org.microcred.district.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.microcred.district.internal.Decimals;
import org.microcred.platform.InvalidInputException;

/** Parses what people type into number and date fields, with a message naming the field when it is not one. */
final class FormValues {

	private FormValues() {
	}

	static BigDecimal decimal(String field, String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Decimals.plain(new BigDecimal(value.strip()));
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, what + " must be a number, like 12 or 7.5.");
		}
	}

	static Integer whole(String field, String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(field, what + " must be a whole number.");
		}
	}

	static LocalDate date(String field, String value, String what) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInputException(field, what + " must be a date (YYYY-MM-DD).");
		}
	}

}
