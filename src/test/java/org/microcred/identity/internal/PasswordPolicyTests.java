package org.microcred.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.microcred.platform.Msg;
import org.springframework.context.support.ResourceBundleMessageSource;

class PasswordPolicyTests {

	/** The policy's messages as an English reader sees them. */
	static String english(Msg problem) {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles.getMessage(problem, Locale.ENGLISH);
	}

	@Test
	void acceptsALongUnremarkablePassphrase() {
		assertThat(PasswordPolicy.problem("plum orbit canvas tide", "ada@school.org", "Ada Lovelace")).isNull();
	}

	@Test
	void refusesShortLongCommonAndRepetitivePasswords() {
		assertThat(english(PasswordPolicy.problem("short", "a@b.org", "A"))).contains("at least 10");
		assertThat(english(PasswordPolicy.problem("a1".repeat(65), "a@b.org", "A"))).contains("at most 128");
		assertThat(english(PasswordPolicy.problem("Password123", "a@b.org", "A"))).contains("too easy");
		assertThat(english(PasswordPolicy.problem("aaaaabbbbbaaaaa", "a@b.org", "A"))).contains("too easy");
	}

	@Test
	void refusesTheOwnEmailOrName() {
		assertThat(english(PasswordPolicy.problem("my-ada.lovelace-2026", "ada.lovelace@school.org", "X"))).contains("e-mail");
		assertThat(english(PasswordPolicy.problem("ada lovelace rules", "x@school.org", "Ada Lovelace"))).contains("name");
	}

}
