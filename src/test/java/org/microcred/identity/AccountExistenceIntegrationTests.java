package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nobody learns from sign-up or password reset whether an address has an account: the answers are the same, the
 * owner of the address is told by e-mail.
 */
class AccountExistenceIntegrationTests extends IntegrationTest {

	@Autowired
	DataSource dataSource;

	@Test
	void signingUpWithATakenAddressLooksLikeSigningUpWithANewOneAndTellsTheOwner() {
		CurrentUser owner = data.teacher();
		String fresh = TestData.uniqueEmail("fresh");

		var taken = signUp("Someone Else", owner.email().toUpperCase());
		var created = signUp("Fresh Teacher", fresh);

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(taken.statusCode()).isEqualTo(created.statusCode());
		assertThat(taken.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));
		String takenPage = browserSession().get(taken.headers().firstValue("Location").orElseThrow()).body();
		String createdPage = browserSession().get(created.headers().firstValue("Location").orElseThrow()).body();
		assertThat(takenPage).isEqualTo(createdPage).contains("Check your e-mail");

		assertThat(TestMail.body(TestMail.awaitMessagesTo(owner.email(), 1).get(0)))
			.contains("already has a Microcred account")
			.contains("http://localhost:8080/password/forgot");

		String link = TestMail.link(TestMail.awaitMessagesTo(fresh, 1).get(0), "http://localhost:8080/signup/")
			.replace("http://localhost:8080", "");
		var newcomer = browserSession();
		assertThat(newcomer.get(link).body()).contains(fresh);
		var done = newcomer.post(link, link,
				Map.of("password", "a freshly chosen passphrase", "confirmation", "a freshly chosen passphrase"));
		assertThat(done.headers().firstValue("Location").orElse("")).as("logged in at once").endsWith("/teacher");
		browserSession().logIn(fresh, "a freshly chosen passphrase");
		assertThat(newcomer.get(link).statusCode()).isEqualTo(410);
	}

	/**
	 * The account's row is held by another transaction, so any work on it waits: the reset page must answer anyway,
	 * as it does for an unknown address, and send the link once the row is free.
	 */
	@Test
	void askingForAResetAnswersAtOnceWhateverTheAccountIsDoing() throws Exception {
		CurrentUser teacher = data.teacher();
		String unknown = TestData.uniqueEmail("unknown");
		try (Connection busy = dataSource.getConnection()) {
			busy.setAutoCommit(false);
			try (PreparedStatement lock = busy.prepareStatement("select id from account where id = ? for update")) {
				lock.setObject(1, teacher.id().value());
				lock.executeQuery();
			}
			HttpResponse<String> known = CompletableFuture
				.supplyAsync(() -> browserSession().post("/password/forgot", "/password/forgot",
						Map.of("email", teacher.email())))
				.get(20, TimeUnit.SECONDS);
			HttpResponse<String> nobody = browserSession().post("/password/forgot", "/password/forgot",
					Map.of("email", unknown));
			assertThat(known.statusCode()).isEqualTo(nobody.statusCode()).isEqualTo(302);
			assertThat(known.headers().firstValue("Location")).isEqualTo(nobody.headers().firstValue("Location"));
			busy.rollback();
		}
		assertThat(TestMail.link(TestMail.awaitMessagesTo(teacher.email(), 1).get(0),
				"http://localhost:8080/password/reset?token=")).isNotBlank();
		assertThat(TestMail.messagesTo(unknown)).isEmpty();
	}

	private HttpResponse<String> signUp(String name, String email) {
		return browserSession().post("/signup", "/signup", Map.of("displayName", name, "email", email));
	}

}
