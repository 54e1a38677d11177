package org.microcred.badge.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.microcred.badge.vc.verify.CredentialVerifier;
import org.microcred.platform.Msg;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The verifier's own body limit, applied before anything reads a request (Spring Security, the multipart
 * resolver, message converters), because anyone may post to it without logging in. A declared length above the
 * limit is refused at once; a body without one (chunked) is read only up to the limit. Multipart forms are parsed
 * here, in memory, instead of by the container, whose limits are sized for evidence uploads of 2 GB.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class VerifyRequestLimit extends OncePerRequestFilter {

	static final String PAGE = "/verify";

	static final String API = "/api/v1/verify";

	/** Room for a form's boundaries, headers and small fields beside the credential itself. */
	static final int FORM_ENVELOPE = 64 * 1024;

	/**
	 * Bodies read into memory at once: with the 10 MB limit, at most about 80 MB of heap however many clients
	 * post together. Others wait a little, then get 503.
	 */
	static final int CONCURRENT_BODIES = 8;

	private final Semaphore bodies = new Semaphore(CONCURRENT_BODIES, true);

	private final MessageSource messages;

	private final LocaleResolver locales;

	VerifyRequestLimit(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	/** A refused body up to this size is read and dropped first, so that the sender reliably gets the answer. */
	private static final long DRAIN_LIMIT = 32L * 1024 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"POST".equals(request.getMethod()) || !(PAGE.equals(path) || API.equals(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean api = request.getRequestURI().endsWith(API);
		String contentType = request.getContentType();
		boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
		if (!api && !multipart) {
			chain.doFilter(request, response);
			return;
		}
		int limit = CredentialVerifier.MAX_INPUT_BYTES + (multipart ? FORM_ENVELOPE : 0);
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			refuse(request, response, api, declared);
			return;
		}
		if (!acquire()) {
			response.setHeader("Retry-After", "5");
			answer(request, response, api, HttpStatus.SERVICE_UNAVAILABLE, Msg.of("badge.verify-page.busy"),
					PAGE + "?busy");
			return;
		}
		byte[] body;
		try {
			body = readAtMost(request.getInputStream(), limit);
			if (body == null) {
				refuse(request, response, api, declared);
				return;
			}
		}
		finally {
			this.bodies.release();
		}
		if (!multipart) {
			chain.doFilter(new CachedBodyRequest(request, body), response);
			return;
		}
		try {
			chain.doFilter(new ParsedMultipartRequest(request, MultipartForm.parse(body, contentType), body), response);
		}
		catch (MultipartForm.MalformedException ex) {
			answer(request, response, api, HttpStatus.BAD_REQUEST, Msg.of(ex.getMessage()), PAGE + "?malformed");
		}
	}

	/**
	 * The whole stream if it holds at most {@code limit} bytes, else null (having read limit + 1 bytes). Read in
	 * pieces and joined once, so a body costs about twice its size at the peak, never a doubling buffer's three.
	 */
	static byte[] readAtMost(InputStream in, int limit) throws IOException {
		List<byte[]> pieces = new ArrayList<>();
		int total = 0;
		byte[] piece;
		while ((piece = in.readNBytes(Math.min(64 * 1024, limit + 1 - total))).length > 0) {
			pieces.add(piece);
			total += piece.length;
			if (total > limit) {
				return null;
			}
		}
		byte[] body = new byte[total];
		int position = 0;
		for (byte[] part : pieces) {
			System.arraycopy(part, 0, body, position, part.length);
			position += part.length;
		}
		return body;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, long declared)
			throws IOException {
		if (declared <= DRAIN_LIMIT) {
			drain(request.getInputStream());
		}
		answer(request, response, api, HttpStatus.PAYLOAD_TOO_LARGE, VerifyController.TOO_LARGE, PAGE + "?too-large");
	}

	private static void drain(InputStream in) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int read;
		while (total < DRAIN_LIMIT && (read = in.read(buffer)) > 0) {
			total += read;
		}
	}

	private boolean acquire() {
		try {
			return this.bodies.tryAcquire(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * A problem detail for the API, in the request's language (the filter runs before Spring MVC, so it asks the
	 * locale resolver itself); back to the form, which says why in the page's language, for the page.
	 */
	private void answer(HttpServletRequest request, HttpServletResponse response, boolean api, HttpStatus status, Msg detail,
			String page) throws IOException {
		response.setHeader("Connection", "close");
		if (!api) {
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", request.getContextPath() + page);
			return;
		}
		Locale locale = this.locales.resolveLocale(request);
		byte[] problem = Json.createObjectBuilder()
			.add("type", "about:blank")
			.add("title", this.messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale))
			.add("status", status.value())
			.add("detail", this.messages.getMessage(detail, locale))
			.add("instance", API)
			.build()
			.toString()
			.getBytes(StandardCharsets.UTF_8);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
		response.setContentLength(problem.length);
		response.getOutputStream().write(problem);
		response.flushBuffer();
	}

}
