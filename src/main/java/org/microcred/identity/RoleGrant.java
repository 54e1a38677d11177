package org.microcred.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * One role held by an account, within an organization when the role is scoped (a teacher's district is optional).
 */
public record RoleGrant(Role role, UUID organizationId) implements Serializable {

	public RoleGrant {
		if (role == null) {
			throw new IllegalArgumentException("A role grant needs a role");
		}
		if (role.scoped() && organizationId == null) {
			throw new IllegalArgumentException(role.label() + " must be granted within an organization");
		}
	}

	public String homePath() {
		return role.homePath(organizationId);
	}

}
