package org.microcred.platform;

import org.springframework.context.MessageSourceResolvable;

/**
 * Base of the exceptions whose message is written for a person: {@link #getMessage()} is a bundle key (or, for
 * text not yet in the bundles, the text itself) and the exception resolves, with its arguments, in the reader's
 * language.
 */
public abstract class UserFacingException extends RuntimeException implements MessageSourceResolvable {

	private final Msg message;

	protected UserFacingException(String key, Object... args) {
		super(key);
		this.message = Msg.of(key, args);
	}

	/** The message to show, to pass along (e.g. as a flash attribute) or to resolve. */
	public Msg message() {
		return message;
	}

	@Override
	public String[] getCodes() {
		return message.getCodes();
	}

	@Override
	public Object[] getArguments() {
		return message.getArguments();
	}

	@Override
	public String getDefaultMessage() {
		return message.getDefaultMessage();
	}

}
