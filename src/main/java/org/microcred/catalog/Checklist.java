package org.microcred.catalog;

import java.util.List;

import org.microcred.platform.Msg;

/** The design checklist computed from a version: it may enter quality review only when complete. */
public record Checklist(List<ChecklistItem> items) {

	public boolean complete() {
		return items.stream().allMatch(ChecklistItem::ok);
	}

	public List<ChecklistItem> missing() {
		return items.stream().filter(i -> !i.ok()).toList();
	}

	/** Every problem, one sentence after the other, as one message (null when complete). */
	public Msg problems() {
		Msg all = null;
		List<ChecklistItem> missing = missing();
		for (int i = missing.size() - 1; i >= 0; i--) {
			all = all == null ? missing.get(i).problem() : Msg.of("catalog.sentences", missing.get(i).problem(), all);
		}
		return all;
	}

}
