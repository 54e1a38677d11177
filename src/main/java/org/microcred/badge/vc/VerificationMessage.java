package org.microcred.badge.vc;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A sentence the credential engine says to a person (a verification step's outcome, why an input was refused): a
 * stable key of the application's message bundles with its arguments, and the English text, for logs and for
 * callers without bundles. The engine knows no bundles; the web layer translates the key.
 * <p>
 * The English text is the key's pattern (the same as the English bundle's) formatted as {@link MessageFormat}
 * does when there are arguments, and left as it is when there are none. Arguments are plain values, other
 * messages (translated in turn) or a {@link Joined} list of messages.
 *
 * @param key the bundle key ({@code badge.verify.proof.valid}), or null for text another library wrote, shown as
 * it is in every language
 * @param args the values of the pattern's {@code {0}}, {@code {1}}…
 * @param english the text in English
 */
public record VerificationMessage(String key, List<Object> args, String english) {

	public VerificationMessage {
		args = Collections.unmodifiableList(new ArrayList<>(args));
	}

	/**
	 * @param key the bundle key
	 * @param pattern the English text, exactly as the English bundle has it
	 */
	public static VerificationMessage of(String key, String pattern, Object... args) {
		String english = (args.length == 0) ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
		return new VerificationMessage(key, Arrays.asList(args), english);
	}

	/** Text without a key (another library's words, a host's answer): the same in every language. */
	public static VerificationMessage verbatim(String text) {
		return new VerificationMessage(null, List.of(), String.valueOf(text));
	}

	/** Several sentences as one text, separated by spaces; the only one when there is one. */
	public static VerificationMessage sentences(List<VerificationMessage> sentences) {
		if (sentences.size() == 1) {
			return sentences.get(0);
		}
		return of("badge.verify.sentences", "{0}", new Joined(" ", sentences));
	}

	/** What an exception says: its message when it carries one, else its text as it is. */
	public static VerificationMessage of(Throwable failure) {
		if (failure instanceof Explained explained && explained.detail() != null) {
			return explained.detail();
		}
		return verbatim(failure.getMessage());
	}

	@Override
	public String toString() {
		return this.english;
	}

	/** Messages shown one after the other with a separator ("; " between clauses, " " between sentences). */
	public record Joined(String separator, List<VerificationMessage> parts) {

		public Joined {
			parts = List.copyOf(parts);
		}

		@Override
		public String toString() {
			return this.parts.stream().map(VerificationMessage::english).collect(Collectors.joining(this.separator));
		}

	}

	/** An exception whose message is a {@link VerificationMessage}. */
	public interface Explained {

		VerificationMessage detail();

	}

}
