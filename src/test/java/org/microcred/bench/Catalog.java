package org.microcred.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.CredentialKind;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.VersionStatus;
import org.microcred.catalog.design.Alignment;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.catalog.internal.DesignJson;
import org.microcred.catalog.internal.DesignRecords;
import org.microcred.catalog.internal.VersionStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog: published micro-credentials and stacks up to the asked number, some with earlier (superseded)
 * versions, prerequisites, retired ones, open drafts and versions in quality review. Versions are written by the
 * app's own {@link VersionStore} (JSON, search vector, filter columns) and moved through the same statuses as
 * quality review does; then their dates are set back in time and the audit trail is written.
 */
final class Catalog {

	final List<CatalogEntry> micro = new ArrayList<>();

	final List<CatalogEntry> stacks = new ArrayList<>();

	/** Micro-credential id → stacks it is a component of. */
	final Map<UUID, List<CatalogEntry>> stacksOf = new HashMap<>();

	private final Context context;

	private final SplittableRandom random;

	private final DesignVariants variants;

	private final CopyBatch audit = new CopyBatch();

	private final CatalogDates dates = new CatalogDates();

	private final List<CatalogEntry> retired = new ArrayList<>();

	private final JsonMapper json;

	private VersionStore versions;

	private DesignRecords records;

	Catalog(Context context, JsonMapper json) {
		this.context = context;
		this.random = context.random.split();
		this.variants = new DesignVariants(json);
		this.json = json;
	}

	void build(Connection connection) throws SQLException {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		versions = new VersionStore(jdbc, new DesignJson(json));
		records = new DesignRecords(jdbc);
		long published = jdbc.sql("select count(*) from credential_version where status = 'PUBLISHED'").query(Long.class).single();
		int toCreate = (int) Math.max(0, context.options.catalog() - published);
		int stackCount = (int) Math.round(toCreate * 0.03);
		List<Instant> created = new ArrayList<>();
		Instant first = context.historyStart.minus(Duration.ofDays(120));
		long span = Duration.between(first, context.now.minus(Duration.ofDays(40))).getSeconds();
		for (int i = 0; i < toCreate - stackCount; i++) {
			created.add(first.plusSeconds((long) (span * Math.pow(random.nextDouble(), 1.6))));
		}
		created.sort(Comparator.naturalOrder());
		for (Instant at : created) {
			micro.add(newMicro(at));
		}
		for (int i = 0; i < micro.size() / 100; i++) {
			retire(created.get(random.nextInt(created.size() / 2)));
		}
		for (int i = 0; i < stackCount; i++) {
			newStack();
		}
		Database.log("Catalog: " + micro.size() + " micro-credentials and " + stacks.size() + " stacks published");
		all().forEach(e -> dates.credential(e.id, e.created));
		retired.forEach(e -> dates.credential(e.id, e.created));
		dates.write(connection);
		audit.write(connection);
		connection.commit();
	}

	private CatalogEntry newMicro(Instant created) {
		Context.Issuer issuer = weightedIssuer();
		CatalogEntry entry = new CatalogEntry(context.uuid(random), issuer, false, created);
		MicroCredentialDesign design = variants.micro(variants.template(random), issuer, random);
		if (random.nextDouble() < 0.04) {
			CatalogEntry prerequisite = prerequisiteFor(entry);
			if (prerequisite != null) {
				entry.prerequisite = prerequisite;
				design = variants.withPrerequisite(design, prerequisite.id, prerequisite.title());
			}
		}
		versions.insertCredential(entry.id, issuer.id(), CredentialKind.MICRO, issuer.admin);
		Instant at = created;
		int count = random.nextDouble() < 0.82 ? 1 : random.nextDouble() < 0.83 ? 2 : 3;
		for (int number = 1; number <= count; number++) {
			Instant publishAt = at.plus(Duration.ofDays(7 + random.nextInt(30)));
			if (number > 1 && publishAt.isAfter(context.now.minus(Duration.ofDays(7)))) {
				break;
			}
			publish(entry, number, number == 1 ? design : variants.revised(entry.current().micro(), random), at, publishAt);
			at = publishAt.plus(Duration.ofDays(60 + random.nextInt(300)));
		}
		openNextVersion(entry);
		return entry;
	}

	/** A credential of the same issuer published well before, that needs nothing itself. */
	private CatalogEntry prerequisiteFor(CatalogEntry entry) {
		for (int tries = 0; tries < 20 && !micro.isEmpty(); tries++) {
			CatalogEntry candidate = micro.get(random.nextInt(micro.size()));
			if (candidate.issuer == entry.issuer && candidate.prerequisite == null
					&& candidate.firstPublished().isBefore(entry.created.minus(Duration.ofDays(60)))) {
				return candidate;
			}
		}
		return null;
	}

	private void newStack() {
		Context.Issuer issuer = weightedIssuer();
		List<CatalogEntry> own = micro.stream().filter(e -> e.issuer == issuer).toList();
		if (own.size() < 6) {
			return;
		}
		Instant created = context.between(random, own.get(4).firstPublished().plus(Duration.ofDays(30)),
				context.now.minus(Duration.ofDays(40)));
		List<CatalogEntry> before = own.stream().filter(e -> e.firstPublished().isBefore(created)).toList();
		int size = Math.min(before.size(), 3 + random.nextInt(3));
		Set<CatalogEntry> chosen = new LinkedHashSet<>();
		while (chosen.size() < size) {
			chosen.add(before.get(random.nextInt(before.size())));
		}
		CatalogEntry stack = new CatalogEntry(context.uuid(random), issuer, true, created);
		stack.components = List.copyOf(chosen);
		stack.minimum = random.nextDouble() < 0.6 ? size : size - 1;
		stack.required = random.nextDouble() < 0.4 ? Set.of(stack.components.get(0).id) : Set.of();
		List<Alignment> alignments = stack.components.stream()
			.flatMap(c -> c.current().micro().alignments().stream().limit(1))
			.distinct()
			.toList();
		String theme = stack.components.get(0).title().replaceFirst(" (in|for|Across) .*$", "");
		StackDesign design = variants.stack(theme + " Pathway", stack.components.stream().map(c -> c.id).toList(),
				stack.components.stream().map(CatalogEntry::title).toList(), stack.required, stack.minimum, alignments,
				issuer, random);
		versions.insertCredential(stack.id, issuer.id(), CredentialKind.STACK, issuer.admin);
		publish(stack, 1, design, created, created.plus(Duration.ofDays(7 + random.nextInt(20))));
		stacks.add(stack);
		stack.components.forEach(c -> stacksOf.computeIfAbsent(c.id, k -> new ArrayList<>()).add(stack));
	}

	/** A credential published once and later retired: gone from the catalog, its history kept. */
	private void retire(Instant created) {
		Context.Issuer issuer = weightedIssuer();
		CatalogEntry entry = new CatalogEntry(context.uuid(random), issuer, false, created);
		versions.insertCredential(entry.id, issuer.id(), CredentialKind.MICRO, issuer.admin);
		Instant publishedAt = created.plus(Duration.ofDays(14));
		publish(entry, 1, variants.micro(variants.template(random), issuer, random), created, publishedAt);
		UUID version = entry.current().id().value();
		Instant retiredAt = context.between(random, publishedAt.plus(Duration.ofDays(90)), context.now.minus(Duration.ofDays(5)));
		versions.transition(version, VersionStatus.PUBLISHED, VersionStatus.RETIRED, null);
		dates.retired(version, retiredAt);
		audit.add(Table.CREDENTIAL_AUDIT, entry.id, version, "RETIRED", issuer.admin, "Replaced by a newer design.", retiredAt);
		retired.add(entry);
	}

	/** Creates, edits, submits and approves a version as quality review does; the previous one is superseded. */
	private void publish(CatalogEntry entry, int number, Object design, Instant created, Instant publishedAt) {
		UUID id = context.uuid(random);
		UUID admin = entry.issuer.admin;
		versions.insertVersion(id, entry.id, number, design, admin);
		records.addAuthor(id, admin);
		links(entry, id);
		versions.transition(id, VersionStatus.DRAFT, VersionStatus.IN_REVIEW, null);
		if (number > 1) {
			versions.transition(entry.current().id().value(), VersionStatus.PUBLISHED, VersionStatus.SUPERSEDED, null);
		}
		versions.transition(id, VersionStatus.IN_REVIEW, VersionStatus.PUBLISHED, null);
		Instant edited = created.plus(Duration.ofHours(2 + random.nextInt(72)));
		Instant submitted = edited.plus(Duration.ofHours(1 + random.nextInt(48)));
		Instant approved = publishedAt.isAfter(submitted) ? publishedAt : submitted.plus(Duration.ofHours(4));
		dates.version(id, created, approved, submitted, approved);
		audit.add(Table.CREDENTIAL_AUDIT, entry.id, id, number == 1 ? "CREATED" : "NEW_VERSION", admin,
				number == 1 ? null : "Draft version " + number + " started from published version " + (number - 1), created);
		audit.add(Table.CREDENTIAL_AUDIT, entry.id, id, "EDITED", admin, null, edited);
		audit.add(Table.CREDENTIAL_AUDIT, entry.id, id, "SUBMITTED", admin, null, submitted);
		audit.add(Table.CREDENTIAL_AUDIT, entry.id, id, "APPROVED", entry.issuer.quality,
				"Meets every mandatory element; rubric descriptors are distinct and observable.", approved);
		CredentialKind kind = entry.stack ? CredentialKind.STACK : CredentialKind.MICRO;
		entry.versions.add(new DesignVersion(new VersionId(id), new CredentialId(entry.id), entry.issuer.organization.id(),
				kind, number, VersionStatus.PUBLISHED, entry.stack ? null : (MicroCredentialDesign) design,
				entry.stack ? (StackDesign) design : null, 2, false, created, approved, approved));
		entry.publishedAt.add(approved);
	}

	/** Some credentials have their next version in the works: a draft, or one waiting for quality review. */
	private void openNextVersion(CatalogEntry entry) {
		double r = random.nextDouble();
		if (r >= 0.025) {
			return;
		}
		UUID id = context.uuid(random);
		int number = entry.versions.size() + 1;
		Instant created = context.between(random, context.now.minus(Duration.ofDays(60)), context.now.minus(Duration.ofDays(1)));
		versions.insertVersion(id, entry.id, number, variants.revised(entry.current().micro(), random), entry.issuer.admin);
		records.addAuthor(id, entry.issuer.admin);
		links(entry, id);
		audit.add(Table.CREDENTIAL_AUDIT, entry.id, id, "NEW_VERSION", entry.issuer.admin,
				"Draft version " + number + " started from published version " + (number - 1), created);
		Instant submitted = null;
		if (r < 0.005) {
			versions.transition(id, VersionStatus.DRAFT, VersionStatus.IN_REVIEW, null);
			submitted = created.plus(Duration.ofHours(6));
			audit.add(Table.CREDENTIAL_AUDIT, entry.id, id, "SUBMITTED", entry.issuer.admin, null, submitted);
		}
		dates.version(id, created, submitted == null ? created : submitted, submitted, null);
	}

	private void links(CatalogEntry entry, UUID version) {
		if (entry.prerequisite != null) {
			records.replaceLinks(version, "PREREQUISITE", List.of(entry.prerequisite.id), Set.of());
		}
		if (entry.stack) {
			records.replaceLinks(version, "COMPONENT", entry.components.stream().map(c -> c.id).toList(), entry.required);
		}
	}

	private Context.Issuer weightedIssuer() {
		double at = random.nextDouble();
		for (Context.Issuer issuer : context.issuers) {
			at -= issuer.weight;
			if (at <= 0) {
				return issuer;
			}
		}
		return context.issuers.get(context.issuers.size() - 1);
	}

	List<CatalogEntry> all() {
		List<CatalogEntry> all = new ArrayList<>(micro);
		all.addAll(stacks);
		return all;
	}

}
