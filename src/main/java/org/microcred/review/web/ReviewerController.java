package org.microcred.review.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.review.AssessmentService;
import org.microcred.review.ReviewHistory;
import org.microcred.review.ReviewId;
import org.microcred.review.ReviewWorkspace;
import org.microcred.review.ReviewerLanguages;
import org.microcred.platform.web.Requests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/** Reviewers: the queue, claiming, and scoring against the rubric. */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ReviewerController {

	private final AssessmentService assessment;

	private final ReviewHistory history;

	private final ReviewerLanguages languages;

	ReviewerController(AssessmentService assessment, ReviewHistory history, ReviewerLanguages languages) {
		this.assessment = assessment;
		this.history = history;
		this.languages = languages;
	}

	/** The languages a reviewer can tick (the ones they stated stay, whatever they are). */
	private static final List<String> OFFERED = List.of("en", "es", "fr", "de", "pt");

	@PostMapping("/reviewer/languages")
	String languages(@AuthenticationPrincipal CurrentUser reviewer,
			@RequestParam(name = "languages", required = false) List<String> chosen, RedirectAttributes redirect) {
		try {
			languages.set(reviewer, chosen);
			redirect.addFlashAttribute("flash", "review.languages.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/reviewer";
	}

	@GetMapping("/reviewer/history")
	String history(@AuthenticationPrincipal CurrentUser reviewer, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("history", history.of(reviewer, new PageRequest(page, 20)));
		return "review/history";
	}

	@GetMapping("/reviewer")
	String home(@AuthenticationPrincipal CurrentUser reviewer, Model model) {
		model.addAttribute("queue", assessment.queue(reviewer));
		List<String> mine = languages.of(reviewer);
		java.util.LinkedHashSet<String> offered = new java.util.LinkedHashSet<>(OFFERED);
		offered.addAll(mine);
		model.addAttribute("reviewLanguages", mine);
		model.addAttribute("offeredLanguages", List.copyOf(offered));
		return "review/reviewer-home";
	}

	@PostMapping("/reviewer/claim")
	String claim(@AuthenticationPrincipal CurrentUser reviewer, @RequestParam(required = false) UUID credential,
			RedirectAttributes redirect) {
		try {
			Optional<ReviewId> claimed = assessment.claimNext(reviewer, credential == null ? null : new CredentialId(credential));
			if (claimed.isPresent()) {
				return "redirect:/reviewer/reviews/" + claimed.get();
			}
			redirect.addFlashAttribute("flash", "review.queue.nothing-waiting");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/reviewer";
	}

	@GetMapping("/reviewer/reviews/{id}")
	String review(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable UUID id, Model model) {
		ReviewWorkspace workspace = assessment.workspace(reviewer, new ReviewId(id));
		model.addAttribute("w", workspace);
		model.addAttribute("design", workspace.version().micro());
		return "review/review";
	}

	@PostMapping("/reviewer/reviews/{id}/release")
	String release(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			assessment.release(reviewer, new ReviewId(id));
			redirect.addFlashAttribute("flash", Msg.of("review.release.done"));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/reviewer";
	}

	@PostMapping("/reviewer/reviews/{id}")
	String save(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable UUID id,
			@RequestParam Map<String, String> form, @RequestParam(defaultValue = "save") String action,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ScoreForm scores = ScoreForm.of(form);
		ReviewId reviewId = new ReviewId(id);
		try {
			if ("submit".equals(action)) {
				boolean passed = assessment.submit(reviewer, reviewId, scores.scores(), scores.comments(), scores.summary());
				redirect.addFlashAttribute("flash", passed ? "review.submitted.passes" : "review.submitted.returns");
				return "redirect:/reviewer";
			}
			assessment.saveDraft(reviewer, reviewId, scores.scores(), scores.comments(), scores.summary());
			if (Requests.isHtmx(request)) {
				model.addAttribute("savedAt", java.time.Instant.now());
				return "review/fragments :: saved";
			}
			redirect.addFlashAttribute("flash", "review.draft.saved");
		}
		catch (InvalidInputException | ConflictException ex) {
			if (Requests.isHtmx(request)) {
				model.addAttribute("problem", ex.message());
				return "review/fragments :: problem";
			}
			if ("submit".equals(action) && ex instanceof InvalidInputException) {
				assessment.saveDraft(reviewer, reviewId, scores.scores(), scores.comments(), scores.summary());
			}
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/reviewer/reviews/" + id;
	}

}
