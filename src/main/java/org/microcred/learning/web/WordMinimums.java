package org.microcred.learning.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.microcred.catalog.design.EvidencePart;
import org.springframework.stereotype.Component;

/**
 * The minimum length an evidence part's instructions ask for ("at least 300 words", "al menos 300 palabras"):
 * designs have no field for it, so the word counter reads it from the instructions the teacher also reads.
 */
@Component("wordMinimums")
class WordMinimums {

	private static final Pattern MINIMUM = Pattern.compile(
			"(?iu)(?:at least|a minimum of|minimum of|no fewer than|al menos|como mínimo|mínimo de)\\s+(\\d{1,5})\\s+(?:words|palabras)");

	/** The minimum number of words the instructions state, or 0. */
	public int of(EvidencePart part) {
		if (part.instructions() == null) {
			return 0;
		}
		Matcher m = MINIMUM.matcher(part.instructions());
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

}
