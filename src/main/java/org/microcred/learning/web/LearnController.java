package org.microcred.learning.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.LocalizedVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptId;
import org.microcred.learning.AttemptView;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EnrollmentView;
import org.microcred.learning.LearningSettings;
import org.microcred.learning.PartEvidence;
import org.microcred.learning.ResumableUploadSettings;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.web.Requests;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Working on a credential: resources and progress, notes, evidence per part with the rubric beside it,
 * submission, withdrawal, and the history of attempts with their feedback. Small changes (a resource ticked, a
 * paragraph typed) are saved as the teacher works, through htmx; every form also works without script.
 */
@Controller
class LearnController {

	private final EnrollmentService enrollments;

	private final LearningSettings settings;

	private final ResumableUploadSettings resumable;

	private final DesignTranslationService translations;

	LearnController(EnrollmentService enrollments, LearningSettings settings, ResumableUploadSettings resumable,
			DesignTranslationService translations) {
		this.enrollments = enrollments;
		this.settings = settings;
		this.resumable = resumable;
		this.translations = translations;
	}

	@GetMapping("/learn/{id}")
	String learn(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, Locale locale, Model model) {
		EnrollmentId enrollmentId = new EnrollmentId(id);
		EnrollmentView enrollment = enrollments.mine(teacher, enrollmentId);
		LocalizedVersion localized = translations.localize(enrollments.versionOf(enrollment), locale);
		DesignVersion version = localized.version();
		model.addAttribute("localized", localized);
		List<AttemptView> attempts = enrollments.attempts(teacher, enrollmentId);
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("version", version);
		model.addAttribute("design", version.micro());
		model.addAttribute("done", enrollments.doneResources(teacher, enrollmentId));
		model.addAttribute("draft", enrollments.draft(teacher, enrollmentId));
		model.addAttribute("attempts", attempts);
		model.addAttribute("latest", attempts.isEmpty() ? null : attempts.get(0));
		model.addAttribute("submitToken", UUID.randomUUID());
		model.addAttribute("maxLinks", settings.maxLinks());
		model.addAttribute("maxFileMb", settings.maxFileSize().toMegabytes());
		model.addAttribute("uploadChunkBytes", resumable.chunkSize().toBytes());
		model.addAttribute("coaching", version.micro().maxAttempts() != null
				&& attempts.size() >= version.micro().maxAttempts() && enrollment.status().drafting());
		return "learning/learn";
	}

	@PostMapping("/learn/{id}/resources/{index}")
	String resource(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable int index,
			@RequestParam(defaultValue = "false") boolean done, HttpServletRequest request, Model model) {
		enrollments.markResource(teacher, new EnrollmentId(id), index, done);
		if (Requests.isHtmx(request)) {
			model.addAttribute("done", done);
			return "learning/fragments :: resource-saved";
		}
		return "redirect:/learn/" + id + "#resources";
	}

	@PostMapping("/learn/{id}/notes")
	String notes(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String notes, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		enrollments.saveNotes(teacher, new EnrollmentId(id), notes);
		return saved(request, model, redirect, "/learn/" + id + "#notes", Msg.of("learning.notes.saved"));
	}

	@PostMapping("/learn/{id}/parts/{part}/text")
	String text(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable String part,
			@RequestParam(defaultValue = "") String text, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			Optional<Msg> overLimit = enrollments.saveText(teacher, new EnrollmentId(id), part, text);
			if (overLimit.isPresent()) {
				return failed(request, model, redirect, "/learn/" + id + "#part-" + part, overLimit.get());
			}
			return saved(request, model, redirect, "/learn/" + id + "#part-" + part, Msg.of("learning.text.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			return failed(request, model, redirect, "/learn/" + id + "#part-" + part, ex.message());
		}
	}

	@PostMapping("/learn/{id}/parts/{part}/links")
	String links(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable String part,
			@RequestParam(defaultValue = "") String links, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		try {
			List<Integer> bad = enrollments.saveLinks(teacher, new EnrollmentId(id), part, links.lines().toList(),
					settings.maxLinks());
			if (!bad.isEmpty()) {
				// the box shows what was typed, bad lines included, so they can be corrected where they are
				redirect.addFlashAttribute("typedLinks", Map.of(part, links));
				redirect.addFlashAttribute("linksProblem", Map.of(part, Msg.of("learning.links.bad-lines", bad.size(),
						bad.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))));
				return "redirect:/learn/" + id + "#part-" + part;
			}
			return saved(request, model, redirect, "/learn/" + id + "#part-" + part, Msg.of("learning.links.saved"));
		}
		catch (InvalidInputException | ConflictException ex) {
			return failed(request, model, redirect, "/learn/" + id + "#part-" + part, ex.message());
		}
	}

	@PostMapping("/learn/{id}/privacy")
	String privacy(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id,
			@RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
		if (confirmed) {
			enrollments.acknowledgePrivacy(teacher, new EnrollmentId(id));
			redirect.addFlashAttribute("flash", "learning.privacy.confirmed");
		}
		else {
			redirect.addFlashAttribute("error", "learning.privacy.unconfirmed");
		}
		return "redirect:/learn/" + id + "#evidence";
	}

	@PostMapping("/learn/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @RequestParam UUID token,
			RedirectAttributes redirect) {
		try {
			enrollments.submit(teacher, new EnrollmentId(id), token);
			redirect.addFlashAttribute("flash", "learning.submit.done");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/learn/" + id;
	}

	@PostMapping("/learn/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			enrollments.withdraw(teacher, new EnrollmentId(id));
			redirect.addFlashAttribute("flash", "learning.withdraw.done");
			return "redirect:/teacher";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/learn/" + id;
		}
	}

	@GetMapping("/learn/{id}/attempts/{attemptId}")
	String attempt(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable UUID attemptId,
			Locale locale, Model model) {
		EnrollmentView enrollment = enrollments.mine(teacher, new EnrollmentId(id));
		AttemptView attempt = enrollments.attempts(teacher, enrollment.id())
			.stream()
			.filter(a -> a.id().value().equals(attemptId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("learning.attempt.missing"));
		Map<String, PartEvidence> evidence = enrollments.attemptEvidence(teacher, new AttemptId(attemptId));
		model.addAttribute("enrollment", enrollment);
		model.addAttribute("design", translations.localize(enrollments.versionOf(enrollment), locale).version().micro());
		model.addAttribute("attempt", attempt);
		model.addAttribute("evidence", evidence);
		model.addAttribute("feedbackByCriterion", attempt.feedback() == null ? Map.of()
				: attempt.feedback().criteria().stream().collect(java.util.stream.Collectors.toMap(
						f -> f.partKey() + "/" + f.criterionKey(), f -> f, (a, b) -> a)));
		return "learning/attempt";
	}

	private static String saved(HttpServletRequest request, Model model, RedirectAttributes redirect, String back,
			Msg message) {
		if (Requests.isHtmx(request)) {
			model.addAttribute("savedAt", Instant.now());
			return "learning/fragments :: saved";
		}
		redirect.addFlashAttribute("flash", message);
		return "redirect:" + back;
	}

	private static String failed(HttpServletRequest request, Model model, RedirectAttributes redirect, String back,
			Msg message) {
		if (Requests.isHtmx(request)) {
			model.addAttribute("problem", message);
			return "learning/fragments :: problem";
		}
		redirect.addFlashAttribute("error", message);
		return "redirect:" + back;
	}

}
