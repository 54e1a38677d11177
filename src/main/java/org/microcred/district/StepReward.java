package org.microcred.district;

import java.util.Locale;

/** What a teacher gets for every N approved credentials. */
public enum StepReward {

	SALARY_STEP, STIPEND;

	/** The bundle key of the reward's name, e.g. {@code district.reward.stipend} (A stipend). */
	public String messageKey() {
		return "district.reward." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
