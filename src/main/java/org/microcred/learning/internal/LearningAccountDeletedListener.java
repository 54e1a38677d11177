package org.microcred.learning.internal;

import org.microcred.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Erases a deleted account's evidence, drafts and notes, inside the deletion's transaction. */
@Component
class LearningAccountDeletedListener {

	private final EvidenceEraser eraser;

	LearningAccountDeletedListener(EvidenceEraser eraser) {
		this.eraser = eraser;
	}

	@EventListener
	void on(AccountDeleted deleted) {
		eraser.eraseTeacher(deleted.account().value());
	}

}
