package org.microcred.platform;

/**
 * A request for one page of a list; out-of-range numbers are clamped rather than rejected.
 */
public record PageRequest(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public PageRequest {
		page = Math.max(0, page);
		size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
	}

	public long offset() {
		return (long) page * size;
	}

}
