package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-up as a newcomer meets it: every problem of a step at once, with a summary linking to the fields; the
 * browser's autofill purposes on every field; and, once the mailed link proved the address, logged in at once.
 */
class SignUpFormIntegrationTests extends IntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBadNameAndABadAddressAreBothFlaggedAtOnceWithASummaryLinkingToEach() throws Exception {
		String page = mvc.perform(post("/signup").with(csrf())
			.param("displayName", "<b>Ada</b>")
			.param("email", "not-an-address"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("There are 2 problems")
			.contains("The characters &lt; and &gt; are not allowed.")
			.contains("Please enter a valid e-mail address")
			.contains("href=\"#displayName\"")
			.contains("href=\"#email\"");
		for (String field : new String[] { "displayName", "email" }) {
			assertThat(page).as(field + " is marked invalid")
				.containsPattern("<input[^>]*(aria-invalid=\"true\"[^>]*id=\"" + field + "\"|id=\"" + field
						+ "\"[^>]*aria-invalid=\"true\")");
		}
	}

	@Test
	void aWeakPasswordAndAMismatchedConfirmationAreBothFlaggedAtOnce() throws Exception {
		String email = TestData.uniqueEmail("Both");
		String link = requestLink("Grace Hopper", email);
		var answer = browserSession().post(link, link, Map.of("password", "short", "confirmation", "shorter"));
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("There are 2 problems")
			.contains("Please use at least 10 characters.")
			.contains("The two passwords are not the same.")
			.contains("href=\"#password\"")
			.contains("href=\"#confirmation\"");
		assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(?)").param(email)
			.query(Long.class).single()).isZero();
	}

	@Test
	void everyFieldTellsTheBrowserWhatToFillIn() throws Exception {
		String form = mvc.perform(get("/signup")).andReturn().getResponse().getContentAsString();
		assertThat(form).containsPattern("name=\"displayName\"[^>]*autocomplete=\"name\"|autocomplete=\"name\"[^>]*name=\"displayName\"")
			.containsPattern("name=\"email\"[^>]*autocomplete=\"email\"|autocomplete=\"email\"[^>]*name=\"email\"");
		String link = requestLink("Katherine Johnson", TestData.uniqueEmail("Auto"));
		String finish = browserSession().get(link).body();
		assertThat(finish).contains("autocomplete=\"username\"");
		assertThat(finish.split("autocomplete=\"new-password\"", -1)).as("password and its confirmation").hasSize(3);
	}

	@Test
	void followingTheLinkAndChoosingAPasswordLogsTheNewTeacherIn() throws Exception {
		String email = TestData.uniqueEmail("Welcome");
		String link = requestLink("Mary Jackson", email);
		var session = browserSession();
		var finished = session.post(link, link,
				Map.of("password", "correct horse battery", "confirmation", "correct horse battery"));
		assertThat(finished.statusCode()).isEqualTo(302);
		assertThat(finished.headers().firstValue("Location")).hasValue("/teacher");
		var home = session.get("/teacher");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("My learning", "Mary Jackson", "your account is ready and you are logged in");
		assertThat(session.get("/teacher").body()).as("the welcome is said once")
			.doesNotContain("your account is ready and you are logged in");
		assertThat(browserSession().get("/teacher").statusCode()).as("another browser is not logged in")
			.isEqualTo(302);
	}

	private String requestLink(String name, String email) throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("displayName", name).param("email", email))
			.andExpect(redirectedUrl("/signup?sent"));
		return TestMail.link(TestMail.awaitMessagesTo(email, 1).get(0), "http://localhost:8080/signup/")
			.replace("http://localhost:8080", "");
	}

}
