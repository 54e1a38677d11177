package org.microcred.badge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.microcred.badge.BadgePages;
import org.microcred.badge.VerificationService;
import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The verifier for anyone: paste or upload any Open Badges 3.0 credential (JSON, JWT, baked PNG or SVG) and see
 * every step. The same as an API returning the report as JSON.
 */
@Controller
class VerifyController {

	/** The largest input, in MB, for messages. */
	static final int MAX_MB = CredentialVerifier.MAX_INPUT_BYTES / (1024 * 1024);

	static final Msg TOO_LARGE = Msg.of("badge.verify-page.too-large", MAX_MB);

	private final VerificationService verification;

	private final VerificationTexts texts;

	private final BadgePages pages;

	VerifyController(VerificationService verification, VerificationTexts texts, BadgePages pages) {
		this.verification = verification;
		this.pages = pages;
		this.texts = texts;
	}

	/** After {@link VerifyRequestLimit} refused a form, it sends the browser back here with the reason. */
	@GetMapping("/verify")
	String form(@RequestParam(name = "too-large", required = false) String tooLarge,
			@RequestParam(required = false) String malformed, @RequestParam(required = false) String busy, Model model) {
		if (tooLarge != null) {
			model.addAttribute("formError", TOO_LARGE);
		}
		else if (busy != null) {
			model.addAttribute("formError", Msg.of("badge.verify-page.busy"));
		}
		else if (malformed != null) {
			model.addAttribute("formError", Msg.of("badge.verify-page.malformed"));
		}
		return "badge/verify";
	}

	@PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String verify(@RequestParam(defaultValue = "") String credential, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String email, Locale locale, Model model) throws IOException {
		model.addAttribute("email", email);
		try {
			VerificationReport report = verification.verify(input(credential, file), email);
			String earner = report.verified() ? pages.earnerNameOf(report.credential()).orElse(null) : null;
			model.addAttribute("report", texts.view(report, locale, earner));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("formError", ex.message());
		}
		return "badge/verify";
	}

	@PostMapping(path = "/api/v1/verify", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/vc+ld+json",
			"application/ld+json", MediaType.TEXT_PLAIN_VALUE })
	@ResponseBody
	ResponseEntity<Map<String, Object>> api(@RequestBody byte[] body, @RequestParam(defaultValue = "") String email,
			Locale locale) {
		return answer(verification.verify(limit(body), email), locale);
	}

	@PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> apiFile(@RequestParam MultipartFile file, @RequestParam(defaultValue = "") String email,
			Locale locale) throws IOException {
		return answer(verification.verify(input("", file), email), locale);
	}

	/** The report in the request's language; the English messages stay for machines. */
	private ResponseEntity<Map<String, Object>> answer(VerificationReport report, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.body(texts.json(report, locale));
	}

	private static byte[] input(String pasted, MultipartFile file) throws IOException {
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > CredentialVerifier.MAX_INPUT_BYTES) {
				throw new InvalidInputException("file", "badge.verify-page.too-large", MAX_MB);
			}
			return file.getBytes();
		}
		if (pasted.isBlank()) {
			throw new InvalidInputException("credential", "badge.verify-page.empty");
		}
		return limit(pasted.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] limit(byte[] body) {
		if (body.length > CredentialVerifier.MAX_INPUT_BYTES) {
			throw new InvalidInputException("credential", "badge.verify-page.too-large", MAX_MB);
		}
		return body;
	}

}
