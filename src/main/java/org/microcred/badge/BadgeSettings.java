package org.microcred.badge;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Badge settings.
 *
 * @param masterKey base64 of 32 random bytes that encrypt the issuers' private keys; when absent, one is generated
 *                  in {@code <data-dir>/master.key} on first start (fine for a single machine, not for a cluster)
 */
@ConfigurationProperties("microcred.badge")
public record BadgeSettings(String masterKey) {
}
