package org.microcred.growth.internal;

import org.microcred.learning.EnrollmentPassed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps growth's read model of who earned what (for "colleagues at your school earned it" and popularity) from the
 * learning module's events; a repeated event changes nothing.
 */
@Component
class EarnerListener {

	private final GrowthStore store;

	EarnerListener(GrowthStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(EnrollmentPassed e) {
		store.earned(e.teacherId().value(), e.credentialId().value(), e.passedAt());
	}

}
