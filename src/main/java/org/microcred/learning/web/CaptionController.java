package org.microcred.learning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EvidenceCaption;
import org.microcred.learning.EvidenceCaptions;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Captions (WebVTT) for a video in the teacher's draft, and serving them to whoever may see the video. */
@Controller
class CaptionController {

	private static final MediaType VTT = new MediaType("text", "vtt", StandardCharsets.UTF_8);

	private final EvidenceCaptions captions;

	CaptionController(EvidenceCaptions captions) {
		this.captions = captions;
	}

	@PostMapping("/learn/{id}/files/{fileId}/captions")
	String attach(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable UUID fileId,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "") String language,
			@RequestParam(defaultValue = "") String part, RedirectAttributes redirect) throws IOException {
		try {
			EvidenceCaption added = captions.attach(teacher, new EnrollmentId(id), fileId, file.getOriginalFilename(),
					language, file.getInputStream());
			redirect.addFlashAttribute("flash", Msg.of("learning.captions.added", added.fileName()));
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return back(id, part);
	}

	@PostMapping("/learn/{id}/files/{fileId}/captions/delete")
	String remove(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable UUID fileId,
			@RequestParam(defaultValue = "") String part, RedirectAttributes redirect) {
		try {
			captions.remove(teacher, new EnrollmentId(id), fileId);
			redirect.addFlashAttribute("flash", "learning.captions.removed");
		}
		catch (InvalidInputException | ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return back(id, part);
	}

	/** The captions as {@code text/vtt}, for the video player's track; "not found" for anyone who may not see the video. */
	@GetMapping("/evidence/files/{fileId}/captions")
	ResponseEntity<String> captions(@AuthenticationPrincipal CurrentUser viewer, @PathVariable UUID fileId) {
		return ResponseEntity.ok()
			.contentType(VTT)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(captions.open(viewer, fileId));
	}

	private static String back(UUID id, String part) {
		return "redirect:/learn/" + id + (part.matches("[a-z0-9-]{1,40}") ? "#part-" + part : "");
	}

}
