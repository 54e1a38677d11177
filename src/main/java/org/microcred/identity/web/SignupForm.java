package org.microcred.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignupForm(@NotBlank(message = "{identity.profile.name.required}") @Size(max = 120,
		message = "{identity.profile.name.too-long}") String displayName,
		@NotBlank(message = "{identity.email.required}") @Size(max = 254,
				message = "{identity.email.too-long}") String email) {
}
