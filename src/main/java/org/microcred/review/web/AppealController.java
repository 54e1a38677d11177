package org.microcred.review.web;

import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.LearningService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.review.AppealService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A teacher appeals a decision: once, with a reason, before the deadline. */
@Controller
class AppealController {

	private final AppealService appeals;

	private final LearningService learning;

	AppealController(AppealService appeals, LearningService learning) {
		this.appeals = appeals;
		this.learning = learning;
	}

	@GetMapping("/appeals/{attemptId}")
	String form(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID attemptId, Model model) {
		AttemptId id = new AttemptId(attemptId);
		model.addAttribute("whyNot", appeals.whyNot(teacher, id));
		model.addAttribute("attempt", learning.attempt(id));
		model.addAttribute("appealed", appeals.appealed(id));
		return "review/appeal";
	}

	@PostMapping("/appeals/{attemptId}")
	String appeal(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID attemptId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		try {
			appeals.appeal(teacher, new AttemptId(attemptId), reason);
			redirect.addFlashAttribute("flash", "review.appeal.filed");
			return "redirect:/learn/" + learning.attempt(new AttemptId(attemptId)).enrollmentId();
		}
		catch (ConflictException | InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/appeals/" + attemptId;
		}
	}

}
