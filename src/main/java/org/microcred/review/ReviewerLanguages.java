package org.microcred.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.InvalidInputException;
import org.microcred.review.internal.LanguageStore;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers matched by language: each reviewer states the languages they review in, and a submission written in
 * another language than its credential's primary one is offered only to reviewers who review in it (keeping the
 * blind and not-own-district rules of the queue). Issuers see submissions no reviewer of the pool can read.
 */
@Service
public class ReviewerLanguages {

	private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

	private final LanguageStore store;

	private final CatalogService catalog;

	ReviewerLanguages(LanguageStore store, CatalogService catalog) {
		this.store = store;
		this.catalog = catalog;
	}

	/** The language tags this reviewer reviews in; empty: each credential's primary language. */
	public List<String> of(CurrentUser reviewer) {
		return store.of(reviewer.id().value());
	}

	@Transactional
	public void set(CurrentUser reviewer, List<String> languages) {
		if (reviewer.organizationsWith(Role.REVIEWER).isEmpty()) {
			throw new AccessDeniedException("Not a reviewer");
		}
		Set<String> clean = new LinkedHashSet<>();
		for (String language : languages == null ? List.<String>of() : languages) {
			String value = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
			if (value.isEmpty()) {
				continue;
			}
			if (!TAG.matcher(value).matches() || clean.size() >= 20) {
				throw new InvalidInputException("languages", "review.languages.invalid");
			}
			clean.add(Locale.forLanguageTag(value).toLanguageTag());
		}
		store.replace(reviewer.id().value(), clean);
	}

	/** A credential's open submissions in a language no active reviewer of its pool reviews in. */
	public record Unmatched(CredentialId credentialId, String title, String language, long waiting) {
	}

	public List<Unmatched> unmatched(CurrentUser viewer, OrganizationId issuer) {
		if (!viewer.hasRole(Role.ISSUER_ADMIN, issuer.value()) && !viewer.hasRole(Role.QUALITY_REVIEWER, issuer.value())
				&& !viewer.isPlatformAdmin()) {
			throw new AccessDeniedException("Not staff of issuer " + issuer);
		}
		List<Unmatched> result = new ArrayList<>();
		for (LanguageStore.Unmatched u : store.unmatched(issuer.value())) {
			CredentialId credential = new CredentialId(u.credentialId());
			result.add(new Unmatched(credential, catalog.published(credential).map(DesignVersion::title).orElse(null),
					u.language(), u.waiting()));
		}
		return result;
	}

}
