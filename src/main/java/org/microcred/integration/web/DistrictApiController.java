package org.microcred.integration.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.microcred.integration.AdoptionReportResponse;
import org.microcred.integration.RosterUploadResponse;
import org.microcred.integration.internal.ApiDistricts;
import org.microcred.integration.internal.ApiPrincipal;
import org.microcred.organization.RosterFile;
import org.microcred.organization.RosterFormat;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The API for a district's own systems: roster uploads (scope roster:write) and adoption figures (reports:read). */
@RestController
@Tag(name = "Districts")
@SecurityRequirement(name = "oauth2")
class DistrictApiController {

	private final ApiDistricts districts;

	DistrictApiController(ApiDistricts districts) {
		this.districts = districts;
	}

	@Operation(summary = "Upload a roster (OneRoster 1.2 CSV files or a zip, or the one-file template): checked at "
			+ "once, then imported in the background unless it has problems or confirm=false (scope roster:write)")
	@PostMapping(path = "/api/v1/districts/{districtId}/roster", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<RosterUploadResponse> upload(@AuthenticationPrincipal ApiPrincipal client,
			@PathVariable UUID districtId, @RequestPart("files") List<MultipartFile> files,
			@Parameter(description = "ONEROSTER or TEMPLATE; recognised from the files when left out")
			@RequestParam(required = false) RosterFormat format,
			@RequestParam(defaultValue = "false") boolean deactivateMissing,
			@RequestParam(defaultValue = "false") boolean sendInvitations,
			@Parameter(description = "false: only the dry run") @RequestParam(defaultValue = "true") boolean confirm,
			Locale locale) {
		List<RosterFile> uploads = files.stream()
			.filter(f -> f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())
			.map(f -> new RosterFile(f.getOriginalFilename(), f))
			.toList();
		RosterUploadResponse response = districts.uploadRoster(client, districtId, format, uploads, deactivateMissing,
				sendInvitations, confirm, locale);
		return ResponseEntity.status("CONFIRMED".equals(response.status()) ? HttpStatus.ACCEPTED : HttpStatus.OK)
			.body(response);
	}

	@Operation(summary = "A roster import's status, counts and problems (scope roster:write)")
	@GetMapping("/api/v1/districts/{districtId}/roster/{importId}")
	RosterUploadResponse rosterImport(@AuthenticationPrincipal ApiPrincipal client, @PathVariable UUID districtId,
			@PathVariable UUID importId, Locale locale) {
		return districts.rosterImport(client, districtId, importId, locale);
	}

	@Operation(summary = "Adoption figures of the district over a period, the last 18 months by default "
			+ "(scope reports:read)")
	@GetMapping("/api/v1/districts/{districtId}/reports/adoption")
	AdoptionReportResponse adoption(@AuthenticationPrincipal ApiPrincipal client, @PathVariable UUID districtId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return districts.adoption(client, districtId, from, to);
	}

}
