package org.microcred.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.microcred.badge.internal.BenchBadgeAccess;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.internal.MasterKey;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.platform.PlatformSettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Grows an app-created Microcred database (Flyway-migrated, with or without demo data) into a platform at scale:
 * by default 1,000,000 issued credentials, 100,000 teachers in 20 districts, 10,000 published catalog entries, with
 * the enrollments, attempts, reviews, pools, revocations, status lists, read-model facts and notices that would
 * lead there. It runs once per database (a marker in {@code demo_seed}); see {@code bench/large-dataset.sh} and
 * docs/benchmarks.md.
 */
public final class LargeDataset {

	static final String STARTED = "bench:large-dataset:started";

	static final String DONE = "bench:large-dataset:done";

	/** Every generated account logs in with the demo password. */
	static final String PASSWORD = "Microcred-demo-2026";

	private final Map<String, Long> phases = new LinkedHashMap<>();

	public static void main(String[] args) throws Exception {
		// The app's credential document builder calls jakarta.json.Json.create* per value, and each call looks the
		// JSON-P provider up through ServiceLoader, scanning every jar of this (unpacked) class path: that cost 15 times
		// more than signing. Naming the provider makes the lookup a class lookup; the documents are the same.
		System.setProperty("jakarta.json.provider", "org.eclipse.parsson.JsonProviderImpl");
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.exit(2);
			return;
		}
		long started = System.nanoTime();
		try (Database database = Database.open(options)) {
			new LargeDataset().run(options, database);
		}
		Database.log(String.format("Done in %.1f min", (System.nanoTime() - started) / 60e9));
	}

	private void run(Options options, Database database) throws Exception {
		try (Connection connection = database.connect()) {
			JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
			refuseSecondRun(jdbc);
			jdbc.sql("insert into demo_seed (step) values (?)").param(STARTED).update();
			connection.commit();
			PlatformSettings platform = new PlatformSettings(options.dataDir(), URI.create(baseUrl(options, jdbc)));
			Database.log("Base URL of the installation: " + platform.baseUrl() + " (run the app with this base URL)");
			Context context = new Context(options, platform);
			context.passwordHash = new DelegatingPasswordEncoder("argon2",
					Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8())).encode(PASSWORD);
			IssuerKeys keys = BenchBadgeAccess.issuerKeys(jdbc, masterKey(options), platform);
			JsonMapper json = JsonMapper.builder().build();
			EddsaRdfc2022 suite = new EddsaRdfc2022();

			phase("organizations", () -> {
				new Organizations(context, jdbc, keys).build();
				connection.commit();
			});
			phase("people", () -> new People(context).build(connection));
			Catalog catalog = new Catalog(context, json);
			phase("catalog", () -> catalog.build(connection));
			phase("reviewer pools", () -> new Assessment(context, json).build(connection, catalog));
			DistrictRules rules = new DistrictRules(context);
			phase("district rules", () -> rules.build(connection, catalog));
			long existing = jdbc.sql("select count(*) from issued_credential").query(Long.class).single();
			long toIssue = Math.max(0, options.credentials() - existing);
			Planner planner = new Planner(context, catalog, rules, toIssue);
			java.util.concurrent.atomic.AtomicReference<List<TeacherPlan>> plans = new java.util.concurrent.atomic.AtomicReference<>();
			phase("plans", () -> plans.set(planner.planAll()));
			long planned = plans.get().stream().mapToLong(p -> p.passed() + p.stacks.size()).sum();
			Database.log(String.format("Plans: %,d enrollments, %,d credentials to issue (%,d stacks); asked %,d",
					plans.get().stream().mapToLong(p -> p.enrollments.size()).sum(), planned,
					plans.get().stream().mapToLong(p -> p.stacks.size()).sum(), toIssue));
			StatusAllocator status = new StatusAllocator(context, connection);
			Issuing issuing = new Issuing(context, keys, BenchBadgeAccess.issuerDocuments(keys, platform), suite);
			connection.commit();
			ActivityRows rows = new ActivityRows(context, issuing, status, new Scoring(json));
			phase("activity and credentials", () -> new Activity(database, context, rows, issuing).run(plans.get(), planned));
			phase("status lists", () -> status.finish(keys, suite));
			jdbc.sql("""
					insert into district_stat_state (district_id, dirty) select id, true from organization where kind = 'DISTRICT'
					on conflict (district_id) do update set dirty = true""").update();
			jdbc.sql("insert into demo_seed (step) values (?)").param(DONE).update();
			connection.commit();
		}
		try (Connection connection = database.connect()) {
			connection.setAutoCommit(true);
			phase("vacuum analyze", () -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute("vacuum (analyze)");
				}
			});
			counts(connection);
		}
		phases.forEach((name, millis) -> Database.log(String.format("  %-26s %8.1f s", name, millis / 1000.0)));
	}

	private interface Step {

		void run() throws Exception;

	}

	private void phase(String name, Step step) throws Exception {
		long started = System.nanoTime();
		Database.log("Phase: " + name);
		step.run();
		phases.put(name, (System.nanoTime() - started) / 1_000_000);
	}

	private static void refuseSecondRun(JdbcClient jdbc) {
		List<String> marks = jdbc.sql("select step from demo_seed where step like 'bench:large-dataset%'").query(String.class).list();
		if (marks.contains(DONE)) {
			throw new IllegalStateException("This database was already grown by LargeDataset; it runs once per database.");
		}
		if (marks.contains(STARTED)) {
			throw new IllegalStateException("A previous LargeDataset run on this database did not finish: start again from a "
					+ "fresh copy of the app-created database.");
		}
	}

	/** The URL in the credentials the app already issued, else the app's default. */
	private static String baseUrl(Options options, JdbcClient jdbc) {
		if (options.baseUrl() != null) {
			return options.baseUrl();
		}
		return jdbc.sql("select signed::jsonb ->> 'id' from issued_credential order by issued_at limit 1")
			.query(String.class)
			.optional()
			.map(id -> id.substring(0, id.indexOf("/credentials/")))
			.orElse("http://localhost:8080");
	}

	private static MasterKey masterKey(Options options) {
		if (options.masterKey() != null && !options.masterKey().isBlank()) {
			return MasterKey.of(options.masterKey(), options.dataDir());
		}
		Path file = options.dataDir().resolve("master.key");
		if (!Files.exists(file)) {
			throw new IllegalStateException("No master key in " + file + ": give --master-key (the app's "
					+ "microcred.badge.master-key), or the data directory the app created");
		}
		return MasterKey.of(null, options.dataDir());
	}

	private static void counts(Connection connection) throws Exception {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid)) from pg_stat_user_tables
						where n_live_tup > 0 order by n_live_tup desc""")) {
			Database.log("Rows after the load (table, live rows, size with indexes):");
			while (rs.next()) {
				Database.log(String.format("  %-28s %,12d  %s", rs.getString(1), rs.getLong(2), rs.getString(3)));
			}
		}
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
			rs.next();
			Database.log("Database size: " + rs.getString(1));
		}
	}

}
