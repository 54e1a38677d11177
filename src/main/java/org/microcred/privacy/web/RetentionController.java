package org.microcred.privacy.web;

import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.microcred.privacy.RetentionPolicies;
import org.microcred.privacy.RetentionSetting;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** An issuer's or a district's evidence retention, for its administrators. */
@Controller
class RetentionController {

	record RetentionForm(String months) {
	}

	private final RetentionPolicies policies;

	RetentionController(RetentionPolicies policies) {
		this.policies = policies;
	}

	@GetMapping("/manage/organizations/{id}/retention")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		RetentionSetting setting = policies.setting(user, new OrganizationId(id));
		model.addAttribute("form", new RetentionForm(setting.months() == null ? "" : setting.months().toString()));
		return page(setting, model);
	}

	@PostMapping("/manage/organizations/{id}/retention")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@ModelAttribute("form") RetentionForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		OrganizationId organization = new OrganizationId(id);
		try {
			policies.set(user, organization, months(form.months()));
			redirect.addFlashAttribute("flash", "privacy.retention.saved");
			return "redirect:/manage/organizations/" + id + "/retention";
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		return Forms.redisplay(response, page(policies.setting(user, organization), model));
	}

	private static Integer months(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("months", "privacy.retention.months.range", RetentionPolicies.MAX_MONTHS);
		}
	}

	private String page(RetentionSetting setting, Model model) {
		model.addAttribute("setting", setting);
		model.addAttribute("organization", setting.organization());
		return "privacy/retention";
	}

}
