package org.microcred.integration.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/** Writes RFC 9457 problems from the security filters, before any controller (and its advice) is reached. */
class ApiProblemWriter {

	private final MessageSource messages;

	ApiProblemWriter(MessageSource messages) {
		this.messages = messages;
	}

	void write(HttpServletResponse response, int status, String detailKey, Object... args) throws IOException {
		write(response, status, null, detailKey, args);
	}

	/** A 403 naming the scope the token lacks, as the API's controllers answer it. */
	void missingScope(HttpServletResponse response, String scope) throws IOException {
		write(response, 403, scope, "integration.api.missing-scope", scope);
	}

	private void write(HttpServletResponse response, int status, String scope, String detailKey, Object... args)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		int titled = status == 429 || status == 401 || status == 403 ? status : 400;
		var problem = Json.createObjectBuilder()
			.add("type", "about:blank")
			.add("title", messages.getMessage("error.title." + titled, null, locale))
			.add("status", status)
			.add("detail", messages.getMessage(detailKey, args, locale));
		if (scope != null) {
			problem.add("scope", scope);
		}
		byte[] body = problem.build().toString().getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.getOutputStream().write(body);
	}

}
