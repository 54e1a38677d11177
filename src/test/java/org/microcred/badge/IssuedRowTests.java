package org.microcred.badge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.CredentialId;
import org.microcred.platform.ConflictException;

/** The action menu of a row offers exactly the moves its standing allows. */
class IssuedRowTests {

	static IssuedRow row(String state, Instant validUntil, boolean renewed) {
		return new IssuedRow(new IssuedCredentialId(UUID.randomUUID()), "Maya Thompson", "maya@example.org",
				new CredentialId(UUID.randomUUID()), "Formative Assessment", Instant.now(), validUntil, state, null, null,
				renewed);
	}

	@Test
	void theMenuOffersOnlyLegalMoves() {
		Instant inAYear = Instant.now().plus(365, ChronoUnit.DAYS);
		assertThat(row("ACTIVE", null, false).actions()).containsExactly(IssuedAction.SUSPEND, IssuedAction.REVOKE);
		assertThat(row("ACTIVE", inAYear, false).actions()).containsExactly(IssuedAction.SUSPEND, IssuedAction.RENEW,
				IssuedAction.REVOKE);
		assertThat(row("ACTIVE", inAYear, true).actions()).containsExactly(IssuedAction.SUSPEND, IssuedAction.REVOKE);
		assertThat(row("SUSPENDED", null, false).actions()).containsExactly(IssuedAction.REINSTATE, IssuedAction.REVOKE);
		assertThat(row("REVOKED", inAYear, false).actions()).isEmpty();
	}

	@Test
	void anIllegalMoveIsAConflictSayingWhy() {
		assertThatThrownBy(() -> row("REVOKED", null, false).requireAllowed(IssuedAction.REINSTATE))
			.isInstanceOf(ConflictException.class)
			.extracting(e -> ((ConflictException) e).message().key())
			.isEqualTo("badge.state.reinstate-suspended-only");
		assertThatThrownBy(() -> row("ACTIVE", null, false).requireAllowed(IssuedAction.REINSTATE))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void standingReadsValidExpiredSuspendedOrRevoked() {
		assertThat(row("ACTIVE", null, false).standingKey()).isEqualTo("badge.standing.valid");
		assertThat(row("ACTIVE", Instant.now().minusSeconds(60), false).standingKey()).isEqualTo("badge.standing.expired");
		assertThat(row("SUSPENDED", null, false).standingKey()).isEqualTo("badge.standing.suspended");
		assertThat(row("REVOKED", null, false).standingKey()).isEqualTo("badge.standing.revoked");
	}

}
