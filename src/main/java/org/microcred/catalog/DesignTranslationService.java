package org.microcred.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.catalog.design.DesignTranslation;
import org.microcred.catalog.internal.DesignRecords;
import org.microcred.catalog.internal.TranslationStore;
import org.microcred.catalog.internal.TranslationValidation;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.platform.ConflictException;
import org.microcred.platform.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A design in several languages: issuer administrators give a draft its texts in other languages than its primary
 * one (published and frozen with the version, copied into its next draft); readers see the version in their own
 * language when it has one, else in its primary language.
 */
@Service
public class DesignTranslationService {

	private final CredentialDesignService designs;

	private final CatalogService catalog;

	private final TranslationStore store;

	private final DesignRecords records;

	DesignTranslationService(CredentialDesignService designs, CatalogService catalog, TranslationStore store,
			DesignRecords records) {
		this.designs = designs;
		this.catalog = catalog;
		this.store = store;
		this.records = records;
	}

	/** The translations of a version, as its authors and quality reviewers see them. */
	public List<DesignTranslation> translations(CurrentUser viewer, VersionId id) {
		designs.version(viewer, id);
		return store.of(id.value());
	}

	public Optional<DesignTranslation> translation(CurrentUser viewer, VersionId id, String language) {
		designs.version(viewer, id);
		return store.find(id.value(), TranslationValidation.tag(language));
	}

	/** Saves (adds or replaces) the texts of a draft in one language. */
	@Transactional
	public void save(CurrentUser author, VersionId id, DesignTranslation translation) {
		DesignVersion version = requireDraft(author, id);
		DesignTranslation clean = TranslationValidation.normalize(translation, version.micro());
		if (!store.touchDraft(id.value())) {
			throw new ConflictException("catalog.design.published");
		}
		store.save(id.value(), clean);
		records.addAuthor(id.value(), author.id().value());
		records.audit(version.credentialId().value(), id.value(), "TRANSLATED", author.id(), clean.language());
	}

	/** Removes the texts of a draft in one language. */
	@Transactional
	public void remove(CurrentUser author, VersionId id, String language) {
		DesignVersion version = requireDraft(author, id);
		String tag = TranslationValidation.tag(language);
		if (!store.touchDraft(id.value())) {
			throw new ConflictException("catalog.design.published");
		}
		if (!store.delete(id.value(), tag)) {
			throw new NotFoundException("catalog.translation.not-found");
		}
		records.audit(version.credentialId().value(), id.value(), "UNTRANSLATED", author.id(), tag);
	}

	/** Every language a version can be read in, its primary language first. */
	public List<String> languages(DesignVersion version) {
		List<String> all = new ArrayList<>();
		all.add(primary(version));
		if (version.isMicro()) {
			store.languages(List.of(version.id().value())).getOrDefault(version.id().value(), List.of()).forEach(all::add);
		}
		return all;
	}

	/** The version in the reader's language when it has it (es-MX, else es), else in its primary language. */
	public LocalizedVersion localize(DesignVersion version, Locale reader) {
		List<String> languages = languages(version);
		String requested = reader == null ? primary(version) : reader.toLanguageTag();
		return inLanguage(version, bestOf(languages, reader), languages, requested);
	}

	/** The version in exactly this language, or in its primary one when it has no such version. */
	public LocalizedVersion inLanguage(DesignVersion version, String language) {
		List<String> languages = languages(version);
		String shown = language != null && languages.contains(language) ? language : primary(version);
		return inLanguage(version, shown, languages, language == null ? shown : language);
	}

	/** The tag of the version's language that best fits a reader (the primary one when none does). */
	public String bestLanguage(DesignVersion version, Locale reader) {
		return bestOf(languages(version), reader);
	}

	/** The published version of a credential in the reader's language. */
	public Optional<LocalizedVersion> published(CredentialId id, Locale reader) {
		return catalog.published(id).map(v -> localize(v, reader));
	}

	/** A page of catalog cards with each title and summary in the reader's language where the design has it. */
	public CatalogPage localize(CatalogPage page, Locale reader) {
		List<CatalogCard> items = page.results().items();
		Map<UUID, List<String>> translated = store.languages(items.stream().map(c -> c.versionId().value()).toList());
		List<CatalogCard> cards = items.stream().map(c -> {
			List<String> all = new ArrayList<>();
			all.add(c.language() == null || c.language().isBlank() ? "en" : c.language());
			all.addAll(translated.getOrDefault(c.versionId().value(), List.of()));
			String best = bestOf(all, reader);
			if (best.equals(all.get(0))) {
				return c;
			}
			return store.find(c.versionId().value(), best)
				.map(t -> new CatalogCard(c.credentialId(), c.versionId(), c.kind(), or(t.title(), c.title()),
						or(t.summary(), c.summary()), c.issuerName(), c.workloadHours(), c.free(), c.costLabel(),
						c.gradeBands(), c.skills(), best, c.approvedByDistrict(), c.status()))
				.orElse(c);
		}).toList();
		return new CatalogPage(new org.microcred.platform.PageResult<>(cards, page.results().page(),
				page.results().size(), page.results().total()), page.topics(), page.gradeBands(), page.subjects(),
				page.issuers(), page.languages());
	}

	private static String or(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value;
	}

	private LocalizedVersion inLanguage(DesignVersion version, String shown, List<String> languages, String requested) {
		DesignVersion texts = version;
		if (!shown.equals(primary(version)) && version.isMicro()) {
			Optional<DesignTranslation> translation = store.find(version.id().value(), shown);
			if (translation.isPresent()) {
				texts = new DesignVersion(version.id(), version.credentialId(), version.issuerId(), version.kind(),
						version.number(), version.status(), translation.get().applyTo(version.micro()), version.stack(),
						version.lockVersion(), version.hasImage(), version.createdAt(), version.updatedAt(),
						version.publishedAt());
			}
			else {
				shown = primary(version);
			}
		}
		return new LocalizedVersion(texts, shown, primary(version), languages, requested);
	}

	private static String bestOf(List<String> languages, Locale reader) {
		if (reader != null) {
			String exact = reader.toLanguageTag();
			if (languages.contains(exact)) {
				return exact;
			}
			for (String l : languages) {
				if (Locale.forLanguageTag(l).getLanguage().equals(reader.getLanguage())) {
					return l;
				}
			}
		}
		return languages.get(0);
	}

	static String primary(DesignVersion version) {
		String language = version.isMicro() ? version.micro().language() : version.stack().language();
		return language == null || language.isBlank() ? "en" : language;
	}

	private DesignVersion requireDraft(CurrentUser author, VersionId id) {
		DesignVersion version = designs.version(author, id);
		if (!author.hasRole(Role.ISSUER_ADMIN, version.issuerId().value())) {
			throw new AccessDeniedException("Not an administrator of issuer " + version.issuerId());
		}
		if (!version.isMicro()) {
			throw new NotFoundException("catalog.design.not-found");
		}
		if (!version.status().editable()) {
			throw new ConflictException(version.status() == VersionStatus.IN_REVIEW ? "catalog.design.in-review"
					: "catalog.design.published");
		}
		return version;
	}

}
