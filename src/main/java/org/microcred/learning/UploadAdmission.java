package org.microcred.learning;

import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.platform.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Whether a file may go into a part's draft, decided from what is known before its bytes arrive: the part takes
 * files (and student work), the privacy promise was made, the part has room, and the declared size fits the largest
 * file and what is left of the teacher's quota.
 */
@Component
class UploadAdmission {

	private final EnrollmentService enrollments;

	private final EvidenceStore evidence;

	private final LearningSettings settings;

	UploadAdmission(EnrollmentService enrollments, EvidenceStore evidence, LearningSettings settings) {
		this.enrollments = enrollments;
		this.evidence = evidence;
		this.settings = settings;
	}

	/** The enrollment and the bytes its teacher may still store. */
	record Admitted(EnrollmentView enrollment, long remaining) {
	}

	/**
	 * @param declaredSize the announced size, or -1 when unknown
	 * @param reserved bytes held by the teacher's other uploads under way
	 * @throws InvalidInputException saying why the file may not come in
	 */
	Admitted admit(CurrentUser teacher, EnrollmentId id, String partKey, long declaredSize, boolean studentWork,
			long reserved) {
		EvidencePart part = enrollments.draftablePart(teacher, id, partKey);
		EnrollmentView enrollment = enrollments.mine(teacher, id);
		if (!part.acceptsFiles()) {
			throw new InvalidInputException("file", "learning.file.not-accepted");
		}
		if (studentWork && !part.accepts(EvidenceKind.STUDENT_WORK)) {
			throw new InvalidInputException("file", "learning.file.no-student-work");
		}
		if (studentWork && enrollment.privacyAcknowledgedAt() == null) {
			throw new InvalidInputException("file", "learning.file.privacy-first");
		}
		if (evidence.draftFileCount(id.value(), partKey) >= part.maxFiles()) {
			throw new InvalidInputException("file", "learning.file.too-many", part.maxFiles());
		}
		long remaining = settings.quotaPerTeacher().toBytes() - evidence.bytesOf(teacher.id().value()) - reserved;
		if (declaredSize > remaining || remaining <= 0) {
			throw new InvalidInputException("file", "learning.file.quota-full");
		}
		if (declaredSize > settings.maxFileSize().toBytes()) {
			throw new InvalidInputException("file", "learning.file.too-large", settings.maxFileSize().toMegabytes());
		}
		return new Admitted(enrollment, remaining);
	}

	/** A photo, recording or document can show students whether or not it was ticked as student work. */
	static boolean mayShowStudents(String mediaType) {
		return mediaType.startsWith("image/") || mediaType.startsWith("video/") || mediaType.startsWith("audio/")
				|| mediaType.equals("application/pdf");
	}

}
