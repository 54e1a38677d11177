package org.microcred.district.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.microcred.district.internal.Decimals;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;

/**
 * Parses what people type into number and date fields, with a message naming the field when it is not one.
 * {@code what} is the bundle key of the field's name as the message's subject (The stipend).
 */
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
			throw new InvalidInputException(field, "district.value.not-a-number", Msg.of(what));
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
			throw new InvalidInputException(field, "district.value.not-whole", Msg.of(what));
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
			throw new InvalidInputException(field, "district.value.not-a-date", Msg.of(what));
		}
	}

}
