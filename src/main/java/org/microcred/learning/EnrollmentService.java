package org.microcred.learning;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.LocalizedVersion;
import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.AttemptStore;
import org.microcred.learning.internal.EnrollmentEligibility;
import org.microcred.learning.internal.EnrollmentStore;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.learning.internal.EvidenceStore;
import org.microcred.learning.internal.Sentences;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Markdown;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's journey through one credential: enroll (after the eligibility check), study, prepare evidence,
 * submit an attempt, revise after feedback and resubmit. A teacher only ever sees their own enrollments.
 */
@Service
public class EnrollmentService {

	private final EnrollmentStore enrollments;

	private final EvidenceStore evidence;

	private final AttemptStore attempts;

	private final CatalogService catalog;

	private static final int MAX_PRIOR_CREDENTIAL_BYTES = 5 * 1024 * 1024;

	private static final int MAX_NOTES = 20_000;

	private final ObjectProvider<PriorLearningVerifier> verifier;

	private final EvidenceStorage storage;

	private final ApplicationEventPublisher events;

	private final DesignTranslationService translations;

	EnrollmentService(EnrollmentStore enrollments, EvidenceStore evidence, AttemptStore attempts,
			CatalogService catalog, ObjectProvider<PriorLearningVerifier> verifier, EvidenceStorage storage,
			ApplicationEventPublisher events, DesignTranslationService translations) {
		this.translations = translations;
		this.storage = storage;
		this.enrollments = enrollments;
		this.evidence = evidence;
		this.attempts = attempts;
		this.catalog = catalog;
		this.verifier = verifier;
		this.events = events;
	}

	public Eligibility eligibility(CurrentUser teacher, CredentialId credential) {
		Set<UUID> earned = enrollments.passedCredentials(teacher.id().value());
		return EnrollmentEligibility.check(teacher, catalog.published(credential),
				enrollments.current(teacher.id().value(), credential.value()), earned,
				id -> catalog.published(new CredentialId(id)).map(DesignVersion::title).orElse("another credential"));
	}

	/**
	 * Enrolls in the published version of a credential, or asks for it to be recognized from prior learning.
	 * @throws InvalidInputException listing every reason the teacher is not eligible
	 */
	@Transactional
	public EnrollmentId enroll(CurrentUser teacher, CredentialId credential, boolean priorLearning) {
		return enroll(teacher, credential, priorLearning, LocaleContextHolder.getLocale());
	}

	/**
	 * Enrolls, working in the design's version in this language when it has one (else its primary language): the
	 * language the evidence is reviewed in and the credential is issued in.
	 */
	@Transactional
	public EnrollmentId enroll(CurrentUser teacher, CredentialId credential, boolean priorLearning, Locale language) {
		Eligibility eligibility = eligibility(teacher, credential);
		if (!eligibility.eligible()) {
			Msg reasons = Sentences.of(eligibility.reasons());
			throw new InvalidInputException(null, reasons.key(), reasons.args());
		}
		DesignVersion version = catalog.published(credential).orElseThrow();
		UUID id = UUID.randomUUID();
		LocalizedVersion localized = translations.localize(version, language);
		if (!enrollments.insert(id, teacher.id().value(), credential.value(), version.id().value(), priorLearning,
				localized.translated() ? localized.language() : null)) {
			throw new ConflictException("learning.enroll.already-enrolled");
		}
		events.publishEvent(new EnrollmentStarted(new EnrollmentId(id), teacher.id(), credential, version.id(),
				priorLearning, Instant.now()));
		return new EnrollmentId(id);
	}

	@Transactional
	public void withdraw(CurrentUser teacher, EnrollmentId id) {
		EnrollmentView enrollment = lockOwn(teacher, id);
		if (!enrollment.status().drafting()) {
			throw new ConflictException(enrollment.status() == EnrollmentStatus.PASSED ? "learning.withdraw.earned"
					: "learning.withdraw.in-review");
		}
		enrollments.setStatus(id.value(), EnrollmentStatus.WITHDRAWN);
		events.publishEvent(new EnrollmentWithdrawn(id, teacher.id(), enrollment.credentialId(), Instant.now()));
	}

	/** The teacher's own enrollment; anyone else's is "not found". */
	public EnrollmentView mine(CurrentUser teacher, EnrollmentId id) {
		return enrollments.find(id.value())
			.filter(e -> e.teacherId().equals(teacher.id()))
			.orElseThrow(() -> new NotFoundException("learning.enrollment.not-found"));
	}

	public List<EnrollmentView> enrollmentsOf(CurrentUser teacher) {
		return enrollments.ofTeacher(teacher.id().value());
	}

	public DesignVersion versionOf(EnrollmentView enrollment) {
		return catalog.requireVersion(enrollment.versionId());
	}

	public Set<Integer> doneResources(CurrentUser teacher, EnrollmentId id) {
		mine(teacher, id);
		return enrollments.doneResources(id.value());
	}

	@Transactional
	public void markResource(CurrentUser teacher, EnrollmentId id, int index, boolean done) {
		EnrollmentView enrollment = mine(teacher, id);
		if (index < 0 || index >= versionOf(enrollment).micro().resources().size()) {
			throw new NotFoundException("learning.resource.not-found");
		}
		enrollments.markResource(id.value(), index, done);
	}

	@Transactional
	public void saveNotes(CurrentUser teacher, EnrollmentId id, String notes) {
		mine(teacher, id);
		if (notes != null && notes.length() > MAX_NOTES) {
			throw new InvalidInputException("notes", "learning.notes.too-long", MAX_NOTES);
		}
		enrollments.setNotes(id.value(), notes);
	}

	@Transactional
	public void acknowledgePrivacy(CurrentUser teacher, EnrollmentId id) {
		mine(teacher, id);
		enrollments.acknowledgePrivacy(id.value());
	}

	/** The evidence being prepared, by part. */
	public Map<String, PartEvidence> draft(CurrentUser teacher, EnrollmentId id) {
		mine(teacher, id);
		return evidence.draft(id.value());
	}

	/**
	 * Saves the written evidence of a part, even when it is over the part's word limit (the teacher may be
	 * shortening it bit by bit).
	 * @return a warning for the teacher when the saved text is over the part's word limit
	 */
	@Transactional
	public Optional<Msg> saveText(CurrentUser teacher, EnrollmentId id, String partKey, String text) {
		EvidencePart part = draftablePart(teacher, id, partKey);
		if (!part.accepts(EvidenceKind.TEXT)) {
			throw new InvalidInputException("text", "learning.text.not-accepted");
		}
		if (text != null && text.length() > 200_000) {
			throw new InvalidInputException("text", "learning.text.too-long");
		}
		evidence.saveText(id.value(), partKey, text);
		enrollments.touch(id.value());
		int words = Markdown.words(text);
		return part.maxWords() > 0 && words > part.maxWords()
				? Optional.of(Msg.of("learning.text.saved-over-limit", words, part.maxWords()))
				: Optional.empty();
	}

	/**
	 * Saves the links of a part, one per line. A line that is not a web address is left out and named, so one
	 * typo does not cost the teacher the other links.
	 * @return the numbers (from 1) of the lines left out
	 */
	@Transactional
	public List<Integer> saveLinks(CurrentUser teacher, EnrollmentId id, String partKey, List<String> links,
			int maxLinks) {
		EvidencePart part = draftablePart(teacher, id, partKey);
		if (!part.accepts(EvidenceKind.LINK)) {
			throw new InvalidInputException("links", "learning.links.not-accepted");
		}
		List<String> clean = new ArrayList<>();
		List<Integer> bad = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			String l = links.get(i) == null ? "" : links.get(i).strip();
			if (l.matches("https?://[^\\s<>\"]{3,2000}")) {
				clean.add(l);
			}
			else if (!l.isEmpty()) {
				bad.add(i + 1);
			}
		}
		if (clean.size() > maxLinks) {
			throw new InvalidInputException("links", "learning.links.too-many", maxLinks);
		}
		evidence.saveLinks(id.value(), partKey, clean);
		enrollments.touch(id.value());
		return bad;
	}

	/**
	 * Where a recognition-of-prior-learning request keeps the credential earned elsewhere (JSON or a baked image):
	 * a part of its own, beside the design's parts.
	 */
	public static final EvidencePart PRIOR_CREDENTIAL = new EvidencePart("prior-credential",
			"Credential earned elsewhere", "An Open Badges 3.0 credential: its JSON file or a baked PNG or SVG image.",
			java.util.Set.of(EvidenceKind.FILE), false, 1, 0, List.of());

	/** The part of the enrollment's design, if the draft may still change. */
	EvidencePart draftablePart(CurrentUser teacher, EnrollmentId id, String partKey) {
		EnrollmentView enrollment = mine(teacher, id);
		if (!enrollment.status().drafting()) {
			throw new ConflictException(enrollment.status() == EnrollmentStatus.PASSED ? "learning.evidence.earned"
					: "learning.evidence.locked");
		}
		if (enrollment.rpl() && PRIOR_CREDENTIAL.key().equals(partKey)) {
			return PRIOR_CREDENTIAL;
		}
		return versionOf(enrollment).micro()
			.part(partKey)
			.orElseThrow(() -> new NotFoundException("learning.part.not-found"));
	}

	/**
	 * Submits the current draft as a new attempt: an immutable snapshot of the evidence.
	 * @param token one per rendered submit form: a double click or a second tab cannot submit twice
	 * @throws InvalidInputException listing each required part that is missing or over its limits
	 */
	@Transactional
	public AttemptId submit(CurrentUser teacher, EnrollmentId id, UUID token) {
		EnrollmentView enrollment = lockOwn(teacher, id);
		if (!enrollment.status().drafting()) {
			throw new ConflictException(enrollment.status() == EnrollmentStatus.SUBMITTED ? "learning.submit.waiting"
					: "learning.submit.earned");
		}
		MicroCredentialDesign design = versionOf(enrollment).micro();
		Map<String, PartEvidence> draft = evidence.draft(id.value());
		Msg problems = Sentences.of(org.microcred.learning.internal.SubmissionCheck.problems(design, draft));
		if (problems != null) {
			throw new InvalidInputException(null, problems.key(), problems.args());
		}
		PriorLearningVerifier.Result prior = enrollment.rpl() ? priorCredential(teacher, draft) : null;
		UUID attemptId = UUID.randomUUID();
		int number = attempts.nextNumber(id.value());
		Instant now = Instant.now();
		Instant due = now.plus(design.turnaroundDays(), ChronoUnit.DAYS);
		if (!attempts.insertWithSnapshot(attemptId, id.value(), number, enrollment.rpl(), token, due, prior)) {
			throw new ConflictException("learning.submit.duplicate");
		}
		enrollments.setStatus(id.value(), EnrollmentStatus.SUBMITTED);
		events.publishEvent(new EvidenceSubmitted(new AttemptId(attemptId), id, teacher.id(),
				enrollment.credentialId(), enrollment.versionId(), number, enrollment.rpl(), now, due));
		return new AttemptId(attemptId);
	}

	/** For recognition of prior learning: the credential earned elsewhere, verified, if one was uploaded. */
	private PriorLearningVerifier.Result priorCredential(CurrentUser teacher, Map<String, PartEvidence> draft) {
		return java.util.Optional.ofNullable(draft.get(PRIOR_CREDENTIAL.key()))
			.flatMap(p -> p.files().stream().findFirst())
			.flatMap(f -> verifier.stream().findFirst().map(v -> v.verify(bytes(f), teacher.email())))
			.orElse(null);
	}

	private byte[] bytes(EvidenceFile file) {
		String key = evidence.file(file.id()).orElseThrow().storageKey();
		try (var in = storage.open(key)) {
			return in.readNBytes(MAX_PRIOR_CREDENTIAL_BYTES);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public List<AttemptView> attempts(CurrentUser teacher, EnrollmentId id) {
		mine(teacher, id);
		return attempts.ofEnrollment(id.value());
	}

	public Map<String, PartEvidence> attemptEvidence(CurrentUser teacher, AttemptId attempt) {
		UUID enrollment = attempts.enrollmentOf(attempt.value());
		mine(teacher, new EnrollmentId(enrollment));
		return attempts.snapshot(attempt.value());
	}

	private EnrollmentView lockOwn(CurrentUser teacher, EnrollmentId id) {
		return enrollments.lock(id.value())
			.filter(e -> e.teacherId().equals(teacher.id()))
			.orElseThrow(() -> new NotFoundException("learning.enrollment.not-found"));
	}

}
