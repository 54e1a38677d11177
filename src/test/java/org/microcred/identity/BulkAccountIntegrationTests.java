package org.microcred.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.platform.InvalidInputException;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts created in bulk (roster imports) are like any other, cannot log in yet, and never duplicate anyone. */
class BulkAccountIntegrationTests extends IntegrationTest {

	@Autowired
	BulkAccountService bulk;

	@Autowired
	AccountService accounts;

	@Test
	void manyAccountsAreCreatedWithTheirRoleAndWithoutPassword() {
		UUID district = UUID.randomUUID();
		String a = TestData.uniqueEmail("bulk-a");
		String b = TestData.uniqueEmail("bulk-b");
		Map<String, AccountId> created = bulk.registerAllWithoutPassword(
				List.of(new NewAccount("Ada Lovelace", a), new NewAccount("Alan Turing", b.toUpperCase(Locale.ROOT))),
				new RoleGrant(Role.TEACHER, district));

		assertThat(created).containsOnlyKeys(a, b);
		assertThat(bulk.idsByEmail(List.of(a.toUpperCase(Locale.ROOT), b))).isEqualTo(created);
		AccountSummary ada = accounts.get(created.get(a));
		assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
		assertThat(ada.grants()).containsExactly(new RoleGrant(Role.TEACHER, district));
		assertThat(accounts.reload(ada.id()).orElseThrow().isEnabled()).isFalse();
	}

	@Test
	void aTakenAddressCreatesNobody() {
		var existing = data.teacher();
		String fresh = TestData.uniqueEmail("bulk-fresh");
		assertThatThrownBy(() -> bulk.registerAllWithoutPassword(List.of(new NewAccount("Fresh Person", fresh),
				new NewAccount("Someone Else", existing.email())), new RoleGrant(Role.TEACHER, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("identity.bulk.emails-taken");
		assertThat(accounts.findByEmail(fresh)).isEmpty();
	}

}
