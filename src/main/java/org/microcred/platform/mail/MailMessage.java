package org.microcred.platform.mail;

import org.microcred.platform.Msg;

/** A plain-text message to one recipient, for {@link Mailer#sendAll}, written in the recipient's language. */
public record MailMessage(Recipient to, Msg subject, Msg body) {
}
