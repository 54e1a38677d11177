package org.microcred.identity.sso;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on settings.
 *
 * @param allowPlainHttpIssuers accept {@code http://} issuer URLs on loopback addresses (tests and local trials
 *                              only; real providers always use HTTPS)
 * @param discoveryTtl how long a provider's discovery document is reused before it is read again
 * @param discoveryTimeout how long reading a discovery document may take
 */
@ConfigurationProperties("microcred.identity.sso")
public record SsoSettings(@DefaultValue("false") boolean allowPlainHttpIssuers,
		@DefaultValue("PT1H") Duration discoveryTtl, @DefaultValue("PT10S") Duration discoveryTimeout) {
}
