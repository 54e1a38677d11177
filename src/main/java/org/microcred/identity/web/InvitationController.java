package org.microcred.identity.web;

import org.microcred.identity.InvitationService;
import org.microcred.identity.InvitationView;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Accepting an invitation: the invitee picks a name and a password. */
@Controller
class InvitationController {

	record AcceptForm(@NotBlank(message = "{identity.profile.name.required}") @Size(max = 120,
			message = "{identity.profile.name.too-long}") String displayName,
			@NotBlank(message = "{identity.profile.new-password.required}") String password, String confirmation) {
	}

	private final InvitationService invitations;

	InvitationController(InvitationService invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("form", new AcceptForm(null, null, null));
		return view(token, model, response);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable String token, @Valid @ModelAttribute("form") AcceptForm form, BindingResult binding,
			Model model, HttpServletResponse response) {
		if (!binding.hasErrors() && !form.password().equals(form.confirmation())) {
			binding.rejectValue("confirmation", "identity.profile.confirmation.mismatch");
		}
		if (!binding.hasErrors()) {
			try {
				invitations.accept(token, form.displayName(), form.password());
				return "redirect:/login?welcome";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		String view = view(token, model, response);
		if (response.getStatus() == HttpServletResponse.SC_OK) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		return view;
	}

	private String view(String token, Model model, HttpServletResponse response) {
		InvitationView invitation = token.length() > 100 ? null : invitations.findOpen(token).orElse(null);
		if (invitation == null) {
			response.setStatus(HttpServletResponse.SC_GONE);
		}
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		return "identity/invitation";
	}

}
