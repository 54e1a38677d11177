package org.microcred.learning.web;

import java.util.ArrayList;
import java.util.List;

import org.microcred.catalog.DesignVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.AttemptView;
import org.microcred.learning.EnrollmentService;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.learning.EnrollmentView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The teacher's home: what they are working on, what waits for review, what came back, what they earned. */
@Controller
@PreAuthorize("hasRole('TEACHER')")
class TeacherHomeController {

	/** One enrollment as a card on the home page. */
	record Card(EnrollmentView enrollment, DesignVersion version, AttemptView latest, int attempts,
			int resourcesDone) {

		public int progressPercent() {
			int total = version.isMicro() ? version.micro().resources().size() : 0;
			return total == 0 ? 0 : Math.round(100f * resourcesDone / total);
		}

	}

	private final EnrollmentService enrollments;

	TeacherHomeController(EnrollmentService enrollments) {
		this.enrollments = enrollments;
	}

	@GetMapping("/teacher")
	String home(@AuthenticationPrincipal CurrentUser teacher, Model model) {
		List<Card> inProgress = new ArrayList<>();
		List<Card> submitted = new ArrayList<>();
		List<Card> returned = new ArrayList<>();
		List<Card> earned = new ArrayList<>();
		for (EnrollmentView e : enrollments.enrollmentsOf(teacher)) {
			if (e.status() == EnrollmentStatus.WITHDRAWN) {
				continue;
			}
			List<AttemptView> attempts = enrollments.attempts(teacher, e.id());
			Card card = new Card(e, enrollments.versionOf(e), attempts.isEmpty() ? null : attempts.get(0), attempts.size(),
					enrollments.doneResources(teacher, e.id()).size());
			switch (e.status()) {
				case ACTIVE -> inProgress.add(card);
				case SUBMITTED -> submitted.add(card);
				case RETURNED -> returned.add(card);
				case PASSED -> earned.add(card);
				default -> {
				}
			}
		}
		model.addAttribute("inProgress", inProgress);
		model.addAttribute("submitted", submitted);
		model.addAttribute("returned", returned);
		model.addAttribute("earned", earned);
		return "learning/teacher-home";
	}

}
