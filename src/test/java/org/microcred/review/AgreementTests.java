package org.microcred.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgreementTests {

	/**
	 * The worked example of the Wikipedia article "Cohen's kappa" (50 grant proposals read by two readers: 20 both
	 * yes, 15 both no, 5 yes/no, 10 no/yes): p_o = 0.7, p_e = 0.5, kappa = 0.4.
	 */
	@Test
	void reproducesTheTextbookExample() {
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		add(a, b, "yes", "yes", 20);
		add(a, b, "yes", "no", 5);
		add(a, b, "no", "yes", 10);
		add(a, b, "no", "no", 15);
		Agreement agreement = Agreement.of(a, b);
		assertThat(agreement.pairs()).isEqualTo(50);
		assertThat(agreement.exact()).isCloseTo(0.7, within(1e-9));
		assertThat(agreement.kappa()).isCloseTo(0.4, within(1e-9));
	}

	/**
	 * A three-category table of 100 ratings computed by hand: diagonal 30, 25, 20; p_o = 0.75,
	 * p_e = 0.339, kappa = 0.411 / 0.661 = 0.6218.
	 */
	@Test
	void handlesSeveralCategories() {
		List<String> a = new ArrayList<>();
		List<String> b = new ArrayList<>();
		add(a, b, "developing", "developing", 30);
		add(a, b, "developing", "proficient", 5);
		add(a, b, "developing", "exemplary", 5);
		add(a, b, "proficient", "developing", 5);
		add(a, b, "proficient", "proficient", 25);
		add(a, b, "proficient", "exemplary", 5);
		add(a, b, "exemplary", "developing", 3);
		add(a, b, "exemplary", "proficient", 2);
		add(a, b, "exemplary", "exemplary", 20);
		Agreement agreement = Agreement.of(a, b);
		// row totals 40, 35, 25; column totals 38, 32, 30 → p_e = (40·38 + 35·32 + 25·30) / 100² = 0.339
		assertThat(agreement.exact()).isCloseTo(0.75, within(1e-9));
		assertThat(agreement.kappa()).isCloseTo(0.6218, within(1e-4));
	}

	@Test
	void perfectAgreementIsOneAndSingleCategoryAgreementHasNoKappa() {
		assertThat(Agreement.of(List.of("a", "b", "c"), List.of("a", "b", "c")).kappa()).isEqualTo(1.0);
		Agreement same = Agreement.of(List.of("p", "p"), List.of("p", "p"));
		assertThat(same.kappa()).isNull();
		assertThat(same.meets(0.8)).isTrue();
		assertThat(Agreement.of(List.of(), List.of()).meets(0.0)).isFalse();
	}

	@Test
	void agreementBelowChanceIsNegative() {
		Agreement opposite = Agreement.of(List.of("yes", "no", "yes", "no"), List.of("no", "yes", "no", "yes"));
		assertThat(opposite.kappa()).isCloseTo(-1.0, within(1e-9));
		assertThat(opposite.meets(0.8)).isFalse();
	}

	private static void add(List<String> a, List<String> b, String first, String second, int times) {
		a.addAll(Collections.nCopies(times, first));
		b.addAll(Collections.nCopies(times, second));
	}

}
