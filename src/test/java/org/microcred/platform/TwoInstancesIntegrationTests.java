package org.microcred.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.microcred.demo.DemoAccounts;
import org.microcred.support.AppProcess;
import org.microcred.support.WebClientSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Two application instances, as behind a load balancer: separate processes on one PostgreSQL and one shared
 * evidence directory, both running their background workers. Nothing that matters lives in one of them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIntegrationTests {

	private static final String BASE_URL = "https://microcred.example.org";

	private static final int ROSTER_ROWS = 20_000;

	/** Every instance gets the same master key from outside (docs/deploy.md), as an operator's secret store does. */
	private static final String MASTER_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

	@TempDir
	static Path temp;

	private static EmbeddedPostgres postgres;

	private static AppProcess a;

	private static AppProcess b;

	private static Connection connection;

	private static JdbcClient db;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() throws Exception {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(Files.createDirectories(temp.resolve("db")))
			.setCleanDataDirectory(true)
			.setLocaleConfig("locale-provider", "builtin")
			.setLocaleConfig("builtin-locale", "C.UTF-8")
			.setServerConfig("fsync", "off")
			.setServerConfig("max_connections", "120")
			.start();
		try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
			admin.createStatement().execute("create database microcred");
		}
		// in target/, so that the instances' logs outlive the test
		Path shared = Files.createDirectories(Path.of("target", "two-instances-" + System.currentTimeMillis(), "data"));
		CompletableFuture<AppProcess> first = CompletableFuture.supplyAsync(() -> instance("a", shared));
		CompletableFuture<AppProcess> second = CompletableFuture.supplyAsync(() -> instance("b", shared));
		a = first.join();
		b = second.join();
		connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "microcred"));
		db = JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

	private static AppProcess instance(String name, Path shared) {
		try {
			return AppProcess.instance(postgres.getJdbcUrl("postgres", "microcred") + "&ApplicationName=instance-" + name,
					shared, BASE_URL, "--microcred.badge.master-key=" + MASTER_KEY, "--microcred.roster.poll-interval=PT1S", "--microcred.roster.lease=PT10S",
					"--microcred.events.retry-interval=PT1S", "--microcred.events.retry-min-age=PT0S");
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void stopEverything() throws Exception {
		for (AppProcess app : new AppProcess[] { a, b }) {
			if (app != null) {
				app.close();
			}
		}
		if (connection != null) {
			connection.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void aSessionStartedOnOneInstanceWorksOnTheOther() {
		WebClientSession onA = a.session().logIn(DemoAccounts.TEACHER, DemoAccounts.PASSWORD);
		WebClientSession onB = onA.on(b.port());

		HttpResponse<String> home = onB.get("/teacher");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Log out");
		assertThat(b.session().get("/teacher").statusCode()).as("without the cookie").isEqualTo(302);
	}

	@Test
	@Order(2)
	void aSubmissionClaimedOnOneInstanceIsNotClaimableOnTheOther() {
		WebClientSession reviewerOnA = a.session().logIn(DemoAccounts.REVIEWER, DemoAccounts.PASSWORD);
		WebClientSession reviewerOnB = reviewerOnA.on(b.port());
		int waiting = db.sql("""
				select count(*) from review_item i where i.stage <> 'DECIDED' and i.open_slots > 0 and i.credential_id in (
				  select p.credential_id from reviewer_pool p join account r on r.id = p.reviewer_id
				  where r.email = ? and p.status = 'ACTIVE')""")
			.param(DemoAccounts.REVIEWER).query(Integer.class).single();
		assertThat(waiting).as("demo submissions waiting for the demo reviewer").isGreaterThanOrEqualTo(2);

		// the queue page once first: the session's CSRF token is made then (two first pages at once would each make one)
		assertThat(reviewerOnA.get("/reviewer").statusCode()).isEqualTo(200);
		// the same reviewer presses "Claim next" on both instances at once, twice each
		List<CompletableFuture<HttpResponse<String>>> claims = new ArrayList<>();
		for (WebClientSession session : List.of(reviewerOnA, reviewerOnB, reviewerOnA, reviewerOnB)) {
			claims.add(CompletableFuture.supplyAsync(() -> session.post("/reviewer", "/reviewer/claim", Map.of())));
		}
		List<String> claimed = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> claim : claims) {
			HttpResponse<String> answer = claim.join();
			assertThat(answer.statusCode()).isEqualTo(302);
			Matcher review = Pattern.compile("/reviewer/reviews/([0-9a-f-]{36})")
				.matcher(answer.headers().firstValue("Location").orElse(""));
			if (review.find()) {
				claimed.add(db.sql("select attempt_id::text from review where id = ?::uuid").param(review.group(1))
					.query(String.class).single());
			}
		}
		assertThat(claimed).hasSizeGreaterThanOrEqualTo(Math.min(2, waiting)).doesNotHaveDuplicates();
		// each claimed submission is held once by this reviewer, whichever instance took the claim
		assertThat(db.sql("""
				select count(*) from review v join account r on r.id = v.reviewer_id
				where r.email = :reviewer and v.status = 'CLAIMED' and v.attempt_id::text in (:claimed)""")
			.param("reviewer", DemoAccounts.REVIEWER).param("claimed", claimed).query(Integer.class).single())
			.isEqualTo(claimed.size());
	}

	/**
	 * The same "enrollment passed" event delivered on both instances (Spring Modulith delivers an outstanding event
	 * again on restart and on retry, on whichever instance does so): one credential.
	 */
	@Test
	@Order(3)
	void aCredentialIsIssuedOnceWhenBothInstancesHandleTheEvent() {
		Map<String, Object> passed = db.sql("""
				select listener_id, event_type, serialized_event from event_publication
				where event_type like '%EnrollmentPassed' and listener_id like '%Badge%' limit 1""")
			.query().singleRow();
		String event = (String) passed.get("serialized_event");
		Matcher enrollment = Pattern.compile("\"enrollmentId\"\\s*:\\s*(\\{\\s*\"value\"\\s*:\\s*)?\"([0-9a-f-]{36})\"")
			.matcher(event);
		assertThat(enrollment.find()).as(event).isTrue();
		UUID fresh = UUID.randomUUID();
		String again = event.replace(enrollment.group(2), fresh.toString());
		for (int copy = 0; copy < 2; copy++) {
			db.sql("""
					insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
					  completion_attempts, last_resubmission_date)
					values (?, ?, ?, ?, now() - interval '1 minute', 'FAILED', 1, now() - interval '1 minute')""")
				.params(UUID.randomUUID(), passed.get("listener_id"), passed.get("event_type"), again).update();
		}

		await("both deliveries completed", () -> db.sql("""
				select count(*) = 0 from event_publication where serialized_event = ? and completion_date is null""")
			.param(again).query(Boolean.class).single());
		assertThat(db.sql("select count(*) from issued_credential where enrollment_id = ?").param(fresh)
			.query(Integer.class).single()).isEqualTo(1);
	}

	/** A revocation made through one instance is on the other's public page at once (no stale verification). */
	@Test
	@Order(4)
	void aRevocationOnOneInstanceShowsOnTheOthersBadgePageAtOnce() {
		Map<String, Object> credential = db.sql("""
				select c.id::text as id, c.issuer_id::text as issuer from issued_credential c join organization o on o.id = c.issuer_id
				where c.state = 'ACTIVE' and o.name = ? and c.stack = false order by c.issued_at desc limit 1""")
			.param(DemoAccounts.NONPROFIT).query().singleRow();
		String page = "/credentials/" + credential.get("id");
		assertThat(b.session().get(page).body()).contains("Verified").doesNotContain("Not verified");

		WebClientSession admin = a.session().logIn(DemoAccounts.ISSUER_ADMIN, DemoAccounts.PASSWORD);
		String badges = "/manage/issuers/" + credential.get("issuer") + "/badges";
		HttpResponse<String> revoked = admin.post(badges, badges + "/" + credential.get("id"),
				Map.of("action", "revoke", "reason", "Issued in error during the two-instance test."));
		assertThat(revoked.statusCode()).isEqualTo(302);
		assertThat(revoked.headers().firstValue("Location").orElse("")).endsWith(badges);

		assertThat(b.session().get(page).body()).contains("Not verified");
	}

	/** Kills the instance applying a large roster import; the other takes it over and finishes it. */
	@Test
	@Order(5)
	void aRosterImportStartedOnOneAndKilledIsFinishedByTheOther() throws Exception {
		String district = db.sql("select id::text from organization where name = ?").param(DemoAccounts.DISTRICT)
			.query(String.class).single();
		String roster = "/manage/districts/" + district + "/roster";
		StringBuilder csv = new StringBuilder("school,teacher_id,given_name,family_name,email,state_license_number\n");
		for (int n = 0; n < ROSTER_ROWS; n++) {
			csv.append(n % 2 == 0 ? DemoAccounts.SCHOOL_ELEMENTARY : DemoAccounts.SCHOOL_HIGH)
				.append(",TWO-").append(n).append(",Given").append(n).append(",Family").append(n)
				.append(",two-instances-").append(n).append("@roster.test.microcred.org,SL-TWO-").append(n).append('\n');
		}
		WebClientSession admin = a.session().logIn(DemoAccounts.DISTRICT_ADMIN, DemoAccounts.PASSWORD);
		HttpResponse<String> dryRun = admin.postMultipart(roster, roster, Map.of("format", "TEMPLATE"), "files",
				"roster.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
		String importPage = dryRun.headers().firstValue("Location").orElseThrow();
		UUID importId = UUID.fromString(importPage.substring(importPage.lastIndexOf('/') + 1));
		assertThat(admin.post(importPage, importPage + "/confirm", Map.of()).statusCode()).isEqualTo(302);

		String applying = await("an instance applying the import", () -> db.sql("""
				select a.application_name from pg_locks l join pg_stat_activity a on a.pid = l.pid
				where l.locktype = 'advisory' and l.granted
				  and ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended('roster-import:' || ?, 7)""")
			.param(importId.toString()).query(String.class).optional());
		AppProcess victim = applying.equals("instance-a") ? a : b;
		AppProcess survivor = victim == a ? b : a;
		victim.kill();

		await("the import finished by the other instance", () -> db.sql(
				"select status = 'DONE' from roster_import where id = ?").param(importId).query(Boolean.class).single());
		assertThat(db.sql("select attempts from roster_import where id = ?").param(importId).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(db.sql("select count(*) from account where email like 'two-instances-%@roster.test.microcred.org'")
			.query(Integer.class).single()).isEqualTo(ROSTER_ROWS);
		WebClientSession onSurvivor = survivor.session().logIn(DemoAccounts.DISTRICT_ADMIN, DemoAccounts.PASSWORD);
		assertThat(onSurvivor.get(importPage).statusCode()).isEqualTo(200);
	}

	private static <T> T await(String what, Supplier<Object> check) {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		while (Instant.now().isBefore(deadline)) {
			Object value = check.get();
			if (value instanceof Optional<?> optional && optional.isPresent()) {
				@SuppressWarnings("unchecked")
				T found = (T) optional.get();
				return found;
			}
			if (Boolean.TRUE.equals(value)) {
				return null;
			}
			try {
				Thread.sleep(200);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
		throw new AssertionError("Timed out waiting for " + what);
	}

}
