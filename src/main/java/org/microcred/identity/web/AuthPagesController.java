package org.microcred.identity.web;

import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.IdentitySettings;
import org.microcred.identity.RoleGrant;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/**
 * The landing page, log-in, sign-up and the home page that sends each person to the home of their role.
 */
@Controller
class AuthPagesController {

	private final AccountService accounts;

	private final IdentitySettings settings;

	AuthPagesController(AccountService accounts, IdentitySettings settings) {
		this.accounts = accounts;
		this.settings = settings;
	}

	@GetMapping("/")
	String landing(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("signupEnabled", settings.signupEnabled());
		return "landing";
	}

	@GetMapping("/login")
	String login(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user != null) {
			return "redirect:/home";
		}
		model.addAttribute("signupEnabled", settings.signupEnabled());
		return "identity/login";
	}

	/** One role: straight to its home. Several: a choice. */
	@GetMapping("/home")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		var grants = user.grants().stream()
			.sorted(java.util.Comparator.comparing(RoleGrant::role).thenComparing(g -> String.valueOf(g.organizationId())))
			.toList();
		if (grants.size() == 1) {
			return "redirect:" + grants.get(0).homePath();
		}
		model.addAttribute("grants", grants);
		return "identity/choose-home";
	}

	@GetMapping("/signup")
	String signupForm(@ModelAttribute("form") SignupForm form, Model model) {
		model.addAttribute("signupEnabled", settings.signupEnabled());
		return "identity/signup";
	}

	@PostMapping("/signup")
	String signup(@Valid @ModelAttribute("form") SignupForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("signupEnabled", settings.signupEnabled());
		if (!binding.hasErrors()) {
			try {
				accounts.signUpTeacher(form.displayName(), form.email(), form.password());
				redirect.addFlashAttribute("flash", "Your account is ready. Please log in.");
				return "redirect:/login";
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		return Forms.redisplay(response, "identity/signup");
	}

}
