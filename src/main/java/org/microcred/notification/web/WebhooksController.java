package org.microcred.notification.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.notification.RegisteredWebhook;
import org.microcred.notification.WebhookEventType;
import org.microcred.notification.WebhookService;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organization administrators: webhook endpoints, the delivery log, and "send again". */
@Controller
class WebhooksController {

	private final WebhookService webhooks;

	private final OrganizationService organizations;

	WebhooksController(WebhookService webhooks, OrganizationService organizations) {
		this.webhooks = webhooks;
		this.organizations = organizations;
	}

	@GetMapping("/manage/organizations/{id}/webhooks")
	String page(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(required = false) Integer page, Model model) {
		OrganizationId organization = new OrganizationId(id);
		model.addAttribute("endpoints", webhooks.endpoints(admin, organization));
		model.addAttribute("deliveries", webhooks.deliveries(admin, organization, PageRequest.of(page, null)));
		model.addAttribute("organization", organizations.get(organization));
		model.addAttribute("eventTypes", List.of(WebhookEventType.values()));
		return "notification/webhooks";
	}

	@PostMapping("/manage/organizations/{id}/webhooks")
	String register(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String url, @RequestParam(required = false) List<String> events,
			RedirectAttributes redirect) {
		Set<WebhookEventType> chosen = EnumSet.noneOf(WebhookEventType.class);
		if (events != null) {
			events.forEach(e -> WebhookEventType.of(e).ifPresent(chosen::add));
		}
		try {
			RegisteredWebhook registered = webhooks.register(admin, new OrganizationId(id), url, chosen);
			redirect.addFlashAttribute("registered", registered);
			redirect.addFlashAttribute("flash", "notification.webhooks.registered");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("error", ex.message());
		}
		return "redirect:/manage/organizations/" + id + "/webhooks";
	}

	@PostMapping("/manage/organizations/{id}/webhooks/deliveries/{delivery}/resend")
	String resend(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID delivery,
			RedirectAttributes redirect) {
		webhooks.resend(admin, new OrganizationId(id), delivery);
		redirect.addFlashAttribute("flash", "notification.webhooks.resent");
		return "redirect:/manage/organizations/" + id + "/webhooks";
	}

	@PostMapping("/manage/organizations/{id}/webhooks/{endpoint}/disable")
	String disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable UUID id, @PathVariable UUID endpoint,
			RedirectAttributes redirect) {
		webhooks.disable(admin, new OrganizationId(id), endpoint);
		redirect.addFlashAttribute("flash", "notification.webhooks.disabled");
		return "redirect:/manage/organizations/" + id + "/webhooks";
	}

}
