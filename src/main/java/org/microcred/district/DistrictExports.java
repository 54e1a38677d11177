package org.microcred.district;

import java.io.Writer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.district.internal.Decimals;
import org.microcred.district.internal.ExportQueries;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.CsvOutput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports for payroll and licensure systems: one CSV row per credential a district teacher holds. The layout is
 * documented in docs/district.md and never changes without a new column at the end.
 */
@Service
public class DistrictExports {

	public static final List<String> COLUMNS = List.of("teacher_id", "teacher_name", "state_license_number",
			"credential", "credential_id", "issue_date", "pd_hours", "ceus", "approved_by_district", "verification_url");

	private final ExportQueries queries;

	private final OrganizationService organizations;

	private final AccountService accounts;

	private final CatalogService catalog;

	DistrictExports(ExportQueries queries, OrganizationService organizations, AccountService accounts,
			CatalogService catalog) {
		this.queries = queries;
		this.organizations = organizations;
		this.accounts = accounts;
		this.catalog = catalog;
	}

	/** Writes the credentials issued between the two days (both included) as CSV; returns the number of rows. */
	@Transactional(readOnly = true)
	public int writeCredentials(CurrentUser admin, OrganizationId district, LocalDate from, LocalDate to,
			boolean approvedOnly, Writer out) {
		organizations.requireDistrictAdmin(admin, district);
		ReportFilter period = new ReportFilter(null, from, to);
		List<ExportQueries.Row> rows = queries.credentials(district.value(), period.from(), period.to(), approvedOnly);
		Map<AccountId, AccountSummary> names = accounts
			.findAll(rows.stream().map(r -> new AccountId(r.teacher())).distinct().toList());
		Map<CredentialId, String> titles = new HashMap<>();
		try (CsvOutput csv = CsvOutput.withHeader(out, COLUMNS)) {
			for (ExportQueries.Row r : rows) {
				AccountSummary account = names.get(new AccountId(r.teacher()));
				CredentialId credential = new CredentialId(r.credential());
				BigDecimal ceus = Approval.ceusFor(r.hours(), r.approvedCeus());
				csv.row(r.sourcedId() != null ? r.sourcedId() : r.teacher(), account == null ? "" : account.displayName(),
						r.license(), titles.computeIfAbsent(credential, c -> catalog.published(c).map(DesignVersion::title).orElse("")),
						r.credential(), r.issuedOn(), Decimals.plain(r.hours()).toPlainString(),
						Decimals.plain(ceus).toPlainString(), r.approved(), r.url());
			}
			return rows.size();
		}
	}

}
