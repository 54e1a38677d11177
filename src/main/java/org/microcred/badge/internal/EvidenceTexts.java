package org.microcred.badge.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evidence a credential states (its name and narrative), written once, when it is signed, in the earner's
 * language from the message bundles: the credential says in the language it was earned in how it was earned.
 */
@Component
public class EvidenceTexts {

	private final MessageSource messages;

	EvidenceTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The assessment that earned a micro-credential. */
	public CredentialDocument.Evidence assessed(int parts, String passingLevel, boolean rpl, int attempt, Instant passedAt,
			Locale locale) {
		return new CredentialDocument.Evidence(null, text(locale, "badge.evidence.assessed.name"),
				text(locale, rpl ? "badge.evidence.assessed-rpl" : "badge.evidence.assessed", parts, passingLevel, attempt,
						day(passedAt, locale)));
	}

	/** A credential that is part of a completed stack. */
	public CredentialDocument.Evidence component(String url, Instant issuedAt, Locale locale) {
		return new CredentialDocument.Evidence(url, text(locale, "badge.evidence.component.name"),
				text(locale, "badge.evidence.component", day(issuedAt, locale)));
	}

	/** A stack completed without component credentials of this installation. */
	public CredentialDocument.Evidence componentsByRecognition(Locale locale) {
		return new CredentialDocument.Evidence(null, text(locale, "badge.evidence.components.name"),
				text(locale, "badge.evidence.components-rpl"));
	}

	/** The credential a renewal renews. */
	public CredentialDocument.Evidence renewal(String url, Instant issuedAt, Locale locale) {
		return new CredentialDocument.Evidence(url, text(locale, "badge.evidence.renewal.name"),
				text(locale, "badge.evidence.renewal", day(issuedAt, locale)));
	}

	private static String day(Instant instant, Locale locale) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(instant);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
