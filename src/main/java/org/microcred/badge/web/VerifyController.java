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

	private final VerificationService verification;

	VerifyController(VerificationService verification) {
		this.verification = verification;
	}

	@GetMapping("/verify")
	String form() {
		return "badge/verify";
	}

	@PostMapping(path = "/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	String verify(@RequestParam(defaultValue = "") String credential, @RequestParam(required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String email, Model model) throws IOException {
		byte[] input = input(credential, file);
		model.addAttribute("report", verification.verify(input, email));
		model.addAttribute("email", email);
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
				throw new InvalidInputException("file", "That file is larger than 10 MB: no credential is that large.");
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
			throw new InvalidInputException("credential", "That input is larger than 10 MB: no credential is that large.");
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
