package org.microcred.privacy.web;

import org.microcred.badge.BadgeService;
import org.microcred.identity.AccountDeletion;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.TeacherRecords;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.web.Forms;
import org.microcred.privacy.DataExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** "Your data": download all of it, or delete the account. */
@Controller
class MyDataController {

	record DeleteForm(String password, String confirmation) {
	}

	private final DataExport export;

	private final AccountDeletion deletion;

	private final TeacherRecords records;

	private final BadgeService badges;

	MyDataController(DataExport export, AccountDeletion deletion, TeacherRecords records, BadgeService badges) {
		this.export = export;
		this.deletion = deletion;
		this.records = records;
		this.badges = badges;
	}

	@GetMapping("/account/data")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("deleteForm", new DeleteForm(null, null));
		return page(user, model);
	}

	@GetMapping("/account/data/export.zip")
	ResponseEntity<StreamingResponseBody> download(@AuthenticationPrincipal CurrentUser user) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"microcred-my-data.zip\"")
			.header(HttpHeaders.CONTENT_TYPE, "application/zip")
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(out -> export.write(user, out));
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("deleteForm") DeleteForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response) {
		try {
			deletion.deleteOwnAccount(user, form.password(), form.confirmation());
			SecurityContextHolder.clearContext();
			var session = request.getSession(false);
			if (session != null) {
				try {
					session.invalidate();
				}
				catch (IllegalStateException ex) {
					// already ended with the account's other sessions
				}
			}
			return "redirect:/account/deleted";
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		catch (ConflictException ex) {
			binding.reject(ex.message().key());
		}
		return Forms.redisplay(response, page(user, model));
	}

	@GetMapping("/account/deleted")
	String deleted() {
		return "privacy/deleted";
	}

	private String page(CurrentUser user, Model model) {
		model.addAttribute("files", records.files(user.id()).size());
		model.addAttribute("credentials", badges.ofTeacher(user.id()).size());
		model.addAttribute("mayDelete", user.grants().stream().allMatch(g -> g.role() == Role.TEACHER));
		return "privacy/my-data";
	}

}
