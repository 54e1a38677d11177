package org.microcred.catalog.web;

import java.util.UUID;

import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.design.DesignTranslation;
import org.microcred.catalog.internal.TranslationValidation;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.web.Forms;
import org.microcred.catalog.CredentialDesignService;
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

/** Issuer administrators give a design's texts in other languages: one page per language of a version. */
@Controller
class TranslationController {

	private final CredentialDesignService designs;

	private final DesignTranslationService translations;

	TranslationController(CredentialDesignService designs, DesignTranslationService translations) {
		this.designs = designs;
		this.translations = translations;
	}

	/** The "add a language" form of the design overview: goes to that language's page. */
	@GetMapping("/manage/designs/{versionId}/translations")
	String choose(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@RequestParam(required = false) String language, RedirectAttributes redirect) {
		designs.version(user, new VersionId(versionId));
		try {
			if (language != null && !language.isBlank()) {
				return "redirect:/manage/designs/" + versionId + "/translations/" + TranslationValidation.tag(language);
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/designs/" + versionId;
	}

	@GetMapping("/manage/designs/{versionId}/translations/{language}")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @PathVariable String language,
			Model model) {
		VersionId id = new VersionId(versionId);
		DesignVersion version = designs.version(user, id);
		if (!version.isMicro()) {
			throw new NotFoundException("catalog.design.not-found");
		}
		String tag = tag(language);
		DesignTranslation existing = translations.translation(user, id, tag).orElse(null);
		if (existing == null && !version.status().editable()) {
			throw new NotFoundException("catalog.translation.not-found");
		}
		model.addAttribute("form", TranslationForm.of(existing));
		model.addAttribute("exists", existing != null);
		return page(version, tag, model);
	}

	@PostMapping("/manage/designs/{versionId}/translations/{language}")
	String save(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @PathVariable String language,
			@ModelAttribute("form") TranslationForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		VersionId id = new VersionId(versionId);
		DesignVersion version = designs.version(user, id);
		String tag = tag(language);
		try {
			translations.save(user, id, form.translation(tag, version.micro()));
			redirect.addFlashAttribute("flash", "catalog.translation.saved");
			return "redirect:/manage/designs/" + versionId;
		}
		catch (InvalidInputException ex) {
			Forms.reject(binding, ex);
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
			return "redirect:/manage/designs/" + versionId;
		}
		model.addAttribute("exists", translations.translation(user, id, tag).isPresent());
		return Forms.redisplay(response, page(version, tag, model));
	}

	@PostMapping("/manage/designs/{versionId}/translations/{language}/delete")
	String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
			@PathVariable String language, RedirectAttributes redirect) {
		try {
			translations.remove(user, new VersionId(versionId), tag(language));
			redirect.addFlashAttribute("flash", "catalog.translation.removed");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/designs/" + versionId;
	}

	private String page(DesignVersion version, String tag, Model model) {
		model.addAttribute("version", version);
		model.addAttribute("language", tag);
		model.addAttribute("primaryLanguage", translations.languages(version).get(0));
		model.addAttribute("editable", version.status().editable());
		return "catalog/translation";
	}

	private static String tag(String language) {
		try {
			return TranslationValidation.tag(language);
		}
		catch (InvalidInputException ex) {
			throw new NotFoundException("catalog.translation.not-found");
		}
	}

}
