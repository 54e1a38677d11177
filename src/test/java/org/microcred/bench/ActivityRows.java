package org.microcred.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.badge.internal.CredentialDocument;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.bench.TeacherPlan.Enrollment;
import org.microcred.bench.TeacherPlan.Outcome;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.MicroCredentialDesign;

/**
 * Turns a teacher's plan into the rows the app would hold for it: the enrollment with its resource progress,
 * evidence draft and attempts (each with its evidence snapshot and review trail), the credential earned (signed
 * later, by a worker), the district read model's facts and the teacher's notices.
 */
final class ActivityRows {

	private final Context context;

	private final Issuing issuing;

	private final StatusAllocator status;

	private final Evidence evidence;

	private final Scoring scoring;

	ActivityRows(Context context, Issuing issuing, StatusAllocator status, Scoring scoring) {
		this.context = context;
		this.issuing = issuing;
		this.status = status;
		this.scoring = scoring;
		this.evidence = new Evidence();
	}

	/** Adds the plan's rows to the batch; returns the credentials to sign. */
	List<Issuing.Pending> write(TeacherPlan plan, CopyBatch batch, SplittableRandom random) throws SQLException {
		List<Issuing.Pending> credentials = new ArrayList<>();
		Map<Enrollment, Issuing.Pending> earned = new HashMap<>();
		ReviewTrail trail = new ReviewTrail(context, scoring, batch, random);
		UUID district = context.districts.get(plan.teacher.district()).id();
		for (Enrollment e : plan.enrollments) {
			Issuing.Pending credential = enrollment(plan.teacher, e, district, batch, trail, random);
			if (credential != null) {
				credentials.add(credential);
				earned.put(e, credential);
			}
		}
		for (TeacherPlan.StackAward award : plan.stacks) {
			credentials.add(stack(plan.teacher, award, earned, batch, random));
		}
		return credentials;
	}

	private Issuing.Pending enrollment(Context.Teacher teacher, Enrollment e, UUID district, CopyBatch batch,
			ReviewTrail trail, SplittableRandom random) throws SQLException {
		DesignVersion version = e.entry.versionAt(e.enrolled);
		MicroCredentialDesign design = version.micro();
		Instant firstSubmitted = e.attempts.isEmpty() ? null : e.attempts.get(0).submitted();
		Instant workEnd = firstSubmitted != null ? firstSubmitted : e.ended != null ? e.ended : context.now;
		Instant updated = e.lastActivity();
		double done = switch (e.outcome) {
			case PASSED -> 0.7;
			case ACTIVE -> 0.35;
			default -> 0.6;
		};
		for (int i = 0; i < design.resources().size(); i++) {
			if (random.nextDouble() < done) {
				Instant at = context.between(random, e.enrolled, workEnd);
				batch.add(Table.RESOURCE_PROGRESS, e.id, i, at);
				updated = TeacherPlan.max(updated, at);
			}
		}
		List<Evidence.Part> last = List.of();
		for (int n = 0; n < e.attempts.size(); n++) {
			TeacherPlan.Attempt a = e.attempts.get(n);
			UUID attempt = context.uuid(random);
			last = evidence.parts(design, n > 0, random);
			for (Evidence.Part part : last) {
				batch.add(Table.ATTEMPT_EVIDENCE, attempt, part.key(), part.text(), part.links());
			}
			Instant due = a.submitted().plus(Duration.ofDays(design.turnaroundDays()));
			ReviewTrail.Attempt ref = new ReviewTrail.Attempt(attempt, e.id, e.entry, version, teacher.id(), district, n + 1,
					a.submitted(), due);
			if (a.decided() == null) {
				boolean inReview = trail.open(ref);
				batch.add(Table.ATTEMPT, attempt, e.id, n + 1, false, inReview ? "IN_REVIEW" : "SUBMITTED", context.uuid(random),
						a.submitted(), due, null, null);
			}
			else {
				String feedback = trail.decided(ref, a.decided(), a.passed());
				batch.add(Table.ATTEMPT, attempt, e.id, n + 1, false, a.passed() ? "PASSED" : "RETURNED", context.uuid(random),
						a.submitted(), due, a.decided(), feedback);
				if (!a.passed()) {
					notice(batch, teacher, "DECISION", "Feedback on your submission for “" + e.entry.title() + "”",
							"A reviewer assessed attempt " + (n + 1) + " against the rubric and returned it with feedback. "
									+ "Revise what the feedback asks and resubmit when you are ready.",
							"/learn/" + e.id + "#feedback", a.decided(), random);
				}
			}
		}
		Instant drafted = drafts(e, design, last, batch, random);
		updated = drafted == null ? updated : TeacherPlan.max(updated, drafted);
		int decided = (int) e.attempts.stream().filter(a -> a.decided() != null).count();
		int changes = 2 * decided + (e.attempts.size() - decided) + (e.outcome == Outcome.WITHDRAWN ? 1 : 0);
		Instant privacy = design.acceptsStudentWork() && (drafted != null || firstSubmitted != null)
				? e.enrolled.plus(Duration.ofHours(1 + random.nextInt(72))) : null;
		batch.add(Table.ENROLLMENT, e.id, teacher.id(), e.entry.id, version.id().value(), false, e.outcome.name(),
				random.nextDouble() < 0.04 ? "Try the routine with period 3 first; ask Ms. " + Vocabulary.pick(random, Vocabulary.LAST_NAMES)
						+ " to observe." : null,
				privacy, e.enrolled, updated, e.outcome == Outcome.PASSED ? e.ended : null,
				e.outcome == Outcome.WITHDRAWN ? e.ended : null, changes);
		batch.add(Table.DISTRICT_ENROLLMENT_FACT, e.id, teacher.id(), e.entry.id, false, e.enrolled, firstSubmitted,
				e.attempts.size(), e.outcome == Outcome.PASSED ? e.ended : null,
				e.outcome == Outcome.PASSED ? e.attempts.size() : null, e.outcome == Outcome.WITHDRAWN ? e.ended : null);
		if (e.outcome != Outcome.PASSED) {
			return null;
		}
		notice(batch, teacher, "DECISION", "You earned “" + e.entry.title() + "”",
				"Your evidence demonstrates the competency. Your verifiable badge is being issued.", "/learn/" + e.id, e.ended, random);
		UUID id = context.uuid(random);
		Instant validUntil = design.validityMonths() == null ? null
				: e.ended.atZone(ZoneOffset.UTC).plusMonths(design.validityMonths()).toInstant();
		StatusListStore.Allocation allocation = status.allocate(e.entry.issuer.id());
		return issued(teacher, id, "enrollment:" + e.id, e.id, e.entry, version, false, design.workloadHours(),
				e.ended, validUntil, allocation,
				issuing.micro(id, teacher, version, e.attempts.size(), e.ended, validUntil, allocation), batch, random);
	}

	/** What the draft holds now: the last attempt's evidence (revised after a return), or a start. */
	private Instant drafted(Enrollment e) {
		return e.attempts.isEmpty() ? null : e.attempts.get(e.attempts.size() - 1).submitted();
	}

	private Instant drafts(Enrollment e, MicroCredentialDesign design, List<Evidence.Part> last, CopyBatch batch,
			SplittableRandom random) {
		List<Evidence.Part> parts = last;
		Instant at = drafted(e);
		if (e.outcome == Outcome.RETURNED && random.nextBoolean()) {
			parts = evidence.parts(design, true, random);
			at = context.between(random, e.attempts.get(e.attempts.size() - 1).decided(), context.now);
		}
		else if (e.attempts.isEmpty() && random.nextBoolean()) {
			parts = evidence.parts(design, false, random).subList(0, 1 + random.nextInt(design.evidenceParts().size()));
			at = context.between(random, e.enrolled, e.ended == null ? context.now : e.ended);
		}
		for (Evidence.Part part : parts) {
			batch.add(Table.EVIDENCE_DRAFT, e.id, part.key(), part.text(), part.links(), at);
		}
		return parts.isEmpty() ? null : at;
	}

	private Issuing.Pending stack(Context.Teacher teacher, TeacherPlan.StackAward award, Map<Enrollment, Issuing.Pending> earned,
			CopyBatch batch, SplittableRandom random) throws SQLException {
		UUID id = context.uuid(random);
		List<Issuing.Pending> components = award.components().stream().map(earned::get)
			.sorted(Comparator.comparing(Issuing.Pending::issuedAt).reversed())
			.toList();
		List<CredentialDocument.Evidence> evidence = new ArrayList<>();
		BigDecimal hours = BigDecimal.ZERO;
		for (Issuing.Pending component : components) {
			boolean revokedBefore = "REVOKED".equals(component.state()) && component.stateChanged().isBefore(award.at());
			if (!revokedBefore) {
				evidence.add(new CredentialDocument.Evidence(issuing.url(component.id()), "Component credential",
						"Earned " + Issuing.DAY.format(component.issuedAt()) + "."));
				hours = hours.add(component.hours() == null ? BigDecimal.ZERO : component.hours());
			}
		}
		BigDecimal total = hours.signum() == 0 ? null : hours;
		StatusListStore.Allocation allocation = status.allocate(award.stack().issuer.id());
		return issued(teacher, id, "stack:" + teacher.id() + ":" + award.stack().id, null, award.stack(),
				award.stack().current(), true, total, award.at(), null, allocation,
				issuing.stack(id, teacher, award.stack().current(), total, evidence, award.at(), allocation), batch, random);
	}

	/** The credential's facts and notices, its revocation or suspension (a few), its status entry. */
	private Issuing.Pending issued(Context.Teacher teacher, UUID id, String key, UUID enrollment, CatalogEntry entry,
			DesignVersion version, boolean stack, BigDecimal hours, Instant at, Instant validUntil,
			StatusListStore.Allocation allocation, CredentialDocument.Content content, CopyBatch batch,
			SplittableRandom random) {
		Instant issuedAt = at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		double r = random.nextDouble();
		boolean old = issuedAt.isBefore(context.now.minus(Duration.ofDays(30)));
		String state = old && r < 0.004 ? "REVOKED" : old && r < 0.0055 ? "SUSPENDED" : "ACTIVE";
		String reason = state.equals("REVOKED") ? Vocabulary.pick(random, Vocabulary.REVOCATION_REASONS)
				: state.equals("SUSPENDED") ? Vocabulary.pick(random, Vocabulary.SUSPENSION_REASONS) : null;
		Instant changed = reason == null ? null : context.between(random, issuedAt.plus(Duration.ofDays(14)), context.now);
		batch.add(Table.STATUS_INDEX, allocation.listId(), allocation.index());
		batch.add(Table.DISTRICT_CREDENTIAL_FACT, id, teacher.id(), entry.id, stack, hours, issuedAt, issuing.url(id), changed);
		notice(batch, teacher, "BADGE", "Your badge for “" + entry.title() + "” is ready",
				"It is a signed Open Badges 3.0 credential: share it, download it or add it to your LinkedIn profile.",
				"/credentials/" + id, issuedAt.plusSeconds(2), random);
		if (reason != null) {
			status.set(allocation);
			notice(batch, teacher, "BADGE", "Your badge for “" + entry.title() + "” was "
					+ (state.equals("SUSPENDED") ? "suspended" : "revoked"), "Reason given by the issuer: " + reason,
					"/credentials/" + id, changed, random);
		}
		return new Issuing.Pending(id, key, teacher.id(), enrollment, entry, version, stack, hours, issuedAt, validUntil,
				allocation, state, reason, changed, random.nextDouble() >= 0.05, content);
	}

	private void notice(CopyBatch batch, Context.Teacher teacher, String kind, String title, String body, String link,
			Instant at, SplittableRandom random) {
		boolean recent = at.isAfter(context.now.minus(Duration.ofDays(14)));
		Instant read = recent && random.nextBoolean() ? null : context.between(random, at, TeacherPlan.min(at.plus(Duration.ofDays(3)), context.now));
		batch.add(Table.NOTICE, context.uuid(random), teacher.id(), kind, title, body, link, at, read);
	}

}
