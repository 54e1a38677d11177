package org.microcred.growth.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.microcred.catalog.design.GradeBand;
import org.microcred.growth.SelfAssessmentForm;
import org.microcred.growth.SelfAssessmentService;
import org.microcred.growth.SkillFramework;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The teacher's own self-assessment: the guided form after sign-up, and the same page any time later. */
@Controller
@PreAuthorize("hasRole('TEACHER')")
class SelfAssessmentController {

	static final String RATING = "rating.";

	private final SelfAssessmentService assessments;

	private final SkillFramework framework;

	SelfAssessmentController(SelfAssessmentService assessments, SkillFramework framework) {
		this.assessments = assessments;
		this.framework = framework;
	}

	@GetMapping("/teacher/self-assessment")
	String form(@AuthenticationPrincipal CurrentUser teacher, Model model) {
		return page(teacher, model);
	}

	@PostMapping("/teacher/self-assessment")
	String save(@AuthenticationPrincipal CurrentUser teacher, @RequestParam MultiValueMap<String, String> params,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		Map<String, String> ratings = new HashMap<>();
		params.forEach((name, values) -> {
			if (name.startsWith(RATING) && !values.isEmpty()) {
				ratings.put(name.substring(RATING.length()), values.get(values.size() - 1));
			}
		});
		SelfAssessmentForm form = new SelfAssessmentForm(ratings, list(params, "interests"), list(params, "gradeBands"),
				params.getFirst("subjects"), params.getFirst("hoursPerWeek"));
		try {
			assessments.save(teacher, form);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("error", Msg.of("growth.assessment.not-saved", ex.message()));
			return page(teacher, model);
		}
		redirect.addFlashAttribute("flash", "growth.assessment.saved");
		return "redirect:/teacher";
	}

	@PostMapping("/teacher/self-assessment/skip")
	String skip(@AuthenticationPrincipal CurrentUser teacher, RedirectAttributes redirect) {
		assessments.skip(teacher);
		redirect.addFlashAttribute("flash", "growth.assessment.skipped");
		return "redirect:/teacher";
	}

	private String page(CurrentUser teacher, Model model) {
		model.addAttribute("assessment", assessments.mine(teacher));
		model.addAttribute("domains", framework.domains());
		model.addAttribute("gradeBands", List.of(GradeBand.values()));
		model.addAttribute("levels", List.of(1, 2, 3, 4));
		return "growth/self-assessment";
	}

	private static List<String> list(MultiValueMap<String, String> params, String name) {
		List<String> values = params.get(name);
		return values == null ? List.of() : values;
	}

}
