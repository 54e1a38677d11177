package org.microcred.badge.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

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

	/**
	 * A report as a page shows it.
	 * @param summary one sentence for people above the steps
	 */
	record ReportView(boolean verified, List<StepView> steps, Summary summary) {
	}

	/**
	 * What a person wants to know first: that it verified, with the achievement, the earner, the issuer and the day
	 * of issue; or that it did not, with the reason. Any part the credential does not state is null and left out.
	 * @param reason the first failed step's message, in the reader's language (null when verified)
	 */
	record Summary(boolean verified, String achievement, String earner, String issuer, Instant issuedOn, String reason) {
	}

	/**
	 * One step as a page shows it.
	 * @param status PASSED, FAILED, WARNING or SKIPPED
	 * @param title the step's name in the reader's language
	 */
	record StepView(String name, StepStatus status, String title, String message) {
	}

	ReportView view(VerificationReport report, Locale locale) {
		return view(report, locale, null);
	}

	/**
	 * @param earner the earner's name as they chose to show it, when the page knows it (else the credential's
	 *        {@code credentialSubject.name}, if any)
	 */
	ReportView view(VerificationReport report, Locale locale, String earner) {
		List<StepView> steps = report.steps()
			.stream()
			.map(s -> new StepView(s.name(), s.status(), title(s.name(), locale), text(s.detail(), locale)))
			.toList();
		return new ReportView(report.verified(), steps, summary(report, steps, earner));
	}

	private static Summary summary(VerificationReport report, List<StepView> steps, String earner) {
		if (!report.verified()) {
			String reason = steps.stream().filter(s -> s.status() == StepStatus.FAILED).map(StepView::message)
				.findFirst().orElse(null);
			return new Summary(false, null, null, null, null, reason);
		}
		JsonObject credential = report.credential();
		JsonObject subject = object(credential, "credentialSubject");
		JsonObject achievement = object(subject, "achievement");
		JsonValue issuer = credential == null ? null : credential.get("issuer");
		String issuerName = issuer instanceof JsonObject o ? (string(o, "name") != null ? string(o, "name") : string(o, "id"))
				: issuer instanceof JsonString id ? id.getString() : null;
		String name = earner != null ? earner : string(subject, "name");
		return new Summary(true, string(achievement, "name"), name, issuerName, day(credential), null);
	}

	private static JsonObject object(JsonObject parent, String key) {
		return parent != null && parent.get(key) instanceof JsonObject child ? child : null;
	}

	private static String string(JsonObject parent, String key) {
		return parent != null && parent.get(key) instanceof JsonString text && !text.getString().isBlank()
				? text.getString() : null;
	}

	private static Instant day(JsonObject credential) {
		String from = string(credential, "validFrom");
		String text = from != null ? from : string(credential, "issuanceDate");
		try {
			return text == null ? null : OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
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
