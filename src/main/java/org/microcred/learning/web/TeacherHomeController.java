package org.microcred.learning.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The teacher's home: what they are working on and what they earned. */
@Controller
@PreAuthorize("hasRole('TEACHER')")
class TeacherHomeController {

	@GetMapping("/teacher")
	String home() {
		return "learning/teacher-home";
	}

}
