package org.microcred.platform.mail;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMailer implements Mailer {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	OutboxMailer(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	@Transactional
	public void send(String to, String subject, String body) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mail_outbox (id, recipient, subject, body) values (?, ?, ?, ?)")
			.params(id, to, subject.length() > 300 ? subject.substring(0, 300) : subject, body)
			.update();
		events.publishEvent(new MailQueued(id));
	}

}
