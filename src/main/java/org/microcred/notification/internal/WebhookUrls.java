package org.microcred.notification.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import org.microcred.notification.WebhookSettings;
import org.microcred.platform.InternalAddresses;
import org.microcred.platform.Msg;
import org.springframework.stereotype.Component;

/**
 * Which URLs webhooks may be sent to: HTTPS to a host whose every address is public. A host the platform
 * administrator allowed ({@code microcred.webhooks.allowed-hosts}) may resolve to an internal address and use plain
 * HTTP. Checked when an endpoint is registered and again before every delivery (a name may be re-pointed).
 */
@Component
public class WebhookUrls {

	private final WebhookSettings settings;

	WebhookUrls(WebhookSettings settings) {
		this.settings = settings;
	}

	/** Why the URL is refused, or empty when it is acceptable. */
	public Optional<Msg> refusal(String url) {
		URI uri;
		try {
			uri = URI.create(url == null ? "" : url.strip());
		}
		catch (IllegalArgumentException ex) {
			return Optional.of(Msg.of("notification.webhooks.url-invalid"));
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost();
		if (host == null || uri.getUserInfo() != null || !(scheme.equals("https") || scheme.equals("http"))
				|| url.length() > 2000) {
			return Optional.of(Msg.of("notification.webhooks.url-invalid"));
		}
		boolean allowed = settings.allowedHosts()
			.stream()
			.anyMatch(h -> h.equalsIgnoreCase(host.replace("[", "").replace("]", "")));
		if (!allowed && !scheme.equals("https")) {
			return Optional.of(Msg.of("notification.webhooks.url-https"));
		}
		if (allowed) {
			return Optional.empty();
		}
		try {
			for (InetAddress address : InetAddress.getAllByName(host)) {
				if (InternalAddresses.isInternal(address)) {
					return Optional.of(Msg.of("notification.webhooks.url-internal", host, address.getHostAddress()));
				}
			}
		}
		catch (UnknownHostException ex) {
			return Optional.of(Msg.of("notification.webhooks.url-unknown-host", host));
		}
		return Optional.empty();
	}

}
