package org.microcred.integration;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What an API client may do; a token carries some of its client's scopes. */
public enum ApiScope {

	CATALOG_READ("catalog:read"),
	CREDENTIALS_ISSUE("credentials:issue"),
	CREDENTIALS_REVOKE("credentials:revoke"),
	ROSTER_WRITE("roster:write"),
	REPORTS_READ("reports:read");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	/** The name in tokens and requests, e.g. {@code credentials:issue}. */
	public String value() {
		return value;
	}

	/** The bundle key of what the scope allows. */
	public String messageKey() {
		return "integration.scope." + value.replace(':', '-');
	}

	public static Optional<ApiScope> of(String value) {
		return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
	}

	/** Reads a space-separated list (the OAuth 2.0 form); unknown names are left out. */
	public static Set<ApiScope> parse(String spaceSeparated) {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		if (spaceSeparated != null) {
			for (String part : spaceSeparated.trim().split("[\\s,]+")) {
				of(part).ifPresent(scopes::add);
			}
		}
		return scopes;
	}

	public static String format(Set<ApiScope> scopes) {
		return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
	}

}
