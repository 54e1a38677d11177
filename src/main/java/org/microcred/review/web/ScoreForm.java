package org.microcred.review.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores as a form sends them: {@code score:part/criterion=level}, {@code comment:part/criterion=text},
 * {@code summary=text}.
 */
record ScoreForm(Map<String, String> scores, Map<String, String> comments, String summary) {

	static ScoreForm of(Map<String, String> form) {
		Map<String, String> scores = new LinkedHashMap<>();
		Map<String, String> comments = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("score:")) {
				scores.put(name.substring(6), value);
			}
			else if (name.startsWith("comment:")) {
				comments.put(name.substring(8), value);
			}
		});
		return new ScoreForm(scores, comments, form.getOrDefault("summary", ""));
	}

}
