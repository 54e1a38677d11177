package org.microcred.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.notification.internal.WebhookSecrets;
import org.microcred.notification.internal.WebhookSigner;
import org.microcred.notification.internal.WebhookStore;
import org.microcred.notification.internal.WebhookUrls;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhooks of an organization, managed by its administrators: register an endpoint for some events (its signing
 * secret is shown once, then kept sealed with the master key), read the delivery log, send a delivery again, turn an endpoint off. Deliveries are signed
 * the Standard Webhooks way and retried with exponential back-off for 24 hours.
 */
@Service
public class WebhookService {

	private final WebhookStore store;

	private final WebhookUrls urls;

	private final WebhookSettings settings;

	private final WebhookSecrets secrets;

	WebhookService(WebhookStore store, WebhookUrls urls, WebhookSettings settings, WebhookSecrets secrets) {
		this.store = store;
		this.urls = urls;
		this.settings = settings;
		this.secrets = secrets;
	}

	/**
	 * @throws InvalidInputException for a URL that is not HTTPS, or on a loopback, private or link-local address
	 *         (unless the platform administrator allowed its host), or no event chosen
	 */
	@Transactional
	public RegisteredWebhook register(CurrentUser admin, OrganizationId organization, String url,
			Set<WebhookEventType> events) {
		requireAdmin(admin, organization);
		urls.refusal(url).ifPresent(message -> {
			throw new InvalidInputException("url", message);
		});
		if (events == null || events.isEmpty()) {
			throw new InvalidInputException("events", "notification.webhooks.events-required");
		}
		UUID id = UUID.randomUUID();
		String secret = WebhookSigner.newSecret();
		store.insertEndpoint(id, organization.value(), url.strip(), WebhookEventType.format(events),
				secrets.seal(secret));
		return new RegisteredWebhook(id, secret);
	}

	public List<WebhookEndpointView> endpoints(CurrentUser admin, OrganizationId organization) {
		requireAdmin(admin, organization);
		return store.endpoints(organization.value());
	}

	/** The delivery log, newest first. */
	public PageResult<WebhookDeliveryView> deliveries(CurrentUser admin, OrganizationId organization,
			PageRequest page) {
		requireAdmin(admin, organization);
		return new PageResult<>(store.deliveries(organization.value(), page.size(), page.offset()), page.page(),
				page.size(), store.countDeliveries(organization.value()));
	}

	/** Sends a delivery again (the same message id, so a receiver can tell it saw it before). */
	@Transactional
	public void resend(CurrentUser admin, OrganizationId organization, UUID delivery) {
		requireAdmin(admin, organization);
		if (!store.resend(delivery, organization.value(), Instant.now().plus(settings.retryFor()))) {
			throw new ConflictException("notification.webhooks.resend-impossible");
		}
	}

	@Transactional
	public void disable(CurrentUser admin, OrganizationId organization, UUID endpoint) {
		requireAdmin(admin, organization);
		if (!store.disable(endpoint, organization.value())) {
			throw new ConflictException("notification.webhooks.already-disabled");
		}
	}

	private static void requireAdmin(CurrentUser admin, OrganizationId organization) {
		if (!admin.hasRole(Role.ISSUER_ADMIN, organization.value())
				&& !admin.hasRole(Role.DISTRICT_ADMIN, organization.value())) {
			throw new AccessDeniedException("Requires an administrator of organization " + organization.value());
		}
	}

}
