package org.microcred.catalog;

import java.util.List;

/** What a list or report names a published credential by: its kind, title and skills (none for a stack). */
public record CatalogLabel(CredentialId credentialId, CredentialKind kind, String title, List<String> skills) {
}
