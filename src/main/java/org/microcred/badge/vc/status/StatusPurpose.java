package org.microcred.badge.vc.status;

/**
 * Why a status list entry is set: the credential is revoked for good, suspended for now, or (for a
 * {@code message} list) whatever the entry's {@code statusMessage} says its value means.
 */
public enum StatusPurpose {

	REVOCATION("revocation"), SUSPENSION("suspension"), MESSAGE("message");

	private final String value;

	StatusPurpose(String value) {
		this.value = value;
	}

	/** The {@code statusPurpose} value. */
	public String value() {
		return this.value;
	}

	/** The purpose for a {@code statusPurpose} value, or null when it is another one (e.g. "refresh"). */
	public static StatusPurpose of(String value) {
		for (StatusPurpose purpose : values()) {
			if (purpose.value.equals(value)) {
				return purpose;
			}
		}
		return null;
	}

}
