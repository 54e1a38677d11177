package org.microcred.learning.web;

import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a credential: the eligibility check with its reasons, then enrollment (or a prior-learning request). */
@Controller
class EnrollController {

	private final EnrollmentService enrollments;

	private final CatalogService catalog;

	EnrollController(EnrollmentService enrollments, CatalogService catalog) {
		this.enrollments = enrollments;
		this.catalog = catalog;
	}

	@GetMapping("/enroll/{credentialId}")
	String confirm(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID credentialId,
			@RequestParam(defaultValue = "false") boolean rpl, Model model) {
		CredentialId id = new CredentialId(credentialId);
		model.addAttribute("detail", catalog.detail(id, teacher));
		model.addAttribute("paidByDistrict", catalog.paidByDistrict(id, teacher));
		model.addAttribute("eligibility", enrollments.eligibility(teacher, id));
		model.addAttribute("rpl", rpl);
		return "learning/enroll";
	}

	@PostMapping("/enroll/{credentialId}")
	String enroll(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID credentialId,
			@RequestParam(defaultValue = "false") boolean rpl, @RequestParam(defaultValue = "false") boolean admission,
			RedirectAttributes redirect) {
		if (!admission) {
			redirect.addFlashAttribute("error", "learning.enroll.confirm-admission");
			return "redirect:/enroll/" + credentialId + (rpl ? "?rpl=true" : "");
		}
		try {
			EnrollmentId id = enrollments.enroll(teacher, new CredentialId(credentialId), rpl);
			redirect.addFlashAttribute("flash", Msg.of(rpl ? "learning.enroll.rpl-opened" : "learning.enroll.enrolled"));
			return "redirect:/learn/" + id;
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/enroll/" + credentialId;
		}
	}

}
