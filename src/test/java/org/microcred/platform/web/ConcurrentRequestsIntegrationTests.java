package org.microcred.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;

/** A double click sends two requests at once in one session: both are answered, none with a server error. */
class ConcurrentRequestsIntegrationTests extends IntegrationTest {

	@Test
	void aDoubleClickedFormIsAnsweredTwiceWithoutAServerError() {
		CurrentUser teacher = data.teacher();
		var session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		for (int click = 0; click < 10; click++) {
			List<HttpResponse<String>> answers = session.postConcurrently("/profile", "/profile",
					Map.of("displayName", "Double Clicker " + click, "recipientId", ""), 2);
			assertThat(answers).as("double click %d", click)
				.extracting(HttpResponse::statusCode)
				.containsExactly(302, 302);
			// reading the page uses up the messages the two saves left, as a person's browser would
			session.get("/profile");
			session.get("/profile");
		}
		assertThat(session.get("/profile").body()).contains("Double Clicker 9");
	}

}
