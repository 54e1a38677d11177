package org.microcred.badge;

import java.util.List;
import java.util.Optional;

import org.microcred.badge.internal.BulkIssuance;
import org.microcred.badge.internal.IssuedStore;
import org.microcred.badge.internal.Issuance;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.internal.Resigning;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issued credentials: issuing on a passed enrollment (and stacks that become complete), revocation, suspension,
 * renewal, key rotation, and reading them for pages.
 */
@Service
public class BadgeService {

	private final Issuance issuance;

	private final IssuedStore issued;

	private final StatusListStore statusLists;

	private final IssuerKeys keys;

	private final Resigning resigning;

	private final ApplicationEventPublisher events;

	private final BulkIssuance bulk;

	private final CatalogService catalog;

	BadgeService(Issuance issuance, IssuedStore issued, StatusListStore statusLists, IssuerKeys keys,
			Resigning resigning, ApplicationEventPublisher events, BulkIssuance bulk, CatalogService catalog) {
		this.bulk = bulk;
		this.catalog = catalog;
		this.issuance = issuance;
		this.issued = issued;
		this.statusLists = statusLists;
		this.keys = keys;
		this.resigning = resigning;
		this.events = events;
	}

	/** Issues the credential of a passed enrollment (once, whatever the retries) and any stack it completes. */
	@Transactional
	public IssuedCredential issueFor(EnrollmentPassed passed) {
		IssuedCredential credential = issuance.forEnrollment(passed);
		issuance.completedStacks(passed.teacherId(), passed.credentialId());
		return credential;
	}

	/**
	 * Awards one credential of a micro-credential design version to each recipient, without an assessment in
	 * Microcred (it was assessed elsewhere: the evidence of each award says how). For bulk awarding through the API
	 * or a CSV upload.
	 *
	 * <ul>
	 * <li><b>All or nothing:</b> the batch (at most {@value BulkIssuance#MAX_AWARDS} awards) is one transaction;
	 * an invalid award (blank or repeated award key, unknown teacher, missing evidence, PD hours not in 0–999,999
	 * with one decimal) rejects the whole batch with a 400 naming it, and nothing is issued.</li>
	 * <li><b>Idempotent:</b> each award carries the caller's award key, unique per issuer. Awards whose key was
	 * issued before are skipped and listed in {@link AwardResult#alreadyIssued()}; repeating a batch, or a batch
	 * that failed half-way through the caller's own loop, issues only what is missing, and
	 * {@link AwardResult#credentials()} gives every request's credential id, the same on each retry. A key issued
	 * before for another teacher or design rejects the batch (409). Batches of one issuer run one at a time.</li>
	 * <li><b>Only a published version</b> can be awarded (409 otherwise); an unknown version is a 404.</li>
	 * <li><b>What each issued credential gets:</b> a signed Open Badges 3.0 document like any other (status index
	 * drawn at random from the issuer's list, never reused), a {@link CredentialIssued} event with {@code bulk} set,
	 * and the recipients are notified together through {@link CredentialsAwarded} events (one per thousand).</li>
	 * </ul>
	 */
	@Transactional
	public AwardResult issueAll(CurrentUser admin, VersionId version, List<AwardRequest> awards) {
		DesignVersion design = catalog.requireVersion(version);
		admin.require(Role.ISSUER_ADMIN, design.issuerId().value());
		return bulk.issueAll(design, awards);
	}

	public Optional<IssuedCredential> find(IssuedCredentialId id) {
		return issued.find(id.value());
	}

	public IssuedCredential get(IssuedCredentialId id) {
		return find(id).orElseThrow(() -> new NotFoundException("badge.credential.not-found"));
	}

	public List<IssuedCredential> ofTeacher(AccountId teacher) {
		return issued.ofTeacher(teacher.value());
	}

	/** Revokes for good, telling the teacher why; the public page shows that it was revoked and nothing more. */
	@Transactional
	public void revoke(CurrentUser admin, IssuedCredentialId id, String reason) {
		revoke(admin, id, reason, null);
	}

	/**
	 * Revokes for good: the revoked bit of every status entry its copies carry is set (and never cleared) and the
	 * lists re-signed at once.
	 * @param reason what the teacher is told (required)
	 * @param publicReason what the public badge page says (optional)
	 */
	@Transactional
	public void revoke(CurrentUser admin, IssuedCredentialId id, String reason, String publicReason) {
		IssuedCredential credential = requireAdministered(admin, id);
		String why = requireReason(reason);
		String shown = optional(publicReason);
		if (credential.revoked()) {
			throw new ConflictException("badge.state.already-revoked");
		}
		IssuedStore.StatusRef status = issued.statusOf(id.value()).orElseThrow();
		statusLists.revoke(status.listId(), status.index());
		if (status.legacyListId() != null) {
			statusLists.revoke(status.legacyListId(), status.legacyIndex());
		}
		changeState(credential, "REVOKED", why, shown);
		events.publishEvent(new CredentialRevoked(credential.id(), credential.teacherId(), credential.credentialId(),
				false, why, java.time.Instant.now()));
	}

	/** Suspends, telling the teacher why. */
	@Transactional
	public void suspend(CurrentUser admin, IssuedCredentialId id, String reason) {
		suspend(admin, id, reason, null);
	}

	/**
	 * Suspends until reinstated: the suspended bit of the credential's two-bit status entry is set, so verifiers
	 * say "suspended", not "revoked". A credential whose copy still carries a one-bit revocation entry is re-signed
	 * with a two-bit one first (its earlier copies then read revoked for good).
	 */
	@Transactional
	public void suspend(CurrentUser admin, IssuedCredentialId id, String reason, String publicReason) {
		IssuedCredential credential = requireAdministered(admin, id);
		String why = requireReason(reason);
		String shown = optional(publicReason);
		if (!"ACTIVE".equals(credential.state())) {
			throw new ConflictException("badge.state.suspend-active-only");
		}
		IssuedStore.StatusRef status = resigning.messageEntry(credential);
		statusLists.suspend(status.listId(), status.index());
		changeState(credential, "SUSPENDED", why, shown);
		events.publishEvent(new CredentialRevoked(credential.id(), credential.teacherId(), credential.credentialId(),
				true, why, java.time.Instant.now()));
	}

	/** Lifts a suspension: verifiers see the credential as valid again. A revocation is final (409). */
	@Transactional
	public void reinstate(CurrentUser admin, IssuedCredentialId id) {
		IssuedCredential credential = requireAdministered(admin, id);
		if (!credential.suspended()) {
			throw new ConflictException("badge.state.reinstate-suspended-only");
		}
		IssuedStore.StatusRef status = resigning.messageEntry(credential);
		statusLists.reinstate(status.listId(), status.index());
		changeState(credential, "ACTIVE", null, null);
		events.publishEvent(new CredentialReinstated(id, credential.teacherId(), credential.credentialId(),
				java.time.Instant.now()));
	}

	/** Issues a fresh credential to replace an expiring or expired one. */
	@Transactional
	public IssuedCredential renew(CurrentUser admin, IssuedCredentialId id) {
		IssuedCredential credential = requireAdministered(admin, id);
		if (credential.revoked() || credential.renewedBy() != null) {
			throw new ConflictException(credential.revoked() ? "badge.state.renew-revoked" : "badge.state.already-renewed");
		}
		return issuance.renew(credential);
	}

	@Transactional
	public void rotateKey(CurrentUser admin, OrganizationId issuer) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		keys.rotate(issuer.value());
	}

	@Transactional
	public void showOnPortfolio(CurrentUser teacher, IssuedCredentialId id, boolean show) {
		IssuedCredential credential = get(id);
		if (!credential.teacherId().equals(teacher.id())) {
			throw new NotFoundException("badge.credential.not-found");
		}
		issued.setOnPortfolio(id.value(), show);
	}

	public long countFor(org.microcred.catalog.CredentialId credential) {
		return issued.countForCredential(credential.value());
	}

	private void changeState(IssuedCredential credential, String state, String reason, String publicReason) {
		if (!issued.changeState(credential.id().value(), credential.state(), state, reason, publicReason)) {
			throw new ConflictException("badge.state.changed");
		}
	}

	private IssuedCredential requireAdministered(CurrentUser admin, IssuedCredentialId id) {
		IssuedCredential credential = get(id);
		admin.require(Role.ISSUER_ADMIN, credential.issuerId().value());
		return credential;
	}

	private static String requireReason(String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 1000) {
			throw new InvalidInputException("reason", "badge.state.reason-required");
		}
		return reason.strip();
	}

	private static String optional(String publicReason) {
		if (publicReason != null && publicReason.length() > 1000) {
			throw new InvalidInputException("publicReason", "badge.state.public-reason-too-long");
		}
		return publicReason == null || publicReason.isBlank() ? null : publicReason.strip();
	}

}
