package org.microcred.learning;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.EvidenceInspector;
import org.microcred.learning.internal.ResumableUploadStore;
import org.microcred.learning.internal.ResumableUploadStore.Pending;
import org.microcred.learning.internal.TusUploads;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Resumable evidence uploads (tus): who may start one and how large, which upload a request may touch, and what
 * happens when the last byte arrives: the bytes go through the same pipeline as any other evidence file
 * ({@link EvidenceFiles#upload}: type checks, SHA-256, quota, storage) and the upload's temporary data goes.
 * A teacher only ever sees their own uploads into their own drafts; anyone else's is "not found".
 */
@Service
public class ResumableUploads {

	private final UploadAdmission admission;

	private final EvidenceFiles files;

	private final ResumableUploadStore store;

	private final TusUploads tus;

	private final ResumableUploadSettings settings;

	ResumableUploads(UploadAdmission admission, EvidenceFiles files, ResumableUploadStore store, TusUploads tus,
			ResumableUploadSettings settings) {
		this.admission = admission;
		this.files = files;
		this.store = store;
		this.tus = tus;
		this.settings = settings;
	}

	/** What a new upload announces: its length and tus metadata (file name, browser's type, student work). */
	public record Announced(long length, String fileName, String type, boolean studentWork) {
	}

	/** Creates the upload in the protocol; returns its id, or empty when the protocol refused it. */
	@FunctionalInterface
	public interface Creation {

		Optional<UUID> create() throws IOException;

	}

	/**
	 * Starts an upload once every rule known before the bytes allows it: the part takes the file, its length fits
	 * the largest file and the teacher's quota less what their other uploads under way will need, and the teacher
	 * has fewer than the allowed uploads under way (an idle one makes room).
	 * @throws InvalidInputException saying why not
	 */
	@Transactional(rollbackFor = IOException.class)
	public Optional<UUID> start(CurrentUser teacher, EnrollmentId id, String part, Announced announced,
			Creation creation) throws IOException {
		UUID teacherId = teacher.id().value();
		store.lockTeacher(teacherId);
		if (announced.length() <= 0) {
			throw new InvalidInputException("file", "learning.file.empty");
		}
		makeRoom(teacherId);
		UploadAdmission.Admitted admitted = admission.admit(teacher, id, part, announced.length(),
				announced.studentWork(), store.reservedBy(teacherId));
		if (announced.type() != null && UploadAdmission.mayShowStudents(announced.type())
				&& admitted.enrollment().privacyAcknowledgedAt() == null) {
			throw new InvalidInputException("file", "learning.file.privacy-first-media");
		}
		Optional<UUID> created = creation.create();
		created.ifPresent(upload -> store.insert(new Pending(upload, teacherId, id.value(), part,
				EvidenceInspector.cleanName(announced.fileName()), announced.length(), announced.studentWork()),
				settings.expiry()));
		return created;
	}

	private void makeRoom(UUID teacher) {
		List<UUID> live = store.liveOf(teacher);
		if (live.size() < settings.maxPerTeacher()) {
			return;
		}
		List<Pending> idle = store.idleOf(teacher, settings.idleAfter());
		if (idle.isEmpty()) {
			throw new InvalidInputException("file", "learning.upload.too-many", settings.maxPerTeacher());
		}
		discard(idle.get(0));
	}

	/**
	 * The teacher's live upload into this part of their draft.
	 * @throws NotFoundException for an upload of someone else, of another part, expired or finished
	 */
	public Pending require(CurrentUser teacher, EnrollmentId id, String part, UUID upload) {
		return store.live(upload, teacher.id().value(), id.value(), part)
			.orElseThrow(() -> new NotFoundException("learning.upload.not-found"));
	}

	/** Bytes arrived: the upload stays for another expiry period. */
	public void touch(UUID upload) {
		store.touch(upload, settings.expiry());
	}

	/**
	 * Turns a complete upload into an evidence file of the draft. Of two requests finishing one upload, one does it.
	 * @return the file, or empty when another request finished it
	 * @throws InvalidInputException when the pipeline refuses the file (the caller then {@linkplain #discard} it)
	 */
	@Transactional(rollbackFor = IOException.class)
	public Optional<EvidenceFile> finish(CurrentUser teacher, UUID upload) throws IOException {
		Optional<Pending> taken = store.take(upload);
		if (taken.isEmpty()) {
			return Optional.empty();
		}
		Pending pending = taken.get();
		String url = TusUploads.url(pending.enrollmentId(), pending.partKey(), pending.id());
		String owner = owner(pending);
		EvidenceFile file;
		try (InputStream bytes = tus.bytes(url, owner)) {
			file = files.upload(teacher, new EnrollmentId(pending.enrollmentId()), pending.partKey(), pending.fileName(),
					pending.length(), bytes, pending.studentWork());
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				tus.delete(url, owner);
			}
		});
		return Optional.of(file);
	}

	/** Deletes an upload and its bytes (refused, cancelled, abandoned or making room). */
	@Transactional
	public void discard(Pending pending) {
		store.take(pending.id());
		tus.delete(TusUploads.url(pending.enrollmentId(), pending.partKey(), pending.id()), owner(pending));
	}

	/** The protocol's owner of an upload. */
	public static String owner(Pending pending) {
		return TusUploads.owner(pending.teacherId(), pending.enrollmentId(), pending.partKey());
	}

}
