package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class PasswordResetIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMailedLinkResetsThePasswordOnceOnly() {
		CurrentUser teacher = data.teacher();
		var session = browserSession();
		session.post("/password/forgot", "/password/forgot", Map.of("email", teacher.email().toUpperCase()));

		var mail = TestMail.awaitMessagesTo(teacher.email(), 1).get(0);
		String link = TestMail.link(mail, "http://localhost:8080/password/reset?token=")
			.replace("http://localhost:8080", "");
		assertThat(session.get(link).statusCode()).isEqualTo(200);

		String token = link.substring(link.indexOf("token=") + 6);
		var reset = session.post(link, "/password/reset",
				Map.of("token", token, "password", "a brand new passphrase", "confirmation", "a brand new passphrase"));
		assertThat(reset.headers().firstValue("Location")).hasValue("/login?passwordChanged");
		browserSession().logIn(teacher.email(), "a brand new passphrase");

		var reused = session.get(link);
		assertThat(reused.statusCode()).isEqualTo(410);
		assertThat(reused.body()).contains("expired or was already used");
		var reusedPost = session.post("/password/forgot", "/password/reset",
				Map.of("token", token, "password", "yet another passphrase", "confirmation", "yet another passphrase"));
		assertThat(reusedPost.statusCode()).isEqualTo(400);
		assertThat(reusedPost.body()).contains("expired or was already used");
		browserSession().logIn(teacher.email(), "a brand new passphrase");
	}

	@Test
	void anExpiredLinkIsRefused() {
		CurrentUser teacher = data.teacher();
		var session = browserSession();
		session.post("/password/forgot", "/password/forgot", Map.of("email", teacher.email()));
		var mail = TestMail.awaitMessagesTo(teacher.email(), 1).get(0);
		String link = TestMail.link(mail, "http://localhost:8080/password/reset?token=").replace("http://localhost:8080", "");
		jdbc.sql("update password_reset_token set expires_at = now() - interval '1 minute' where account_id = ?")
			.param(teacher.id().value())
			.update();

		assertThat(session.get(link).body()).contains("expired or was already used");
		browserSession().logIn(teacher.email(), TestData.PASSWORD);
	}

	@Test
	void askingForAnUnknownAddressLooksTheSameAndSendsNothing() {
		String unknown = TestData.uniqueEmail("nobody");
		var response = browserSession().post("/password/forgot", "/password/forgot", Map.of("email", unknown));
		assertThat(response.headers().firstValue("Location")).hasValue("/login?resetSent");
		assertThat(TestMail.messagesTo(unknown)).isEmpty();
	}

	@Test
	void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() {
		CurrentUser teacher = data.teacher();
		var session = browserSession();
		session.post("/password/forgot", "/password/forgot", Map.of("email", teacher.email()));
		String link = TestMail.link(TestMail.awaitMessagesTo(teacher.email(), 1).get(0),
				"http://localhost:8080/password/reset?token=").replace("http://localhost:8080", "");
		String token = link.substring(link.indexOf("token=") + 6);
		var weak = session.post(link, "/password/reset",
				Map.of("token", token, "password", "password123", "confirmation", "password123"));
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("too easy to guess");
		assertThat(session.get(link).statusCode()).isEqualTo(200);
	}

}
