package org.microcred.catalog.design;

import java.math.BigDecimal;

/** What earning costs the teacher: free, or an amount in a currency. */
public record Cost(BigDecimal amount, String currency) {

	public static final Cost FREE = new Cost(BigDecimal.ZERO, null);

	public boolean free() {
		return amount == null || amount.signum() == 0;
	}

	public String label() {
		return free() ? "Free" : amount.stripTrailingZeros().toPlainString() + " " + currency;
	}

}
