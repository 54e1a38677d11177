package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.AbandonedUploadCleanup;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.learning.internal.TusUploads;
import org.microcred.platform.PlatformSettings;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.tus.java.client.TusClient;
import io.tus.java.client.TusURLMemoryStore;
import io.tus.java.client.TusUpload;
import io.tus.java.client.TusUploader;

/**
 * Resumable evidence uploads over tus, driven by an independent client (tus-java-client) and by raw requests:
 * an upload cut off half-way resumes where it stopped and ends as an evidence file with the same SHA-256; the
 * protocol's refusals (wrong offset, too large, someone else's upload, an abandoned one) are what a tus client expects.
 */
class ResumableUploadIntegrationTests extends IntegrationTest {

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceStore evidence;

	@Autowired
	EvidenceStorage storage;

	@Autowired
	AbandonedUploadCleanup cleanup;

	@Autowired
	LearningSettings settings;

	@Autowired
	ResumableUploadSettings resumable;

	@Autowired
	PlatformSettings platform;

	@Autowired
	JdbcClient jdbc;

	record Teacher(CurrentUser user, EnrollmentId enrollment, WebClientSession http) {

		String page() {
			return "/learn/" + enrollment.value();
		}

		String uploads() {
			return page() + "/parts/plan/uploads";
		}

	}

	Teacher teacher() {
		CurrentUser user = data.teacher();
		EnrollmentId id = enrollments.enroll(user, credentials.publish("Resumable").credential(), false);
		enrollments.acknowledgePrivacy(user, id);
		return new Teacher(user, id, browserSession().logIn(user.email(), TestData.PASSWORD));
	}

	TusClient client(Teacher teacher, TusURLMemoryStore store) throws Exception {
		TusClient client = new TusClient();
		client.setUploadCreationURL(URI.create("http://localhost:" + port + teacher.uploads()).toURL());
		client.enableResuming(store);
		client.setHeaders(teacher.http().sessionHeaders(teacher.page()));
		return client;
	}

	static TusUpload upload(String name, byte[] content) {
		TusUpload upload = new TusUpload();
		upload.setInputStream(new ByteArrayInputStream(content));
		upload.setSize(content.length);
		upload.setFingerprint(name + "-" + content.length);
		upload.setMetadata(Map.of("filename", name, "filetype", "video/mp4"));
		return upload;
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	HttpResponse<String> create(Teacher teacher, long length, String name) {
		return teacher.http().request("POST", teacher.uploads(), teacher.page(), Map.of("Tus-Resumable", "1.0.0",
				"Upload-Length", String.valueOf(length), "Upload-Metadata", "filename " + base64(name)), null);
	}

	static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	static String location(HttpResponse<String> created) {
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
	}

	HttpResponse<String> head(Teacher teacher, String upload) {
		return teacher.http().request("HEAD", upload, null, Map.of("Tus-Resumable", "1.0.0"), null);
	}

	HttpResponse<String> patch(Teacher teacher, String upload, long offset, byte[] bytes) {
		return teacher.http().request("PATCH", upload, teacher.page(), Map.of("Tus-Resumable", "1.0.0",
				"Upload-Offset", String.valueOf(offset), "Content-Type", "application/offset+octet-stream"), bytes);
	}

	@Test
	void anUploadCutOffHalfWayResumesWhereItStoppedAndEndsAsTheSameFile() throws Exception {
		Teacher teacher = teacher();
		byte[] video = org.microcred.support.Files.video(3_000_000, 1);
		TusURLMemoryStore remembered = new TusURLMemoryStore();

		TusUploader first = client(teacher, remembered).resumeOrCreateUpload(upload("lesson.mp4", video));
		first.setChunkSize(100_000);
		first.setRequestPayloadSize(500_000);
		while (first.getOffset() < video.length / 2 && first.uploadChunk() > -1) {
			// the connection drops half-way
		}
		first.finish(false);
		String url = first.getUploadURL().getPath();
		HttpResponse<String> halfWay = head(teacher, url);
		assertThat(halfWay.statusCode()).isIn(200, 204);
		long offset = Long.parseLong(halfWay.headers().firstValue("Upload-Offset").orElseThrow());
		assertThat(offset).isBetween(video.length / 2L, (long) video.length - 1);
		assertThat(halfWay.headers().firstValue("Upload-Length")).hasValue(String.valueOf(video.length));
		assertThat(evidence.draft(teacher.enrollment().value())).doesNotContainKey("plan");

		TusUploader second = client(teacher, remembered).resumeOrCreateUpload(upload("lesson.mp4", video));
		assertThat(second.getUploadURL().getPath()).isEqualTo(url);
		assertThat(second.getOffset()).isEqualTo(offset);
		second.setChunkSize(100_000);
		while (second.uploadChunk() > -1) {
			// the rest
		}
		second.finish();

		List<EvidenceFile> files = evidence.draft(teacher.enrollment().value()).get("plan").files();
		assertThat(files).singleElement().satisfies(file -> {
			assertThat(file.fileName()).isEqualTo("lesson.mp4");
			assertThat(file.mediaType()).isEqualTo("video/mp4");
			assertThat(file.sizeBytes()).isEqualTo(video.length);
			assertThat(file.sha256()).isEqualTo(sha256(video));
		});
		try (var stored = storage.open(evidence.file(files.get(0).id()).orElseThrow().storageKey())) {
			assertThat(sha256(stored.readAllBytes())).isEqualTo(sha256(video));
		}
		assertThat(head(teacher, url).statusCode()).isEqualTo(404);
		assertThat(teacher.http().get(teacher.page()).body()).contains("Uploaded “lesson.mp4”.");
	}

	@Test
	void aChunkSentFromTheWrongOffsetIsRefusedWithConflict() {
		Teacher teacher = teacher();
		String upload = location(create(teacher, 1000, "plan.pdf"));

		assertThat(patch(teacher, upload, 0, "%PDF-1.4\n".getBytes()).statusCode()).isEqualTo(204);
		HttpResponse<String> wrong = patch(teacher, upload, 100, new byte[10]);

		assertThat(wrong.statusCode()).isEqualTo(409);
		assertThat(head(teacher, upload).headers().firstValue("Upload-Offset")).hasValue("9");
	}

	@Test
	void aFileLargerThanTheLimitOrTheQuotaIsRefusedBeforeAnyByte() {
		Teacher teacher = teacher();
		HttpResponse<String> tooLarge = create(teacher, settings.maxFileSize().toBytes() + 1, "film.mp4");

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(tooLarge.body()).contains("Files may be at most");

		// the teacher's stored evidence nearly fills the quota
		long used = settings.quotaPerTeacher().toBytes() - 1000;
		jdbc.sql("""
				insert into evidence_file (id, enrollment_id, teacher_id, part_key, storage_key, file_name, media_type,
				  size_bytes, sha256, in_draft) values (?, ?, ?, 'plan', ?, 'old.mp4', 'video/mp4', ?, ?, false)""")
			.params(UUID.randomUUID(), teacher.enrollment().value(), teacher.user().id().value(),
					UUID.randomUUID().toString(), used, "0".repeat(64))
			.update();
		HttpResponse<String> overQuota = create(teacher, 1001, "notes.pdf");
		assertThat(overQuota.statusCode()).isEqualTo(413);
		assertThat(overQuota.body()).contains("storage");
		assertThat(location(create(teacher, 1000, "notes.pdf"))).startsWith(teacher.uploads());
	}

	@Test
	void anotherTeachersUploadDoesNotExistForThem() {
		Teacher owner = teacher();
		Teacher other = teacher();
		String upload = location(create(owner, 1000, "plan.pdf"));
		String elsewhere = other.uploads() + upload.substring(upload.lastIndexOf('/'));

		assertThat(head(other, upload).statusCode()).isEqualTo(404);
		assertThat(patch(other, upload, 0, "%PDF-1.4\n".getBytes()).statusCode()).isEqualTo(404);
		assertThat(patch(other, elsewhere, 0, "%PDF-1.4\n".getBytes()).statusCode()).isEqualTo(404);
		assertThat(other.http().request("POST", owner.uploads(), other.page(), Map.of("Tus-Resumable", "1.0.0",
				"Upload-Length", "100"), null).statusCode()).isEqualTo(404);
		assertThat(head(owner, upload).headers().firstValue("Upload-Offset")).hasValue("0");
	}

	@Test
	void aPatchWithoutTheCsrfTokenIsRefused() {
		Teacher teacher = teacher();
		String upload = location(create(teacher, 1000, "plan.pdf"));

		HttpResponse<String> forged = teacher.http().request("PATCH", upload, null, Map.of("Tus-Resumable", "1.0.0",
				"Upload-Offset", "0", "Content-Type", "application/offset+octet-stream"), "%PDF-1.4\n".getBytes());

		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(head(teacher, upload).headers().firstValue("Upload-Offset")).hasValue("0");
	}

	@Test
	void aRenamedProgramIsRefusedWhenItsLastByteArrivesAndLeavesNothing() {
		Teacher teacher = teacher();
		byte[] program = org.microcred.support.Files.executable();
		String upload = location(create(teacher, program.length, "notes.pdf"));

		HttpResponse<String> last = patch(teacher, upload, 0, program);

		assertThat(last.statusCode()).isEqualTo(400);
		assertThat(last.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(last.body()).contains("cannot be uploaded");
		assertThat(evidence.draft(teacher.enrollment().value())).doesNotContainKey("plan");
		assertThat(head(teacher, upload).statusCode()).isEqualTo(404);
	}

	@Test
	void anAbandonedUploadExpiresAndIsCleanedUp() throws Exception {
		Teacher teacher = teacher();
		String upload = location(create(teacher, 1000, "plan.pdf"));
		HttpResponse<String> patched = patch(teacher, upload, 0, "%PDF-1.4\n".getBytes());
		assertThat(patched.statusCode()).isEqualTo(204);
		assertThat(patched.headers().firstValue("Upload-Expires")).isPresent();
		String id = upload.substring(upload.lastIndexOf('/') + 1);
		assertThat(tusFiles(id)).isNotEmpty();

		jdbc.sql("update evidence_resumable_upload set expires_at = now() - interval '1 minute' where id = ?::uuid")
			.param(id)
			.update();
		assertThat(head(teacher, upload).statusCode()).isEqualTo(404);
		assertThat(cleanup.clean()).isTrue();

		assertThat(tusFiles(id)).isEmpty();
		assertThat(jdbc.sql("select count(*) from evidence_resumable_upload where id = ?::uuid").param(id)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void anUploadUnderWaySurvivesARestart() throws Exception {
		Teacher teacher = teacher();
		String upload = location(create(teacher, 1000, "plan.pdf"));
		assertThat(patch(teacher, upload, 0, "%PDF-1.4\n".getBytes()).statusCode()).isEqualTo(204);

		// what a restarted application reads: the same folder, a new protocol handler
		TusUploads restarted = new TusUploads(tusFolder(), settings.maxFileSize().toBytes(), resumable.expiry());

		String owner = TusUploads.owner(teacher.user().id().value(), teacher.enrollment().value(), "plan");
		assertThat(restarted.info(upload, owner)).hasValueSatisfying(info -> {
			assertThat(info.getOffset()).isEqualTo(9);
			assertThat(info.getLength()).isEqualTo(1000);
		});
	}

	@Test
	void aTeacherHasAtMostAFewUploadsUnderWay() {
		Teacher teacher = teacher();
		for (int i = 0; i < resumable.maxPerTeacher(); i++) {
			location(create(teacher, 1000, "plan-" + i + ".pdf"));
		}

		HttpResponse<String> oneMore = create(teacher, 1000, "plan.pdf");

		assertThat(oneMore.statusCode()).isEqualTo(429);
		assertThat(oneMore.body()).contains("uploads under way");
	}

	Path tusFolder() {
		return resumable.directory() != null ? resumable.directory() : platform.dataDir().resolve("tus");
	}

	List<Path> tusFiles(String id) throws Exception {
		try (Stream<Path> files = Files.walk(tusFolder())) {
			return files.filter(p -> p.toString().contains(id)).toList();
		}
	}

}
