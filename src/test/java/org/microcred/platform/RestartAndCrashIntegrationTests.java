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
import org.microcred.support.WebClientSession;

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
			var signup = first.session().post("/signup", "/signup", Map.of("displayName", "Sur Vivor", "email", email));
			assertThat(signup.statusCode()).isEqualTo(302);
			String link = signUpLink(admin, email);
			var finished = first.session().post(link, link,
					Map.of("password", "a survivor passphrase", "confirmation", "a survivor passphrase"));
			assertThat(finished.statusCode()).isEqualTo(302);
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

	/**
	 * {@code kill -9} in the middle of an upload: after the restart no partial file is attached to the draft,
	 * nothing is left in storage, and everything saved before is intact.
	 */
	@Test
	void aKillDuringAnUploadLeavesNoPartialFileAndKeepsWhatWasSaved() throws Exception {
		Path dataDir = Files.createDirectories(temp.resolve("upload-data"));
		String learnPage;
		String uploadPath;
		try (AppProcess app = AppProcess.start(dataDir)) {
			var teacher = app.session().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);
			String home = teacher.get("/teacher").body();
			learnPage = firstMatch(home, "href=\"(/learn/[0-9a-f-]{36})\"");
			String learn = teacher.get(learnPage).body();
			uploadPath = firstMatch(learn, "action=\"(/learn/[0-9a-f-]{36}/parts/[a-z0-9-]+/files)\"");
			var saved = teacher.post(learnPage, learnPage + "/notes", Map.of("notes", "Saved before the crash."));
			assertThat(saved.statusCode()).isEqualTo(302);

			java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
			teacher.startEndlessUpload(learnPage, uploadPath, "big-video.pdf", sent);
			long deadline = System.currentTimeMillis() + 30_000;
			while (sent.get() < 3 * 1024 * 1024 && System.currentTimeMillis() < deadline) {
				Thread.sleep(50);
			}
			assertThat(sent.get()).as("bytes streamed before the kill").isGreaterThan(3L * 1024 * 1024);
			app.kill();
		}
		try (AppProcess app = AppProcess.start(dataDir)) {
			var teacher = app.session().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);
			String learn = teacher.get(learnPage).body();
			assertThat(learn).contains("Saved before the crash.").doesNotContain("big-video.pdf");
			try (var incoming = Files.list(dataDir.resolve("evidence/incoming"))) {
				assertThat(incoming).isEmpty();
			}
			try (var objects = Files.walk(dataDir.resolve("evidence/objects"))) {
				assertThat(objects.filter(Files::isRegularFile)).isEmpty();
			}
		}
	}

	/** Without SMTP the link is on the platform administrator's Outgoing mail page (never in the log). */
	private static String signUpLink(WebClientSession admin, String email) throws InterruptedException {
		for (int attempt = 0; attempt < 100; attempt++) {
			var mail = Pattern.compile("href=\"(/admin/mail/[0-9a-f-]{36})\"")
				.matcher(admin.get("/admin/mail?to=" + email).body());
			if (mail.find()) {
				return firstMatch(admin.get(mail.group(1)).body(), "https?://[^/\\s]+(/signup/[A-Za-z0-9_-]+)");
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No sign-up mail to " + email);
	}

	private static String firstMatch(String text, String regex) {
		var matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No match for " + regex);
		}
		return matcher.group(1);
	}

	private static long countOf(String page, String text) {
		return Pattern.compile(Pattern.quote(text)).matcher(page).results().count();
	}

}
