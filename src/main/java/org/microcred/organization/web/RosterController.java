package org.microcred.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.organization.RosterFile;
import org.microcred.organization.RosterFormat;
import org.microcred.organization.SchoolId;
import org.microcred.platform.InvalidInputException;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.microcred.platform.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The roster import pages: upload and past imports, then each import's dry run, progress and result. */
@Controller
class RosterController {

	private final OrganizationService organizations;

	private final RosterImportService imports;

	RosterController(OrganizationService organizations, RosterImportService imports) {
		this.organizations = organizations;
		this.imports = imports;
	}

	@GetMapping("/manage/districts/{id}/roster")
	String index(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId district = new OrganizationId(id);
		model.addAttribute("district", organizations.requireDistrictAdmin(user, district));
		model.addAttribute("imports", imports.list(user, district, new PageRequest(page, 20)));
		model.addAttribute("templateColumns", RosterImportService.TEMPLATE_COLUMNS);
		return "organization/roster";
	}

	@GetMapping("/manage/districts/{id}/roster/template.csv")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		organizations.requireDistrictAdmin(user, new OrganizationId(id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roster-template.csv\"")
			.body(RosterImportService.TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/manage/districts/{id}/roster")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) RosterFormat format,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(defaultValue = "false") boolean deactivateMissing,
			@RequestParam(defaultValue = "false") boolean sendInvitations, RedirectAttributes redirect) {
		List<RosterFile> uploads = files == null ? List.of() : files.stream()
			.filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
			.map(f -> new RosterFile(f.getOriginalFilename(), f))
			.toList();
		if (uploads.isEmpty()) {
			organizations.requireDistrictAdmin(user, new OrganizationId(id));
			redirect.addFlashAttribute("error", "organization.roster.choose-files");
			return "redirect:/manage/districts/" + id + "/roster";
		}
		RosterImport dryRun = imports.dryRun(user, new OrganizationId(id), format, uploads, deactivateMissing,
				sendInvitations);
		redirect.addFlashAttribute(dryRun.canConfirm() ? "flash" : "error", dryRun.canConfirm()
				? "organization.roster.dry-run-done" : "organization.roster.dry-run-problems");
		return "redirect:/manage/districts/" + id + "/roster/" + dryRun.id();
	}

	@GetMapping("/manage/districts/{id}/roster/{importId}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID importId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "0") int problems,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		OrganizationId district = new OrganizationId(id);
		model.addAttribute("district", organizations.requireDistrictAdmin(user, district));
		model.addAttribute("job", imports.get(user, district, importId));
		model.addAttribute("problems", imports.problems(user, district, importId, new PageRequest(problems, 25)));
		model.addAttribute("changes", imports.changes(user, district, importId, all, new PageRequest(page, 25)));
		model.addAttribute("all", all);
		model.addAttribute("suggestions", imports.schoolSuggestions(user, district, importId));
		return "organization/roster-import";
	}

	/** Polled by the progress bar; once the import has finished, the whole page reloads to show the result. */
	@GetMapping("/manage/districts/{id}/roster/{importId}/progress")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID importId,
			Model model, HttpServletResponse response) {
		RosterImport job = imports.get(user, new OrganizationId(id), importId);
		if (!job.inProgress()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", job);
		model.addAttribute("districtId", id);
		return "organization/roster-import :: progress";
	}

	@PostMapping("/manage/districts/{id}/roster/{importId}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID importId,
			RedirectAttributes redirect) {
		imports.confirm(user, new OrganizationId(id), importId);
		redirect.addFlashAttribute("flash", "organization.roster.started");
		return "redirect:/manage/districts/" + id + "/roster/" + importId;
	}

	/** "Did you mean …?": {@code school} is the existing school to use; without it, the file's school is created. */
	@PostMapping("/manage/districts/{id}/roster/{importId}/schools")
	String chooseSchool(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID importId,
			@RequestParam String key, @RequestParam(required = false) UUID school, RedirectAttributes redirect) {
		try {
			imports.chooseSchool(user, new OrganizationId(id), importId, key, school == null ? null : new SchoolId(school));
			redirect.addFlashAttribute("flash", school == null ? "organization.roster.choice.created"
					: "organization.roster.choice.mapped");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/districts/" + id + "/roster/" + importId;
	}

	@PostMapping("/manage/districts/{id}/roster/{importId}/discard")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID importId,
			RedirectAttributes redirect) {
		imports.discard(user, new OrganizationId(id), importId);
		redirect.addFlashAttribute("flash", "organization.roster.discarded");
		return "redirect:/manage/districts/" + id + "/roster";
	}

}
