package org.microcred.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.json.Json;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API answers an unauthenticated request with a 401 problem, not a redirect to the log-in page, in the
 * language the request asks for.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint {

	private final MessageSource messages;

	ProblemEntryPoint(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		byte[] problem = Json.createObjectBuilder()
			.add("type", "about:blank")
			.add("title", messages.getMessage("error.title.401", null, locale))
			.add("status", HttpServletResponse.SC_UNAUTHORIZED)
			.add("detail", messages.getMessage("identity.api.unauthenticated", null, locale))
			.build()
			.toString()
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.getOutputStream().write(problem);
	}

}
