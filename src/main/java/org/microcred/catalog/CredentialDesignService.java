package org.microcred.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.catalog.internal.BadgeImages;
import org.microcred.catalog.internal.DesignChecklistPolicy;
import org.microcred.catalog.internal.DesignRecords;
import org.microcred.catalog.internal.DesignValidation;
import org.microcred.catalog.internal.PrerequisiteCycles;
import org.microcred.catalog.internal.TranslationStore;
import org.microcred.catalog.internal.VersionStore;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Designing credentials under quality assurance: issuer administrators author drafts; a design enters quality
 * review only when its checklist is complete; a quality reviewer of the issuer who did not author it approves
 * (publishing it) or returns it with comments. Published versions never change: editing one opens the next draft.
 * Every step is audited.
 */
@Service
public class CredentialDesignService {

	private final VersionStore versions;

	private final DesignRecords records;

	private final OrganizationService organizations;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final List<AssessmentReadiness> readiness;

	private final TranslationStore translations;

	CredentialDesignService(VersionStore versions, DesignRecords records, OrganizationService organizations,
			AccountService accounts, ApplicationEventPublisher events, List<AssessmentReadiness> readiness,
			TranslationStore translations) {
		this.translations = translations;
		this.versions = versions;
		this.records = records;
		this.organizations = organizations;
		this.accounts = accounts;
		this.events = events;
		this.readiness = readiness;
	}

	@Transactional
	public VersionId createMicroCredential(CurrentUser author, OrganizationId issuer, String title) {
		return create(author, issuer, CredentialKind.MICRO,
				DesignValidation.normalize(MicroCredentialDesign.blank(title)));
	}

	@Transactional
	public VersionId createStack(CurrentUser author, OrganizationId issuer, String title) {
		return create(author, issuer, CredentialKind.STACK, DesignValidation.normalize(StackDesign.blank(title)));
	}

	private VersionId create(CurrentUser author, OrganizationId issuer, CredentialKind kind, Object design) {
		organizations.requireKind(issuer, OrganizationKind.ISSUER);
		author.require(Role.ISSUER_ADMIN, issuer.value());
		UUID credentialId = UUID.randomUUID();
		UUID versionId = UUID.randomUUID();
		versions.insertCredential(credentialId, issuer.value(), kind, author.id().value());
		versions.insertVersion(versionId, credentialId, 1, design, author.id().value());
		records.addAuthor(versionId, author.id().value());
		records.audit(credentialId, versionId, "CREATED", author.id(), null);
		return new VersionId(versionId);
	}

	/** A version as its authors and quality reviewers see it. */
	public DesignVersion version(CurrentUser viewer, VersionId id) {
		DesignVersion version = find(id);
		UUID issuer = version.issuerId().value();
		if (!viewer.hasRole(Role.ISSUER_ADMIN, issuer) && !viewer.hasRole(Role.QUALITY_REVIEWER, issuer)
				&& !viewer.isPlatformAdmin()) {
			throw new AccessDeniedException("Not staff of issuer " + issuer);
		}
		return version;
	}

	/** The draft to edit: the open draft, or a new version copied from the published one. */
	@Transactional
	public VersionId openDraft(CurrentUser author, CredentialId credential) {
		List<DesignVersion> all = versions.versionsOf(credential.value());
		if (all.isEmpty()) {
			throw new NotFoundException("catalog.credential.not-found");
		}
		requireAuthor(author, all.get(0));
		for (DesignVersion v : all) {
			if (v.status() == VersionStatus.DRAFT) {
				return v.id();
			}
			if (v.status() == VersionStatus.IN_REVIEW) {
				throw new ConflictException("catalog.design.in-review-wait", v.number());
			}
		}
		DesignVersion published = all.stream()
			.filter(v -> v.status() == VersionStatus.PUBLISHED)
			.findFirst()
			.orElseThrow(() -> new ConflictException("catalog.design.retired"));
		UUID next = UUID.randomUUID();
		versions.insertVersion(next, credential.value(), versions.nextNumber(credential.value()),
				published.isMicro() ? published.micro() : published.stack(), author.id().value());
		links(next, published.isMicro() ? published.micro() : published.stack());
		translations.copy(published.id().value(), next);
		records.addAuthor(next, author.id().value());
		records.audit(credential.value(), next, "NEW_VERSION", author.id(), null);
		return new VersionId(next);
	}

	@Transactional
	public void saveMicroCredential(CurrentUser author, VersionId id, MicroCredentialDesign design, int lockVersion) {
		DesignVersion version = requireEditable(author, id, CredentialKind.MICRO);
		MicroCredentialDesign clean = DesignValidation.normalize(design);
		checkPrerequisites(version.credentialId().value(), clean.prerequisites());
		save(author, version, clean, lockVersion);
	}

	@Transactional
	public void saveStack(CurrentUser author, VersionId id, StackDesign design, int lockVersion) {
		DesignVersion version = requireEditable(author, id, CredentialKind.STACK);
		StackDesign clean = DesignValidation.normalize(design);
		if (clean.components().contains(version.credentialId().value())) {
			throw new InvalidInputException("components", "catalog.stack.contains-itself");
		}
		for (UUID component : clean.components()) {
			if (versions.kindOf(component).orElse(null) != CredentialKind.MICRO) {
				throw new InvalidInputException("components", "catalog.stack.only-micro");
			}
		}
		save(author, version, clean, lockVersion);
	}

	private void save(CurrentUser author, DesignVersion version, Object design, int lockVersion) {
		if (!versions.updateDesign(version.id().value(), design, lockVersion)) {
			throw new OptimisticLockingFailureException("version " + version.id() + " changed meanwhile");
		}
		links(version.id().value(), design);
		records.addAuthor(version.id().value(), author.id().value());
		records.audit(version.credentialId().value(), version.id().value(), "EDITED", author.id(), null);
	}

	private void links(UUID versionId, Object design) {
		if (design instanceof MicroCredentialDesign micro) {
			records.replaceLinks(versionId, "PREREQUISITE", micro.prerequisites(), Set.of());
		}
		else if (design instanceof StackDesign stack) {
			records.replaceLinks(versionId, "COMPONENT", stack.components(), stack.requiredComponents());
		}
	}

	private void checkPrerequisites(UUID credential, List<UUID> prerequisites) {
		for (UUID prerequisite : prerequisites) {
			if (prerequisite.equals(credential)) {
				throw new InvalidInputException("prerequisites", "catalog.design.prerequisite.self");
			}
			if (versions.kindOf(prerequisite).isEmpty()) {
				throw new InvalidInputException("prerequisites", "catalog.design.prerequisite.unknown");
			}
		}
		records.lockPrerequisiteGraph();
		Map<UUID, Set<UUID>> graph = records.prerequisiteGraph();
		graph.put(credential, Set.copyOf(prerequisites));
		if (PrerequisiteCycles.hasCycle(graph)) {
			throw new InvalidInputException("prerequisites", "catalog.design.prerequisite.cycle");
		}
	}

	@Transactional
	public void setImage(CurrentUser author, VersionId id, byte[] png) {
		DesignVersion version = requireEditable(author, id, null);
		String type = BadgeImages.requireValidPng(png);
		versions.setImage(id.value(), png, type);
		records.audit(version.credentialId().value(), id.value(), "IMAGE", author.id(), null);
	}

	/** The version's checklist of mandatory elements. */
	public Checklist checklist(DesignVersion version) {
		if (version.isMicro()) {
			return new Checklist(DesignChecklistPolicy.check(version.micro()));
		}
		Set<UUID> published = version.stack().components().stream()
			.filter(c -> versions.withStatus(c, VersionStatus.PUBLISHED).filter(DesignVersion::isMicro).isPresent())
			.collect(Collectors.toSet());
		return new Checklist(DesignChecklistPolicy.check(version.stack(), published, version.credentialId().value()));
	}

	@Transactional
	public void submitForReview(CurrentUser author, VersionId id, int lockVersion) {
		DesignVersion version = requireEditable(author, id, null);
		Checklist checklist = checklist(version);
		if (!checklist.complete()) {
			throw new InvalidInputException(null, "catalog.design.not-ready", checklist.problems());
		}
		if (!versions.transition(id.value(), VersionStatus.DRAFT, VersionStatus.IN_REVIEW, lockVersion)) {
			throw new OptimisticLockingFailureException("version " + id + " changed meanwhile");
		}
		records.audit(version.credentialId().value(), id.value(), "SUBMITTED", author.id(), null);
		announce(QualityReviewStep.Step.SUBMITTED, version, author, null);
	}

	/**
	 * What would keep the version's submissions from being reviewed once published (empty reviewer pool, no
	 * calibration exercise); always empty for a stack, which is earned without review.
	 */
	public List<Msg> assessmentGaps(DesignVersion version) {
		if (!version.isMicro()) {
			return List.of();
		}
		return readiness.stream().flatMap(r -> r.gaps(version.credentialId()).stream()).toList();
	}

	/**
	 * A quality reviewer approves: the version is published and replaces the previous one. When nobody could
	 * review its submissions yet ({@link #assessmentGaps}), the reviewer must say they publish it anyway.
	 *
	 * @param gapsAcknowledged the reviewer confirmed publishing despite the assessment gaps shown to them
	 */
	@Transactional
	public void approve(CurrentUser reviewer, VersionId id, String comment, boolean gapsAcknowledged) {
		DesignVersion version = requireReviewable(reviewer, id);
		if (!gapsAcknowledged && !assessmentGaps(version).isEmpty()) {
			throw new InvalidInputException("acknowledgeGaps", "review.readiness.confirm-required");
		}
		versions.withStatus(version.credentialId().value(), VersionStatus.PUBLISHED)
			.ifPresent(previous -> versions.transition(previous.id().value(), VersionStatus.PUBLISHED,
					VersionStatus.SUPERSEDED, null));
		if (!versions.transition(id.value(), VersionStatus.IN_REVIEW, VersionStatus.PUBLISHED, null)) {
			throw new ConflictException("catalog.quality.already-decided");
		}
		records.audit(version.credentialId().value(), id.value(), "APPROVED", reviewer.id(), blankToNull(comment));
		events.publishEvent(new CredentialPublished(version.credentialId(), id, version.issuerId(), version.kind(),
				version.number()));
		announce(QualityReviewStep.Step.APPROVED, version, reviewer, blankToNull(comment));
	}

	/** A quality reviewer returns the design to its authors with what to change. */
	@Transactional
	public void returnForRevision(CurrentUser reviewer, VersionId id, String comment) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("comment", "catalog.quality.comment.required");
		}
		if (comment.length() > 5000) {
			throw new InvalidInputException("comment", "catalog.quality.comment.too-long", 5000);
		}
		DesignVersion version = requireReviewable(reviewer, id);
		if (!versions.transition(id.value(), VersionStatus.IN_REVIEW, VersionStatus.DRAFT, null)) {
			throw new ConflictException("catalog.quality.already-decided");
		}
		records.audit(version.credentialId().value(), id.value(), "RETURNED", reviewer.id(), comment.strip());
		announce(QualityReviewStep.Step.RETURNED, version, reviewer, comment.strip());
	}

	private void announce(QualityReviewStep.Step step, DesignVersion version, CurrentUser actor, String comment) {
		Set<AccountId> authors = records.authors(version.id().value()).stream().map(AccountId::new)
			.collect(Collectors.toSet());
		events.publishEvent(new QualityReviewStep(step, version.id(), version.credentialId(), version.issuerId(),
				version.title(), authors, actor.id(), comment));
	}

	/**
	 * The quality reviewer's comment on a draft they returned, until the authors submit it again; else empty.
	 */
	public Optional<AuditEntry> returnComment(CurrentUser viewer, DesignVersion version) {
		if (version.status() != VersionStatus.DRAFT) {
			return Optional.empty();
		}
		return history(viewer, version.credentialId()).stream()
			.filter(e -> e.versionNumber() == version.number()
					&& ("RETURNED".equals(e.action()) || "SUBMITTED".equals(e.action())))
			.findFirst()
			.filter(e -> "RETURNED".equals(e.action()));
	}

	@Transactional
	public void retire(CurrentUser admin, CredentialId credential, String reason) {
		DesignVersion published = versions.withStatus(credential.value(), VersionStatus.PUBLISHED)
			.orElseThrow(() -> new ConflictException("catalog.design.retire.not-published"));
		requireAuthor(admin, published);
		versions.transition(published.id().value(), VersionStatus.PUBLISHED, VersionStatus.RETIRED, null);
		records.audit(credential.value(), published.id().value(), "RETIRED", admin.id(), blankToNull(reason));
		events.publishEvent(new CredentialRetired(credential, published.id()));
	}

	public List<AuditEntry> history(CurrentUser viewer, CredentialId credential) {
		List<DesignVersion> all = versions.versionsOf(credential.value());
		if (all.isEmpty()) {
			throw new NotFoundException("catalog.credential.not-found");
		}
		version(viewer, all.get(0).id());
		List<AuditEntry> entries = records.history(credential.value());
		Map<AccountId, AccountSummary> people = accounts.findAll(
				entries.stream().map(AuditEntry::actor).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return entries.stream()
			.map(e -> new AuditEntry(e.at(), e.action(), e.actor(),
					e.actor() == null || !people.containsKey(e.actor()) ? null : people.get(e.actor()).displayName(),
					e.versionNumber(), e.comment()))
			.toList();
	}

	public List<DesignVersion> versions(CurrentUser viewer, CredentialId credential) {
		List<DesignVersion> all = versions.versionsOf(credential.value());
		if (!all.isEmpty()) {
			version(viewer, all.get(0).id());
		}
		return all;
	}

	/** The latest version of each of the issuer's credentials. */
	public PageResult<DesignVersion> designsOf(CurrentUser admin, OrganizationId issuer, PageRequest page) {
		if (!admin.hasRole(Role.ISSUER_ADMIN, issuer.value()) && !admin.isPlatformAdmin()) {
			throw new AccessDeniedException("Not an administrator of issuer " + issuer);
		}
		return new PageResult<>(versions.latestOfIssuer(issuer.value(), page.size(), page.offset()), page.page(),
				page.size(), versions.countCredentials(issuer.value()));
	}

	/** Designs waiting for this quality reviewer, oldest first. */
	public PageResult<DesignVersion> reviewQueue(CurrentUser reviewer, PageRequest page) {
		List<UUID> issuers = reviewer.organizationsWith(Role.QUALITY_REVIEWER);
		if (issuers.isEmpty()) {
			return new PageResult<>(List.of(), page.page(), page.size(), 0);
		}
		return new PageResult<>(versions.inReview(issuers, page.size(), page.offset()), page.page(), page.size(),
				versions.countInReview(issuers));
	}

	/** Whether this person authored the version (and so may not approve it). */
	public boolean isAuthor(CurrentUser person, VersionId id) {
		return records.authors(id.value()).contains(person.id().value());
	}

	private DesignVersion find(VersionId id) {
		return versions.find(id.value()).orElseThrow(() -> new NotFoundException("catalog.design.not-found"));
	}

	private void requireAuthor(CurrentUser author, DesignVersion version) {
		if (!author.hasRole(Role.ISSUER_ADMIN, version.issuerId().value())) {
			throw new AccessDeniedException("Not an administrator of issuer " + version.issuerId());
		}
	}

	private DesignVersion requireEditable(CurrentUser author, VersionId id, CredentialKind kind) {
		DesignVersion version = find(id);
		requireAuthor(author, version);
		if (kind != null && version.kind() != kind) {
			throw new NotFoundException("catalog.design.not-found");
		}
		if (!version.status().editable()) {
			throw new ConflictException(version.status() == VersionStatus.IN_REVIEW ? "catalog.design.in-review"
					: "catalog.design.published");
		}
		return version;
	}

	private DesignVersion requireReviewable(CurrentUser reviewer, VersionId id) {
		DesignVersion version = find(id);
		if (!reviewer.hasRole(Role.QUALITY_REVIEWER, version.issuerId().value())) {
			throw new AccessDeniedException("Not a quality reviewer of issuer " + version.issuerId());
		}
		if (isAuthor(reviewer, id)) {
			throw new ConflictException("catalog.quality.own-design");
		}
		if (version.status() != VersionStatus.IN_REVIEW) {
			throw new ConflictException("catalog.quality.not-waiting");
		}
		return version;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
