package org.microcred.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which reverse proxies may tell the application the client's address, scheme and host.
 *
 * @param trustedProxies addresses or CIDR ranges of the proxies in front of this application; {@code Forwarded} and
 * {@code X-Forwarded-*} headers from anyone else are ignored. Empty (the default): trust no one.
 */
@ConfigurationProperties("microcred")
record ProxySettings(@DefaultValue List<String> trustedProxies) {

	List<AddressRange> ranges() {
		return trustedProxies.stream().filter(s -> !s.isBlank()).map(AddressRange::parse).toList();
	}

}
