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
		Locale locale = LocaleContextHolder.getLocale();
		int titled = status == 429 || status == 401 || status == 403 ? status : 400;
		byte[] body = Json.createObjectBuilder()
			.add("type", "about:blank")
			.add("title", messages.getMessage("error.title." + titled, null, locale))
			.add("status", status)
			.add("detail", messages.getMessage(detailKey, args, locale))
			.build()
			.toString()
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.getOutputStream().write(body);
	}

}
