package org.microcred.district.web;

import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.district.DistrictApprovals;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The district's approved catalog. */
@Controller
class ApprovalsController {

	private final DistrictApprovals approvals;

	private final DistrictPages pages;

	ApprovalsController(DistrictApprovals approvals, DistrictPages pages) {
		this.approvals = approvals;
		this.pages = pages;
	}

	@GetMapping("/districts/{id}/approvals")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
		Organization district = pages.district(user, id, model);
		model.addAttribute("rows", approvals.list(user, district.id(), q, new PageRequest(page, 20)));
		model.addAttribute("q", q);
		return "district/approvals";
	}

	@PostMapping("/districts/{id}/approvals/{credential}")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID credential,
			@RequestParam(defaultValue = "") String hours, @RequestParam(defaultValue = "") String ceus,
			@RequestParam(defaultValue = "false") boolean countsForSalary, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "false") boolean coversCost, @RequestParam(defaultValue = "") String q,
			RedirectAttributes redirect, Model model) {
		Organization district = pages.district(user, id, model);
		try {
			approvals.approve(user, district.id(), new CredentialId(credential),
					FormValues.decimal("hours", hours, "district.value.pd-hours"),
					FormValues.decimal("ceus", ceus, "district.value.ceus"), countsForSalary, note, coversCost);
			redirect.addFlashAttribute("flash", Msg.of("district.approval.approved", district.name()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", Msg.of("district.approval.not-saved", ex.message()));
		}
		redirect.addAttribute("q", q);
		return "redirect:/districts/" + id + "/approvals#c-" + credential;
	}

	@PostMapping("/districts/{id}/approvals/{credential}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID credential,
			@RequestParam(defaultValue = "") String q, RedirectAttributes redirect, Model model) {
		Organization district = pages.district(user, id, model);
		boolean removed = approvals.withdraw(user, district.id(), new CredentialId(credential));
		redirect.addFlashAttribute("flash", removed ? "district.approval.withdrawn" : "district.approval.was-not-approved");
		redirect.addAttribute("q", q);
		return "redirect:/districts/" + id + "/approvals";
	}

}
