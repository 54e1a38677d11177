package org.microcred.review.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.review.Agreement;
import org.microcred.review.CalibrationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A reviewer's calibration exercise for one credential: score the anchors, see the agreement. */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class CalibrationController {

	private final CalibrationService calibration;

	CalibrationController(CalibrationService calibration) {
		this.calibration = calibration;
	}

	@GetMapping("/reviewer/calibration/{credentialId}")
	String exercise(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable UUID credentialId, Model model) {
		CalibrationService.Exercise exercise = calibration.exercise(reviewer, new CredentialId(credentialId));
		model.addAttribute("version", exercise.version());
		model.addAttribute("anchors", exercise.anchors());
		model.addAttribute("latest", exercise.latest());
		return "review/calibration";
	}

	@PostMapping("/reviewer/calibration/{credentialId}")
	String submit(@AuthenticationPrincipal CurrentUser reviewer, @PathVariable UUID credentialId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<UUID, Map<String, String>> byAnchor = new HashMap<>();
		form.forEach((name, value) -> {
			// score:<anchor id>:<part/criterion>
			if (name.startsWith("score:") && name.length() > 43) {
				UUID anchor = UUID.fromString(name.substring(6, 42));
				byAnchor.computeIfAbsent(anchor, a -> new HashMap<>()).put(name.substring(43), value);
			}
		});
		try {
			CalibrationService.Result result = calibration.calibrate(reviewer, new CredentialId(credentialId), byAnchor);
			Agreement agreement = result.agreement();
			String figures = "exact agreement " + agreement.exactLabel() + ", kappa " + agreement.kappaLabel();
			redirect.addFlashAttribute(result.passed() ? "flash" : "error", result.passed()
					? "Calibrated (" + figures + "). You can now take live reviews of this credential."
					: "Not yet calibrated (" + figures + "; " + result.threshold()
							+ " needed). Compare your scores with the rubric descriptors and try again.");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/reviewer/calibration/" + credentialId;
	}

}
