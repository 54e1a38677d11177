package org.microcred.platform.mail;

/** A plain-text message to one recipient, for {@link Mailer#sendAll}. */
public record MailMessage(String to, String subject, String body) {
}
