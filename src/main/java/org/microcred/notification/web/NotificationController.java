package org.microcred.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.microcred.identity.CurrentUser;
import org.microcred.notification.NoticeKind;
import org.microcred.notification.NotificationService;
import org.microcred.notification.Preference;
import org.microcred.platform.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** In-app notices and notification preferences. */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notices", notifications.notices(user, new PageRequest(page, 25)));
		return "notification/notices";
	}

	@PostMapping("/notifications/read")
	String markRead(@AuthenticationPrincipal CurrentUser user) {
		notifications.markAllRead(user);
		return "redirect:/notifications";
	}

	@GetMapping("/notifications/preferences")
	String preferences(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("preferences", notifications.preferences(user));
		return "notification/preferences";
	}

	@PostMapping("/notifications/preferences")
	String save(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "email", required = false) Set<NoticeKind> email,
			@RequestParam(name = "inApp", required = false) Set<NoticeKind> inApp, RedirectAttributes redirect) {
		List<Preference> preferences = new ArrayList<>();
		for (NoticeKind kind : NoticeKind.values()) {
			preferences.add(new Preference(kind, email != null && email.contains(kind), inApp != null && inApp.contains(kind)));
		}
		notifications.savePreferences(user, preferences);
		redirect.addFlashAttribute("flash", "notification.preferences.saved");
		return "redirect:/notifications/preferences";
	}

	/** The unread count in the header of every page a logged-in person sees. */
	@ControllerAdvice(annotations = Controller.class)
	static class UnreadCount {

		private final NotificationService notifications;

		UnreadCount(NotificationService notifications) {
			this.notifications = notifications;
		}

		@ModelAttribute("unreadNotices")
		Long unread(@AuthenticationPrincipal CurrentUser user) {
			return user == null ? null : notifications.unread(user);
		}

	}

}
