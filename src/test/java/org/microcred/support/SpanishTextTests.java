package org.microcred.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The English-leftover check the Spanish journey relies on finds English and lets Spanish pass. */
class SpanishTextTests {

	@Test
	void anEnglishSentenceFromTheBundleIsALeftoverItsSpanishIsNot() {
		String english = "Header\n" + EnglishText.of("learning.submit.done") + "\nFooter";
		assertThat(SpanishText.englishLeftovers(english)).containsExactly(EnglishText.of("learning.submit.done"));
		assertThat(SpanishText.englishLeftovers(SpanishText.of("learning.submit.done"))).isEmpty();
		assertThat(SpanishText.englishLeftovers(EnglishText.of(org.microcred.platform.Msg.of("badge.evidence.renewal", "December 3, 2026"))))
			.as("the fixed words of a message with arguments").isNotEmpty();
		assertThat(SpanishText.englishLeftovers("Microcred · Open Badges 3.0 · English · Español")).isEmpty();
	}

}
