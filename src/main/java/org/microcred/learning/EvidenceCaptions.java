package org.microcred.learning;

import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.CaptionStore;
import org.microcred.learning.internal.EvidenceInspector;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.learning.internal.WebVtt;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Captions for video evidence: a teacher attaches a WebVTT file to a video of their draft, in a language; whoever
 * may see the video (the teacher, its reviewers, the issuer's quality reviewers) gets its captions too, and no one
 * else.
 */
@Service
public class EvidenceCaptions {

	private final EnrollmentService enrollments;

	private final EvidenceStore evidence;

	private final CaptionStore captions;

	private final EvidenceFiles files;

	EvidenceCaptions(EnrollmentService enrollments, EvidenceStore evidence, CaptionStore captions, EvidenceFiles files) {
		this.enrollments = enrollments;
		this.evidence = evidence;
		this.captions = captions;
		this.files = files;
	}

	/**
	 * Attaches (or replaces) the captions of a video in the teacher's draft.
	 * @throws InvalidInputException with a message for the teacher when the file is not WebVTT or the file not a video
	 */
	@Transactional
	public EvidenceCaption attach(CurrentUser teacher, EnrollmentId id, UUID fileId, String fileName, String language,
			InputStream content) {
		EvidenceFile video = draftVideo(teacher, id, fileId);
		if (language == null || !language.matches("[a-z]{2,3}")) {
			throw new InvalidInputException("language", "learning.captions.language");
		}
		String text = WebVtt.read(fileName, content);
		captions.save(video.id(), EvidenceInspector.cleanName(fileName), language, text);
		return captions.find(video.id()).orElseThrow();
	}

	@Transactional
	public void remove(CurrentUser teacher, EnrollmentId id, UUID fileId) {
		captions.delete(draftVideo(teacher, id, fileId).id());
	}

	/** The captions of a file, for a page that already shows the file. */
	public Optional<EvidenceCaption> of(UUID fileId) {
		return captions.find(fileId);
	}

	/** The WebVTT text of a file's captions, for whoever may see the file; "not found" for anyone else. */
	public String open(CurrentUser viewer, UUID fileId) {
		files.viewable(viewer, fileId);
		return captions.content(fileId).orElseThrow(() -> new NotFoundException("learning.captions.not-found"));
	}

	private EvidenceFile draftVideo(CurrentUser teacher, EnrollmentId id, UUID fileId) {
		EnrollmentView enrollment = enrollments.mine(teacher, id);
		EvidenceStore.StoredFile stored = evidence.file(fileId)
			.filter(f -> f.enrollmentId().equals(id.value()) && f.inDraft())
			.orElseThrow(() -> new NotFoundException("learning.file.not-found"));
		if (!enrollment.status().drafting()) {
			throw new ConflictException("learning.file.locked");
		}
		if (!stored.file().mediaType().startsWith("video/")) {
			throw new InvalidInputException("captions", "learning.captions.not-video");
		}
		return stored.file();
	}

}
