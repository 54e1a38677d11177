package org.microcred.organization.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.microcred.organization.roster.RosterFixtures.awaitFinished;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterFile;
import org.microcred.organization.RosterFormat;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance test of issue 7: a generated 100,000-row users.csv is imported with visible progress, and
 * importing it again changes nothing. Timings are printed and written to target/roster-benchmark.txt (for
 * docs/benchmarks.md); they are not asserted.
 */
class RosterImportLargeIntegrationTests extends IntegrationTest {

	static final int TEACHERS = 100_000;

	static final int SCHOOLS = 50;

	@Autowired
	RosterImportService imports;

	@Autowired
	RosterWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aHundredThousandRowUsersCsvImportsWithProgressAndASecondImportChangesNothing() throws IOException {
		String tag = RosterFixtures.tag();
		Path dir = Files.createDirectories(Paths.get("target", "roster-bench"));
		List<RosterFile> files = generate(dir, tag);
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);

		long t0 = System.nanoTime();
		RosterImport first = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files, false, true);
		long dryRun1 = millisSince(t0);
		assertThat(first.problemCount()).isZero();
		assertThat(first.summary()).containsEntry("SCHOOL.ADD", SCHOOLS).containsEntry("TEACHER.ADD", TEACHERS);

		long t1 = System.nanoTime();
		imports.confirm(admin, district, first.id());
		RosterImport applied = awaitFinished(imports, worker, admin, district, first.id(), Duration.ofMinutes(10));
		long apply1 = millisSince(t1);
		assertThat(applied.status()).isEqualTo("DONE");
		assertThat(applied.doneRows()).isEqualTo(TEACHERS + SCHOOLS);
		// 50 welcome mails were sent at once; keep the other 99,950 from flooding the test mail server
		jdbc.sql("update mail_outbox set status = 'LOGGED', body = null where recipient like ? and status = 'PENDING'")
			.param("%@" + domain(tag)).update();
		Map<String, Long> before = counts(district, tag);
		assertThat(before).containsEntry("members", (long) TEACHERS).containsEntry("accounts", (long) TEACHERS)
			.containsEntry("mails", (long) TEACHERS).containsEntry("schools", (long) SCHOOLS);

		long t2 = System.nanoTime();
		RosterImport second = imports.dryRun(admin, district, RosterFormat.ONEROSTER, files, false, true);
		long dryRun2 = millisSince(t2);
		assertThat(second.summary()).containsOnly(Map.entry("SCHOOL.UNCHANGED", SCHOOLS),
				Map.entry("TEACHER.UNCHANGED", TEACHERS));
		long t3 = System.nanoTime();
		imports.confirm(admin, district, second.id());
		assertThat(awaitFinished(imports, worker, admin, district, second.id(), Duration.ofMinutes(10)).status())
			.isEqualTo("DONE");
		long apply2 = millisSince(t3);
		assertThat(counts(district, tag)).isEqualTo(before);

		String report = """
				Roster import, %d teachers in %d schools (users.csv %d bytes), %d processors
				first import:  dry run %d ms, apply %d ms (worker's own figure %d ms), 100,000 welcome mails queued
				second import: dry run %d ms, apply %d ms (nothing changed)
				""".formatted(TEACHERS, SCHOOLS, Files.size(dir.resolve("users.csv")),
				Runtime.getRuntime().availableProcessors(), dryRun1, apply1, applied.applyMillis(), dryRun2, apply2);
		System.out.println(report);
		Files.writeString(Paths.get("target", "roster-benchmark.txt"), report, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING);
	}

	/** orgs.csv with 50 schools and users.csv with 100,000 teachers, written as a stream. */
	static List<RosterFile> generate(Path dir, String tag) throws IOException {
		Path orgs = dir.resolve("orgs.csv");
		Path users = dir.resolve("users.csv");
		try (BufferedWriter out = Files.newBufferedWriter(orgs, StandardCharsets.UTF_8)) {
			out.write("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n");
			out.write("district-1,active,,Bench District,district,,\n");
			for (int s = 1; s <= SCHOOLS; s++) {
				out.write("school-" + s + ",active,,School number " + s + ",school,,district-1\n");
			}
		}
		try (BufferedWriter out = Files.newBufferedWriter(users, StandardCharsets.UTF_8)) {
			out.write("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
					+ "givenName,familyName,middleName,identifier,email\n");
			for (int i = 1; i <= TEACHERS; i++) {
				out.write("teacher-" + i + ",active,2026-08-01T00:00:00Z,true,\"district-1,school-" + (i % SCHOOLS + 1)
						+ "\",teacher,t" + i + ",{stateLicense:SL-" + i + "},Given" + i + ",Family" + i + ",,ID" + i
						+ ",teacher" + i + "@" + domain(tag) + "\n");
			}
		}
		return List.of(new RosterFile("orgs.csv", new FileSystemResource(orgs)),
				new RosterFile("users.csv", new FileSystemResource(users)));
	}

	private static String domain(String tag) {
		return "bench-" + tag + ".example.org";
	}

	private Map<String, Long> counts(OrganizationId district, String tag) {
		String like = "%@" + domain(tag);
		return Map.of("schools", count("select count(*) from school where district_id = ?", district.value()),
				"members", count("select count(*) from district_member where district_id = ? and active", district.value()),
				"accounts", count("select count(*) from account where email like ?", like),
				"grants", count("select count(*) from role_grant where organization_id = ?", district.value()),
				"mails", count("select count(*) from mail_outbox where recipient like ?", like));
	}

	private long count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

}
