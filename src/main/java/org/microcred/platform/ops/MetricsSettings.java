package org.microcred.platform.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may read {@code /actuator/prometheus} besides a platform administrator.
 *
 * @param token a shared secret a scraper sends as {@code Authorization: Bearer <token>}; empty: administrators only
 */
@ConfigurationProperties("microcred.metrics")
public record MetricsSettings(String token) {

	public boolean hasToken() {
		return token != null && !token.isBlank();
	}

}
