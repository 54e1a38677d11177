package org.microcred.growth.web;

import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.growth.RecommendationService;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.ConflictException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every recommendation with its reasons, page by page; dismissing one and undoing that. */
@Controller
@PreAuthorize("hasRole('TEACHER')")
class RecommendationsController {

	private static final Map<String, String> BACK = Map.of("home", "/teacher", "list", "/teacher/recommendations");

	private final RecommendationService recommendations;

	RecommendationsController(RecommendationService recommendations) {
		this.recommendations = recommendations;
	}

	@GetMapping("/teacher/recommendations")
	String list(@AuthenticationPrincipal CurrentUser teacher, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", recommendations.page(teacher, new PageRequest(Math.max(0, page), 10)));
		model.addAttribute("dismissed", recommendations.dismissed(teacher));
		return "growth/recommendations";
	}

	@PostMapping("/teacher/recommendations/{credential}/dismiss")
	String dismiss(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID credential,
			@RequestParam(defaultValue = "home") String from, RedirectAttributes redirect) {
		try {
			String title = recommendations.dismiss(teacher, new CredentialId(credential));
			redirect.addFlashAttribute("flash", Msg.of("growth.dismiss.done", title));
			redirect.addFlashAttribute("undo", credential);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:" + BACK.getOrDefault(from, "/teacher");
	}

	@PostMapping("/teacher/recommendations/{credential}/restore")
	String restore(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID credential,
			@RequestParam(defaultValue = "home") String from, RedirectAttributes redirect) {
		try {
			String title = recommendations.restore(teacher, new CredentialId(credential));
			redirect.addFlashAttribute("flash", Msg.of("growth.restore.done", title));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:" + BACK.getOrDefault(from, "/teacher");
	}

}
