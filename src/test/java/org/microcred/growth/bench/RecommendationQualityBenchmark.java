package org.microcred.growth.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.MicrocredApplication;
import org.microcred.catalog.CredentialId;
import org.microcred.demo.DemoSeeder;
import org.microcred.district.Approval;
import org.microcred.district.DistrictApprovals;
import org.microcred.growth.internal.Candidate;
import org.microcred.growth.internal.FrameworkNames;
import org.microcred.growth.internal.GrowthStore;
import org.microcred.growth.internal.RecommendationScorer;
import org.microcred.growth.internal.Signals;
import org.microcred.growth.internal.TeacherSignals;
import org.microcred.identity.AccountId;
import org.microcred.organization.OrganizationService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Offline quality of the recommender on the demo history: the whole application with the demo data in a fresh data
 * directory; for every teacher who earned at least two credentials, the last one earned is held out and the
 * recommender (without self-assessment: the demo teachers have none) ranks the catalog from the rest of their history,
 * their district's approvals and their colleagues' credentials (the held-out credential never counted for its own
 * earner). A hit is the held-out credential among the first five. The baseline, in the same run: the five
 * credentials earned by most other teachers. Run by {@code bench/recommendation-quality.sh}; see docs/benchmarks.md.
 */
public final class RecommendationQualityBenchmark {

	static final int K = 5;

	private RecommendationQualityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Files.createTempDirectory("microcred-reco-");
		ConfigurableApplicationContext app = SpringApplication.run(MicrocredApplication.class,
				"--microcred.data-dir=" + dataDir, "--server.port=0", "--microcred.base-url=http://localhost:8080",
				"--logging.level.root=WARN", "--logging.level.org.microcred=WARN");
		try {
			run(app);
		}
		finally {
			app.close();
		}
	}

	static void run(ConfigurableApplicationContext app) throws InterruptedException {
		// the test class path turns the demo off by default: seed it here (once per data directory)
		app.getBean(DemoSeeder.class).seedOnce();
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		// growth's read model is fed by events after commit: wait until every one was handled
		for (int i = 0; i < 600 && jdbc.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single() > 0; i++) {
			Thread.sleep(500);
		}
		GrowthStore store = app.getBean(GrowthStore.class);
		TeacherSignals signals = app.getBean(TeacherSignals.class);
		DistrictApprovals approvals = app.getBean(DistrictApprovals.class);
		OrganizationService organizations = app.getBean(OrganizationService.class);
		TeacherSignals.Catalog catalog = signals.catalog();
		FrameworkNames names = signals.names(Locale.ENGLISH);
		Set<UUID> recommendable = catalog.candidates().stream().map(Candidate::credentialId).collect(Collectors.toSet());
		Map<UUID, List<UUID>> histories = store.histories();
		Map<UUID, Long> everyone = store.earnerCounts(histories.keySet());

		int cases = 0;
		int hits = 0;
		int baselineHits = 0;
		for (Map.Entry<UUID, List<UUID>> h : histories.entrySet()) {
			List<UUID> earnedInOrder = h.getValue().stream().filter(recommendable::contains).toList();
			if (earnedInOrder.size() < 2) {
				continue;
			}
			UUID heldOut = earnedInOrder.get(earnedInOrder.size() - 1);
			Set<UUID> earned = new HashSet<>(earnedInOrder.subList(0, earnedInOrder.size() - 1));
			AccountId teacher = new AccountId(h.getKey());
			Map<UUID, Long> others = new HashMap<>(everyone);
			h.getValue().forEach(c -> others.merge(c, -1L, Long::sum));
			Signals s = new Signals(Map.of(), Set.of(), Set.of(), Set.of(), null, earned, Set.of(), Set.of(),
					hours(approvals.approvedForTeacher(teacher), catalog.candidates()),
					store.earnerCounts(ids(organizations.peersOf(teacher, true))),
					store.earnerCounts(ids(organizations.peersOf(teacher, false))), others, catalog.stacks());
			List<UUID> top = RecommendationScorer.rank(catalog.candidates(), s, names)
				.stream()
				.limit(K)
				.map(r -> r.candidate().credentialId())
				.toList();
			List<UUID> popular = recommendable.stream()
				.filter(c -> !earned.contains(c))
				.sorted(Comparator.comparingLong((UUID c) -> -others.getOrDefault(c, 0L)).thenComparing(UUID::toString))
				.limit(K)
				.toList();
			cases++;
			hits += top.contains(heldOut) ? 1 : 0;
			baselineHits += popular.contains(heldOut) ? 1 : 0;
		}
		System.out.printf(Locale.ROOT,
				"catalog: %d micro-credentials; teachers with >= 2 earned: %d%nhit rate @%d  recommender: %d/%d = %.3f%n"
						+ "hit rate @%d  popularity baseline: %d/%d = %.3f%n",
				recommendable.size(), cases, K, hits, cases, cases == 0 ? 0.0 : (double) hits / cases, K, baselineHits,
				cases, cases == 0 ? 0.0 : (double) baselineHits / cases);
	}

	private static Map<UUID, java.math.BigDecimal> hours(Map<CredentialId, Approval> approved, List<Candidate> candidates) {
		Map<UUID, java.math.BigDecimal> hours = new HashMap<>();
		for (Candidate c : candidates) {
			Approval a = approved.get(new CredentialId(c.credentialId()));
			if (a != null) {
				hours.put(c.credentialId(), a.pdHours() != null ? a.pdHours() : c.workloadHours());
			}
		}
		return hours;
	}

	private static Set<UUID> ids(Set<AccountId> accounts) {
		return accounts.stream().map(AccountId::value).collect(Collectors.toSet());
	}

}
