package org.microcred.learning.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.EvidenceFiles;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import jakarta.servlet.http.HttpServletRequest;

/**
 * Evidence files: uploading into a draft (from a plain form, or by script with a progress bar and a JSON answer),
 * removing, and downloading through an unguessable, authorized URL, always as an attachment.
 */
@Controller
class EvidenceFileController {

	/** Types a browser may show inline without risk; everything else is served as opaque bytes. */
	private static final Set<String> SAFE_TYPES = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
			"image/webp", "audio/mpeg", "audio/mp4", "audio/ogg", "video/mp4", "video/webm", "video/quicktime", "text/plain");

	private final EvidenceFiles files;

	private final MessageSource messages;

	EvidenceFileController(EvidenceFiles files, MessageSource messages) {
		this.files = files;
		this.messages = messages;
	}

	@PostMapping("/learn/{id}/parts/{part}/files")
	Object upload(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable String part,
			@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean studentWork,
			HttpServletRequest request, RedirectAttributes redirect) throws java.io.IOException {
		String back = "/learn/" + id + "#part-" + part;
		try {
			EvidenceFile stored = files.upload(teacher, new EnrollmentId(id), part, file.getOriginalFilename(),
					file.getSize(), file.getInputStream(), studentWork);
			return answer(request, redirect, back, true, Msg.of("learning.file.uploaded", stored.fileName()));
		}
		catch (InvalidInputException | ConflictException ex) {
			return answer(request, redirect, back, false, ex.message());
		}
	}

	@PostMapping("/learn/{id}/files/{fileId}/delete")
	String remove(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id, @PathVariable UUID fileId,
			@RequestParam(defaultValue = "") String part, RedirectAttributes redirect) {
		try {
			files.remove(teacher, new EnrollmentId(id), fileId);
			redirect.addFlashAttribute("flash", "learning.file.removed");
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/learn/" + id + (part.isEmpty() ? "" : "#part-" + part);
	}

	/**
	 * Downloads a file; with {@code inline=true} a type that is safe to show (image, PDF, audio, video) is shown by
	 * the browser, in the page that embeds it or (a PDF: pages may not frame one) in a tab of its own. Range
	 * requests are answered with 206 Partial Content, so video can be seeked.
	 */
	@GetMapping("/evidence/files/{fileId}")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser viewer, @PathVariable UUID fileId,
			@RequestParam(defaultValue = "false") boolean inline) {
		EvidenceFiles.Download download = files.open(viewer, fileId);
		EvidenceFile file = download.file();
		boolean safe = SAFE_TYPES.contains(file.mediaType());
		MediaType type = safe ? MediaType.parseMediaType(file.mediaType()) : MediaType.APPLICATION_OCTET_STREAM;
		ContentDisposition.Builder disposition = inline && safe ? ContentDisposition.inline() : ContentDisposition.attachment();
		// a PDF opened to read needs the browser's viewer, which a sandboxed document may not use
		boolean pdfInline = inline && "application/pdf".equals(file.mediaType());
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("Content-Security-Policy", pdfInline ? "default-src 'none'" : "default-src 'none'; sandbox")
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(new EvidenceResource(file.fileName(), file.sizeBytes(), download.content(),
					() -> files.open(viewer, fileId).content()));
	}

	/** A script upload gets JSON it can show (in the reader's language); a plain form goes back with a message. */
	private Object answer(HttpServletRequest request, RedirectAttributes redirect, String back, boolean ok,
			Msg message) {
		if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
			String text = messages.getMessage(message, LocaleContextHolder.getLocale());
			return ResponseEntity.status(ok ? 200 : 400).body(Map.of("ok", ok, "message", text, "redirect", back));
		}
		redirect.addFlashAttribute(ok ? "flash" : "error", message);
		return "redirect:" + back;
	}

}
