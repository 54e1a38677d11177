package org.microcred.integration.web;

import java.util.UUID;

import org.microcred.integration.AwardsRequest;
import org.microcred.integration.AwardsResponse;
import org.microcred.integration.RevokeRequest;
import org.microcred.integration.RevokeResponse;
import org.microcred.integration.internal.ApiAwards;
import org.microcred.integration.internal.ApiPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The API for an issuer's own systems: award achievements assessed elsewhere, revoke credentials. */
@RestController
@Tag(name = "Credentials")
@SecurityRequirement(name = "oauth2")
class IntegrationApiController {

	private static final String KEY_HELP = "Makes the request safe to repeat: the same key and body answer the first "
			+ "result and issue nothing new; the same key with another body is refused (422).";

	private final ApiAwards awards;

	IntegrationApiController(ApiAwards awards) {
		this.awards = awards;
	}

	@Operation(summary = "Award an achievement assessed elsewhere to one or many recipients (scope credentials:issue)")
	@PostMapping("/api/v1/issuers/{issuerId}/awards")
	ResponseEntity<AwardsResponse> award(@AuthenticationPrincipal ApiPrincipal client, @PathVariable UUID issuerId,
			@RequestBody AwardsRequest request,
			@Parameter(description = KEY_HELP) @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		AwardsResponse response = awards.award(client, issuerId, request, key);
		return ResponseEntity.status(response.issued() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(response);
	}

	@Operation(summary = "Revoke a credential for good (scope credentials:revoke)")
	@PostMapping("/api/v1/credentials/{credentialId}/revoke")
	RevokeResponse revoke(@AuthenticationPrincipal ApiPrincipal client, @PathVariable UUID credentialId,
			@RequestBody(required = false) RevokeRequest request,
			@Parameter(description = KEY_HELP) @RequestHeader(name = "Idempotency-Key", required = false) String key) {
		return awards.revoke(client, credentialId, request, key);
	}

}
