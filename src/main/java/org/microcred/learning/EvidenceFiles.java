package org.microcred.learning;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.AttemptStore;
import org.microcred.learning.internal.EvidenceInspector;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evidence files: uploads are streamed into storage (never held in memory), checked from their bytes and against
 * the part's rules, the teacher's quota and the privacy acknowledgement, and only then attached to the draft.
 * A rejected or interrupted upload leaves nothing behind. Downloads are for the teacher, the reviewers of an
 * attempt that contains the file, and the issuer's quality reviewers; everyone else gets "not found".
 */
@Service
public class EvidenceFiles {

	private static final Logger log = LoggerFactory.getLogger(EvidenceFiles.class);

	private final EnrollmentService enrollments;

	private final UploadAdmission admission;

	private final EvidenceStore evidence;

	private final AttemptStore attempts;

	private final EvidenceStorage storage;

	private final EvidenceInspector inspector;

	private final LearningSettings settings;

	private final ObjectProvider<EvidenceAccess> access;

	EvidenceFiles(EnrollmentService enrollments, UploadAdmission admission, EvidenceStore evidence, AttemptStore attempts,
			EvidenceStorage storage, EvidenceInspector inspector, LearningSettings settings,
			ObjectProvider<EvidenceAccess> access) {
		this.enrollments = enrollments;
		this.admission = admission;
		this.evidence = evidence;
		this.attempts = attempts;
		this.storage = storage;
		this.inspector = inspector;
		this.settings = settings;
		this.access = access;
	}

	/**
	 * Uploads a file into the draft of a part.
	 * @param declaredSize the size the client announced, or -1: checked against quota before any byte is kept
	 * @throws InvalidInputException with a message for the teacher when the file is refused
	 */
	@Transactional
	public EvidenceFile upload(CurrentUser teacher, EnrollmentId id, String partKey, String fileName, long declaredSize,
			InputStream content, boolean studentWork) {
		UploadAdmission.Admitted admitted = admission.admit(teacher, id, partKey, declaredSize, studentWork, 0);
		EnrollmentView enrollment = admitted.enrollment();
		long remaining = admitted.remaining();
		String key = EvidenceStorage.newKey();
		evidence.beginUpload(key);
		// from here on a refusal or any other rollback takes the object away with it; a crash leaves it to the sweep
		discardUnlessCommitted(key);
		EvidenceStorage.Stored stored = store(key, content, Math.min(remaining, settings.maxFileSize().toBytes()));
		String name = EvidenceInspector.cleanName(fileName);
		String mediaType = inspector.inspect(name, stored.size(), EvidenceInspector.Content.of(storage, stored));
		if (UploadAdmission.mayShowStudents(mediaType) && enrollment.privacyAcknowledgedAt() == null) {
			// a photo, recording or document can show students whether or not it was ticked as student work
			throw new InvalidInputException("file", "learning.file.privacy-first-media");
		}
		UUID fileId = UUID.randomUUID();
		evidence.insertFile(fileId, id.value(), teacher.id().value(), partKey, stored.key(), name, mediaType,
				stored.size(), stored.sha256(), studentWork);
		evidence.endUpload(key);
		return evidence.file(fileId).orElseThrow().file();
	}

	private EvidenceStorage.Stored store(String key, InputStream content, long limit) {
		try {
			return storage.store(key, content, limit);
		}
		catch (EvidenceStorage.TooLargeException ex) {
			if (limit < settings.maxFileSize().toBytes()) {
				throw new InvalidInputException("file", "learning.file.over-quota");
			}
			throw new InvalidInputException("file", "learning.file.too-large", settings.maxFileSize().toMegabytes());
		}
		catch (EvidenceStorage.UnavailableException ex) {
			log.error("Evidence storage is unavailable; upload refused: {}", ex.getMessage());
			throw new InvalidInputException("file", "learning.file.storage-unavailable");
		}
		catch (IOException ex) {
			throw new InvalidInputException("file", "learning.file.interrupted");
		}
	}

	@Transactional
	public void remove(CurrentUser teacher, EnrollmentId id, UUID fileId) {
		EnrollmentView enrollment = enrollments.mine(teacher, id);
		if (!enrollment.status().drafting()) {
			throw new ConflictException("learning.file.locked");
		}
		evidence.removeFromDraft(id.value(), fileId).ifPresent(this::discardAfterCommit);
	}

	/** A file the viewer may download, with its bytes; "not found" for anyone else. */
	public Download open(CurrentUser viewer, UUID fileId) {
		EvidenceStore.StoredFile stored = evidence.file(fileId).orElseThrow(EvidenceFiles::notFound);
		if (!mayView(viewer, stored)) {
			throw notFound();
		}
		try {
			return new Download(stored.file(), storage.open(stored.storageKey()));
		}
		catch (IOException ex) {
			log.error("Evidence file {} is missing from storage", fileId, ex);
			throw notFound();
		}
	}

	public record Download(EvidenceFile file, InputStream content) {
	}

	/** The record of a file the viewer may see (what accompanies it follows the same rule); "not found" otherwise. */
	public EvidenceFile viewable(CurrentUser viewer, UUID fileId) {
		EvidenceStore.StoredFile stored = evidence.file(fileId).orElseThrow(EvidenceFiles::notFound);
		if (!mayView(viewer, stored)) {
			throw notFound();
		}
		return stored.file();
	}

	private boolean mayView(CurrentUser viewer, EvidenceStore.StoredFile stored) {
		if (viewer.id().value().equals(stored.teacherId())) {
			return true;
		}
		return access.orderedStream()
			.anyMatch(policy -> attempts.attemptsWithFile(stored.file().id())
				.stream()
				.anyMatch(attempt -> policy.mayView(viewer, new AttemptId(attempt))));
	}

	private boolean discard(String key) {
		try {
			storage.delete(key);
			return true;
		}
		catch (IOException ex) {
			log.warn("Could not delete rejected evidence object {}; the orphan sweep will", key);
			return false;
		}
	}

	private void discardAfterCommit(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				discard(key);
			}
		});
	}

	/**
	 * A stored object whose record does not commit goes at once. A crash gives no such chance: the orphan sweep
	 * removes those objects after a short grace period, and quota counts committed records only.
	 */
	private void discardUnlessCommitted(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_ROLLED_BACK && discard(key)) {
					evidence.endUpload(key);
				}
			}
		});
	}

	private static NotFoundException notFound() {
		return new NotFoundException("learning.file.not-found");
	}

}
