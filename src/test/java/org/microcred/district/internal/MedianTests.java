package org.microcred.district.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MedianTests {

	@Test
	void theMedianOfAHistogramIsTheMedianOfTheValuesItCounts() {
		// 3, 3, 10 → 3
		assertThat(Median.ofHistogram(List.of(new long[] { 3, 2 }, new long[] { 10, 1 }))).isEqualTo(3.0);
		// 1, 4, 4, 9 → (4 + 4) / 2
		assertThat(Median.ofHistogram(List.of(new long[] { 1, 1 }, new long[] { 4, 2 }, new long[] { 9, 1 })))
			.isEqualTo(4.0);
		// 2, 7 → 4.5, as percentile_cont(0.5) gives
		assertThat(Median.ofHistogram(List.of(new long[] { 2, 1 }, new long[] { 7, 1 }))).isEqualTo(4.5);
		assertThat(Median.ofHistogram(List.of(new long[] { 5, 1 }))).isEqualTo(5.0);
		assertThat(Median.ofHistogram(List.of())).isNull();
	}

}
