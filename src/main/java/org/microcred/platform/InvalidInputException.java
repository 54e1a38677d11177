package org.microcred.platform;

/**
 * Input that breaks a rule the form validation could not check (it needs the database, or several fields):
 * answered with 400. {@code field} names the form field to attach the message to, or is null for the whole form.
 */
public class InvalidInputException extends UserFacingException {

	private final String field;

	public InvalidInputException(String field, String key, Object... args) {
		super(key, args);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
