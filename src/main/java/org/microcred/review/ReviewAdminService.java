package org.microcred.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.review.internal.AgreementStats;
import org.microcred.review.internal.AuditLog;
import org.microcred.review.internal.PoolStore;
import org.microcred.review.internal.PoolWatch;
import org.microcred.review.internal.QueueStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issuer's side of assessment: reviewer pools, settings, what is waiting or overdue, the quality dashboard
 * (agreement per credential, reviewer and criterion) and the audit trail.
 */
@Service
public class ReviewAdminService {

	private final PoolStore pools;

	private final QueueStore queue;

	private final AuditLog audit;

	private final AgreementStats stats;

	private final CalibrationService calibration;

	private final CatalogService catalog;

	private final AccountService accounts;

	private final PoolWatch watch;

	ReviewAdminService(PoolStore pools, QueueStore queue, AuditLog audit, AgreementStats stats,
			CalibrationService calibration, CatalogService catalog, AccountService accounts, PoolWatch watch) {
		this.watch = watch;
		this.pools = pools;
		this.queue = queue;
		this.audit = audit;
		this.stats = stats;
		this.calibration = calibration;
		this.catalog = catalog;
		this.accounts = accounts;
	}

	public record PoolView(DesignVersion credential, List<MemberView> members, Agreement agreement, int anchors) {
	}

	public record MemberView(AccountSummary reviewer, PoolStatus status, Msg reason, Agreement doubleScoring,
			Agreement calibration) {
	}

	/**
	 * An entry of the audit trail.
	 *
	 * @param action what happened, as a code (QUEUED, CLAIMED…); {@link #actionKey()} names it for people
	 * @param actor who did it, or null for the system
	 * @param detail the particulars, for people, or null
	 */
	public record AuditView(java.time.Instant at, UUID attemptId, String action, String actor, Msg detail) {

		public String actionKey() {
			return "review.audit.action." + action.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** The issuer's published micro-credentials with their pools and agreement figures. */
	public List<PoolView> pools(CurrentUser viewer, OrganizationId issuer) {
		requireStaff(viewer, issuer);
		List<PoolView> views = new ArrayList<>();
		for (DesignVersion v : catalog.publishedAll()) {
			if (!v.isMicro() || !v.issuerId().equals(issuer)) {
				continue;
			}
			UUID credential = v.credentialId().value();
			List<PoolStore.Member> members = pools.ofCredential(credential);
			Map<AccountId, AccountSummary> people = accounts.findAll(members.stream().map(m -> new AccountId(m.reviewerId())).toList());
			List<MemberView> memberViews = members.stream()
				.filter(m -> people.containsKey(new AccountId(m.reviewerId())))
				.map(m -> new MemberView(people.get(new AccountId(m.reviewerId())), m.status(), m.reason(),
						stats.ofReviewer(credential, m.reviewerId()), calibration.latest(credential, m.reviewerId())))
				.toList();
			views.add(new PoolView(v, memberViews, stats.ofCredential(credential), calibration.anchors(v.credentialId()).size()));
		}
		return views;
	}

	public Map<String, Agreement> byCriterion(CurrentUser viewer, CredentialId credential) {
		DesignVersion version = catalog.published(credential).orElseThrow(() -> new NotFoundException("review.credential-not-found"));
		requireStaff(viewer, version.issuerId());
		return stats.byCriterion(credential.value(), version.micro().criterionKeys());
	}

	@Transactional
	public void addReviewer(CurrentUser admin, CredentialId credential, AccountId reviewer) {
		DesignVersion version = catalog.published(credential).orElseThrow(() -> new NotFoundException("review.credential-not-found"));
		admin.require(Role.ISSUER_ADMIN, version.issuerId().value());
		AccountSummary person = accounts.find(reviewer).orElseThrow(() -> new NotFoundException("review.reviewer-not-found"));
		if (person.grants().stream().noneMatch(g -> g.role() == Role.REVIEWER && version.issuerId().value().equals(g.organizationId()))) {
			throw new InvalidInputException("reviewer", "review.pool.not-issuer-reviewer");
		}
		if (pools.add(credential.value(), reviewer.value(), version.issuerId().value())) {
			audit.record(version.issuerId().value(), null, "POOL_ADDED", admin.id(),
					Msg.of("review.audit.pool-added", person.displayName(), version.title()));
		}
	}

	@Transactional
	public void removeReviewer(CurrentUser admin, CredentialId credential, AccountId reviewer) {
		DesignVersion version = catalog.published(credential).orElseThrow(() -> new NotFoundException("review.credential-not-found"));
		admin.require(Role.ISSUER_ADMIN, version.issuerId().value());
		pools.remove(credential.value(), reviewer.value());
		watch.check(credential.value());
		audit.record(version.issuerId().value(), null, "POOL_REMOVED", admin.id(), Msg.of("review.audit.pool-removed",
				accounts.find(reviewer).map(AccountSummary::displayName).orElse(reviewer.toString()), version.title()));
	}

	public ReviewSettings settings(CurrentUser viewer, OrganizationId issuer) {
		requireStaff(viewer, issuer);
		return pools.settings(issuer.value());
	}

	@Transactional
	public void saveSettings(CurrentUser admin, OrganizationId issuer, ReviewSettings settings) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		if (settings.doubleScoreShare().signum() < 0 || settings.doubleScoreShare().doubleValue() > 1
				|| settings.agreementThreshold().signum() < 0 || settings.agreementThreshold().doubleValue() > 1) {
			throw new InvalidInputException("settings", "review.settings.shares");
		}
		if (settings.claimHours() < 1 || settings.claimHours() > 720 || settings.appealDays() < 1 || settings.appealDays() > 365) {
			throw new InvalidInputException("settings", "review.settings.durations");
		}
		pools.saveSettings(issuer.value(), settings);
		audit.record(issuer.value(), null, "SETTINGS", admin.id(), Msg.of(settings.blindReview()
				? "review.audit.settings-blind" : "review.audit.settings-open",
				settings.doubleScoreShare().movePointRight(2).stripTrailingZeros().toPlainString(),
				Agreement.label(settings.agreementThreshold().doubleValue()), settings.claimHours(), settings.appealDays()));
	}

	/** A credential of the issuer whose submissions wait while nobody in its pool is active. */
	public record UnstaffedPool(CredentialId credentialId, String title, long waiting) {
	}

	/** The issuer's credentials whose waiting submissions nobody can review: no active reviewer in the pool. */
	public List<UnstaffedPool> unstaffed(CurrentUser viewer, OrganizationId issuer) {
		requireStaff(viewer, issuer);
		return pools.unstaffedOfIssuer(issuer.value()).stream().map(u -> {
			CredentialId credential = new CredentialId(u.credentialId());
			return new UnstaffedPool(credential, catalog.published(credential).map(DesignVersion::title).orElse(null),
					u.waiting());
		}).toList();
	}

	public PageResult<QueueStore.Item> waiting(CurrentUser viewer, OrganizationId issuer, boolean overdueOnly, PageRequest page) {
		requireStaff(viewer, issuer);
		return new PageResult<>(queue.undecided(issuer.value(), overdueOnly, page.size(), page.offset()), page.page(),
				page.size(), queue.countUndecided(issuer.value(), overdueOnly));
	}

	public PageResult<AuditView> audit(CurrentUser viewer, OrganizationId issuer, UUID attempt, PageRequest page) {
		requireStaff(viewer, issuer);
		List<AuditLog.Entry> entries = audit.ofIssuer(issuer.value(), attempt, page.size(), page.offset());
		Map<AccountId, AccountSummary> people = accounts.findAll(entries.stream().map(AuditLog.Entry::actor)
			.filter(java.util.Objects::nonNull).toList());
		return new PageResult<>(entries.stream()
			.map(e -> new AuditView(e.at(), e.attemptId(), e.action(),
					e.actor() == null ? null : people.containsKey(e.actor()) ? people.get(e.actor()).displayName() : "?",
					e.detail()))
			.toList(), page.page(), page.size(), audit.count(issuer.value(), attempt));
	}

	/** Issuer administrators and quality reviewers of the issuer. */
	private static void requireStaff(CurrentUser viewer, OrganizationId issuer) {
		if (!viewer.hasRole(Role.ISSUER_ADMIN, issuer.value()) && !viewer.hasRole(Role.QUALITY_REVIEWER, issuer.value())) {
			throw new AccessDeniedException("Not staff of issuer " + issuer);
		}
	}

}
