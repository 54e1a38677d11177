package org.microcred.badge.vc.canon;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonNumber;

/**
 * JSON numbers as JSON-LD's RDF conversion writes them, restricted to the values on which Titanium and the
 * JavaScript processors agree; the others make the fast path step aside.
 */
final class JsonLdNumbers {

	private static final String XSD = "http://www.w3.org/2001/XMLSchema#";

	private static final BigDecimal INTEGER_LIMIT = new BigDecimal("1e21");

	private static final BigDecimal DECIMAL_FLOOR = new BigDecimal("1e-6");

	/** Canonical doubles already written: credits repeat across credentials, and rounding is costly. */
	private static final Map<Double, String> DOUBLES = new ConcurrentHashMap<>();

	private static final int MAX_DOUBLES = 4096;

	private JsonLdNumbers() {
	}

	/** Numbers as JSON-LD's RDF conversion writes them (integers below 10^21, else canonical xsd:double). */
	static String literal(JsonNumber number, String datatype) throws FastRdf.Unsupported {
		BigDecimal exact = number.bigDecimalValue();
		BigDecimal magnitude = exact.abs();
		boolean integral = exact.signum() == 0 || exact.stripTrailingZeros().scale() <= 0;
		boolean asDouble = (XSD + "double").equals(datatype);
		if (integral && !asDouble && magnitude.compareTo(INTEGER_LIMIT) < 0) {
			String lexical = exact.toBigInteger().toString();
			return NQuads.literal(lexical, (datatype != null) ? datatype : XSD + "integer", null);
		}
		if (exact.signum() == 0 || (!integral && magnitude.compareTo(DECIMAL_FLOOR) < 0)) {
			// Below 10^-6 JavaScript processors write an integer where Titanium writes a double.
			throw new FastRdf.Unsupported("number " + number);
		}
		String lexical = cachedCanonicalDouble(exact.doubleValue());
		return NQuads.literal(lexical, (datatype != null) ? datatype : XSD + "double", null);
	}

	private static String cachedCanonicalDouble(double value) throws FastRdf.Unsupported {
		String known = DOUBLES.get(value);
		if (known != null) {
			return known;
		}
		String lexical = canonicalDouble(value);
		if (DOUBLES.size() < MAX_DOUBLES) {
			DOUBLES.put(value, lexical);
		}
		return lexical;
	}

	/**
	 * Canonical xsd:double: mantissa with trailing zeros dropped but one kept after the point, exponent
	 * without '+'. JavaScript processors keep 16 significant digits, Titanium 15; values needing the 16th
	 * digit go to the generic path so both paths always agree.
	 */
	static String canonicalDouble(double value) throws FastRdf.Unsupported {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			throw new FastRdf.Unsupported("number out of range");
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(16, RoundingMode.HALF_UP));
		if (rounded.stripTrailingZeros().precision() > 15) {
			throw new FastRdf.Unsupported("double with 16 significant digits");
		}
		String digits = rounded.unscaledValue().abs().toString();
		int exponent = digits.length() - 1 - rounded.scale();
		String fraction = digits.substring(1).replaceFirst("0+$", "");
		return (rounded.signum() < 0 ? "-" : "") + digits.charAt(0) + "." + (fraction.isEmpty() ? "0" : fraction)
				+ "E" + exponent;
	}

}
