package org.microcred.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings.
 *
 * @param signupEnabled whether teachers may create their own accounts
 * @param maxFailedLogins failed log-ins in a row after which an account is locked
 * @param lockDuration how long such a lock lasts
 * @param resetTokenValidity how long a password-reset link works
 * @param invitationValidity how long an invitation link works
 */
@ConfigurationProperties("microcred.identity")
public record IdentitySettings(@DefaultValue("true") boolean signupEnabled, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("PT15M") Duration lockDuration, @DefaultValue("PT1H") Duration resetTokenValidity,
		@DefaultValue("P14D") Duration invitationValidity) {
}
