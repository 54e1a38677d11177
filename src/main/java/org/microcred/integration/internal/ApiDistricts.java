package org.microcred.integration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.microcred.district.DistrictReport;
import org.microcred.district.DistrictReports;
import org.microcred.district.ReportFilter;
import org.microcred.integration.AdoptionReportResponse;
import org.microcred.integration.ApiScope;
import org.microcred.integration.RosterUploadResponse;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterFile;
import org.microcred.organization.RosterFormat;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The API for a district's own systems: upload a roster (the roster import's dry run, then, when it found no
 * problem, the import in the background) and read its adoption figures. An API client acts for its own
 * district only.
 */
@Service
public class ApiDistricts {

	private static final int PROBLEMS_SHOWN = 100;

	private final RosterImportService rosters;

	private final DistrictReports reports;

	private final MessageSource messages;

	ApiDistricts(RosterImportService rosters, DistrictReports reports, MessageSource messages) {
		this.rosters = rosters;
		this.reports = reports;
		this.messages = messages;
	}

	/**
	 * Checks the files (the dry run) and, when {@code confirm} and they have no problem, starts the import.
	 * @param format null to recognise it from the files
	 */
	public RosterUploadResponse uploadRoster(ApiPrincipal client, UUID district, RosterFormat format,
			List<RosterFile> files, boolean deactivateMissing, boolean sendInvitations, boolean confirm, Locale locale) {
		client.require(ApiScope.ROSTER_WRITE);
		OrganizationId id = ownDistrict(client, district);
		if (files.isEmpty()) {
			throw new InvalidInputException("files", "organization.roster.choose-files");
		}
		RosterImport dryRun = rosters.dryRun(client.actingAs(), id, format, files, deactivateMissing, sendInvitations);
		if (confirm && dryRun.canConfirm()) {
			rosters.confirm(client.actingAs(), id, dryRun.id());
		}
		return rosterImport(client, district, dryRun.id(), locale);
	}

	public RosterUploadResponse rosterImport(ApiPrincipal client, UUID district, UUID importId, Locale locale) {
		client.require(ApiScope.ROSTER_WRITE);
		OrganizationId id = ownDistrict(client, district);
		RosterImport job = rosters.get(client.actingAs(), id, importId);
		var problems = job.problemCount() == 0 ? List.<RosterUploadResponse.Problem>of()
				: rosters.problems(client.actingAs(), id, importId, new PageRequest(0, PROBLEMS_SHOWN))
					.items()
					.stream()
					.map(p -> new RosterUploadResponse.Problem(p.file(), p.row(), p.column(),
							messages.getMessage(p.message(), locale)))
					.toList();
		return new RosterUploadResponse(job.id(), job.status(), job.summary(), problems, job.problemCount());
	}

	public AdoptionReportResponse adoption(ApiPrincipal client, UUID district, LocalDate from, LocalDate to) {
		client.require(ApiScope.REPORTS_READ);
		OrganizationId id = ownDistrict(client, district);
		DistrictReport report = reports.report(client.actingAs(), id, new ReportFilter(null, from, to));
		DistrictReport.SchoolAdoption all = report.total();
		return new AdoptionReportResponse(report.filter().from(), report.filter().to(), report.asOf(),
				report.adoption().stream().map(ApiDistricts::school).toList(), school(all),
				new AdoptionReportResponse.Funnel(report.funnel().enrolled(), report.funnel().submitted(),
						report.funnel().passed()),
				report.byCredential().stream().map(c -> new AdoptionReportResponse.Earned(c.label(), c.count())).toList(),
				report.medianDaysToCredential());
	}

	private static AdoptionReportResponse.School school(DistrictReport.SchoolAdoption s) {
		return new AdoptionReportResponse.School(s.school(), s.teachers(), s.withCredential(), s.percent());
	}

	private static OrganizationId ownDistrict(ApiPrincipal client, UUID district) {
		if (!client.organizationId().equals(district)) {
			throw new NotFoundException("integration.districts.not-found");
		}
		return new OrganizationId(district);
	}

}
