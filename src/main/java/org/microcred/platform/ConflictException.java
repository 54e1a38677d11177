package org.microcred.platform;

/**
 * A request that conflicts with the current state of something (a decided review, a published version):
 * answered with 409 and the message, which is written for the user.
 */
public class ConflictException extends UserFacingException {

	public ConflictException(String key, Object... args) {
		super(key, args);
	}

}
