package org.microcred.district;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.district.internal.ApprovalStore;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.microcred.platform.SafeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district's approved catalog: which micro-credentials and stacks count, and what each is worth. */
@Service
public class DistrictApprovals {

	private static final BigDecimal MAX_HOURS = new BigDecimal("1000");

	private final ApprovalStore store;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	DistrictApprovals(ApprovalStore store, CatalogService catalog, OrganizationService organizations) {
		this.store = store;
		this.catalog = catalog;
		this.organizations = organizations;
	}

	/** Published credentials (filtered by words in the title), approved ones first, with their approvals. */
	public PageResult<ApprovalRow> list(CurrentUser admin, OrganizationId district, String query, PageRequest page) {
		organizations.requireDistrictAdmin(admin, district);
		Map<CredentialId, Approval> approvals = store.of(district.value());
		String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
		List<ApprovalRow> rows = catalog.publishedAll()
			.stream()
			.filter(v -> q.isEmpty() || v.title().toLowerCase(Locale.ROOT).contains(q))
			.map(v -> new ApprovalRow(v, approvals.get(v.credentialId())))
			.sorted(Comparator.comparing((ApprovalRow r) -> !r.approved()).thenComparing(r -> r.version().title()))
			.toList();
		int from = (int) Math.min(rows.size(), page.offset());
		return new PageResult<>(rows.subList(from, Math.min(rows.size(), from + page.size())), page.page(), page.size(),
				rows.size());
	}

	public Map<CredentialId, Approval> approvals(CurrentUser admin, OrganizationId district) {
		organizations.requireDistrictAdmin(admin, district);
		return store.of(district.value());
	}

	/**
	 * What the teacher's own districts approved (the teacher sees what counts for them, as on their incentives
	 * page); when two districts approve one credential, the larger PD hours win.
	 */
	public Map<CredentialId, Approval> approvedForTeacher(AccountId teacher) {
		Map<CredentialId, Approval> all = new java.util.HashMap<>();
		for (OrganizationId district : organizations.districtsOf(teacher)) {
			store.of(district.value()).forEach((credential, approval) -> all.merge(credential, approval,
					(a, b) -> hours(a).compareTo(hours(b)) >= 0 ? a : b));
		}
		return all;
	}

	private static BigDecimal hours(Approval approval) {
		return approval.pdHours() == null ? BigDecimal.ZERO : approval.pdHours();
	}

	/**
	 * Approves a published credential (or changes its value).
	 * @param hours PD hours credited, or null for the credential's own workload
	 * @param ceus CEUs credited, or null for one per ten hours
	 */
	@Transactional
	public void approve(CurrentUser admin, OrganizationId district, CredentialId credential, BigDecimal hours,
			BigDecimal ceus, boolean countsForSalary, String note) {
		approve(admin, district, credential, hours, ceus, countsForSalary, note, false);
	}

	/**
	 * Approves a published credential (or changes its value), saying whether the district pays its cost.
	 * @param coversCost whether the district pays the credential's cost for its teachers
	 */
	@Transactional
	public void approve(CurrentUser admin, OrganizationId district, CredentialId credential, BigDecimal hours,
			BigDecimal ceus, boolean countsForSalary, String note, boolean coversCost) {
		organizations.requireDistrictAdmin(admin, district);
		DesignVersion version = catalog.published(credential)
			.orElseThrow(() -> new InvalidInputException("credentialId", "district.approval.not-published"));
		if (hours != null && (hours.signum() < 0 || hours.compareTo(MAX_HOURS) > 0 || hours.scale() > 1)) {
			throw new InvalidInputException("hours", "district.approval.hours-range");
		}
		if (ceus != null && (ceus.signum() < 0 || ceus.compareTo(new BigDecimal("100")) > 0 || ceus.scale() > 2)) {
			throw new InvalidInputException("ceus", "district.approval.ceus-range");
		}
		String cleanNote = note == null || note.isBlank() ? null : SafeText.clean(note);
		if (cleanNote != null && cleanNote.length() > 500) {
			throw new InvalidInputException("note", "district.approval.note-too-long");
		}
		store.upsert(district.value(), version.credentialId().value(), hours, ceus, countsForSalary, cleanNote,
				admin.id().value(), coversCost);
	}

	@Transactional
	public boolean withdraw(CurrentUser admin, OrganizationId district, CredentialId credential) {
		organizations.requireDistrictAdmin(admin, district);
		return store.delete(district.value(), credential.value());
	}

}
