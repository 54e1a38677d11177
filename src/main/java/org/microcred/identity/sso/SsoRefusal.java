package org.microcred.identity.sso;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** Why a sign-in through an identity provider was refused; each has its own explanation on the refusal page. */
enum SsoRefusal {

	UNVERIFIED_EMAIL, DOMAIN_NOT_ALLOWED, NO_ACCOUNT, NOT_MEMBER, DISABLED, PROVIDER_UNAVAILABLE, INVALID_TOKEN,
	CANCELLED, EXPIRED_REQUEST, OTHER;

	String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	OAuth2AuthenticationException exception() {
		return new OAuth2AuthenticationException(new OAuth2Error("microcred_" + code()), code());
	}

	/** Spring Security's and the provider's error codes, in the words the refusal page uses. */
	static SsoRefusal of(OAuth2AuthenticationException exception) {
		String code = exception.getError().getErrorCode();
		for (SsoRefusal refusal : values()) {
			if (("microcred_" + refusal.code()).equals(code)) {
				return refusal;
			}
		}
		return switch (code) {
			case "invalid_id_token", "invalid_nonce", "invalid_token_response", "invalid_user_info_response" -> INVALID_TOKEN;
			case "access_denied" -> CANCELLED;
			case "authorization_request_not_found", "invalid_state_parameter" -> EXPIRED_REQUEST;
			case "client_registration_not_found" -> PROVIDER_UNAVAILABLE;
			default -> OTHER;
		};
	}

	static SsoRefusal parse(String code) {
		for (SsoRefusal refusal : values()) {
			if (refusal.code().equals(code)) {
				return refusal;
			}
		}
		return OTHER;
	}

}
