package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.microcred.demo.DemoAccounts;
import org.microcred.support.AppProcess;
import org.microcred.support.S3Server;
import org.microcred.support.WebClientSession;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The application run with {@code microcred.storage.type=s3} against a real S3 server: a teacher's upload lands in
 * the bucket (not on the app's disk) and downloads unchanged, an office document is still checked for a
 * decompression bomb, and with the store down an upload is refused with a clear message and the readiness probe
 * says so.
 */
class EvidenceInObjectStorageIntegrationTests {

	@Test
	void evidenceGoesToTheObjectStoreAndComesBackUnchanged() throws Exception {
		// under target/, not a temporary folder, so that the app's and S3Mock's logs stay for a failed run
		Path temp = Files.createDirectories(Path.of("target", "object-storage-test", String.valueOf(System.nanoTime())));
		try (S3Server s3 = S3Server.start(Files.createDirectories(temp.resolve("s3")), "evidence");
				S3Client bucket = s3.client()) {
			Path dataDir = Files.createDirectories(temp.resolve("data"));
			String[] arguments = Stream.concat(Stream.of(s3.appArguments("evidence")),
					Stream.of("--microcred.evidence.max-file-size=64MB", "--microcred.evidence.quota-per-teacher=200MB"))
				.toArray(String[]::new);
			try (AppProcess app = AppProcess.start(dataDir, arguments)) {
				WebClientSession teacher = app.session().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);
				String learnPage = firstMatch(teacher.get("/teacher").body(), "href=\"(/learn/[0-9a-f-]{36})\"");
				String uploadPath = firstMatch(teacher.get(learnPage).body(),
						"action=\"(/learn/[0-9a-f-]{36}/parts/(?!prior-credential)[a-z0-9-]+/files)\"");
				teacher.post(learnPage, learnPage + "/privacy", Map.of("confirmed", "true"));
				// a PDF of two parts of the multipart upload (8 MB each)
				byte[] pdf = new byte[12 * 1024 * 1024 + 321];
				new java.util.Random(18).nextBytes(pdf);
				System.arraycopy(org.microcred.support.Files.pdf(), 0, pdf, 0, org.microcred.support.Files.pdf().length);

				var uploaded = teacher.upload(learnPage, uploadPath, "lesson-plan.pdf", "application/pdf", pdf);

				assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
				String download = firstMatch(teacher.get(learnPage).body(),
						"href=\"(/evidence/files/[0-9a-f-]{36})\"[^>]*>lesson-plan.pdf<");
				var downloaded = teacher.download(download);
				assertThat(downloaded.statusCode()).isEqualTo(200);
				assertThat(downloaded.body()).isEqualTo(pdf);
				assertThat(bucket.listObjectsV2(b -> b.bucket("evidence").prefix("evidence/")).contents())
					.extracting(S3Object::size)
					.contains((long) pdf.length);
				try (var local = Files.walk(dataDir.resolve("evidence"))) {
					assertThat(local.filter(Files::isRegularFile)).as("nothing kept on the app's disk").isEmpty();
				}

				var bomb = teacher.upload(learnPage, uploadPath, "lesson.docx", "application/octet-stream",
						org.microcred.support.Files.zipBomb(300));
				assertThat(bomb.statusCode()).isEqualTo(400);
				assertThat(bomb.body()).contains("decompression bomb");

				s3.stop();
				var refused = teacher.upload(learnPage, uploadPath, "reflection.pdf", "application/pdf",
						org.microcred.support.Files.pdf());
				assertThat(refused.statusCode()).isEqualTo(400);
				assertThat(refused.body()).contains("the file store is not answering").contains("Nothing was uploaded")
					.doesNotContain("Exception");
				assertThat(teacher.get(learnPage).body()).doesNotContain("reflection.pdf");
				assertThat(app.session().get("/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
			}
		}
	}

	private static String firstMatch(String text, String regex) {
		var matcher = Pattern.compile(regex).matcher(text);
		if (!matcher.find()) {
			throw new AssertionError("No match for " + regex);
		}
		return matcher.group(1);
	}

}
