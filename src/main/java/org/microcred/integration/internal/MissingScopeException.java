package org.microcred.integration.internal;

import org.microcred.integration.ApiScope;

/** The bearer token lacks the scope an operation needs (403, naming the scope). */
public class MissingScopeException extends RuntimeException {

	private final ApiScope scope;

	public MissingScopeException(ApiScope scope) {
		super("The token lacks the scope " + scope.value());
		this.scope = scope;
	}

	public ApiScope scope() {
		return scope;
	}

}
