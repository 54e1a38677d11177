package org.microcred.platform.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Answers every error the servlet container forwards to {@code /error}: container errors, Spring MVC's own
 * (a missing parameter, a wrong method) and unhandled exceptions. Only the status reaches the user.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorPagesController implements ErrorController {

	private final ErrorPages errors;

	ErrorPagesController(ErrorPages errors) {
		this.errors = errors;
	}

	@RequestMapping
	Object error(HttpServletRequest request) {
		HttpStatus status = ErrorPages.statusOf(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
		if (Requests.wantsJson(request)) {
			ResponseEntity<ProblemDetail> problem = errors.problem(status, null);
			Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			if (path instanceof String uri && problem.getBody() != null) {
				problem.getBody().setInstance(java.net.URI.create(uri.replaceAll("[^A-Za-z0-9/._~-]", "")));
			}
			return problem;
		}
		ModelAndView page = errors.page(status, null);
		return page;
	}

}
