package org.microcred.learning.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import org.springframework.core.io.AbstractResource;

/**
 * An evidence file as a resource whose length is known without reading it, so that Spring MVC can answer HTTP Range
 * requests (206 Partial Content, as a video player asks for when seeking) by skipping to the range while streaming;
 * the file is never held in memory. Each read opens the file again.
 */
final class EvidenceResource extends AbstractResource {

	private final String name;

	private final long length;

	private final Supplier<InputStream> opener;

	private InputStream first;

	EvidenceResource(String name, long length, InputStream opened, Supplier<InputStream> opener) {
		this.name = name;
		this.length = length;
		this.first = opened;
		this.opener = opener;
	}

	@Override
	public synchronized InputStream getInputStream() throws IOException {
		if (first != null) {
			InputStream opened = first;
			first = null;
			return opened;
		}
		return opener.get();
	}

	@Override
	public long contentLength() {
		return length;
	}

	@Override
	public String getFilename() {
		return name;
	}

	@Override
	public String getDescription() {
		return "evidence file " + name;
	}

}
