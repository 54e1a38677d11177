package org.microcred.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a pager needs.
 *
 * @param items the rows of this page
 * @param page zero-based page number
 * @param size page size
 * @param total number of rows in all pages
 */
public record PageResult<T>(List<T> items, int page, int size, long total) {

	public int totalPages() {
		return size == 0 ? 0 : (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < totalPages();
	}

	public long firstRow() {
		return total == 0 ? 0 : (long) page * size + 1;
	}

	public long lastRow() {
		return Math.min(total, (long) page * size + items.size());
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), page, size, total);
	}

}
