package org.microcred.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.MicroCredentialDesign;

/** One generated credential (micro-credential or stack) and the versions it was published in, oldest first. */
final class CatalogEntry {

	final UUID id;

	final Context.Issuer issuer;

	final boolean stack;

	final Instant created;

	final List<DesignVersion> versions = new ArrayList<>();

	final List<Instant> publishedAt = new ArrayList<>();

	CatalogEntry prerequisite;

	List<CatalogEntry> components = List.of();

	Set<UUID> required = Set.of();

	int minimum;

	/** Reviewers active in its pool (they passed its calibration). */
	final List<UUID> reviewers = new ArrayList<>();

	/** Issuer's review settings: share of attempts scored twice. */
	double doubleScoreShare = 0.1;

	CatalogEntry(UUID id, Context.Issuer issuer, boolean stack, Instant created) {
		this.id = id;
		this.issuer = issuer;
		this.stack = stack;
		this.created = created;
	}

	String title() {
		return current().title();
	}

	DesignVersion current() {
		return versions.get(versions.size() - 1);
	}

	Instant firstPublished() {
		return publishedAt.get(0);
	}

	/** The version a teacher enrolling at that moment got: the one published then. */
	DesignVersion versionAt(Instant at) {
		for (int i = publishedAt.size() - 1; i > 0; i--) {
			if (!publishedAt.get(i).isAfter(at)) {
				return versions.get(i);
			}
		}
		return versions.get(0);
	}

	MicroCredentialDesign design(Instant at) {
		return versionAt(at).micro();
	}

}
