package org.microcred.learning.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.ResumableUploads;
import org.microcred.learning.internal.ResumableUploadStore.Pending;
import org.microcred.learning.internal.TusUploads;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.Msg;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.UserFacingException;
import org.microcred.platform.web.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Resumable evidence uploads over the tus 1.0 protocol, under the teacher's evidence part: {@code POST} creates an
 * upload, {@code HEAD} tells how far it got, {@code PATCH} appends, {@code DELETE} cancels ({@code POST} with
 * {@code X-HTTP-Method-Override} stands for the last two). The last {@code PATCH}
 * turns the bytes into an evidence file (or answers why not, as a problem detail). Only the teacher's own uploads
 * into their own draft exist for them; refusals are RFC 9457 problems in the teacher's language.
 */
@Controller
class ResumableUploadController {

	private static final String COLLECTION = "/learn/{id}/parts/{part}/uploads";

	private static final Set<String> TOO_LARGE = Set.of("learning.file.quota-full", "learning.file.too-large",
			"learning.file.over-quota");

	private final ResumableUploads uploads;

	private final TusUploads tus;

	private final ErrorPages errors;

	ResumableUploadController(ResumableUploads uploads, TusUploads tus, ErrorPages errors) {
		this.uploads = uploads;
		this.tus = tus;
		this.errors = errors;
	}

	@PostMapping(COLLECTION)
	ResponseEntity<ProblemDetail> create(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id,
			@PathVariable String part, HttpServletRequest request, HttpServletResponse response) throws IOException {
		String owner = TusUploads.owner(teacher.id().value(), id, part);
		try {
			ResumableUploads.Announced announced = announced(request);
			uploads.start(teacher, new EnrollmentId(id), part, announced, () -> {
				tus.process(request, response, owner);
				return created(response);
			});
			return null;
		}
		catch (UserFacingException ex) {
			return problem(response, ex);
		}
	}

	@RequestMapping(path = COLLECTION + "/{upload}",
			method = { RequestMethod.HEAD, RequestMethod.PATCH, RequestMethod.DELETE, RequestMethod.POST })
	ResponseEntity<ProblemDetail> upload(@AuthenticationPrincipal CurrentUser teacher, @PathVariable UUID id,
			@PathVariable String part, @PathVariable UUID upload, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		Pending pending;
		try {
			pending = uploads.require(teacher, new EnrollmentId(id), part, upload);
		}
		catch (UserFacingException ex) {
			return problem(response, ex);
		}
		String owner = ResumableUploads.owner(pending);
		tus.process(request, response, owner);
		if (response.getStatus() >= 300) {
			return null;
		}
		if ("DELETE".equals(method(request))) {
			uploads.discard(pending);
			return null;
		}
		uploads.touch(upload);
		boolean complete = tus.info(TusUploads.url(id, part, upload), owner)
			.map(info -> !info.isUploadInProgress())
			.orElse(false);
		return complete ? finish(teacher, pending, request, response) : null;
	}

	private ResponseEntity<ProblemDetail> finish(CurrentUser teacher, Pending pending, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			Optional<EvidenceFile> file = uploads.finish(teacher, pending.id());
			file.ifPresent(stored -> flash(request, response, pending.enrollmentId(),
					Msg.of("learning.file.uploaded", stored.fileName())));
			return null;
		}
		catch (UserFacingException ex) {
			uploads.discard(pending);
			return problem(response, ex);
		}
		catch (IOException ex) {
			return problem(response, new InvalidInputException("file", "learning.file.interrupted"));
		}
	}

	/** The page shows "uploaded" once the script reloads it, as after a plain form upload. */
	private static void flash(HttpServletRequest request, HttpServletResponse response, UUID enrollment, Msg message) {
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put("flash", message);
		RequestContextUtils.saveOutputFlashMap("/learn/" + enrollment, request, response);
	}

	private ResponseEntity<ProblemDetail> problem(HttpServletResponse response, UserFacingException ex) {
		if (!response.isCommitted()) {
			response.reset();
		}
		HttpStatus status = ex instanceof NotFoundException ? HttpStatus.NOT_FOUND
				: ex instanceof ConflictException ? HttpStatus.CONFLICT
				: TOO_LARGE.contains(ex.message().key()) ? HttpStatus.PAYLOAD_TOO_LARGE
				: "learning.upload.too-many".equals(ex.message().key()) ? HttpStatus.TOO_MANY_REQUESTS
				: HttpStatus.BAD_REQUEST;
		ResponseEntity<ProblemDetail> answer = errors.problem(status, ex);
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header("Tus-Resumable", "1.0.0")
			.body(answer.getBody());
	}

	/** The method meant: clients that cannot send PATCH or DELETE post with {@code X-HTTP-Method-Override}. */
	private static String method(HttpServletRequest request) {
		String override = request.getHeader("X-HTTP-Method-Override");
		return "POST".equals(request.getMethod()) && override != null ? override.strip().toUpperCase(java.util.Locale.ROOT)
				: request.getMethod();
	}

	private static Optional<UUID> created(HttpServletResponse response) {
		String location = response.getHeader("Location");
		if (response.getStatus() != HttpStatus.CREATED.value() || location == null) {
			return Optional.empty();
		}
		return Optional.of(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
	}

	/** The length and the metadata ({@code filename}, {@code filetype}, {@code studentWork}) a creation announces. */
	private static ResumableUploads.Announced announced(HttpServletRequest request) {
		long length;
		try {
			length = Long.parseLong(String.valueOf(request.getHeader("Upload-Length")).strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("file", "learning.upload.length-required");
		}
		Map<String, String> metadata = metadata(request.getHeader("Upload-Metadata"));
		return new ResumableUploads.Announced(length, metadata.getOrDefault("filename", "file"),
				metadata.get("filetype"), "true".equals(metadata.get("studentWork")));
	}

	private static Map<String, String> metadata(String header) {
		Map<String, String> values = new HashMap<>();
		if (header == null) {
			return values;
		}
		for (String pair : header.split(",")) {
			String[] parts = pair.strip().split(" ", 2);
			try {
				values.put(parts[0], parts.length < 2 ? ""
						: new String(Base64.getDecoder().decode(parts[1].strip()), StandardCharsets.UTF_8));
			}
			catch (IllegalArgumentException ex) {
				// a value that is not Base64 is left out
			}
		}
		return values;
	}

}
