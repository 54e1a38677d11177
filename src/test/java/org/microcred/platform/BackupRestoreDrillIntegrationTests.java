package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.demo.DemoAccounts;
import org.microcred.support.AppProcess;
import org.microcred.support.WebClientSession;

/**
 * The restore drill: an installation with issued credentials and uploaded evidence is backed up, restored into an
 * empty database and data directory, and brought up as a second instance at the same address; every credential
 * still verifies as it did, every evidence file has the same SHA-256. A backup of a running embedded installation
 * and a restore into a database that is not empty are refused.
 */
class BackupRestoreDrillIntegrationTests {

	@TempDir
	Path temp;

	@Test
	void aRestoredInstallationVerifiesEveryCredentialAndServesEveryFile() throws Exception {
		Path dataA = Files.createDirectories(temp.resolve("a"));
		Path dataB = Files.createDirectories(temp.resolve("b"));
		Path backup = temp.resolve("backup");
		byte[] evidence = org.microcred.support.Files.pdf();
		String fileLink;
		int port;
		try (AppProcess a = AppProcess.start(dataA)) {
			port = a.port();
			WebClientSession teacher = a.session().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);
			String learnPage = firstMatch(teacher.get("/teacher").body(), "href=\"(/learn/[0-9a-f-]{36})\"");
			teacher.post(learnPage, learnPage + "/privacy", Map.of("confirmed", "true"));
			String upload = firstMatch(teacher.get(learnPage).body(),
					"action=\"(/learn/[0-9a-f-]{36}/parts/[a-z0-9-]+/files)\"");
			assertThat(teacher.upload(learnPage, upload, "lesson-plan.pdf", "application/pdf", evidence).statusCode())
				.isEqualTo(200);
			fileLink = firstMatch(teacher.get(learnPage).body(), "href=\"(/evidence/files/[0-9a-f-]{36})\"");

			AppProcess.ToolRun whileRunning = AppProcess.runTool("backup", backup.toString(),
					"--microcred.data-dir=" + dataA);
			assertThat(whileRunning.exitCode()).as(whileRunning.output()).isEqualTo(1);
			assertThat(whileRunning.output()).contains("is running on", "stop it first");
			assertThat(backup).doesNotExist();

			a.stop();
		}
		AppProcess.ToolRun backedUp = AppProcess.runTool("backup", backup.toString(), "--microcred.data-dir=" + dataA);
		assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
		assertThat(backedUp.output()).contains("The master key is NOT in the backup");
		Map<String, Boolean> expected = expectedVerification(backup);
		assertThat(expected).containsValue(true).hasSizeGreaterThan(3);

		AppProcess.ToolRun restored = AppProcess.runTool("restore", backup.toString(), "--microcred.data-dir=" + dataB);
		assertThat(restored.exitCode()).as(restored.output()).isZero();
		assertThat(restored.output()).contains("WARNING: the master key configured here is not the one");
		// the operator puts the master key, kept apart from the backup, in place
		Files.copy(dataA.resolve("master.key"), dataB.resolve("master.key"));

		try (AppProcess b = AppProcess.start(dataB, port)) {
			Map<String, Boolean> verifiedOnB = new LinkedHashMap<>();
			for (String id : expected.keySet()) {
				verifiedOnB.put(id, verified(b.session(), id));
			}
			assertThat(verifiedOnB).isEqualTo(expected);
			WebClientSession teacher = b.session().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);
			var download = teacher.getBytes(fileLink);
			assertThat(download.statusCode()).isEqualTo(200);
			assertThat(sha256(download.body())).isEqualTo(sha256(evidence));
			b.stop();
		}

		AppProcess.ToolRun twice = AppProcess.runTool("restore", backup.toString(), "--microcred.data-dir=" + dataB);
		assertThat(twice.exitCode()).isEqualTo(1);
		assertThat(twice.output()).contains("The target database is not empty", "nothing was changed");
	}

	private static boolean verified(WebClientSession session, String id) {
		var json = session.get("/credentials/" + id + "/credential.json", "application/json");
		assertThat(json.statusCode()).as(id).isEqualTo(200);
		var report = session.postJson("/api/v1/verify", json.body());
		assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
		return report.body().contains("\"verified\":true");
	}

	/**
	 * The issued credentials in the backup's copy of the table, each with whether it must verify: an active one
	 * without an end date must, a revoked or suspended one must not (expiring ones are left out).
	 */
	private static Map<String, Boolean> expectedVerification(Path backup) throws Exception {
		Map<String, Boolean> expected = new LinkedHashMap<>();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
				Files.newInputStream(backup.resolve("database/issued_credential.copy.gz"))), StandardCharsets.UTF_8))) {
			in.lines().map(line -> line.split("\t")).filter(row -> row[11].equals("\\N"))
				.forEach(row -> expected.put(row[0], row[14].equals("ACTIVE")));
		}
		return expected;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private static String firstMatch(String text, String regex) {
		var matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No match for " + regex);
		}
		return matcher.group(1);
	}

}
