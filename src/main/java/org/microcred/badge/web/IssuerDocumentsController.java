package org.microcred.badge.web;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.microcred.badge.internal.IssuerDocuments;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.catalog.CatalogService;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/** Public documents: status list credentials, issuer profiles (page or JSON-LD) and issuers' DID documents. */
@Controller
class IssuerDocumentsController {

	private final IssuerDocuments documents;

	private final StatusListStore statusLists;

	private final OrganizationService organizations;

	private final CatalogService catalog;

	IssuerDocumentsController(IssuerDocuments documents, StatusListStore statusLists, OrganizationService organizations,
			CatalogService catalog) {
		this.documents = documents;
		this.statusLists = statusLists;
		this.organizations = organizations;
		this.catalog = catalog;
	}

	/** Cached for a minute at most: a revocation or suspension reaches verifiers within one. */
	@GetMapping("/status/{id}")
	ResponseEntity<String> status(@PathVariable UUID id) {
		String signed = statusLists.signed(id).orElseThrow(() -> new NotFoundException("badge.status-list.not-found"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(CredentialPageController.VC_JSON))
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().mustRevalidate())
			.eTag(CredentialPageController.etag(signed))
			.body(signed);
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping(path = "/issuers/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String profile(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Locale locale, Model model,
			HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		Organization issuer = issuer(id);
		model.addAttribute("issuer", issuer);
		model.addAttribute("country", new Locale.Builder().setRegion(issuer.country()).build().getDisplayCountry(locale));
		model.addAttribute("did", documents.didDocument(id).getString("id"));
		model.addAttribute("credentials", catalog.publishedBy(issuer.id(), new PageRequest(page, 50)));
		return "badge/issuer";
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping(path = "/issuers/{id}", produces = { "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> profileJson(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/ld+json"))
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().mustRevalidate())
			.varyBy(HttpHeaders.ACCEPT)
			.body(documents.profileDocument(issuer(id)).toString());
	}

	/** Cached for a minute at most: a key reported compromised leaves verifiers' hands within one. */
	@GetMapping("/issuers/{id}/did.json")
	ResponseEntity<String> did(@PathVariable UUID id) {
		issuer(id);
		String document = documents.didDocument(id).toString();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/did+json"))
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().mustRevalidate())
			.eTag(CredentialPageController.etag(document))
			.body(document);
	}

	private Organization issuer(UUID id) {
		Organization organization = organizations.find(new OrganizationId(id))
			.filter(o -> o.kind() == OrganizationKind.ISSUER)
			.orElseThrow(() -> new NotFoundException("badge.issuer.not-found"));
		return organization;
	}

}
