package org.microcred.district.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.CatalogLabel;
import org.microcred.catalog.CredentialKind;
import org.microcred.platform.Msg;
import org.springframework.stereotype.Component;

/**
 * A credential's title and skills as the reports show them, kept for a minute: a report names the same dozen
 * credentials on every request, and loading a whole design for each took most of the page's time.
 */
@Component
public class CredentialLabels {

	private static final long TTL_NANOS = Duration.ofMinutes(1).toNanos();

	/**
	 * Stand-ins for a title or skill a credential does not have; reports show them in the reader's language (each is
	 * also the end of its bundle key, {@code district.report.label.<name>}).
	 */
	public static final String RETIRED = "retired-credential", PATHWAYS = "pathways", NO_SKILL = "no-skill";

	/** A title or skill as a page shows it: a stand-in becomes a message in the reader's language. */
	public static Object shown(String label) {
		return RETIRED.equals(label) || PATHWAYS.equals(label) || NO_SKILL.equals(label)
				? Msg.of("district.report.label." + label) : label;
	}

	/** What a report says about a credential. */
	public record Label(String title, List<String> skills) {
	}

	private record Entry(Label label, long loadedAt) {
	}

	private final CatalogService catalog;

	private final Map<CredentialId, Entry> cache = new ConcurrentHashMap<>();

	CredentialLabels(CatalogService catalog) {
		this.catalog = catalog;
	}

	public Label of(CredentialId id) {
		return of(Set.of(id)).get(id);
	}

	/** The labels of all these credentials; those not known or older than the TTL are read in one query. */
	public Map<CredentialId, Label> of(Set<CredentialId> ids) {
		long now = System.nanoTime();
		Map<CredentialId, Label> labels = new HashMap<>();
		Set<CredentialId> missing = new HashSet<>();
		for (CredentialId id : ids) {
			Entry entry = cache.get(id);
			if (entry == null || now - entry.loadedAt() > TTL_NANOS) {
				missing.add(id);
			}
			else {
				labels.put(id, entry.label());
			}
		}
		Map<CredentialId, CatalogLabel> published = catalog.publishedLabels(missing);
		for (CredentialId id : missing) {
			Label label = label(published.get(id));
			cache.put(id, new Entry(label, now));
			labels.put(id, label);
		}
		return labels;
	}

	private static Label label(CatalogLabel published) {
		if (published == null) {
			return new Label(RETIRED, List.of(RETIRED));
		}
		if (published.kind() != CredentialKind.MICRO) {
			return new Label(published.title(), List.of(PATHWAYS));
		}
		return new Label(published.title(), published.skills().isEmpty() ? List.of(NO_SKILL) : published.skills());
	}

}
