package org.microcred.integration.web;

import java.util.Locale;

import org.microcred.integration.internal.IdempotencyConflict;
import org.microcred.integration.internal.MissingScopeException;
import org.microcred.integration.internal.TokenRefused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's own problems (RFC 9457): a missing scope (403, naming it), a reused Idempotency-Key (422), a refused
 * token request (with the OAuth {@code error} code as well), an unreadable body (400). Not found, conflicts and
 * invalid input are answered by the platform's handling.
 */
@RestControllerAdvice(assignableTypes = { TokenEndpoint.class, IntegrationApiController.class,
		DistrictApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntegrationApiProblems {

	private final MessageSource messages;

	IntegrationApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MissingScopeException.class)
	ResponseEntity<ProblemDetail> missingScope(MissingScopeException ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatus.FORBIDDEN, "integration.api.missing-scope",
				ex.scope().value());
		answer.getBody().setProperty("scope", ex.scope().value());
		return answer;
	}

	@ExceptionHandler(IdempotencyConflict.class)
	ResponseEntity<ProblemDetail> keyReused(IdempotencyConflict ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "integration.idempotency.key-reused");
	}

	@ExceptionHandler(TokenRefused.class)
	ResponseEntity<ProblemDetail> tokenRefused(TokenRefused ex) {
		ResponseEntity<ProblemDetail> answer = problem(HttpStatusCode.valueOf(ex.status()), ex.messageKey());
		answer.getBody().setProperty("error", ex.error());
		answer.getBody().setProperty("error_description", answer.getBody().getDetail());
		if (ex.status() == 401) {
			return ResponseEntity.status(401)
				.header("WWW-Authenticate", "Basic realm=\"microcred\"")
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(answer.getBody());
		}
		return answer;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "integration.api.forbidden");
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "integration.api.unreadable");
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
		problem.setTitle(messages.getMessage("integration.problem.title." + status.value(), null,
				messages.getMessage("error.title.400", null, locale), locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
