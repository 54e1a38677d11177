package org.microcred.platform.web;

import org.microcred.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Helpers for server-rendered forms: a rejected form is shown again with its messages and status 400.
 */
public final class Forms {

	private Forms() {
	}

	/** Attaches the service's message (a bundle key and its arguments) to the field it names, or to the whole form. */
	public static void reject(BindingResult binding, InvalidInputException ex) {
		if (ex.field() != null && binding.getTarget() != null && hasField(binding, ex.field())) {
			binding.rejectValue(ex.field(), ex.getMessage(), ex.getArguments(), ex.getDefaultMessage());
		}
		else {
			binding.reject(ex.getMessage(), ex.getArguments(), ex.getDefaultMessage());
		}
	}

	/** Marks the response as a rejected submission and returns the view to show again. */
	public static String redisplay(HttpServletResponse response, String view) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return view;
	}

	private static boolean hasField(BindingResult binding, String field) {
		try {
			binding.getFieldType(field);
			return binding.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
