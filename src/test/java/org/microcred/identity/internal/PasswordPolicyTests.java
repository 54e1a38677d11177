package org.microcred.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	@Test
	void acceptsALongUnremarkablePassphrase() {
		assertThat(PasswordPolicy.problem("plum orbit canvas tide", "ada@school.org", "Ada Lovelace")).isNull();
	}

	@Test
	void refusesShortLongCommonAndRepetitivePasswords() {
		assertThat(PasswordPolicy.problem("short", "a@b.org", "A")).contains("at least 10");
		assertThat(PasswordPolicy.problem("a1".repeat(65), "a@b.org", "A")).contains("at most 128");
		assertThat(PasswordPolicy.problem("Password123", "a@b.org", "A")).contains("too easy");
		assertThat(PasswordPolicy.problem("aaaaabbbbbaaaaa", "a@b.org", "A")).contains("too easy");
	}

	@Test
	void refusesTheOwnEmailOrName() {
		assertThat(PasswordPolicy.problem("my-ada.lovelace-2026", "ada.lovelace@school.org", "X")).contains("e-mail");
		assertThat(PasswordPolicy.problem("ada lovelace rules", "x@school.org", "Ada Lovelace")).contains("name");
	}

}
