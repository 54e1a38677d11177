package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.demo.DemoAccounts;
import org.microcred.support.AppProcess;
import org.microcred.support.TestData;

/**
 * The embedded default as a user runs it: data survives a restart and a {@code kill -9}, and demo data is created
 * once.
 */
class RestartAndCrashIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void dataSurvivesARestartAndAKillAndDemoDataIsSeededOnce() throws Exception {
		Path dataDir = Files.createDirectories(temp.resolve("data"));
		String email = TestData.uniqueEmail("survivor");

		try (AppProcess first = AppProcess.start(dataDir)) {
			var admin = first.session().logIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
			assertThat(countOf(admin.get("/admin").body(), DemoAccounts.NONPROFIT)).isEqualTo(1);
			var signup = first.session()
				.post("/signup", "/signup", Map.of("displayName", "Sur Vivor", "email", email, "password",
						"a survivor passphrase"));
			assertThat(signup.statusCode()).isEqualTo(302);
			first.stop();
		}

		try (AppProcess second = AppProcess.start(dataDir)) {
			second.session().logIn(email, "a survivor passphrase");
			var admin = second.session().logIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
			assertThat(countOf(admin.get("/admin").body(), DemoAccounts.NONPROFIT)).isEqualTo(1);
			second.kill();
		}

		try (AppProcess third = AppProcess.start(dataDir)) {
			third.session().logIn(email, "a survivor passphrase");
			var admin = third.session().logIn(DemoAccounts.PLATFORM_ADMIN, DemoAccounts.PASSWORD);
			assertThat(countOf(admin.get("/admin").body(), DemoAccounts.NONPROFIT)).isEqualTo(1);
		}
	}

	private static long countOf(String page, String text) {
		return Pattern.compile(Pattern.quote(text)).matcher(page).results().count();
	}

}
