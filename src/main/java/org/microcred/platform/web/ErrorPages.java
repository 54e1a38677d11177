package org.microcred.platform.web;

import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What a person sees for an error, in their language: a friendly page or an RFC 9457 problem, never a stack trace.
 * Titles and hints are the bundle keys {@code error.title.<status>} and {@code error.hint.<status>}.
 */
@Component
public class ErrorPages {

	private static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 409, 413, 429, 500, 503);

	private static final Set<Integer> HINTED = Set.of(400, 403, 404, 409, 413, 500);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	static String titleKey(int status) {
		return "error.title." + (TITLED.contains(status) ? status : status >= 500 ? 500 : 400);
	}

	static String hintKey(int status) {
		return "error.hint." + (HINTED.contains(status) ? status : status >= 500 ? 500 : 400);
	}

	/** The error page; {@code message} is a {@link org.microcred.platform.Msg}, a user-facing exception or null. */
	public ModelAndView page(HttpStatusCode status, MessageSourceResolvable message) {
		ModelAndView view = new ModelAndView("error");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("errorTitle", titleKey(status.value()));
		view.addObject("message", message);
		view.addObject("hint", hintKey(status.value()));
		return view;
	}

	/** The problem detail, in the language of the current request. */
	public ResponseEntity<ProblemDetail> problem(HttpStatusCode status, MessageSourceResolvable detail) {
		Locale locale = LocaleContextHolder.getLocale();
		String text = detail == null ? messages.getMessage(hintKey(status.value()), null, locale)
				: messages.getMessage(detail, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text);
		problem.setTitle(messages.getMessage(titleKey(status.value()), null, locale));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The English title, for the few answers written before the application (and its languages) is reached. */
	public static String title(int status) {
		return java.util.ResourceBundle.getBundle("messages", Locale.ROOT).getString(titleKey(status));
	}

	/** The English hint, for the same answers. */
	public static String hint(int status) {
		return java.util.ResourceBundle.getBundle("messages", Locale.ROOT).getString(hintKey(status));
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
