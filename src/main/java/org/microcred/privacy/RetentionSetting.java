package org.microcred.privacy;

import org.microcred.organization.Organization;

/** An organization's evidence retention: months after the decision, or null when evidence is kept. */
public record RetentionSetting(Organization organization, Integer months) {
}
