package org.microcred.catalog.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The quality reviewer's home: designs waiting for quality review. */
@Controller
@PreAuthorize("hasRole('QUALITY_REVIEWER')")
class QualityHomeController {

	@GetMapping("/quality")
	String home() {
		return "catalog/quality-home";
	}

}
