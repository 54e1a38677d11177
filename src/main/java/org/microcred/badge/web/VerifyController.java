package org.microcred.badge.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.microcred.badge.VerificationService;
import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.badge.vc.verify.VerificationReport;
import org.microcred.platform.InvalidInputException;
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

	static final String TOO_LARGE = "That input is larger than " + CredentialVerifier.MAX_INPUT_BYTES / (1024 * 1024)
			+ " MB: no credential is that large.";

	private final VerificationService verification;

	VerifyController(VerificationService verification) {
		this.verification = verification;
	}

	/** After {@link VerifyRequestLimit} refused a form, it sends the browser back here with the reason. */
	@GetMapping("/verify")
	String form(@RequestParam(name = "too-large", required = false) String tooLarge,
			@RequestParam(required = false) String malformed, @RequestParam(required = false) String busy, Model model) {
		if (tooLarge != null) {
			model.addAttribute("error", TOO_LARGE);
		}
		else if (busy != null) {
			model.addAttribute("error", "The verifier is busy with other large inputs; please try again in a few seconds.");
		}
		else if (malformed != null) {
			model.addAttribute("error", "The form could not be read. Please paste the credential or choose the file again.");
		}
		return "badge/verify";
	}

	@PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String verify(@RequestParam(defaultValue = "") String credential, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String email, Model model) throws IOException {
		model.addAttribute("email", email);
		try {
			model.addAttribute("report", verification.verify(input(credential, file), email));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("error", ex.getMessage());
		}
		return "badge/verify";
	}

	@PostMapping(path = "/api/v1/verify", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/vc+ld+json",
			"application/ld+json", MediaType.TEXT_PLAIN_VALUE })
	@ResponseBody
	ResponseEntity<Map<String, Object>> api(@RequestBody byte[] body, @RequestParam(defaultValue = "") String email) {
		return ResponseEntity.ok(json(verification.verify(limit(body), email)));
	}

	@PostMapping(path = "/api/v1/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> apiFile(@RequestParam MultipartFile file, @RequestParam(defaultValue = "") String email)
			throws IOException {
		return ResponseEntity.ok(json(verification.verify(input("", file), email)));
	}

	private static byte[] input(String pasted, MultipartFile file) throws IOException {
		if (file != null && !file.isEmpty()) {
			if (file.getSize() > CredentialVerifier.MAX_INPUT_BYTES) {
				throw new InvalidInputException("file", TOO_LARGE);
			}
			return file.getBytes();
		}
		if (pasted.isBlank()) {
			throw new InvalidInputException("credential", "Paste a credential or choose a file.");
		}
		return limit(pasted.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] limit(byte[] body) {
		if (body.length > CredentialVerifier.MAX_INPUT_BYTES) {
			throw new InvalidInputException("credential", TOO_LARGE);
		}
		return body;
	}

	static Map<String, Object> json(VerificationReport report) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("verified", report.verified());
		List<Map<String, Object>> steps = report.steps()
			.stream()
			.map(s -> {
				Map<String, Object> step = new LinkedHashMap<>();
				step.put("step", s.name());
				step.put("status", s.status().name());
				step.put("message", s.message());
				return step;
			})
			.toList();
		body.put("steps", steps);
		return body;
	}

}
