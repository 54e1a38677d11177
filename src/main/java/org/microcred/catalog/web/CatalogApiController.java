package org.microcred.catalog.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CatalogCard;
import org.microcred.catalog.CatalogDetail;
import org.microcred.catalog.CatalogPage;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PlatformSettings;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The read-only catalog API (documented in docs/api.md). */
@RestController
class CatalogApiController {

	private final CatalogService catalog;

	private final PlatformSettings platform;

	CatalogApiController(CatalogService catalog, PlatformSettings platform) {
		this.catalog = catalog;
		this.platform = platform;
	}

	@GetMapping("/api/v1/catalog")
	Map<String, Object> search(@AuthenticationPrincipal CurrentUser viewer, @ModelAttribute CatalogParams params,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		CatalogPage result = catalog.search(params.query(), viewer, new PageRequest(page, size));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("page", result.results().page());
		body.put("size", result.results().size());
		body.put("total", result.results().total());
		body.put("items", result.results().items().stream().map(this::card).toList());
		body.put("facets", Map.of("topics", result.topics(), "gradeBands", result.gradeBands(), "subjects",
				result.subjects(), "issuers", result.issuers(), "languages", result.languages()));
		return body;
	}

	@GetMapping("/api/v1/catalog/{credentialId}")
	Map<String, Object> detail(@AuthenticationPrincipal CurrentUser viewer, @PathVariable UUID credentialId) {
		CatalogDetail detail = catalog.detail(new CredentialId(credentialId), viewer);
		DesignVersion v = detail.version();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", v.credentialId().value());
		body.put("versionId", v.id().value());
		body.put("version", v.number());
		body.put("kind", v.kind());
		body.put("title", v.title());
		body.put("issuer", Map.of("id", detail.issuer().id().value(), "name", detail.issuer().name()));
		body.put("publishedAt", v.publishedAt());
		body.put("design", v.isMicro() ? v.micro() : v.stack());
		body.put("stackedInto", ids(detail.stackedInto()));
		body.put("earnedCount", detail.earnedCount());
		body.put("url", platform.url("/catalog/" + v.credentialId()));
		body.put("achievement", catalog.achievement(v.id()));
		return body;
	}

	private Map<String, Object> card(CatalogCard c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("id", c.credentialId().value());
		m.put("versionId", c.versionId().value());
		m.put("kind", c.kind());
		m.put("title", c.title());
		m.put("summary", c.summary());
		m.put("issuer", c.issuerName());
		m.put("workloadHours", c.workloadHours());
		m.put("free", c.free());
		m.put("cost", c.costLabel());
		m.put("gradeBands", c.gradeBands());
		m.put("skills", c.skills());
		m.put("language", c.language());
		m.put("approvedByDistrict", c.approvedByDistrict());
		m.put("url", platform.url("/catalog/" + c.credentialId()));
		m.put("self", platform.url("/api/v1/catalog/" + c.credentialId()));
		return m;
	}

	private static List<UUID> ids(List<DesignVersion> versions) {
		return versions.stream().map(v -> v.credentialId().value()).toList();
	}

}
