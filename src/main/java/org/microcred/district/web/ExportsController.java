package org.microcred.district.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.microcred.district.DistrictExports;
import org.microcred.district.ReportFilter;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.platform.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Exports for payroll and licensure systems. */
@Controller
class ExportsController {

	private final DistrictExports exports;

	private final DistrictPages pages;

	ExportsController(DistrictExports exports, DistrictPages pages) {
		this.exports = exports;
		this.pages = pages;
	}

	@GetMapping("/districts/{id}/exports")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		pages.district(user, id, model);
		ReportFilter period = ReportFilter.lastEighteenMonths();
		model.addAttribute("from", period.from().withDayOfYear(1).minusYears(4));
		model.addAttribute("to", period.to());
		model.addAttribute("columns", DistrictExports.COLUMNS);
		return "district/exports";
	}

	@GetMapping("/districts/{id}/exports/credentials.csv")
	void credentials(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String from, @RequestParam(defaultValue = "") String to,
			@RequestParam(defaultValue = "false") boolean approvedOnly, Model model, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Organization district = pages.district(user, id, model);
		LocalDate start;
		LocalDate end;
		try {
			start = FormValues.date("from", from, "district.value.start");
			end = FormValues.date("to", to, "district.value.end");
			new ReportFilter(null, start, end);
		}
		catch (InvalidInputException ex) {
			FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
			flash.put("error", ex.message());
			RequestContextUtils.saveOutputFlashMap("/districts/" + id + "/exports", request, response);
			response.sendRedirect("/districts/" + id + "/exports");
			return;
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Content-Disposition", "attachment; filename=\"credentials-" + LocalDate.now() + ".csv\"");
		exports.writeCredentials(user, district.id(), start, end, approvedOnly, response.getWriter());
	}

}
