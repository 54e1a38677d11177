package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microcred.support.EnglishText;

class SafeTextTests {

	@Test
	void cleansWhitespaceAndNormalizes() {
		assertThat(SafeText.clean("  Jos\u0065\u0301   Díaz \n")).isEqualTo("José Díaz");
	}

	@Test
	void namesWithMarkupOrControlCharactersAreRefused() {
		assertThat(EnglishText.of(SafeText.problemWithName("<b>Bold</b>", 100))).contains("not allowed");
		assertThat(EnglishText.of(SafeText.problemWithName("Bell\u0007", 100))).contains("control");
		assertThat(SafeText.problemWithName("Zoë O'Neil-Smith", 100)).isNull();
		assertThat(EnglishText.of(SafeText.problemWithName("x".repeat(101), 100))).contains("100 characters");
	}

}
