package org.microcred.platform.mail;

import java.util.List;

import org.microcred.platform.Msg;

/**
 * Sends e-mail, written from the message bundles in the recipient's language. A message is queued in the caller's
 * transaction and delivered after it commits, so a rolled-back action sends nothing and a crash after commit still
 * delivers (delivery is retried).
 */
public interface Mailer {

	/** Queues a plain-text message to one recipient. */
	void send(Recipient to, Msg subject, Msg body);

	/**
	 * Queues many messages at once (bulk actions such as roster imports). The first few are delivered right after
	 * commit; the rest by the outbox's regular delivery run.
	 */
	void sendAll(List<MailMessage> messages);

}
