package org.microcred.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/** Without an SMTP server mail goes to the log: never with a live one-time link in it. */
@ExtendWith(OutputCaptureExtension.class)
class LoggedMailIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aLoggedMessageKeepsItsOneTimeLinkOutOfTheLog(CapturedOutput output) {
		String token = "Zm9yZ2V0LW1lLW5vdC10aGlzLWlzLWEtbGl2ZS10b2tlbg";
		String to = TestData.uniqueEmail("logged");
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into mail_outbox (id, recipient, subject, body) values (?, ?, ?, ?)")
			.params(id, to, "Reset your Microcred password",
					"Choose a new password here:\nhttp://localhost:8080/password/reset?token=" + token + "\nThanks.")
			.update();

		MailDelivery logOnly = new MailDelivery(jdbc,
				new DefaultListableBeanFactory().getBeanProvider(JavaMailSender.class), transactions,
				new MockEnvironment());
		logOnly.deliver(id);

		assertThat(output).contains(to).contains("Reset your Microcred password").doesNotContain(token);
		assertThat(jdbc.sql("select body from mail_outbox where id = ?").param(id).query(String.class).single())
			.as("the platform administrator still reads it on the Outgoing mail page")
			.contains(token);
	}

}
