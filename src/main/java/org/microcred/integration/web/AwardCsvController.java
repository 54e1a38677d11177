package org.microcred.integration.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.integration.AwardCsvJob;
import org.microcred.integration.AwardCsvService;
import org.microcred.integration.AwardCsvSettings;
import org.microcred.integration.internal.AwardCsvReader;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.springframework.context.MessageSource;
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

/** Issuer administrators: award an achievement assessed elsewhere from a CSV file (dry run, confirm, progress). */
@Controller
class AwardCsvController {

	private static final String TEMPLATE = String.join(",", AwardCsvReader.COLUMNS) + "\r\n"
			+ "ada@district.example.org,Ada Lovelace,Classroom questioning,2026-07-15,"
			+ "Portfolio reviewed by two facilitators at the summer institute,6\r\n";

	private final AwardCsvService uploads;

	private final OrganizationService organizations;

	private final AwardCsvSettings settings;

	private final MessageSource messages;

	AwardCsvController(AwardCsvService uploads, OrganizationService organizations, AwardCsvSettings settings,
			MessageSource messages) {
		this.uploads = uploads;
		this.organizations = organizations;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/manage/issuers/{id}/award-csv")
	String index(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("uploads", uploads.list(user, issuer, PageRequest.of(page, null)));
		model.addAttribute("issuer", organizations.get(issuer));
		model.addAttribute("columns", String.join(", ", AwardCsvReader.COLUMNS));
		model.addAttribute("maxMb", settings.maxFileSize().toMegabytes());
		model.addAttribute("maxRows", settings.maxRows());
		return "integration/award-csv";
	}

	@GetMapping("/manage/issuers/{id}/award-csv/template.csv")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		uploads.list(user, new OrganizationId(id), new PageRequest(0, 1));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"awards-template.csv\"")
			.body(TEMPLATE.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/manage/issuers/{id}/award-csv")
	String upload(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String evidenceName,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		OrganizationId issuer = new OrganizationId(id);
		try {
			if (file == null || file.isEmpty()) {
				uploads.list(user, issuer, new PageRequest(0, 1));
				throw new InvalidInputException("file", "integration.award-csv.choose-file");
			}
			AwardCsvJob job = uploads.upload(user, issuer, file.getOriginalFilename(), evidenceName, file.getSize(),
					file);
			redirect.addFlashAttribute(job.canConfirm() ? "flash" : "error", job.canConfirm()
					? "integration.award-csv.checked" : "integration.award-csv.nothing-valid");
			return "redirect:/manage/issuers/" + id + "/award-csv/" + job.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			redirect.addFlashAttribute("evidenceName", evidenceName);
			return "redirect:/manage/issuers/" + id + "/award-csv";
		}
	}

	@GetMapping("/manage/issuers/{id}/award-csv/{job}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID job,
			@RequestParam(required = false) Integer problems, Model model) {
		OrganizationId issuer = new OrganizationId(id);
		model.addAttribute("job", uploads.get(user, issuer, job));
		model.addAttribute("problems", uploads.problems(user, issuer, job, PageRequest.of(problems, 25)));
		model.addAttribute("issuer", organizations.get(issuer));
		return "integration/award-csv-job";
	}

	/** Polled by the progress bar; once the upload has finished, the whole page reloads to show the result. */
	@GetMapping("/manage/issuers/{id}/award-csv/{job}/progress")
	String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID job,
			Model model, HttpServletResponse response) {
		AwardCsvJob found = uploads.get(user, new OrganizationId(id), job);
		if (!found.inProgress()) {
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("job", found);
		return "integration/award-csv-job :: progress";
	}

	@GetMapping("/manage/issuers/{id}/award-csv/{job}/problems.csv")
	void problemsCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID job,
			Locale locale, HttpServletResponse response) throws IOException {
		uploads.get(user, new OrganizationId(id), job);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"award-problems.csv\"");
		uploads.writeProblems(user, new OrganizationId(id), job, messages, locale, response.getWriter());
	}

	@PostMapping("/manage/issuers/{id}/award-csv/{job}/confirm")
	String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID job,
			RedirectAttributes redirect) {
		uploads.confirm(user, new OrganizationId(id), job);
		redirect.addFlashAttribute("flash", "integration.award-csv.started");
		return "redirect:/manage/issuers/" + id + "/award-csv/" + job;
	}

	@PostMapping("/manage/issuers/{id}/award-csv/{job}/discard")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID job,
			RedirectAttributes redirect) {
		uploads.discard(user, new OrganizationId(id), job);
		redirect.addFlashAttribute("flash", "integration.award-csv.discarded");
		return "redirect:/manage/issuers/" + id + "/award-csv";
	}

}
