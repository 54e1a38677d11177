package org.microcred.badge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.microcred.badge.vc.VerificationMessage;
import org.microcred.badge.vc.verify.StepStatus;
import org.microcred.badge.vc.verify.VerificationReport;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The verifier's report in a reader's language: the engine says each step's outcome as a bundle key with
 * arguments (and in English); this translates them with the message bundles. A key the bundles lack, or text
 * without a key (another library's words), is shown in English rather than not at all.
 */
@Component
class VerificationTexts {

	private final MessageSource messages;

	VerificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** A report as a page shows it. */
	record ReportView(boolean verified, List<StepView> steps) {
	}

	/**
	 * One step as a page shows it.
	 * @param status PASSED, FAILED, WARNING or SKIPPED
	 * @param title the step's name in the reader's language
	 */
	record StepView(String name, StepStatus status, String title, String message) {
	}

	ReportView view(VerificationReport report, Locale locale) {
		return new ReportView(report.verified(), report.steps()
			.stream()
			.map(s -> new StepView(s.name(), s.status(), title(s.name(), locale), text(s.detail(), locale)))
			.toList());
	}

	/**
	 * The report as the API answers it: per step its name and status, the English {@code message} (as before, for
	 * machines and logs), its stable {@code messageKey} (null for another library's words), and the step's
	 * {@code title} and {@code localizedMessage} in the request's language.
	 */
	Map<String, Object> json(VerificationReport report, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("verified", report.verified());
		body.put("language", locale.toLanguageTag());
		body.put("steps", report.steps().stream().map(s -> {
			Map<String, Object> step = new LinkedHashMap<>();
			step.put("step", s.name());
			step.put("status", s.status().name());
			step.put("message", s.message());
			step.put("messageKey", s.detail().key());
			step.put("title", title(s.name(), locale));
			step.put("localizedMessage", text(s.detail(), locale));
			return step;
		}).toList());
		return body;
	}

	/** A step's name: {@code badge.verify.step.<name>}. */
	String title(String step, Locale locale) {
		return this.messages.getMessage("badge.verify.step." + step, null, step, locale);
	}

	/** A message in the reader's language, its arguments translated first. */
	String text(VerificationMessage message, Locale locale) {
		if (message.key() == null) {
			return message.english();
		}
		Object[] args = message.args().stream().map(arg -> argument(arg, locale)).toArray();
		try {
			return this.messages.getMessage(message.key(), args, locale);
		}
		catch (NoSuchMessageException ex) {
			return message.english();
		}
	}

	private Object argument(Object arg, Locale locale) {
		if (arg instanceof VerificationMessage nested) {
			return text(nested, locale);
		}
		if (arg instanceof VerificationMessage.Joined joined) {
			return joined.parts().stream().map(part -> text(part, locale)).collect(Collectors.joining(joined.separator()));
		}
		return arg;
	}

}
