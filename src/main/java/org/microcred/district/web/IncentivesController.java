package org.microcred.district.web;

import java.util.UUID;

import org.microcred.district.IncentiveService;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Incentive rules, who qualifies, one teacher's standing; and a teacher's own standing. */
@Controller
class IncentivesController {

	private final IncentiveService incentives;

	private final DistrictPages pages;

	IncentivesController(IncentiveService incentives, DistrictPages pages) {
		this.incentives = incentives;
		this.pages = pages;
	}

	@GetMapping("/districts/{id}/incentives")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "QUALIFYING") IncentiveService.Filter show,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Organization district = pages.district(user, id, model);
		model.addAttribute("form", PolicyForm.of(incentives.policy(user, district.id())));
		return render(user, district, show, page, model);
	}

	@PostMapping("/districts/{id}/incentives")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("form") PolicyForm form, BindingResult binding, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Organization district = pages.district(user, id, model);
		try {
			incentives.savePolicy(user, district.id(), form.policy());
			redirect.addFlashAttribute("flash", "district.incentives.saved");
			return "redirect:/districts/" + id + "/incentives";
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		render(user, district, IncentiveService.Filter.QUALIFYING, 0, model);
		return Forms.redisplay(response, "district/incentives");
	}

	@GetMapping("/districts/{id}/teachers/{teacher}/standing")
	String standing(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID teacher,
			Model model) {
		Organization district = pages.district(user, id, model);
		model.addAttribute("row", incentives.standing(user, district.id(), new AccountId(teacher)));
		return "district/standing";
	}

	@GetMapping("/teacher/district")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("standings", incentives.mine(user));
		return "district/mine";
	}

	private String render(CurrentUser user, Organization district, IncentiveService.Filter show, int page, Model model) {
		model.addAttribute("show", show);
		model.addAttribute("monthNames", java.util.Arrays.stream(java.time.Month.values())
			.map(m -> m.getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, LocaleContextHolder.getLocale()))
			.toList());
		model.addAttribute("standings", incentives.standings(user, district.id(), show, new PageRequest(page, 25)));
		return "district/incentives";
	}

}
