package org.microcred.district.internal;

import java.math.BigDecimal;

/** Numbers as people write them: 40 rather than 40.0, 7.5 rather than 7.50. */
public final class Decimals {

	private Decimals() {
	}

	public static BigDecimal plain(BigDecimal number) {
		if (number == null) {
			return null;
		}
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
