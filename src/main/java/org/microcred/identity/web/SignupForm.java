package org.microcred.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignupForm(@NotBlank(message = "Please enter your name.") @Size(max = 120,
		message = "Please keep your name to 120 characters or fewer.") String displayName,
		@NotBlank(message = "Please enter your e-mail address.") @Size(max = 254,
				message = "That e-mail address is too long.") String email) {
}
