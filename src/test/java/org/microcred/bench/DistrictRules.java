package org.microcred.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What each district counts: an approved share (3–12 %) of the catalog, and incentive rules (renewal hours,
 * salary steps or stipends) for districts that have none yet. Teachers mostly pick what their district approved.
 */
final class DistrictRules {

	/** Per district (same index as {@link Context#districts}): the approved micro-credentials. */
	final List<List<CatalogEntry>> approved = new ArrayList<>();

	private final Context context;

	private final SplittableRandom random;

	DistrictRules(Context context) {
		this.context = context;
		this.random = context.random.split();
	}

	void build(Connection connection, Catalog catalog) throws SQLException {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		CopyBatch batch = new CopyBatch();
		List<CatalogEntry> all = catalog.all();
		for (Context.District district : context.districts) {
			double share = 0.03 + random.nextDouble() * 0.09;
			Set<CatalogEntry> chosen = new java.util.LinkedHashSet<>();
			while (chosen.size() < Math.min(all.size(), Math.max(1, Math.round(all.size() * share)))) {
				chosen.add(all.get(random.nextInt(all.size())));
			}
			List<CatalogEntry> micro = new ArrayList<>();
			for (CatalogEntry entry : chosen) {
				Instant at = context.between(random, entry.firstPublished(), min(entry.firstPublished().plus(Duration.ofDays(90)), context.now));
				BigDecimal hours = !entry.stack && random.nextDouble() < 0.3
						? entry.current().micro().workloadHours().multiply(BigDecimal.valueOf(0.8)).setScale(1, java.math.RoundingMode.HALF_UP)
						: null;
				batch.add(Table.DISTRICT_APPROVAL, district.id(), entry.id, hours, null, !entry.stack,
						entry.stack ? "Pathway: counts once for its hours, not toward steps." : null, district.admin(), at);
				if (!entry.stack) {
					micro.add(entry);
				}
			}
			approved.add(micro);
			boolean hasPolicy = jdbc.sql("select exists (select 1 from district_policy where district_id = ?)")
				.param(district.id()).query(Boolean.class).single();
			if (!hasPolicy) {
				policy(jdbc, district);
			}
		}
		batch.write(connection);
		connection.commit();
		Database.log("Districts: " + batch.count(Table.DISTRICT_APPROVAL) + " approvals in " + context.districts.size() + " districts");
	}

	private void policy(JdbcClient jdbc, Context.District district) {
		boolean stipend = random.nextDouble() < 0.3;
		jdbc.sql("""
				insert into district_policy (district_id, renewal_hours, renewal_cycle_years, cycle_start,
				  credentials_per_step, step_reward, stipend_amount, annual_cap, year_start_month, effective_from, updated_by)
				values (?, ?, 5, ?, ?, ?, ?, ?, 7, ?, ?)""")
			.params(district.id(), BigDecimal.valueOf(new int[] { 100, 120, 150 }[random.nextInt(3)]),
					Date.valueOf(LocalDate.of(2024, 7, 1)), 2 + random.nextInt(3), stipend ? "STIPEND" : "SALARY_STEP",
					stipend ? BigDecimal.valueOf(500 + 250 * random.nextInt(5)) : null, 1 + random.nextInt(2),
					Date.valueOf(LocalDate.of(2024, 7, 1)), district.admin())
			.update();
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

}
