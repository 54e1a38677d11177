package org.microcred.platform.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person sees for an error: a friendly page or an RFC 9457 problem, never a stack trace.
 */
public final class ErrorPages {

	private static final Map<Integer, String> TITLES = Map.of(400, "That request could not be handled", 401,
			"Please log in", 403, "You do not have access to this page", 404, "We could not find that page", 405,
			"That action is not possible here", 409, "That could not be done right now", 413, "That upload is too large",
			429, "Too many requests", 500, "Something went wrong on our side", 503, "Microcred is briefly unavailable");

	private static final Map<Integer, String> HINTS = Map.of(400, "Please check what you entered and try again.", 403,
			"If you think you should have access, ask your administrator.", 404,
			"The address may be mistyped, or the page may have moved or been removed.", 409,
			"Someone or something changed it meanwhile. Reload the page and try again.", 413,
			"Please choose a smaller file.", 500,
			"The error was logged. Please try again in a moment; if it keeps happening, tell your administrator.");

	private ErrorPages() {
	}

	public static String title(int status) {
		return TITLES.getOrDefault(status, status >= 500 ? TITLES.get(500) : TITLES.get(400));
	}

	public static String hint(int status) {
		return HINTS.getOrDefault(status, status >= 500 ? HINTS.get(500) : HINTS.get(400));
	}

	public static ModelAndView page(HttpStatusCode status, String message) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("errorTitle", title(status.value()));
		view.addObject("message", message);
		view.addObject("hint", hint(status.value()));
		return view;
	}

	public static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? hint(status.value()) : detail);
		problem.setTitle(title(status.value()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	public static HttpStatus statusOf(Object code) {
		if (code instanceof Integer value) {
			HttpStatus resolved = HttpStatus.resolve(value);
			if (resolved != null) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
