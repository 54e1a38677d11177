package org.microcred.identity;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * The names of the organizations that role grants are scoped to, for pages of this module that name them (the
 * role chooser). The module that keeps organizations provides it; identity does not depend on that module.
 */
public interface OrganizationNames {

	/** The name of each organization found among the ids (unknown ids are left out). */
	Map<UUID, String> namesOf(Collection<UUID> ids);

}
