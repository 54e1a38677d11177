package org.microcred.badge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import jakarta.json.JsonObject;
import org.microcred.MicrocredApplication;
import org.microcred.badge.AwardRequest;
import org.microcred.badge.AwardResult;
import org.microcred.badge.BadgeService;
import org.microcred.badge.VerificationService;
import org.microcred.badge.vc.SampleCredentials;
import org.microcred.badge.vc.keys.Ed25519KeyPair;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.OrganizationService;
import org.microcred.support.Credentials;
import org.microcred.support.TestData;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Bulk award of N credentials (default 10,000) end to end on the embedded PostgreSQL: the whole application in a
 * fresh data directory, one published design, N teachers, then {@link BadgeService#issueAll} timed (documents,
 * status indexes, signatures on every core, inserts, events in the registry), then the time until the recipients'
 * notices and mails are queued, then the same batch again (nothing new). The anchor is the signing rate of one
 * core measured in the same JVM just before. Run by {@code bench/bulk-award.sh}; see docs/benchmarks.md.
 */
public final class BulkAwardBenchmark {

	private BulkAwardBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		Path dataDir = Files.createTempDirectory("microcred-bulk-");
		ConfigurableApplicationContext app = SpringApplication.run(MicrocredApplication.class,
				"--microcred.data-dir=" + dataDir, "--server.port=0", "--microcred.demo=false",
				"--microcred.base-url=http://localhost:8080", "--logging.level.root=WARN",
				"--logging.level.org.microcred=WARN");
		try {
			run(app, count);
		}
		finally {
			app.close();
		}
	}

	private static void run(ConfigurableApplicationContext app, int count) throws IOException {
		AccountService accounts = app.getBean(AccountService.class);
		TestData data = new TestData(accounts, app.getBean(OrganizationService.class));
		Credentials.Published design = new Credentials(app.getBean(CredentialDesignService.class),
				app.getBean(CatalogService.class), data).publish("Bulk award benchmark");
		List<AwardRequest> awards = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			AccountId teacher = accounts.registerWithoutPassword("Teacher " + i, TestData.uniqueEmail("bulk" + i),
					Set.of(new RoleGrant(Role.TEACHER, null)));
			awards.add(new AwardRequest("bench-" + i, teacher, new java.math.BigDecimal("7.5"),
					"Assessed at the summer institute", "Portfolio " + i + " reviewed by two facilitators."));
		}
		BadgeService badges = app.getBean(BadgeService.class);
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		double signingRate = signingRatePerCore();
		int cores = Runtime.getRuntime().availableProcessors();
		long mailsBefore = jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();

		String loadBefore = loadAverage();
		long start = System.nanoTime();
		AwardResult result = badges.issueAll(design.admin(), design.version(), awards);
		double issueSeconds = (System.nanoTime() - start) / 1e9;
		while (jdbc.sql("select count(*) from mail_outbox").query(Long.class).single() < mailsBefore + count) {
			sleep();
		}
		double mailedSeconds = (System.nanoTime() - start) / 1e9;
		while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
			.single() > 0) {
			sleep();
		}
		double drainedSeconds = (System.nanoTime() - start) / 1e9;
		String loadAfter = loadAverage();
		long again = System.nanoTime();
		AwardResult repeat = badges.issueAll(design.admin(), design.version(), awards);
		double repeatSeconds = (System.nanoTime() - again) / 1e9;
		boolean verifies = app.getBean(VerificationService.class)
			.verify(badges.get(result.issued().get(count / 2))).verified();

		String report = String.format("""
				bulk award of %,d credentials (one design), %d cores, embedded PostgreSQL
				load average before %s, after %s
				anchor: signing one credential of the design, one core: %,.0f/s (x %d cores = %,.0f/s)
				issueAll (documents, status indexes, signatures, inserts, events): %.2f s = %,.0f credentials/s = %.2f x the signing rate of all cores
				  + recipients' notices and mails queued (CredentialsAwarded listener): %.2f s after the start
				  + every event listener done (district facts, %,d CredentialIssued): %.2f s after the start
				same batch again: %.2f s, %d issued, %,d already issued; a credential of the batch verifies: %s
				""", count, cores, loadBefore, loadAfter, signingRate, cores, signingRate * cores, issueSeconds,
				count / issueSeconds, count / issueSeconds / (signingRate * cores), mailedSeconds, count,
				drainedSeconds, repeatSeconds, repeat.issued().size(), repeat.alreadyIssued().size(), verifies);
		System.out.print(report);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/bulk-award.txt"), report);
	}

	/** Signatures per second on one core: credentials of one design, as the app signs them, after warm-up. */
	public static double signingRatePerCore() {
		Ed25519KeyPair key = Ed25519KeyPair.generate();
		EddsaRdfc2022 suite = new EddsaRdfc2022();
		SampleCredentials.Design design = SampleCredentials.fullDesign();
		Random random = new Random(1);
		JsonObject[] unsigned = new JsonObject[1000];
		for (int i = 0; i < unsigned.length; i++) {
			unsigned[i] = design.credential(random);
		}
		ProofOptions options = ProofOptions.assertion(key.didKey() + "#key").createdAt(Instant.now());
		for (int i = 0; i < 20_000; i++) {
			suite.sign(unsigned[i % unsigned.length], key, options).toString();
		}
		long start = System.nanoTime();
		int signed = 0;
		while (System.nanoTime() - start < 5_000_000_000L) {
			suite.sign(unsigned[signed++ % unsigned.length], key, options).toString();
		}
		return signed / ((System.nanoTime() - start) / 1e9);
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).trim();
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
