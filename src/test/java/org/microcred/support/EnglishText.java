package org.microcred.support;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A message as an English reader sees it, for tests that check what a message says (a {@code Msg}, a user-facing
 * exception, a bundle key), with or without the application running.
 */
public final class EnglishText {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private EnglishText() {
	}

	public static String of(Object message) {
		if (message instanceof MessageSourceResolvable resolvable) {
			return MESSAGES.getMessage(resolvable, Locale.ENGLISH);
		}
		String text = String.valueOf(message);
		return MESSAGES.getMessage(text, null, text, Locale.ENGLISH);
	}

}
