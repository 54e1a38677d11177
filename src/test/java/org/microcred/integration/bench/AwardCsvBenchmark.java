package org.microcred.integration.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.microcred.MicrocredApplication;
import org.microcred.badge.bench.BulkAwardBenchmark;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.identity.AccountService;
import org.microcred.integration.AwardCsvJob;
import org.microcred.integration.AwardCsvService;
import org.microcred.organization.OrganizationService;
import org.microcred.support.Credentials;
import org.microcred.support.TestData;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ByteArrayResource;

/**
 * Award from a CSV file of N rows (default 10,000; one in a hundred with a mistake) end to end: the whole application
 * on a fresh data directory, one published design, the file generated (most recipients new to Microcred, as after a
 * summer institute), then timed: the upload's dry run, the background run from "confirm" to done, and the same file
 * again (nothing new). The anchor is the signing rate measured in the same JVM just before. Run by
 * {@code bench/award-csv.sh}; see docs/benchmarks.md.
 */
public final class AwardCsvBenchmark {

	private AwardCsvBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		Path dataDir = Files.createTempDirectory("microcred-award-csv-");
		ConfigurableApplicationContext app = SpringApplication.run(MicrocredApplication.class,
				"--microcred.data-dir=" + dataDir, "--server.port=0", "--microcred.demo=false",
				"--microcred.base-url=http://localhost:8080", "--microcred.award-csv.poll-interval=PT0.2S",
				"--logging.level.root=WARN", "--logging.level.org.microcred=WARN");
		try {
			run(app, count);
		}
		finally {
			app.close();
		}
	}

	private static void run(ConfigurableApplicationContext app, int count) throws Exception {
		TestData data = new TestData(app.getBean(AccountService.class), app.getBean(OrganizationService.class));
		Credentials.Published design = new Credentials(app.getBean(CredentialDesignService.class),
				app.getBean(CatalogService.class), data).publish("Award CSV benchmark");
		byte[] file = file(design, count);
		Files.createDirectories(Path.of("target/bench"));
		Files.write(Path.of("target/bench/award-csv-" + count + ".csv"), file);
		AwardCsvService uploads = app.getBean(AwardCsvService.class);
		double signingRate = BulkAwardBenchmark.signingRatePerCore();
		int cores = Runtime.getRuntime().availableProcessors();

		String loadBefore = loadAverage();
		long start = System.nanoTime();
		AwardCsvJob checked = upload(uploads, design, file);
		double dryRunSeconds = (System.nanoTime() - start) / 1e9;
		long confirmed = System.nanoTime();
		AwardCsvJob done = confirmAndWait(uploads, design, checked);
		double runSeconds = (System.nanoTime() - confirmed) / 1e9;
		String loadAfter = loadAverage();
		long again = System.nanoTime();
		AwardCsvJob repeat = confirmAndWait(uploads, design, upload(uploads, design, file));
		double repeatSeconds = (System.nanoTime() - again) / 1e9;

		String report = String.format("""
				award from a CSV file of %,d rows (%,d with a mistake), %d cores, embedded PostgreSQL
				load average before %s, after %s
				anchor: signing one credential of the design, one core: %,.0f/s (x %d cores = %,.0f/s)
				upload and dry run: %.2f s (%,d ready, %,d rows with problems)
				confirm to done (background, batches of 500, accounts created for new recipients): %.2f s = %,.0f credentials/s = %.2f x the signing rate of all cores
				  status %s: %,d issued, %,d skipped, %,d failed
				same file again (dry run + run): %.2f s, %,d issued, %,d skipped
				""", count, checked.problemRows(), cores, loadBefore, loadAfter, signingRate, cores, signingRate * cores,
				dryRunSeconds, checked.validRows(), checked.problemRows(), runSeconds, done.issued() / runSeconds,
				done.issued() / runSeconds / (signingRate * cores), done.status(), done.issued(), done.skipped(),
				done.failed(), repeatSeconds, repeat.issued(), repeat.skipped());
		System.out.print(report);
		Files.writeString(Path.of("target/bench/award-csv.txt"), report);
	}

	/** N rows, every hundredth with a mistake (a bad e-mail, an unknown micro-credential, a bad date in turn). */
	static byte[] file(Credentials.Published design, int count) {
		StringBuilder csv = new StringBuilder("email,name,achievement,assessed_on,how_assessed,pd_hours\n");
		String tag = UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < count; i++) {
			String email = "teacher" + i + "-" + tag + "@bench.example.org";
			String achievement = design.credential().value().toString();
			String date = "2026-07-15";
			if (i % 100 == 99) {
				switch ((i / 100) % 3) {
					case 0 -> email = "teacher" + i + " at bench.example.org";
					case 1 -> achievement = "No such micro-credential";
					default -> date = "15/07/2026";
				}
			}
			csv.append(email).append(",Teacher ").append(i).append(',').append(achievement).append(',').append(date)
				.append(",Portfolio ").append(i).append(" reviewed by two facilitators,7.5\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static AwardCsvJob upload(AwardCsvService uploads, Credentials.Published design, byte[] file) {
		return uploads.upload(design.admin(), design.issuer(), "bench.csv", "Assessed at the summer institute",
				file.length, new ByteArrayResource(file));
	}

	private static AwardCsvJob confirmAndWait(AwardCsvService uploads, Credentials.Published design, AwardCsvJob job)
			throws InterruptedException {
		uploads.confirm(design.admin(), design.issuer(), job.id());
		AwardCsvJob now;
		while ((now = uploads.get(design.admin(), design.issuer(), job.id())).inProgress()) {
			Thread.sleep(50);
		}
		return now;
	}

	private static String loadAverage() throws IOException {
		return Files.readString(Path.of("/proc/loadavg")).trim();
	}

}
