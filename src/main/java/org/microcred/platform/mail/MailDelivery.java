package org.microcred.platform.mail;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Delivers queued mail: through SMTP when {@code spring.mail.host} is set, otherwise to the log (the embedded
 * default), where a platform administrator can also read it on the mail page. Failed deliveries are retried.
 */
@Component
class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	private static final int MAX_ATTEMPTS = 10;

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private final JdbcClient jdbc;

	private final ObjectProvider<JavaMailSender> sender;

	private final TransactionTemplate transaction;

	private final boolean smtp;

	private final String from;

	MailDelivery(JdbcClient jdbc, ObjectProvider<JavaMailSender> sender, PlatformTransactionManager transactions,
			Environment environment) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sender = sender;
		this.smtp = StringUtils.hasText(environment.getProperty("spring.mail.host"));
		this.from = environment.getProperty("microcred.mail.from", "Microcred <no-reply@microcred.local>");
	}

	@Async
	@TransactionalEventListener
	void onQueued(MailQueued queued) {
		deliver(queued.id());
	}

	@Scheduled(fixedDelayString = "${microcred.mail.retry-interval:PT30S}", initialDelayString = "PT20S")
	void retryPending() {
		List<UUID> pending = jdbc
			.sql("select id from mail_outbox where status = 'PENDING' and created_at < now() - interval '10 seconds' "
					+ "order by created_at limit 1000")
			.query(UUID.class)
			.list();
		pending.forEach(this::deliver);
	}

	void deliver(UUID id) {
		transaction.executeWithoutResult(status -> deliverLocked(id));
	}

	/** Runs in its own transaction: the row lock keeps two instances from sending the same message. */
	private void deliverLocked(UUID id) {
		var message = jdbc
			.sql("select recipient, subject, body, attempts from mail_outbox where id = ? and status = 'PENDING' "
					+ "for update skip locked")
			.param(id)
			.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) })
			.optional();
		if (message.isEmpty()) {
			return;
		}
		String to = (String) message.get()[0];
		String subject = (String) message.get()[1];
		String body = (String) message.get()[2];
		int attempts = (Integer) message.get()[3] + 1;
		if (!smtp) {
			log.info("E-mail (no SMTP server configured: it is only logged, and shown on the Outgoing mail page)"
					+ "\nTo: {}\nSubject: {}\n\n{}", to, subject, withoutLinks(body));
			jdbc.sql("update mail_outbox set status = 'LOGGED', attempts = ?, delivered_at = now() where id = ?")
				.params(attempts, id)
				.update();
			return;
		}
		try {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom(from);
			mail.setTo(to);
			mail.setSubject(subject);
			mail.setText(body);
			sender.getObject().send(mail);
			jdbc.sql("update mail_outbox set status = 'SENT', body = null, attempts = ?, last_error = null, "
					+ "delivered_at = now() where id = ?")
				.params(attempts, id)
				.update();
		}
		catch (MailException ex) {
			log.warn("Could not deliver e-mail {} (attempt {}): {}", id, attempts, ex.getMessage());
			String error = String.valueOf(ex.getMessage());
			jdbc.sql("update mail_outbox set status = ?, attempts = ?, last_error = ? where id = ?")
				.params(attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts,
						error.length() > 500 ? error.substring(0, 500) : error, id)
				.update();
		}
	}

	/**
	 * Links in mail are often live one-time links (password reset, invitations, sign-up): logs are read by more
	 * people and kept longer than the outbox, so they never get them.
	 */
	static String withoutLinks(String body) {
		return body == null ? "" : LINK.matcher(body).replaceAll("[link left out of the log: see Outgoing mail]");
	}

}
