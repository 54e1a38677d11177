package org.microcred.district.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.microcred.district.DistrictReport;
import org.microcred.district.DistrictReports;
import org.microcred.district.ReportFilter;
import org.microcred.district.ReportTable;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.SchoolId;
import org.microcred.platform.CsvOutput;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.web.Forms;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Adoption and impact reports, each table also as CSV. */
@Controller
class ReportsController {

	private final DistrictReports reports;

	private final OrganizationService organizations;

	private final DistrictPages pages;

	private final MessageSource messages;

	ReportsController(DistrictReports reports, OrganizationService organizations, DistrictPages pages,
			MessageSource messages) {
		this.reports = reports;
		this.organizations = organizations;
		this.pages = pages;
		this.messages = messages;
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping("/districts/{id}/reports")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID school, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model, HttpServletResponse response) {
		Organization district = pages.district(user, id, model);
		model.addAttribute("schools", organizations.schools(user, district.id()));
		model.addAttribute("school", school);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		try {
			DistrictReport report = reports.report(user, district.id(), filter(school, from, to));
			model.addAttribute("report", report);
			model.addAttribute("tables", ReportTable.of(report));
			return "district/reports";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.message());
			return Forms.redisplay(response, "district/reports");
		}
	}

	@PostMapping("/districts/{id}/reports/refresh")
	String refresh(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID school, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Model model, RedirectAttributes redirect) {
		Organization district = pages.district(user, id, model);
		reports.refresh(user, district.id());
		redirect.addFlashAttribute("flash", "district.report.refreshed");
		if (school != null) {
			redirect.addAttribute("school", school);
		}
		redirect.addAttribute("from", from);
		redirect.addAttribute("to", to);
		return "redirect:/districts/" + id + "/reports";
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping("/districts/{id}/reports/{table}.csv")
	void csv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String table,
			@RequestParam(required = false) UUID school, @RequestParam(defaultValue = "") String from,
			@RequestParam(defaultValue = "") String to, Locale locale, Model model, HttpServletResponse response)
			throws IOException {
		Organization district = pages.district(user, id, model);
		Map<String, ReportTable> tables = ReportTable.of(reports.report(user, district.id(), filter(school, from, to)));
		ReportTable chosen = tables.get(table);
		if (chosen == null) {
			throw new NotFoundException("district.report.no-such-table");
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + table + ".csv\"");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Writer out = response.getWriter();
		// people read these tables, so they follow the page's language (unlike the payroll export's fixed layout)
		try (CsvOutput csv = CsvOutput.withHeader(out, cells(chosen.headers(), locale))) {
			chosen.rows().forEach(row -> csv.row(cells(row, locale)));
		}
	}

	private List<String> cells(List<Object> cells, Locale locale) {
		return cells.stream()
			.map(c -> c instanceof Msg msg ? messages.getMessage(msg, locale) : String.valueOf(c))
			.toList();
	}

	private static ReportFilter filter(UUID school, String from, String to) {
		return new ReportFilter(school == null ? null : new SchoolId(school),
				FormValues.date("from", from, "district.value.start"), FormValues.date("to", to, "district.value.end"));
	}

}
