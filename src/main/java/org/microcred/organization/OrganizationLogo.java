package org.microcred.organization;

/** An organization's logo image and its detected media type. */
public record OrganizationLogo(byte[] bytes, String type) {
}
