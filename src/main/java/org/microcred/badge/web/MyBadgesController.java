package org.microcred.badge.web;

import java.util.UUID;

import org.microcred.badge.BadgeSharing;
import org.microcred.badge.BadgeService;
import org.microcred.badge.CredentialView;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A teacher's badges and how they share them; the public portfolio. */
@Controller
class MyBadgesController {

	private final BadgeService badges;

	private final BadgeSharing sharing;

	MyBadgesController(BadgeService badges, BadgeSharing sharing) {
		this.badges = badges;
		this.sharing = sharing;
	}

	@GetMapping("/teacher/badges")
	@PreAuthorize("hasRole('TEACHER')")
	String mine(@AuthenticationPrincipal CurrentUser teacher, Model model) {
		model.addAttribute("badges", badges.ofTeacher(teacher.id()).stream().map(c -> CredentialView.of(c, null)).toList());
		model.addAttribute("profile", sharing.profile(teacher));
		return "badge/my-badges";
	}

	@PostMapping("/teacher/badges/sharing")
	@PreAuthorize("hasRole('TEACHER')")
	String sharing(@AuthenticationPrincipal CurrentUser teacher, @RequestParam(defaultValue = "FULL") String nameDisplay,
			@RequestParam(defaultValue = "false") boolean portfolioPublic, @RequestParam(defaultValue = "") String slug,
			RedirectAttributes redirect) {
		try {
			sharing.saveProfile(teacher, nameDisplay, portfolioPublic, slug);
			redirect.addFlashAttribute("flash", "badge.mine.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/teacher/badges";
	}

	@PostMapping("/teacher/badges/{id}/portfolio")
	@PreAuthorize("hasRole('TEACHER')")
	String portfolio(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean show, RedirectAttributes redirect) {
		badges.showOnPortfolio(teacher, new IssuedCredentialId(id), show);
		redirect.addFlashAttribute("flash", show ? "badge.mine.shown" : "badge.mine.hidden");
		return "redirect:/teacher/badges";
	}

	@GetMapping("/portfolio/{slug}")
	String publicPortfolio(@PathVariable String slug, Model model) {
		model.addAttribute("portfolio", sharing.portfolio(slug));
		return "badge/portfolio";
	}

}
