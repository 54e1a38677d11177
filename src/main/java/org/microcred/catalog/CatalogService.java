package org.microcred.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.internal.AchievementJson;
import org.microcred.catalog.internal.BadgeImages;
import org.microcred.catalog.internal.CatalogCache;
import org.microcred.catalog.internal.CatalogSearch;
import org.microcred.catalog.internal.DesignRecords;
import org.microcred.catalog.internal.TranslationStore;
import org.microcred.catalog.internal.VersionStore;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The public catalog and read access to designs for the other modules: search, detail, the exact version behind
 * an enrollment or a badge, the Open Badges {@code Achievement} of a version, badge images.
 */
@Service
public class CatalogService {

	private final VersionStore versions;

	private final DesignRecords records;

	private final CatalogSearch search;

	private final OrganizationService organizations;

	private final AchievementJson achievements;

	private final ObjectProvider<CatalogPersonalization> personalization;

	private final CatalogCache cache;

	private final TranslationStore translations;

	CatalogService(VersionStore versions, DesignRecords records, CatalogSearch search, CatalogCache cache,
			OrganizationService organizations, AchievementJson achievements,
			ObjectProvider<CatalogPersonalization> personalization, TranslationStore translations) {
		this.translations = translations;
		this.versions = versions;
		this.records = records;
		this.search = search;
		this.cache = cache;
		this.organizations = organizations;
		this.achievements = achievements;
		this.personalization = personalization;
	}

	/**
	 * Searches published credentials; a logged-in viewer also sees district approval and where they stand with each
	 * credential. A page past the end shows the last page. What anonymous visitors see is the same for all of them
	 * and kept briefly (see {@link CatalogCache}).
	 */
	public CatalogPage search(CatalogQuery query, CurrentUser viewer, PageRequest requested) {
		if (viewer == null) {
			CatalogQuery effective = withoutPersonalFilters(query);
			return cache.get(new AnonymousSearch(effective, requested), () -> compute(effective, null, requested));
		}
		return compute(query, viewer, requested);
	}

	private record AnonymousSearch(CatalogQuery query, PageRequest page) {
	}

	private CatalogPage compute(CatalogQuery query, CurrentUser viewer, PageRequest requested) {
		Set<UUID> approved = viewer == null ? Set.of() : ids(approvedFor(viewer.id()));
		Set<UUID> earned = viewer == null ? Set.of() : ids(earnedBy(viewer.id()));
		Map<CredentialId, LearnerStatus> working = viewer == null ? Map.of() : statusOf(viewer.id());
		PageRequest page = requested;
		List<CatalogSearch.Hit> hits = search.search(query, approved, earned, page.size(), page.offset());
		long total;
		if (hits.size() < page.size() && (!hits.isEmpty() || page.offset() == 0)) {
			// a short page (not past the end) is the last one: its rows tell the total without counting
			total = page.offset() + hits.size();
		}
		else {
			total = search.count(query, approved, earned);
			if (hits.isEmpty() && total > 0) {
				page = lastPageAtMost(requested, total);
				hits = search.search(query, approved, earned, page.size(), page.offset());
			}
		}
		Map<OrganizationId, String> issuers = issuerNames();
		List<CatalogCard> cards = inOrder(hits.stream().map(CatalogSearch.Hit::versionId).toList()).stream()
			.map(v -> card(v, issuers, approved, earned.contains(v.credentialId().value()) ? LearnerStatus.EARNED
					: working.get(v.credentialId())))
			.toList();
		CatalogCache.Counts facets = cache.facets();
		List<Facet> issuerFacets = facets.issuers()
			.stream()
			.map(f -> new Facet(f.value(), issuers.getOrDefault(new OrganizationId(UUID.fromString(f.value())), "?"), f.count()))
			.toList();
		List<Facet> bands = facets.gradeBands()
			.stream()
			.map(f -> new Facet(f.value(), org.microcred.catalog.design.GradeBand.valueOf(f.value()).label(), f.count()))
			.toList();
		return new CatalogPage(new PageResult<>(cards, page.page(), page.size(), total), facets.skills(), bands,
				facets.subjects(), issuerFacets, facets.languages());
	}

	/** The detail page of a published credential. */
	public CatalogDetail detail(CredentialId id, CurrentUser viewer) {
		DesignVersion version = published(id).orElseThrow(() -> new NotFoundException("catalog.not-found"));
		Organization issuer = organizations.get(version.issuerId());
		List<DesignVersion> prerequisites = version.isMicro() ? publishedAll(version.micro().prerequisites()) : List.of();
		List<DesignVersion> components = version.isMicro() ? List.of() : publishedAll(version.stack().components());
		List<DesignVersion> stacks = versions.findAll(records.publishedStacksContaining(id.value()));
		long earnedCount = earnedCounts(Set.of(id)).getOrDefault(id, 0L);
		boolean approved = viewer != null && approvedFor(viewer.id()).contains(id);
		boolean earned = viewer != null && earnedBy(viewer.id()).contains(id);
		return new CatalogDetail(version, issuer, prerequisites, stacks, components, earnedCount, approved, earned);
	}

	public Optional<DesignVersion> published(CredentialId id) {
		return versions.withStatus(id.value(), VersionStatus.PUBLISHED);
	}

	/** Kind, title and skills of those of these credentials that are published, in one query. */
	public Map<CredentialId, CatalogLabel> publishedLabels(Set<CredentialId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return versions.publishedLabels(ids.stream().map(CredentialId::value).toList())
			.stream()
			.collect(Collectors.toMap(CatalogLabel::credentialId, l -> l));
	}

	/** Any version, whatever its status: what was enrolled in or earned points at an exact version. */
	public Optional<DesignVersion> version(VersionId id) {
		return versions.find(id.value());
	}

	public DesignVersion requireVersion(VersionId id) {
		return version(id).orElseThrow(() -> new NotFoundException("catalog.version.not-found"));
	}

	/** Published micro-credentials and stacks, by title: for pickers. */
	public List<DesignVersion> publishedAll() {
		return inOrder(search.search(new CatalogQuery(null, null, null, null, null, null, null, null, null, null, false, false,
				"title"), Set.of(), Set.of(), 1000, 0)
			.stream()
			.map(CatalogSearch.Hit::versionId)
			.toList());
	}

	/** One page of an issuer's published micro-credentials and stacks, by title: its public profile lists them all. */
	public PageResult<CatalogLabel> publishedBy(OrganizationId issuer, PageRequest page) {
		CatalogQuery query = new CatalogQuery(null, null, null, null, null, null, issuer.value(), null, null, null, false,
				false, "title");
		return new PageResult<>(versions.publishedLabelsOf(issuer.value(), page.size(), page.offset()), page.page(),
				page.size(), search.count(query, Set.of(), Set.of()));
	}

	/**
	 * The title of each credential of an issuer that was ever published (so may have been earned), by title: what
	 * the issuer's lists filter and search earned credentials by.
	 */
	public Map<CredentialId, String> earnableTitlesOf(OrganizationId issuer) {
		Map<CredentialId, String> titles = new java.util.LinkedHashMap<>();
		versions.issuableTitlesOf(issuer.value()).forEach((id, title) -> titles.put(new CredentialId(id), title));
		return titles;
	}

	/** Versions by id in one query, in the order of the ids. */
	private List<DesignVersion> inOrder(List<UUID> ids) {
		Map<UUID, DesignVersion> found = versions.findAll(ids)
			.stream()
			.collect(Collectors.toMap(v -> v.id().value(), v -> v));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Published stacks that have this credential among their components. */
	public List<DesignVersion> stacksContaining(CredentialId id) {
		return versions.findAll(records.publishedStacksContaining(id.value()));
	}

	/** The Open Badges 3.0 {@code Achievement} of a version, as a JSON object in document order. */
	public Map<String, Object> achievement(VersionId id) {
		return achievement(id, null);
	}

	/**
	 * The {@code Achievement} of a version in one of its languages (its primary one when null or when it has no
	 * such version): texts in that language, {@code inLanguage}, and its other language versions as {@code related}.
	 */
	public Map<String, Object> achievement(VersionId id, String language) {
		DesignVersion version = requireVersion(id);
		String primary = version.isMicro() ? version.micro().language() : version.stack().language();
		primary = primary == null || primary.isBlank() ? "en" : primary;
		List<String> others = version.isMicro() ? translations.of(id.value()).stream().map(t -> t.language()).toList()
				: List.of();
		DesignVersion shown = version;
		String tag = primary;
		if (language != null && others.contains(language)) {
			tag = language;
			shown = withDesign(version, translations.find(id.value(), language).orElseThrow().applyTo(version.micro()));
		}
		List<String> all = new ArrayList<>();
		all.add(primary);
		all.addAll(others);
		return achievements.of(shown, organizations.get(version.issuerId()), tag, primary, all);
	}

	private static DesignVersion withDesign(DesignVersion v, org.microcred.catalog.design.MicroCredentialDesign micro) {
		return new DesignVersion(v.id(), v.credentialId(), v.issuerId(), v.kind(), v.number(), v.status(), micro,
				v.stack(), v.lockVersion(), v.hasImage(), v.createdAt(), v.updatedAt(), v.publishedAt());
	}

	/** The badge image of a version: the uploaded PNG, or a generated SVG. */
	public CatalogImage image(VersionId id) {
		return versions.image(id.value())
			.map(i -> new CatalogImage(i.bytes(), i.type()))
			.orElseGet(() -> {
				DesignVersion version = requireVersion(id);
				String issuer = organizations.find(version.issuerId()).map(Organization::name).orElse("");
				return new CatalogImage(BadgeImages.generated(version.title(), issuer), "image/svg+xml");
			});
	}

	/** The badge image as a PNG: the upload, or the default drawn as PNG (an image to bake a credential into). */
	public CatalogImage pngImage(VersionId id) {
		CatalogImage image = image(id);
		if (!image.svg()) {
			return image;
		}
		return new CatalogImage(org.microcred.catalog.internal.BadgeArtwork.png(requireVersion(id).title()), "image/png");
	}

	private CatalogCard card(DesignVersion v, Map<OrganizationId, String> issuers, Set<UUID> approved,
			LearnerStatus status) {
		boolean micro = v.isMicro();
		return new CatalogCard(v.credentialId(), v.id(), v.kind(), v.title(), v.summary(),
				issuers.getOrDefault(v.issuerId(), ""), micro ? v.micro().workloadHours() : null,
				!micro || v.micro().cost().free(), micro ? v.micro().cost().label() : "Free",
				micro ? v.micro().gradeBands().stream().sorted().map(b -> b.label()).toList() : List.of(),
				micro ? v.micro().skills() : List.of(), micro ? v.micro().language() : v.stack().language(),
				approved.contains(v.credentialId().value()), status);
	}

	private List<DesignVersion> publishedAll(List<UUID> credentials) {
		return credentials.stream()
			.map(c -> versions.withStatus(c, VersionStatus.PUBLISHED))
			.flatMap(Optional::stream)
			.toList();
	}

	private Map<OrganizationId, String> issuerNames() {
		Map<OrganizationId, String> names = new HashMap<>();
		organizations.list(org.microcred.organization.OrganizationKind.ISSUER, new PageRequest(0, PageRequest.MAX_SIZE))
			.items()
			.forEach(o -> names.put(o.id(), o.name()));
		return names;
	}

	/** Whether the viewer's district pays the cost of this credential (never for a free one or an anonymous viewer). */
	public boolean paidByDistrict(CredentialId id, CurrentUser viewer) {
		if (viewer == null) {
			return false;
		}
		return personalization.orderedStream().anyMatch(p -> p.paidFor(viewer.id()).contains(id));
	}

	private Set<CredentialId> approvedFor(AccountId viewer) {
		Set<CredentialId> all = new HashSet<>();
		personalization.orderedStream().forEach(p -> all.addAll(p.approvedFor(viewer)));
		return all;
	}

	private Set<CredentialId> earnedBy(AccountId viewer) {
		Set<CredentialId> all = new HashSet<>();
		personalization.orderedStream().forEach(p -> all.addAll(p.earnedBy(viewer)));
		return all;
	}

	private Map<CredentialId, LearnerStatus> statusOf(AccountId viewer) {
		Map<CredentialId, LearnerStatus> all = new HashMap<>();
		personalization.orderedStream().forEach(p -> all.putAll(p.statusOf(viewer)));
		return all;
	}

	private static PageRequest lastPageAtMost(PageRequest requested, long total) {
		if (requested.offset() < total || total == 0) {
			return requested;
		}
		return new PageRequest((int) ((total - 1) / requested.size()), requested.size());
	}

	public Map<CredentialId, Long> earnedCounts(Set<CredentialId> credentials) {
		Map<CredentialId, Long> all = new HashMap<>();
		personalization.orderedStream().forEach(p -> p.earnedCounts(credentials).forEach((k, v) -> all.merge(k, v, Long::sum)));
		return all;
	}

	private static Set<UUID> ids(Set<CredentialId> ids) {
		return ids.stream().map(CredentialId::value).collect(Collectors.toSet());
	}

	private static CatalogQuery withoutPersonalFilters(CatalogQuery q) {
		return new CatalogQuery(q.q(), q.topic(), q.gradeBand(), q.subject(), q.minHours(), q.maxHours(), q.issuer(),
				q.cost(), q.language(), q.kind(), false, false, q.sort());
	}

}
