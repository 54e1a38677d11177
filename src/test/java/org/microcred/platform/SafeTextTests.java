package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTests {

	@Test
	void cleansWhitespaceAndNormalizes() {
		assertThat(SafeText.clean("  Jos\u0065\u0301   Díaz \n")).isEqualTo("José Díaz");
	}

	@Test
	void namesWithMarkupOrControlCharactersAreRefused() {
		assertThat(SafeText.problemWithName("<b>Bold</b>", 100)).contains("not allowed");
		assertThat(SafeText.problemWithName("Bell\u0007", 100)).contains("control");
		assertThat(SafeText.problemWithName("Zoë O'Neil-Smith", 100)).isNull();
		assertThat(SafeText.problemWithName("x".repeat(101), 100)).contains("100 characters");
	}

}
