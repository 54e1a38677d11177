package org.microcred.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.microcred.badge.internal.IssuerKeys;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationDetails;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.School;
import org.microcred.organization.internal.OrganizationStore;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issuers and districts, each with its staff: the ones already there (the demo's) and new ones up to the asked
 * numbers, written through the app's own organization store; every issuer gets its signing key the way the app
 * creates one ({@link IssuerKeys#ensureKey}).
 */
final class Organizations {

	private final Context context;

	private final JdbcClient jdbc;

	private final OrganizationStore store;

	private final IssuerKeys keys;

	private final SplittableRandom random;

	Organizations(Context context, JdbcClient jdbc, IssuerKeys keys) {
		this.context = context;
		this.jdbc = jdbc;
		this.store = new OrganizationStore(jdbc);
		this.keys = keys;
		this.random = context.random.split();
	}

	void build() {
		for (Organization issuer : store.list(OrganizationKind.ISSUER, 10_000, 0)) {
			Context.Issuer existing = new Context.Issuer(issuer);
			existing.admin = staff(issuer.id().value(), "ISSUER_ADMIN");
			existing.quality = staff(issuer.id().value(), "QUALITY_REVIEWER");
			if (existing.admin == null || existing.quality == null) {
				existing.admin = existing.admin == null ? account("Issuer administrator", issuer, "ISSUER_ADMIN") : existing.admin;
				existing.quality = existing.quality == null ? account("Quality reviewer", issuer, "QUALITY_REVIEWER") : existing.quality;
			}
			jdbc.sql("select a.id, a.display_name from role_grant g join account a on a.id = g.account_id "
					+ "where g.role = 'REVIEWER' and g.organization_id = ? order by a.email")
				.param(issuer.id().value())
				.query((rs, n) -> {
					existing.reviewers.add(rs.getObject(1, UUID.class));
					return existing.reviewerNames.add(rs.getString(2));
				})
				.list();
			context.issuers.add(existing);
		}
		context.demoReviewer = jdbc.sql("select id from account where lower(email) = 'reviewer@demo.microcred.org'")
			.query(UUID.class)
			.optional()
			.orElse(null);
		Set<String> names = new HashSet<>(context.issuers.stream().map(i -> i.organization.name().toLowerCase(Locale.ROOT)).toList());
		while (context.issuers.size() < context.options.issuers()) {
			context.issuers.add(newIssuer(names));
		}
		for (Context.Issuer issuer : context.issuers) {
			keys.ensureKey(issuer.id());
		}
		weigh();
		for (Organization district : store.list(OrganizationKind.DISTRICT, 10_000, 0)) {
			context.districts.add(existingDistrict(district));
		}
		Set<String> districtNames = new HashSet<>(context.districts.stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList());
		while (context.districts.size() < context.options.districts()) {
			context.districts.add(newDistrict(districtNames));
		}
	}

	/**
	 * Issuers differ in size as in life (weights fall off as 1/rank^0.8); the demo issuers rank 3rd and 6th, so
	 * their demo logins see large catalogs and queues.
	 */
	private void weigh() {
		List<Context.Issuer> ranked = new ArrayList<>(context.issuers.subList(Math.min(2, context.issuers.size()), context.issuers.size()));
		java.util.Collections.shuffle(ranked, new java.util.Random(random.nextLong()));
		for (int demo = 0; demo < Math.min(2, context.issuers.size()); demo++) {
			ranked.add(Math.min(ranked.size(), demo == 0 ? 2 : 5), context.issuers.get(demo));
		}
		double total = 0;
		for (int rank = 0; rank < ranked.size(); rank++) {
			ranked.get(rank).weight = 1 / Math.pow(rank + 1, 0.8);
			total += ranked.get(rank).weight;
		}
		for (Context.Issuer issuer : ranked) {
			issuer.weight /= total;
		}
	}

	private Context.Issuer newIssuer(Set<String> taken) {
		String name;
		String[] kind;
		String[] state;
		do {
			kind = Vocabulary.pick(random, Vocabulary.ISSUER_KINDS);
			state = Vocabulary.pick(random, Vocabulary.STATES);
			String where = kind[1].contains("Department") ? state[0] : Vocabulary.pick(random, Vocabulary.PLACES);
			name = kind[1].formatted(where);
		}
		while (!taken.add(name.toLowerCase(Locale.ROOT)));
		String slug = slug(name);
		UUID id = context.uuid(random);
		String region = kind[2].equals("US") ? state[0] : null;
		store.insert(id, OrganizationKind.ISSUER, new OrganizationDetails(name, kind[0], kind[2], region,
				"https://" + slug + ".example.org", "credentials@" + slug + ".example.org",
				"A " + kind[0].toLowerCase(Locale.ROOT) + " offering competency-based micro-credentials for teachers, "
						+ "assessed by trained reviewers against published rubrics."));
		backdate(id, context.historyStart.minus(Duration.ofDays(30 + random.nextInt(335))));
		Organization organization = store.find(id).orElseThrow();
		Context.Issuer issuer = new Context.Issuer(organization);
		issuer.admin = account("Issuer administrator", organization, "ISSUER_ADMIN");
		issuer.quality = account("Quality reviewer", organization, "QUALITY_REVIEWER");
		return issuer;
	}

	private Context.District existingDistrict(Organization district) {
		UUID id = district.id().value();
		List<UUID> schools = new ArrayList<>(store.schools(id).stream().map(s -> s.id().value()).toList());
		Set<String> schoolNames = new HashSet<>(store.schools(id).stream().map(School::name).map(n -> n.toLowerCase(Locale.ROOT)).toList());
		addSchools(id, schools, schoolNames);
		UUID admin = staff(id, "DISTRICT_ADMIN");
		String domain = district.website() == null ? slug(district.name()) + ".example.org"
				: java.net.URI.create(district.website()).getHost();
		Instant roster = jdbc.sql("select min(joined_at) from district_member where district_id = ?").param(id)
			.query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(context.historyStart);
		return new Context.District(id, district.name(), domain, stateCode(district.region()), schools,
				admin == null ? account("District administrator", district, "DISTRICT_ADMIN") : admin,
				roster.isAfter(context.historyStart) ? context.historyStart : roster);
	}

	private Context.District newDistrict(Set<String> taken) {
		String name;
		do {
			name = Vocabulary.pick(random, Vocabulary.PLACES) + " Unified School District";
		}
		while (!taken.add(name.toLowerCase(Locale.ROOT)));
		String[] state = Vocabulary.pick(random, Vocabulary.STATES);
		String domain = slug(name.replace(" Unified School District", "-usd")) + ".example.org";
		UUID id = context.uuid(random);
		store.insert(id, OrganizationKind.DISTRICT, new OrganizationDetails(name, null, "US", state[0], "https://" + domain,
				"pd@" + domain, "A public school district that counts approved micro-credentials toward PD hours and salary steps."));
		Instant roster = context.historyStart.minus(Duration.ofDays(random.nextInt(120)));
		backdate(id, roster.minus(Duration.ofDays(14)));
		List<UUID> schools = new ArrayList<>();
		addSchools(id, schools, new HashSet<>());
		Organization district = store.find(id).orElseThrow();
		return new Context.District(id, name, domain, state[1], schools,
				account("District administrator", district, "DISTRICT_ADMIN"), roster);
	}

	private void addSchools(UUID district, List<UUID> schools, Set<String> taken) {
		int target = 15 + random.nextInt(21);
		while (schools.size() < target) {
			String place = random.nextBoolean() ? Vocabulary.pick(random, Vocabulary.PLACES) : Vocabulary.pick(random, Vocabulary.LAST_NAMES);
			String name = place + " " + Vocabulary.pick(random, Vocabulary.SCHOOL_KINDS);
			if (taken.add(name.toLowerCase(Locale.ROOT))) {
				UUID id = context.uuid(random);
				store.insertSchool(id, district, name, "sch-" + (schools.size() + 1000));
				schools.add(id);
			}
		}
	}

	/** A staff account with the shared password, holding one role in the organization. */
	private UUID account(String title, Organization organization, String role) {
		UUID id = context.uuid(random);
		String first = Vocabulary.pick(random, Vocabulary.FIRST_NAMES);
		String last = Vocabulary.pick(random, Vocabulary.LAST_NAMES);
		String domain = organization.website() == null ? slug(organization.name()) + ".example.org"
				: java.net.URI.create(organization.website()).getHost();
		String email = role.toLowerCase(Locale.ROOT).replace('_', '-') + "." + Vocabulary.ascii(last) + "@" + domain;
		jdbc.sql("insert into account (id, email, display_name, password_hash, created_at) values (?, ?, ?, ?, ?)")
			.params(id, email, first + " " + last, context.passwordHash, Timestamp.from(organization.createdAt()))
			.update();
		jdbc.sql("insert into role_grant (account_id, role, organization_id, granted_at) values (?, ?, ?, ?)")
			.params(id, role, organization.id().value(), Timestamp.from(organization.createdAt()))
			.update();
		return id;
	}

	private UUID staff(UUID organization, String role) {
		return jdbc.sql("select account_id from role_grant where organization_id = ? and role = ? order by granted_at limit 1")
			.params(organization, role)
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private void backdate(UUID organization, Instant at) {
		jdbc.sql("update organization set created_at = ? where id = ?").params(Timestamp.from(at), organization).update();
	}

	private static String stateCode(String region) {
		return Vocabulary.STATES.stream().filter(s -> s[0].equals(region)).map(s -> s[1]).findFirst().orElse("XX");
	}

	static String slug(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("^-|-$", "")
			.toLowerCase(Locale.ROOT);
	}

}
