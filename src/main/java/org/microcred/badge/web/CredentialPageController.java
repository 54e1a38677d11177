package org.microcred.badge.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.microcred.badge.BadgeLanguageVersions;
import org.microcred.badge.BadgePages;
import org.microcred.badge.CredentialView;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.vc.Sha256;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The stable public URL of an issued credential: a page for people, the signed JSON for machines (by content
 * negotiation), and downloads: JSON, baked PNG and SVG, PDF certificate.
 */
@Controller
class CredentialPageController {

	static final String VC_JSON = "application/vc+ld+json";

	static final String VC_JWT = "application/vc+jwt";

	private final BadgePages pages;

	private final VerificationTexts texts;

	private final MessageSource messages;

	private final BadgeLanguageVersions languages;

	CredentialPageController(BadgePages pages, VerificationTexts texts, MessageSource messages,
			BadgeLanguageVersions languages) {
		this.languages = languages;
		this.messages = messages;
		this.pages = pages;
		this.texts = texts;
	}

	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping(path = "/credentials/{id}", produces = MediaType.TEXT_HTML_VALUE)
	String page(@PathVariable UUID id, Locale locale, Model model, HttpServletResponse response) {
		// the same URL answers JSON to machines: a shared cache must not hand one to the other
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		IssuedCredentialId credential = new IssuedCredentialId(id);
		BadgeLanguageVersions.Shown shown = languages.localize(pages.view(credential), locale);
		CredentialView view = shown.view();
		String url = pages.url(credential);
		model.addAttribute("view", view);
		model.addAttribute("shown", shown);
		model.addAttribute("report", texts.view(pages.liveVerification(credential), locale, view.earnerName()));
		model.addAttribute("url", url);
		model.addAttribute("earners", pages.earnerCount(view));
		if (view.credential().shareable()) {
			model.addAttribute("share", ShareLinks.of(url, pages.linkedInUrl(view),
					messages.getMessage("badge.share.text", new Object[] { view.achievementName(), view.issuerName() }, locale),
					messages.getMessage("badge.share.subject", new Object[] { view.achievementName() }, locale),
					pages.imageUrl(view), messages.getMessage("badge.share.image-alt",
							new Object[] { view.achievementName(), view.issuerName() }, locale)));
		}
		return "badge/credential";
	}

	/**
	 * A QR code of the page's address, for slides and posters. It never changes, so it may be kept for a day; a
	 * revoked or suspended credential's is not offered (409).
	 */
	@GetMapping("/credentials/{id}/qr.png")
	ResponseEntity<byte[]> qr(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(pages.qrPng(new IssuedCredentialId(id)));
	}

	/**
	 * The signed credential, cached for 5 minutes: it changes only when re-signed (a revocation changes the status
	 * list, not the credential). The ETag lets a client revalidate for nothing.
	 */
	// a read-only transaction: served by the replica when one is configured (docs/deploy.md)
	@Transactional(readOnly = true)
	@GetMapping(path = "/credentials/{id}", produces = { VC_JSON, "application/ld+json", MediaType.APPLICATION_JSON_VALUE })
	ResponseEntity<String> json(@PathVariable UUID id) {
		String signed = pages.view(new IssuedCredentialId(id)).credential().signed();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(VC_JSON))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.varyBy(HttpHeaders.ACCEPT)
			.eTag(etag(signed))
			.body(signed);
	}

	/**
	 * The same credential as a VC-JWT (OB 3.0 §8.2) for {@code Accept: application/vc+jwt}: its key is in the
	 * issuer's DID document. Deterministic (Ed25519), so it revalidates by ETag like the JSON.
	 */
	@GetMapping(path = "/credentials/{id}", produces = VC_JWT)
	ResponseEntity<String> jwt(@PathVariable UUID id) {
		String jwt = pages.jwt(new IssuedCredentialId(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(VC_JWT))
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.varyBy(HttpHeaders.ACCEPT)
			.eTag(etag(jwt))
			.body(jwt);
	}

	/** A download of the VC-JWT form, for verifiers that take a file. */
	@GetMapping("/credentials/{id}/credential.jwt")
	ResponseEntity<String> downloadJwt(@PathVariable UUID id) {
		return attachment(MediaType.parseMediaType(VC_JWT), "credential-" + id + ".jwt", pages.jwt(new IssuedCredentialId(id)));
	}

	/** A strong validator of a document: the start of its SHA-256. */
	static String etag(String document) {
		return "\"" + java.util.HexFormat.of().formatHex(Sha256.of(document), 0, 16) + "\"";
	}

	@GetMapping("/credentials/{id}/credential.json")
	ResponseEntity<String> download(@PathVariable UUID id) {
		return attachment(MediaType.parseMediaType(VC_JSON), "credential-" + id + ".json",
				pages.view(new IssuedCredentialId(id)).credential().signed());
	}

	@GetMapping("/credentials/{id}/badge.png")
	ResponseEntity<byte[]> png(@PathVariable UUID id) {
		return attachment(MediaType.IMAGE_PNG, "badge-" + id + ".png", pages.bakedPng(new IssuedCredentialId(id)));
	}

	@GetMapping("/credentials/{id}/badge.svg")
	ResponseEntity<byte[]> svg(@PathVariable UUID id) {
		return attachment(MediaType.parseMediaType("image/svg+xml"), "badge-" + id + ".svg",
				pages.bakedSvg(new IssuedCredentialId(id)));
	}

	/**
	 * In the reader's language when the request states one (the language switcher's cookie or {@code ?lang}, or the
	 * browser's {@code Accept-Language}), else in the earner's: a certificate printed or mailed on is theirs. A shared
	 * cache keeps one copy per language.
	 */
	@GetMapping("/credentials/{id}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable UUID id, Locale locale, HttpServletRequest request) {
		IssuedCredentialId credential = new IssuedCredentialId(id);
		Locale language = statesLanguage(request) ? locale : pages.earnerLanguage(credential);
		ResponseEntity<byte[]> pdf = attachment(MediaType.APPLICATION_PDF, "certificate-" + id + ".pdf",
				pages.certificate(credential, language));
		return ResponseEntity.status(pdf.getStatusCode())
			.headers(pdf.getHeaders())
			.header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE, HttpHeaders.COOKIE)
			.body(pdf.getBody());
	}

	private static boolean statesLanguage(HttpServletRequest request) {
		boolean cookie = request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch(c -> "microcred-lang".equals(c.getName()));
		return cookie || request.getParameter("lang") != null || request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null;
	}

	private static <T> ResponseEntity<T> attachment(MediaType type, String name, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(body);
	}

}
