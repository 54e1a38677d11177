package org.microcred.organization.web;

import java.util.List;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.InvitationService;
import org.microcred.identity.Role;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.SchoolId;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.web.Forms;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** A district administrator's pages: the district's profile, schools, teachers and invitations. */
@Controller
class DistrictAdminController {

	private final OrganizationService organizations;

	private final InvitationService invitations;

	DistrictAdminController(OrganizationService organizations, InvitationService invitations) {
		this.organizations = organizations;
		this.invitations = invitations;
	}

	@GetMapping("/manage/districts")
	String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Organization> mine = organizations.administeredBy(user, Role.DISTRICT_ADMIN);
		if (mine.size() == 1) {
			return "redirect:/manage/districts/" + mine.get(0).id();
		}
		model.addAttribute("organizations", mine);
		model.addAttribute("kind", "districts");
		return "organization/mine";
	}

	@GetMapping("/manage/districts/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
		Organization district = organizations.requireDistrictAdmin(user, new OrganizationId(id));
		model.addAttribute("form", OrganizationForm.of(district));
		return render(user, district, model);
	}

	@PostMapping("/manage/districts/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@Valid @ModelAttribute("form") OrganizationForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Organization district = organizations.requireDistrictAdmin(user, new OrganizationId(id));
		if (!binding.hasErrors()) {
			try {
				organizations.update(user, district.id(), form.details(), form.version());
				redirect.addFlashAttribute("flash", "organization.district.saved");
				return "redirect:/manage/districts/" + id;
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		render(user, district, model);
		return Forms.redisplay(response, "organization/district");
	}

	@PostMapping("/manage/districts/{id}/schools")
	String addSchool(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String name,
			RedirectAttributes redirect) {
		try {
			organizations.addSchool(user, new OrganizationId(id), name);
			redirect.addFlashAttribute("flash", "organization.school.added");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/districts/" + id;
	}

	@GetMapping("/manage/districts/{id}/teachers")
	String teachers(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) UUID school, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId districtId = new OrganizationId(id);
		Organization district = organizations.requireDistrictAdmin(user, districtId);
		model.addAttribute("district", district);
		model.addAttribute("schools", organizations.schools(user, districtId));
		model.addAttribute("teachers", organizations.members(user, districtId, school == null ? null : new SchoolId(school),
				q, new PageRequest(page, 25)));
		model.addAttribute("school", school);
		model.addAttribute("q", q);
		return "organization/teachers";
	}

	@GetMapping("/manage/districts/{id}/teachers/{account}")
	String teacher(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID account,
			Model model) {
		OrganizationId districtId = new OrganizationId(id);
		model.addAttribute("district", organizations.requireDistrictAdmin(user, districtId));
		model.addAttribute("teacher", organizations.member(user, districtId, new AccountId(account)));
		model.addAttribute("schools", organizations.schools(user, districtId));
		return "organization/teacher";
	}

	@PostMapping("/manage/districts/{id}/teachers/{account}")
	String updateTeacher(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID account,
			@RequestParam(required = false) UUID schoolId, @RequestParam(defaultValue = "") String stateLicenseNumber,
			RedirectAttributes redirect) {
		try {
			organizations.updateMember(user, new OrganizationId(id), new AccountId(account),
					schoolId == null ? null : new SchoolId(schoolId), stateLicenseNumber);
			redirect.addFlashAttribute("flash", "organization.teacher.saved");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/districts/" + id + "/teachers/" + account;
	}

	@PostMapping("/manage/districts/{id}/teachers/{account}/active")
	String setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID account,
			@RequestParam boolean active, RedirectAttributes redirect) {
		organizations.setMemberActive(user, new OrganizationId(id), new AccountId(account), active);
		redirect.addFlashAttribute("flash", active ? "organization.teacher.reactivated" : "organization.teacher.deactivated");
		return "redirect:/manage/districts/" + id + "/teachers/" + account;
	}

	@PostMapping("/manage/districts/{id}/invitations")
	String invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam String email,
			@RequestParam(required = false) UUID schoolId, RedirectAttributes redirect) {
		OrganizationId districtId = new OrganizationId(id);
		Organization district = organizations.requireDistrictAdmin(user, districtId);
		try {
			if (schoolId != null) {
				organizations.requireSchoolOf(districtId, new SchoolId(schoolId));
			}
			invitations.invite(user, email, Role.TEACHER, id, schoolId, district.name());
			redirect.addFlashAttribute("flash", Msg.of("organization.invitation.sent", email.strip()));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			redirect.addFlashAttribute("email", email);
		}
		return "redirect:/manage/districts/" + id;
	}

	private String render(CurrentUser user, Organization district, Model model) {
		model.addAttribute("district", district);
		model.addAttribute("countries", Countries.in(LocaleContextHolder.getLocale()));
		model.addAttribute("schools", organizations.schools(user, district.id()));
		model.addAttribute("teacherCount", organizations.activeMemberCount(user, district.id()));
		model.addAttribute("invitations", invitations.list(user, district.id().value(), new PageRequest(0, 10)));
		return "organization/district";
	}


}
