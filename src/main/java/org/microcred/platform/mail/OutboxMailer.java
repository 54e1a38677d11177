package org.microcred.platform.mail;

import java.util.List;
import java.util.UUID;

import org.microcred.platform.Msg;
import org.microcred.platform.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxMailer implements Mailer {

	private static final int CHUNK = 5_000;

	private static final int IMMEDIATE = 50;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Texts texts;

	OutboxMailer(JdbcClient jdbc, ApplicationEventPublisher events, Texts texts) {
		this.jdbc = jdbc;
		this.events = events;
		this.texts = texts;
	}

	@Override
	@Transactional
	public void send(Recipient to, Msg subject, Msg body) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mail_outbox (id, recipient, subject, body) values (?, ?, ?, ?)")
			.params(id, to.address(), subject(to, subject), write(to, body))
			.update();
		events.publishEvent(new MailQueued(id));
	}

	@Override
	@Transactional
	public void sendAll(List<MailMessage> messages) {
		for (int from = 0; from < messages.size(); from += CHUNK) {
			List<MailMessage> chunk = messages.subList(from, Math.min(messages.size(), from + CHUNK));
			UUID[] ids = chunk.stream().map(m -> UUID.randomUUID()).toArray(UUID[]::new);
			jdbc.sql("""
					insert into mail_outbox (id, recipient, subject, body)
					select * from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::text[])""")
				.params(ids, chunk.stream().map(m -> m.to().address()).toArray(String[]::new),
						chunk.stream().map(m -> subject(m.to(), m.subject())).toArray(String[]::new),
						chunk.stream().map(m -> write(m.to(), m.body())).toArray(String[]::new))
				.update();
			// thousands of immediate deliveries would compete for connections; the delivery run sends the rest
			for (int i = 0; i < ids.length && from + i < IMMEDIATE; i++) {
				events.publishEvent(new MailQueued(ids[i]));
			}
		}
	}

	private String subject(Recipient to, Msg subject) {
		String text = write(to, subject);
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

	private String write(Recipient to, Msg message) {
		return texts.write(message, to.language(), to.zone());
	}

}
