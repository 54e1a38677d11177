package org.microcred.catalog.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogDetail;
import org.microcred.catalog.CatalogImage;
import org.microcred.catalog.DesignTranslationService;
import org.microcred.catalog.LocalizedVersion;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.VersionStatus;
import org.microcred.catalog.design.GradeBand;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** The public catalog: search and browse, a credential's detail page, achievements and badge images. */
@Controller
class CatalogController {

	/** The bundle key of each grade band's name, by the value the grade band filter sends. */
	private static final Map<String, String> GRADE_BAND_KEYS = java.util.Arrays.stream(GradeBand.values())
		.collect(java.util.stream.Collectors.toMap(GradeBand::name, GradeBand::messageKey));

	private final CatalogService catalog;

	private final DesignTranslationService translations;

	CatalogController(CatalogService catalog, DesignTranslationService translations) {
		this.catalog = catalog;
		this.translations = translations;
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping("/catalog")
	String catalog(@AuthenticationPrincipal CurrentUser viewer, @ModelAttribute("params") CatalogParams params,
			@RequestParam(required = false) String page, Locale locale, Model model) {
		model.addAttribute("catalog", translations.localize(
				catalog.search(params.query(), viewer, new PageRequest(pageNumber(page), 12)), locale));
		model.addAttribute("gradeBandKeys", GRADE_BAND_KEYS);
		return "catalog/catalog";
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping("/catalog/{credentialId}")
	String detail(@AuthenticationPrincipal CurrentUser viewer, @PathVariable UUID credentialId, Locale locale,
			Model model) {
		CatalogDetail detail = catalog.detail(new CredentialId(credentialId), viewer);
		LocalizedVersion localized = translations.localize(detail.version(), locale);
		model.addAttribute("detail", new CatalogDetail(localized.version(), detail.issuer(), detail.prerequisites(),
				detail.stackedInto(), detail.components(), detail.earnedCount(), detail.approvedByDistrict(),
				detail.earned()));
		model.addAttribute("localized", localized);
		model.addAttribute("paidByDistrict", catalog.paidByDistrict(new CredentialId(credentialId), viewer));
		model.addAttribute("names", TitleLookup.of(catalog));
		return "catalog/detail";
	}

	/** A page number from a URL; garbage is the first page (an old or hand-edited link still shows a catalog). */
	private static int pageNumber(String page) {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException ex) {
			return page.strip().matches("\\d+") ? Integer.MAX_VALUE / 12 : 0;
		}
	}

	/** The Open Badges 3.0 Achievement of a published (or formerly published) version. */
	@GetMapping(path = "/achievements/{versionId}", produces = { "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<Map<String, Object>> achievement(@PathVariable UUID versionId,
			@RequestParam(name = "lang", required = false) String language) {
		publicVersion(versionId);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.varyBy(HttpHeaders.ACCEPT)
			.body(catalog.achievement(new VersionId(versionId), language));
	}

	@GetMapping(path = "/achievements/{versionId}", produces = MediaType.TEXT_HTML_VALUE)
	String achievementPage(@PathVariable UUID versionId, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		return "redirect:/catalog/" + publicVersion(versionId).credentialId();
	}

	@GetMapping("/achievements/{versionId}/image")
	ResponseEntity<byte[]> image(@PathVariable UUID versionId) {
		publicVersion(versionId);
		CatalogImage image = catalog.image(new VersionId(versionId));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.mediaType()))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
			.body(image.bytes());
	}

	private DesignVersion publicVersion(UUID versionId) {
		return catalog.version(new VersionId(versionId))
			.filter(v -> v.status() == VersionStatus.PUBLISHED || v.status() == VersionStatus.SUPERSEDED
					|| v.status() == VersionStatus.RETIRED)
			.orElseThrow(() -> new NotFoundException("catalog.achievement.not-found"));
	}

}
