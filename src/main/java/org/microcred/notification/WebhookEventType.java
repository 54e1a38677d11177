package org.microcred.notification;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The events an organization can receive by webhook. */
public enum WebhookEventType {

	CREDENTIAL_ISSUED("credential.issued"),
	CREDENTIAL_REVOKED("credential.revoked"),
	ATTEMPT_DECIDED("attempt.decided"),
	ENROLLMENT_STARTED("enrollment.started"),
	ROSTER_IMPORTED("roster.imported");

	private final String value;

	WebhookEventType(String value) {
		this.value = value;
	}

	/** The {@code type} of the payload, e.g. {@code credential.issued}. */
	public String value() {
		return value;
	}

	public String messageKey() {
		return "notification.webhooks.event." + value.replace('.', '-');
	}

	public static Optional<WebhookEventType> of(String value) {
		return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
	}

	public static Set<WebhookEventType> parse(String spaceSeparated) {
		Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
		for (String part : spaceSeparated.trim().split("\\s+")) {
			of(part).ifPresent(types::add);
		}
		return types;
	}

	public static String format(Set<WebhookEventType> types) {
		return types.stream().sorted().map(WebhookEventType::value).collect(Collectors.joining(" "));
	}

}
