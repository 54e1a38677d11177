package org.microcred.catalog;

import java.util.List;

/** The design checklist computed from a version: it may enter quality review only when complete. */
public record Checklist(List<ChecklistItem> items) {

	public boolean complete() {
		return items.stream().allMatch(ChecklistItem::ok);
	}

	public List<ChecklistItem> missing() {
		return items.stream().filter(i -> !i.ok()).toList();
	}

}
