package org.microcred.badge.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A request whose multipart body was read and parsed already ({@link MultipartForm}): parameters and parts are
 * answered from memory, so neither Spring Security's CSRF check nor Spring MVC ask the container to parse the
 * (consumed) body again.
 */
final class ParsedMultipartRequest extends CachedBodyRequest {

	private final MultipartForm form;

	private final Map<String, String[]> parameters = new LinkedHashMap<>();

	ParsedMultipartRequest(HttpServletRequest request, MultipartForm form, byte[] body) {
		super(request, body);
		this.form = form;
		if (request.getQueryString() != null) {
			UriComponentsBuilder.fromUriString("?" + request.getQueryString()).build(false).getQueryParams()
				.forEach((name, values) -> values.forEach(value -> add(decode(name), value == null ? "" : decode(value))));
		}
		for (MultipartForm.Item item : form.items()) {
			if (item.fileName() == null) {
				add(item.name(), item.text());
			}
		}
	}

	private void add(String name, String value) {
		String[] existing = this.parameters.get(name);
		String[] values = (existing == null) ? new String[1] : Arrays.copyOf(existing, existing.length + 1);
		values[values.length - 1] = value;
		this.parameters.put(name, values);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	@Override
	public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values == null) ? null : values[0];
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Collections.unmodifiableMap(this.parameters);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values == null) ? null : values.clone();
	}

	@Override
	public Collection<Part> getParts() {
		List<Part> parts = new ArrayList<>();
		this.form.items().forEach(item -> parts.add(new MemoryPart(item)));
		return parts;
	}

	@Override
	public Part getPart(String name) {
		return getParts().stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
	}

	/** A part held in memory; writing it to disk is not needed by the verifier. */
	private record MemoryPart(MultipartForm.Item item) implements Part {

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(this.item.content());
		}

		@Override
		public String getContentType() {
			return this.item.contentType();
		}

		@Override
		public String getName() {
			return this.item.name();
		}

		@Override
		public String getSubmittedFileName() {
			return this.item.fileName();
		}

		@Override
		public long getSize() {
			return this.item.content().length;
		}

		@Override
		public void write(String fileName) throws IOException {
			throw new IOException("Verifier uploads are kept in memory and never written to disk");
		}

		@Override
		public void delete() {
		}

		@Override
		public String getHeader(String name) {
			return this.item.headers().get(name.toLowerCase(Locale.ROOT));
		}

		@Override
		public Collection<String> getHeaders(String name) {
			String value = getHeader(name);
			return (value == null) ? List.of() : List.of(value);
		}

		@Override
		public Collection<String> getHeaderNames() {
			return this.item.headers().keySet();
		}

	}

}
