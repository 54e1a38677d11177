package org.microcred.review.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The reviewer's home: their queue and claimed reviews. */
@Controller
@PreAuthorize("hasRole('REVIEWER')")
class ReviewerHomeController {

	@GetMapping("/reviewer")
	String home() {
		return "review/reviewer-home";
	}

}
