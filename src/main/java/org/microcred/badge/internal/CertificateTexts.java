package org.microcred.badge.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.microcred.platform.Msg;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The lines of a printable certificate in one language, from the message bundles. Dates are the days the
 * credential states, in UTC, as the credential itself does.
 */
@Component
public class CertificateTexts {

	private final MessageSource messages;

	CertificateTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** What a certificate says of one credential, before it is laid out. */
	public record Facts(String earnerName, String achievement, String issuer, Instant issuedAt, Instant validUntil,
			BigDecimal pdHours, String state, Instant stateChangedAt, String url, byte[] badgePng) {
	}

	/**
	 * The certificate in this language.
	 * @param facts with {@code earnerName} null when the earner hides it, {@code state} ACTIVE, SUSPENDED or REVOKED
	 */
	public byte[] pdf(Facts facts, Locale locale) {
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
			.withZone(ZoneOffset.UTC);
		boolean valid = "ACTIVE".equals(facts.state());
		String state = "REVOKED".equals(facts.state()) ? "revoked" : "suspended";
		String stamp = valid ? null : text(locale, "badge.certificate.stamp." + state);
		String note = valid ? null : facts.stateChangedAt() == null ? text(locale, "badge.certificate.note." + state)
				: text(locale, "badge.certificate.note." + state + "-on", day.format(facts.stateChangedAt()));
		String issued = facts.pdHours() == null
				? text(locale, "badge.certificate.issued", facts.issuer(), day.format(facts.issuedAt()))
				: text(locale, "badge.certificate.issued-hours", facts.issuer(), day.format(facts.issuedAt()),
						Msg.of("badge.pd-hours", facts.pdHours(), NumberFormat.getNumberInstance(locale).format(facts.pdHours())));
		Certificates.Lines lines = new Certificates.Lines(text(locale, "badge.certificate.heading"),
				text(locale, "badge.certificate.certifies"), text(locale, "badge.certificate.earned"),
				text(locale, "badge.certificate.verify-at"));
		String earner = facts.earnerName() == null ? text(locale, "badge.certificate.earner-hidden") : facts.earnerName();
		String until = facts.validUntil() == null ? null
				: text(locale, "badge.certificate.valid-until", day.format(facts.validUntil()));
		return Certificates.pdf(new Certificates.Content(lines, earner, facts.achievement(), issued, until, facts.url(),
				facts.badgePng(), stamp, note));
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
