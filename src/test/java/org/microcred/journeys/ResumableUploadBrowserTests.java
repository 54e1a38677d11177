package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.microcred.journeys.JourneySteps.button;
import static org.microcred.journeys.JourneySteps.logIn;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * A teacher uploads a classroom video (8 MB, in eight pieces) and the connection is cut half-way: the page says so, shows how far it
 * got, carries on by itself once the connection is back and the stored file is identical (SHA-256). After a
 * reload mid-upload, choosing the same file again continues where it stopped. On a phone, "Take a photo" uploads at
 * once.
 */
class ResumableUploadBrowserTests extends BrowserTest {

	/** Just under the tests' largest file (8 MB), sent in 1 MB pieces (the tests' chunk size). */
	private static final int SIZE = 8_000_000;

	private static final LocatorAssertions.ContainsTextOptions LONG = new LocatorAssertions.ContainsTextOptions()
		.setTimeout(180_000);

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceStore evidence;

	@Autowired
	EvidenceStorage storage;

	/** What the network does to the page's PATCH requests: cut off from ~50 % while {@code cut} holds. */
	static final class Network {

		final AtomicBoolean cut = new AtomicBoolean(true);

		final AtomicInteger aborted = new AtomicInteger();

		final AtomicLong resumedFrom = new AtomicLong(-1);

		void handle(Route route) {
			String offset = route.request().headers().get("upload-offset");
			if (!"PATCH".equals(route.request().method()) || offset == null) {
				route.resume();
			}
			else if (cut.get() && Long.parseLong(offset) >= SIZE * 2L / 5) {
				aborted.incrementAndGet();
				route.abort();
			}
			else {
				if (aborted.get() > 0) {
					resumedFrom.compareAndSet(-1, Long.parseLong(offset));
				}
				route.resume();
			}
		}

	}

	EnrollmentId enrolled(CurrentUser teacher, String title) {
		EnrollmentId id = enrollments.enroll(teacher, credentials.publish(title).credential(), false);
		enrollments.acknowledgePrivacy(teacher, id);
		return id;
	}

	static Path video(byte[] content) throws Exception {
		Path dir = Files.createTempDirectory("resumable");
		return Files.write(dir.resolve("lesson.mp4"), content);
	}

	Locator plan() {
		return page.locator("#part-plan");
	}

	@Test
	void anUploadCutOffHalfWayResumesByItselfAndArrivesIdentical() throws Exception {
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrolled(teacher, "Resuming a cut upload");
		byte[] content = org.microcred.support.Files.video(SIZE, 7);
		Network network = new Network();
		tolerateConsoleErrors("net::ERR_FAILED");
		logIn(page, teacher);
		page.navigate("/learn/" + id.value());
		page.route("**/uploads/**", network::handle);

		page.locator("[id='file-plan']").setInputFiles(video(content));
		plan().locator("form.upload button[type=submit]").click();

		assertThat(plan().locator(".upload-status")).containsText("The connection dropped at", LONG);
		assertThat(plan().locator("progress")).isVisible();
		assertThat(button(page, "Cancel upload")).isVisible();
		check("cut-at-half");
		checkOnPhone("cut-at-half");
		network.cut.set(false);

		assertThat(plan().locator("ul")).containsText("lesson.mp4", LONG);
		assertThat(page.locator(".flash[role=status]")).containsText("Uploaded “lesson.mp4”.");
		org.assertj.core.api.Assertions.assertThat(network.resumedFrom.get()).isGreaterThanOrEqualTo(SIZE * 2L / 5);
		assertStoredIdentical(id, content);
		check("uploaded");
	}

	@Test
	void afterAReloadTheSameFileContinuesWhereItStopped() throws Exception {
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrolled(teacher, "Resuming after a reload");
		byte[] content = org.microcred.support.Files.video(SIZE, 11);
		Path file = video(content);
		Network network = new Network();
		tolerateConsoleErrors("net::ERR_FAILED");
		logIn(page, teacher);
		page.navigate("/learn/" + id.value());
		page.route("**/uploads/**", network::handle);
		page.locator("[id='file-plan']").setInputFiles(file);
		plan().locator("form.upload button[type=submit]").click();
		assertThat(plan().locator(".upload-status")).containsText("The connection dropped", LONG);

		page.reload();
		assertThat(plan().locator(".upload-status")).containsText("“lesson.mp4” was not finished");
		network.cut.set(false);
		page.locator("[id='file-plan']").setInputFiles(file);
		plan().locator("form.upload button[type=submit]").click();

		assertThat(plan().locator("ul")).containsText("lesson.mp4", LONG);
		org.assertj.core.api.Assertions.assertThat(network.resumedFrom.get()).isGreaterThanOrEqualTo(SIZE * 2L / 5);
		assertStoredIdentical(id, content);
	}

	@Test
	void onAPhoneTakingAPhotoUploadsItAtOnce() {
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrolled(teacher, "Camera capture");
		page.setViewportSize(390, 844);
		logIn(page, teacher);
		page.navigate("/learn/" + id.value());

		Locator photo = plan().getByLabel("Take a photo");
		assertThat(photo).hasAttribute("capture", "environment");
		assertThat(photo).hasAttribute("accept", "image/*");
		assertThat(plan().getByLabel("Record a video")).hasAttribute("accept", "video/*");
		check("camera-inputs-phone");
		photo.setInputFiles(new com.microsoft.playwright.options.FilePayload("photo.png", "image/png",
				org.microcred.support.Files.png()));

		assertThat(plan().locator("ul")).containsText("photo.png", LONG);
		assertThat(page.locator(".flash[role=status]")).containsText("Uploaded “photo.png”.");
		Object scrollsSideways = page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
		org.assertj.core.api.Assertions.assertThat(scrollsSideways).isEqualTo(false);
		check("photo-uploaded-phone");
	}

	private void assertStoredIdentical(EnrollmentId id, byte[] content) throws Exception {
		List<EvidenceFile> files = evidence.draft(id.value()).get("plan").files();
		org.assertj.core.api.Assertions.assertThat(files).singleElement().satisfies(file -> {
			org.assertj.core.api.Assertions.assertThat(file.sizeBytes()).isEqualTo(content.length);
			org.assertj.core.api.Assertions.assertThat(file.sha256()).isEqualTo(sha256(content));
		});
		try (var stored = storage.open(evidence.file(files.get(0).id()).orElseThrow().storageKey())) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			int read;
			while ((read = stored.read(buffer)) != -1) {
				digest.update(buffer, 0, read);
			}
			org.assertj.core.api.Assertions.assertThat(HexFormat.of().formatHex(digest.digest())).isEqualTo(sha256(content));
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
