package org.microcred.district;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.CredentialId;

class IncentiveRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	/** 150 hours per 5 years from 1 July 2024; a salary step per 3 credentials, at most 1 a year (from July). */
	static IncentivePolicy policy(Integer perStep, Integer cap) {
		return new IncentivePolicy(new BigDecimal("150"), 5, LocalDate.of(2024, 7, 1), perStep, StepReward.SALARY_STEP,
				null, cap, 7, LocalDate.of(2025, 1, 1), 0);
	}

	static EarnedCredential earned(String title, LocalDate on, String hours, boolean salary) {
		return new EarnedCredential(UUID.randomUUID(), new CredentialId(UUID.randomUUID()), title, on,
				new BigDecimal(hours), new BigDecimal(hours).divide(BigDecimal.TEN), salary, "https://x/" + title);
	}

	@Test
	void renewalHoursCountOnlyInsideTheCurrentCycle() {
		List<EarnedCredential> held = List.of(earned("old", LocalDate.of(2024, 6, 30), "40", true),
				earned("a", LocalDate.of(2024, 7, 1), "15", true), earned("b", LocalDate.of(2026, 3, 2), "30", true));
		Standing s = IncentiveRules.standing(policy(null, null), held, TODAY);
		assertThat(s.cycleStart()).isEqualTo(LocalDate.of(2024, 7, 1));
		assertThat(s.cycleEnd()).isEqualTo(LocalDate.of(2029, 6, 30));
		assertThat(s.hoursInCycle()).isEqualByComparingTo("45");
		assertThat(s.hoursRemaining()).isEqualByComparingTo("105");
		assertThat(s.ceusInCycle()).isEqualByComparingTo("4.5");
		assertThat(s.renewalPercent()).isEqualTo(30);
		assertThat(s.renewalMet()).isFalse();
		assertThat(s.awards()).isEmpty();
	}

	@Test
	void cyclesRepeatBeforeAndAfterTheAnchor() {
		IncentivePolicy p = policy(null, null);
		assertThat(IncentiveRules.cycleStart(p, LocalDate.of(2020, 1, 1))).isEqualTo(LocalDate.of(2019, 7, 1));
		assertThat(IncentiveRules.cycleStart(p, LocalDate.of(2031, 8, 1))).isEqualTo(LocalDate.of(2029, 7, 1));
		assertThat(IncentiveRules.yearStart(p, LocalDate.of(2026, 6, 30))).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(IncentiveRules.yearStart(p, LocalDate.of(2026, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
	}

	@Test
	void everyThirdApprovedCredentialMakesAStepOnTheDayItWasEarned() {
		List<EarnedCredential> held = List.of(earned("a", LocalDate.of(2025, 2, 1), "10", true),
				earned("b", LocalDate.of(2025, 3, 1), "10", true), earned("no-salary", LocalDate.of(2025, 3, 5), "10", false),
				earned("c", LocalDate.of(2025, 4, 1), "10", true), earned("d", LocalDate.of(2025, 9, 1), "10", true));
		Standing s = IncentiveRules.standing(policy(3, null), held, TODAY);
		assertThat(s.awards()).singleElement().satisfies(a -> {
			assertThat(a.effectiveOn()).isEqualTo(LocalDate.of(2025, 4, 1));
			assertThat(a.credentials()).containsExactly("a", "b", "c");
		});
		assertThat(s.banked()).isEqualTo(1);
		assertThat(s.credentialsToNextStep()).isEqualTo(2);
		assertThat(s.awardsThisYear()).isZero();
		assertThat(s.qualifiesThisPeriod()).isFalse();
	}

	@Test
	void credentialsBeforeTheEffectiveDateDoNotCountTowardSteps() {
		List<EarnedCredential> held = List.of(earned("early", LocalDate.of(2024, 12, 31), "10", true),
				earned("a", LocalDate.of(2025, 1, 1), "10", true));
		Standing s = IncentiveRules.standing(policy(2, null), held, TODAY);
		assertThat(s.awards()).isEmpty();
		assertThat(s.banked()).isEqualTo(1);
		assertThat(s.hoursInCycle()).isEqualByComparingTo("20");
	}

	@Test
	void theAnnualCapHoldsCredentialsOverUntilTheNextIncentiveYear() {
		List<EarnedCredential> held = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			held.add(earned("c" + i, LocalDate.of(2025, 8, 1 + i), "10", true));
		}
		// five credentials in the 2025/26 year, one per step, at most two steps a year
		Standing s = IncentiveRules.standing(policy(1, 2), held, LocalDate.of(2026, 5, 1));
		assertThat(s.awards()).extracting(Standing.Award::effectiveOn)
			.containsExactly(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2));
		assertThat(s.banked()).isEqualTo(3);
		assertThat(s.capReached()).isTrue();

		Standing nextYear = IncentiveRules.standing(policy(1, 2), held, LocalDate.of(2027, 8, 1));
		assertThat(nextYear.awards()).extracting(Standing.Award::effectiveOn)
			.containsExactly(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 2), LocalDate.of(2026, 7, 1),
					LocalDate.of(2026, 7, 1), LocalDate.of(2027, 7, 1));
		assertThat(nextYear.banked()).isZero();
		assertThat(nextYear.awardsThisYear()).isEqualTo(1);
		assertThat(nextYear.qualifiesThisPeriod()).isTrue();
	}

	@Test
	void aStipendCarriesItsAmount() {
		IncentivePolicy stipend = new IncentivePolicy(new BigDecimal("150"), 5, LocalDate.of(2024, 7, 1), 2,
				StepReward.STIPEND, new BigDecimal("500"), null, 7, LocalDate.of(2025, 1, 1), 0);
		Standing s = IncentiveRules.standing(stipend, List.of(earned("a", LocalDate.of(2026, 8, 1), "75", true),
				earned("b", LocalDate.of(2026, 9, 1), "75", true)), TODAY);
		assertThat(s.awards()).singleElement().satisfies(a -> assertThat(a.amount()).isEqualByComparingTo("500"));
		assertThat(s.renewalMet()).isTrue();
		assertThat(s.awardsThisYear()).isEqualTo(1);
	}

	@Test
	void credentialsDatedInTheFutureDoNotCountYet() {
		Standing s = IncentiveRules.standing(policy(1, null),
				List.of(earned("later", TODAY.plusDays(1), "30", true)), TODAY);
		assertThat(s.hoursInCycle()).isEqualByComparingTo("0");
		assertThat(s.awards()).isEmpty();
	}

}
