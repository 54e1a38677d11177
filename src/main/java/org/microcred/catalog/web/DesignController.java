package org.microcred.catalog.web;

import java.io.IOException;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.CredentialKind;
import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.GradeBand;
import org.microcred.catalog.design.Participation;
import org.microcred.catalog.design.Resource;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.PageRequest;
import org.microcred.platform.UserFacingException;
import org.microcred.platform.web.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Issuer administrators design credentials: list, create, edit, submit for quality review, version, retire. */
@Controller
class DesignController {

	private final CredentialDesignService designs;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	private final DesignTranslationService translations;

	/** The languages the "add a language" choice offers (any other tag can be typed into the address). */
	static final java.util.List<String> CONTENT_LANGUAGES = java.util.List.of("en", "es", "fr", "de", "ga", "pt");

	DesignController(CredentialDesignService designs, CatalogService catalog, OrganizationService organizations,
			DesignTranslationService translations) {
		this.translations = translations;
		this.designs = designs;
		this.catalog = catalog;
		this.organizations = organizations;
	}

	@GetMapping("/manage/issuers/{issuerId}/credentials")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID issuerId,
			@RequestParam(defaultValue = "0") int page, Model model) {
		OrganizationId issuer = new OrganizationId(issuerId);
		model.addAttribute("issuer", organizations.requireIssuerAdmin(user, issuer));
		model.addAttribute("designs", designs.designsOf(user, issuer, new PageRequest(page, 20)));
		return "catalog/designs";
	}

	@PostMapping("/manage/issuers/{issuerId}/credentials")
	String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID issuerId, @RequestParam String title,
			@RequestParam(defaultValue = "MICRO") CredentialKind kind, RedirectAttributes redirect) {
		try {
			OrganizationId issuer = new OrganizationId(issuerId);
			VersionId id = kind == CredentialKind.MICRO ? designs.createMicroCredential(user, issuer, title)
					: designs.createStack(user, issuer, title);
			redirect.addFlashAttribute("flash", "catalog.design.created");
			return "redirect:/manage/designs/" + id + "/edit";
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/manage/issuers/" + issuerId + "/credentials";
		}
	}

	@GetMapping("/manage/designs/{versionId}")
	String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, Model model) {
		DesignVersion version = designs.version(user, new VersionId(versionId));
		model.addAttribute("version", version);
		model.addAttribute("issuer", organizations.get(version.issuerId()));
		model.addAttribute("checklist", designs.checklist(version));
		model.addAttribute("history", designs.history(user, version.credentialId()));
		model.addAttribute("returned", designs.returnComment(user, version).orElse(null));
		model.addAttribute("versions", designs.versions(user, version.credentialId()));
		model.addAttribute("names", TitleLookup.of(catalog));
		java.util.List<String> languages = translations.languages(version);
		model.addAttribute("languages", languages);
		model.addAttribute("addableLanguages",
				CONTENT_LANGUAGES.stream().filter(l -> !languages.contains(l)).toList());
		return "catalog/design-overview";
	}

	@GetMapping("/manage/designs/{versionId}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, Model model) {
		DesignVersion version = designs.version(user, new VersionId(versionId));
		if (!version.status().editable()) {
			return "redirect:/manage/designs/" + versionId;
		}
		model.addAttribute("form", version.isMicro() ? MicroDesignForm.of(version.micro(), version.lockVersion())
				: StackDesignForm.of(version.stack(), version.lockVersion()));
		return editor(version, model);
	}

	@PostMapping(path = "/manage/designs/{versionId}/edit", params = "kind=MICRO")
	String saveMicro(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@ModelAttribute("form") MicroDesignForm form, BindingResult binding,
			@RequestParam(required = false) String add, @RequestParam(name = FORM_END, required = false) String end,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DesignVersion version = designs.version(user, new VersionId(versionId));
		if (end == null) {
			return incompleteForm(versionId, redirect);
		}
		if (add != null) {
			form.add(add);
			model.addAttribute("unsaved", true);
			return editor(version, model);
		}
		if (!binding.hasErrors()) {
			try {
				designs.saveMicroCredential(user, version.id(), form.design(), form.getLockVersion());
				redirect.addFlashAttribute("flash", "catalog.design.saved");
				return "redirect:/manage/designs/" + versionId;
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		return Forms.redisplay(response, editor(version, model));
	}

	@PostMapping(path = "/manage/designs/{versionId}/edit", params = "kind=STACK")
	String saveStack(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@ModelAttribute("form") StackDesignForm form, BindingResult binding,
			@RequestParam(required = false) String add, @RequestParam(name = FORM_END, required = false) String end,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		DesignVersion version = designs.version(user, new VersionId(versionId));
		if (end == null) {
			return incompleteForm(versionId, redirect);
		}
		if (add != null) {
			form.addAlignment();
			model.addAttribute("unsaved", true);
			return editor(version, model);
		}
		if (!binding.hasErrors()) {
			try {
				designs.saveStack(user, version.id(), form.design(), form.getLockVersion());
				redirect.addFlashAttribute("flash", "catalog.design.saved");
				return "redirect:/manage/designs/" + versionId;
			}
			catch (InvalidInputException ex) {
				Forms.reject(binding, ex);
			}
		}
		return Forms.redisplay(response, editor(version, model));
	}

	/**
	 * The last field of the editor form. A browser submits only the fields it has parsed so far: a button pressed
	 * while the (long) editor is still loading would send a truncated form, and every field after the cut (grade
	 * bands, prerequisites, performance levels, the passing rule...) would be taken as emptied and lost on save.
	 */
	static final String FORM_END = "formEnd";

	private String incompleteForm(UUID versionId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("error", "catalog.design.form-incomplete");
		return "redirect:/manage/designs/" + versionId + "/edit";
	}

	private String editor(DesignVersion version, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("published", catalog.publishedAll()
			.stream()
			.filter(v -> v.isMicro() && !v.credentialId().equals(version.credentialId()))
			.toList());
		model.addAttribute("gradeBands", GradeBand.values());
		model.addAttribute("participations", Participation.values());
		model.addAttribute("evidenceKinds", EvidenceKind.values());
		model.addAttribute("resourceKinds", Resource.ResourceKind.values());
		return version.isMicro() ? "catalog/edit-micro" : "catalog/edit-stack";
	}

	@PostMapping("/manage/designs/{versionId}/image")
	String image(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@RequestParam MultipartFile image, RedirectAttributes redirect) throws IOException {
		try {
			if (image.getSize() > 1024 * 1024) {
				throw new InvalidInputException("image", "catalog.image.too-large");
			}
			designs.setImage(user, new VersionId(versionId), image.getBytes());
			redirect.addFlashAttribute("flash", "catalog.image.updated");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/designs/" + versionId;
	}

	/** The badge image of any version, for its staff (the public one serves published versions only). */
	@GetMapping("/manage/designs/{versionId}/image")
	ResponseEntity<byte[]> preview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId) {
		designs.version(user, new VersionId(versionId));
		var image = catalog.image(new VersionId(versionId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
			.body(image.bytes());
	}

	@PostMapping("/manage/designs/{versionId}/submit")
	String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@RequestParam int lockVersion, RedirectAttributes redirect) {
		try {
			designs.submitForReview(user, new VersionId(versionId), lockVersion);
			redirect.addFlashAttribute("flash", "catalog.design.submitted");
		}
		catch (InvalidInputException | ConflictException | OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", ex instanceof UserFacingException userFacing ? userFacing.message()
					: Msg.of("catalog.design.changed-meanwhile"));
		}
		return "redirect:/manage/designs/" + versionId;
	}

	@PostMapping("/manage/credentials/{credentialId}/new-version")
	String newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID credentialId,
			RedirectAttributes redirect) {
		try {
			VersionId draft = designs.openDraft(user, new CredentialId(credentialId));
			return "redirect:/manage/designs/" + draft + "/edit";
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/manage/issuers";
		}
	}

	@PostMapping("/manage/credentials/{credentialId}/retire")
	String retire(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID credentialId,
			@RequestParam(defaultValue = "") String reason, @RequestParam UUID versionId, RedirectAttributes redirect) {
		try {
			designs.retire(user, new CredentialId(credentialId), reason);
			redirect.addFlashAttribute("flash", "catalog.design.retired-done");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/designs/" + versionId;
	}


}
