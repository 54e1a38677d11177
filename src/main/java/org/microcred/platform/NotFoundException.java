package org.microcred.platform;

/**
 * Something the user asked for does not exist, or they may not know it exists: answered with 404.
 */
public class NotFoundException extends UserFacingException {

	public NotFoundException(String key, Object... args) {
		super(key, args);
	}

}
