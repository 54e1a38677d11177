package org.microcred.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.learning.internal.OrphanSweep;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file stored by an upload whose record never commits (a rollback, or the process killed in between) is not
 * counted against the teacher's quota and does not stay in storage for long.
 */
class EvidenceOrphanIntegrationTests extends IntegrationTest {

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	EvidenceFiles files;

	@Autowired
	EvidenceStorage storage;

	@Autowired
	EvidenceStore evidence;

	@Autowired
	OrphanSweep sweep;

	@Autowired
	LearningSettings settings;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	EnrollmentId enrolled(CurrentUser teacher) {
		EnrollmentId id = enrollments.enroll(teacher, credentials.publish("Orphans").credential(), false);
		enrollments.acknowledgePrivacy(teacher, id);
		return id;
	}

	/** The teacher's used storage as any other request sees it: committed rows only. */
	long usedSeenByOthers(CurrentUser teacher) {
		return CompletableFuture.supplyAsync(() -> evidence.bytesOf(teacher.id().value())).join();
	}

	boolean stored(String key) {
		return storage.localPath(key).map(Files::exists).orElseThrow();
	}

	void writtenAgo(String key, java.time.Duration age) throws Exception {
		Path path = storage.localPath(key).orElseThrow();
		Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(age)));
	}

	@Test
	void anUploadRolledBackBeforeItsCommitLeavesNoFileAndUsesNoQuota() {
		CurrentUser teacher = data.teacher();
		EnrollmentId id = enrolled(teacher);
		byte[] pdf = org.microcred.support.Files.pdf();
		String[] key = new String[1];

		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			EvidenceFile file = files.upload(teacher, id, "plan", "plan.pdf", pdf.length, new ByteArrayInputStream(pdf), false);
			key[0] = evidence.file(file.id()).orElseThrow().storageKey();
			assertThat(stored(key[0])).isTrue();
			assertThat(usedSeenByOthers(teacher)).isZero();
			status.setRollbackOnly();
		});

		assertThat(evidence.bytesOf(teacher.id().value())).isZero();
		assertThat(stored(key[0])).isFalse();
		assertThat(evidence.abandonedUploads(Instant.now().plusSeconds(1))).doesNotContain(key[0]);
	}

	/** What an upload killed between storing its bytes and committing its record leaves behind. */
	String killedUpload(byte[] content) throws Exception {
		String key = EvidenceStorage.newKey();
		evidence.beginUpload(key);
		storage.store(key, new ByteArrayInputStream(content), Long.MAX_VALUE);
		return key;
	}

	void startedAgo(String key, java.time.Duration age) {
		jdbc.sql("update evidence_upload set started_at = now() - make_interval(secs => ?) where storage_key = ?")
			.params(age.toSeconds(), key).update();
	}

	/** A file uploaded and recorded a month ago. */
	EvidenceFile uploadedLongAgo(CurrentUser teacher, byte[] content) throws Exception {
		EvidenceFile file = files.upload(teacher, enrolled(teacher), "plan", "kept.pdf", content.length,
				new ByteArrayInputStream(content), false);
		writtenAgo(evidence.file(file.id()).orElseThrow().storageKey(), settings.orphanGrace().plusDays(30));
		return file;
	}

	@Test
	void aFileLeftByAKillBeforeTheCommitIsSweptAfterTheGracePeriodAndNeverCounted() throws Exception {
		CurrentUser teacher = data.teacher();
		byte[] pdf = org.microcred.support.Files.pdf();
		EvidenceFile kept = uploadedLongAgo(teacher, pdf);
		String keptKey = evidence.file(kept.id()).orElseThrow().storageKey();
		long used = evidence.bytesOf(teacher.id().value());
		String orphan = killedUpload(new byte[4 * 1024 * 1024]);
		String inFlight = killedUpload(pdf);
		startedAgo(orphan, settings.orphanGrace().plusMinutes(1));

		assertThat(evidence.bytesOf(teacher.id().value())).isEqualTo(used);
		assertThat(sweep.sweep()).isTrue();

		assertThat(stored(orphan)).isFalse();
		assertThat(evidence.abandonedUploads(Instant.now())).doesNotContain(orphan).contains(inFlight);
		assertThat(stored(inFlight)).as("younger than the grace period: its upload may still be committing").isTrue();
		assertThat(stored(keptKey)).isTrue();
		assertThat(files.open(teacher, kept.id()).content().readAllBytes()).isEqualTo(pdf);
		assertThat(evidence.bytesOf(teacher.id().value())).isEqualTo(used);
	}

	@Test
	void theDailyFullPassRemovesObjectsNothingRefersTo() throws Exception {
		CurrentUser teacher = data.teacher();
		byte[] pdf = org.microcred.support.Files.pdf();
		EvidenceFile kept = uploadedLongAgo(teacher, pdf);
		String keptKey = evidence.file(kept.id()).orElseThrow().storageKey();
		// an object with neither record nor upload note (left by an older version, say)
		String stray = EvidenceStorage.newKey();
		storage.store(stray, new ByteArrayInputStream(pdf), Long.MAX_VALUE);
		String recent = EvidenceStorage.newKey();
		storage.store(recent, new ByteArrayInputStream(pdf), Long.MAX_VALUE);
		writtenAgo(stray, settings.orphanGrace().plusMinutes(1));

		assertThat(sweep.sweepAll()).isTrue();

		assertThat(stored(stray)).isFalse();
		assertThat(stored(recent)).isTrue();
		assertThat(stored(keptKey)).isTrue();
	}

	@Test
	void onlyOneInstanceSweepsAtATime() throws Exception {
		String orphan = killedUpload(org.microcred.support.Files.pdf());
		startedAgo(orphan, settings.orphanGrace().plusMinutes(1));
		try (Connection other = dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement lock = other.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 0))")) {
				lock.setString(1, OrphanSweep.JOB);
				lock.execute();
			}
			// another instance is sweeping: this one leaves the work to it
			assertThat(sweep.sweep()).isFalse();
			assertThat(stored(orphan)).isTrue();
			other.rollback();
		}
		assertThat(sweep.sweep()).isTrue();
		assertThat(stored(orphan)).isFalse();
	}

}
