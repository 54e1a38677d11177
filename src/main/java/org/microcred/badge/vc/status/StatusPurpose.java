package org.microcred.badge.vc.status;

/** Why a status list bit is set: the credential is revoked for good, or suspended for now. */
public enum StatusPurpose {

	REVOCATION("revocation"), SUSPENSION("suspension");

	private final String value;

	StatusPurpose(String value) {
		this.value = value;
	}

	/** The {@code statusPurpose} value. */
	public String value() {
		return this.value;
	}

	/** The purpose for a {@code statusPurpose} value, or null when it is another one (e.g. "message"). */
	public static StatusPurpose of(String value) {
		for (StatusPurpose purpose : values()) {
			if (purpose.value.equals(value)) {
				return purpose;
			}
		}
		return null;
	}

}
