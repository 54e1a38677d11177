package org.microcred.integration;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.integration.internal.AwardCsvWorker;
import org.microcred.platform.ExclusiveJobs;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.TestMail;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An issuer administrator awards a micro-credential assessed elsewhere from a CSV file: the dry run lists the bad
 * rows and awards nothing, the confirmed upload awards the good rows in the background, a re-upload awards nothing
 * new, an interrupted run carries on, and only the issuer's own administrators get in.
 */
class AwardCsvIntegrationTests extends IntegrationTest {

	static final String HEADER = "email,name,achievement,assessed_on,how_assessed,pd_hours\n";

	@Autowired
	AwardCsvService uploads;

	@Autowired
	AwardCsvWorker worker;

	@Autowired
	ExclusiveJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theDryRunListsBadRowsTheConfirmedUploadAwardsTheRestAndAReuploadAwardsNothingNew() {
		Published achievement = credentials.publish("Classroom questioning");
		String title = credentials.title(achievement);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String file = HEADER
				+ row(tag, 1, achievement.credential().value().toString(), "2026-07-15")
				+ row(tag, 2, title, "2026-07-15")
				+ "not-an-address,Bad,\"" + title + "\",2026-07-15,Portfolio,\n"
				+ row(tag, 3, "No such micro-credential", "2026-07-15")
				+ row(tag, 4, title, "15/07/2026")
				+ row(tag, 1, title, "2026-07-16")
				+ "person5-" + tag + "@test.microcred.org,,\"" + title + "\",2026-07-15,,\n"
				+ row(tag, 6, title.toUpperCase(), "2026-07-14");
		WebClientSession admin = browserSession().logIn(achievement.admin().email(), TestData.PASSWORD);
		String page = "/manage/issuers/" + achievement.issuer().value() + "/award-csv";

		HttpResponse<String> uploaded = admin.postMultipart(page, page,
				Map.of("evidenceName", "Assessed at the 2026 summer institute"), "summer.csv",
				file.getBytes(StandardCharsets.UTF_8));

		assertThat(uploaded.statusCode()).isEqualTo(302);
		String jobPage = uploaded.headers().firstValue("Location").orElseThrow();
		UUID job = UUID.fromString(jobPage.substring(jobPage.lastIndexOf('/') + 1));
		AwardCsvJob checked = uploads.get(achievement.admin(), achievement.issuer(), job);
		assertThat(checked.status()).isEqualTo("READY");
		assertThat(checked.totalRows()).isEqualTo(8);
		assertThat(checked.validRows()).isEqualTo(3);
		assertThat(checked.problemRows()).isEqualTo(5);
		assertThat(uploads.problems(achievement.admin(), achievement.issuer(), job, new PageRequest(0, 20)).items())
			.extracting(p -> p.row() + " " + p.column() + " " + p.message().key())
			.containsExactly("4 email integration.award-csv.email-invalid",
					"5 achievement integration.award-csv.achievement-unknown",
					"6 assessed_on integration.award-csv.date-invalid",
					"7 email integration.award-csv.repeated", "8 how_assessed integration.award-csv.how-missing");
		String shown = admin.get(jobPage).body();
		assertThat(shown).contains("This is not a valid e-mail address.", "15/07/2026",
				"The same person and micro-credential as row 2.", "Award 3 credentials");
		assertThat(admin.get(jobPage + "/problems.csv").body()).contains("Row,Column,Problem",
				"4,email,This is not a valid e-mail address.");
		assertThat(issuedCount(achievement)).isZero();

		assertThat(admin.post(jobPage, jobPage + "/confirm", Map.of()).statusCode()).isEqualTo(302);
		AwardCsvJob done = awaitFinished(achievement, job);

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.issued()).isEqualTo(3);
		assertThat(issuedCount(achievement)).isEqualTo(3);
		assertThat(admin.get(jobPage).body()).contains("Finished: 3 credentials issued, 0 skipped");
		String signed = jdbc.sql("""
				select c.signed from issued_credential c join account a on a.id = c.teacher_id
				where c.version_id = ? and a.email = ?""")
			.params(achievement.version().value(), email(tag, 2))
			.query(String.class)
			.single();
		assertThat(signed).contains("Assessed at the 2026 summer institute (2026-07-15)",
				"Portfolio of person 2 reviewed by two facilitators");
		assertThat(TestMail.awaitMessagesTo(email(tag, 6), 1)).isNotEmpty();

		HttpResponse<String> again = admin.postMultipart(page, page,
				Map.of("evidenceName", "Assessed at the 2026 summer institute"), "summer.csv",
				file.getBytes(StandardCharsets.UTF_8));
		String againPage = again.headers().firstValue("Location").orElseThrow();
		UUID second = UUID.fromString(againPage.substring(againPage.lastIndexOf('/') + 1));
		uploads.confirm(achievement.admin(), achievement.issuer(), second);
		AwardCsvJob repeated = awaitFinished(achievement, second);

		assertThat(repeated.issued()).isZero();
		assertThat(repeated.skipped()).isEqualTo(3);
		assertThat(issuedCount(achievement)).isEqualTo(3);
	}

	@Test
	void onlyTheIssuersOwnAdministratorsGetIn() {
		Published achievement = credentials.publish("Wait time");
		AwardCsvJob job = upload(achievement, HEADER + row("x", 1, credentials.title(achievement), "2026-07-01"));
		Published other = credentials.publish("Another issuer's");
		String page = "/manage/issuers/" + achievement.issuer().value() + "/award-csv";

		WebClientSession stranger = browserSession().logIn(other.admin().email(), TestData.PASSWORD);
		assertThat(stranger.get(page).statusCode()).isEqualTo(403);
		assertThat(stranger.get(page + "/" + job.id()).statusCode()).isEqualTo(403);
		CurrentUser teacher = data.teacher();
		assertThat(browserSession().logIn(teacher.email(), TestData.PASSWORD).get(page).statusCode()).isEqualTo(403);
		// through their own issuer's pages, another issuer's upload does not exist
		assertThatThrownBy(() -> uploads.get(other.admin(), other.issuer(), job.id()))
			.isInstanceOf(NotFoundException.class);
		assertThat(stranger.get("/manage/issuers/" + other.issuer().value() + "/award-csv/" + job.id()).statusCode())
			.isEqualTo(404);
		assertThat(uploads.get(achievement.admin(), achievement.issuer(), job.id()).status()).isEqualTo("READY");
	}

	@Test
	void aFileTooLargeOrWithTooManyRowsIsRefusedWithTheReasonAndNothingIsKept() {
		Published achievement = credentials.publish("Exit tickets");
		WebClientSession admin = browserSession().logIn(achievement.admin().email(), TestData.PASSWORD);
		String page = "/manage/issuers/" + achievement.issuer().value() + "/award-csv";
		byte[] huge = new byte[5 * 1024 * 1024 + 1];
		java.util.Arrays.fill(huge, (byte) 'a');

		HttpResponse<String> tooLarge = admin.postMultipart(page, page, Map.of("evidenceName", "Institute"), "big.csv",
				huge);
		assertThat(tooLarge.headers().firstValue("Location").orElseThrow()).endsWith(page);
		assertThat(admin.get(page).body()).contains("The file is larger than 5 MB.");

		StringBuilder many = new StringBuilder(HEADER);
		for (int i = 0; i <= 20_000; i++) {
			many.append("p").append(i).append("@x.org,,a,2026-01-01,b,\n");
		}
		admin.postMultipart(page, page, Map.of("evidenceName", "Institute"), "many.csv",
				many.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(admin.get(page).body()).contains("The file has more than 20,000 rows.");
		assertThat(uploads.list(achievement.admin(), achievement.issuer(), new PageRequest(0, 10)).total()).isZero();
	}

	@Test
	void anInterruptedRunCarriesOnWithTheRowsLeftAndAwardsEachRowOnce() {
		Published achievement = credentials.publish("Think-pair-share");
		String title = credentials.title(achievement);
		StringBuilder file = new StringBuilder(HEADER);
		for (int i = 1; i <= 30; i++) {
			file.append(row("resume-" + UUID.randomUUID().toString().substring(0, 6), i, title, "2026-06-30"));
		}
		AwardCsvJob job = upload(achievement, file.toString());

		// an instance that awarded the first ten rows, then died: its lock went with its connection
		TransactionTemplate separate = new TransactionTemplate(transactions);
		separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		jobs.runIfFree("integration.award-csv", () -> {
			separate.executeWithoutResult(s -> {
				uploads.confirm(achievement.admin(), achievement.issuer(), job.id());
				jdbc.sql("update award_csv_job set status = 'RUNNING' where id = ? and status = 'CONFIRMED'")
					.param(job.id())
					.update();
			});
			assertThat(worker.runBatch(job.id(), 10)).isEqualTo(10);
		});
		AwardCsvJob interrupted = uploads.get(achievement.admin(), achievement.issuer(), job.id());
		assertThat(interrupted.issued()).isEqualTo(10);
		assertThat(issuedCount(achievement)).isEqualTo(10);

		AwardCsvJob done = awaitFinished(achievement, job.id());

		assertThat(done.status()).isEqualTo("DONE");
		assertThat(done.issued()).isEqualTo(30);
		assertThat(done.skipped()).isZero();
		assertThat(issuedCount(achievement)).isEqualTo(30);
	}

	private AwardCsvJob upload(Published achievement, String csv) {
		byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
		return uploads.upload(achievement.admin(), achievement.issuer(), "awards.csv", "Summer institute",
				bytes.length, new ByteArrayResource(bytes));
	}

	private AwardCsvJob awaitFinished(Published achievement, UUID job) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> uploads.get(achievement.admin(), achievement.issuer(), job), j -> !j.inProgress());
	}

	private long issuedCount(Published achievement) {
		return jdbc.sql("select count(*) from issued_credential where version_id = ?")
			.param(achievement.version().value())
			.query(Long.class)
			.single();
	}

	static String row(String tag, int n, String achievement, String date) {
		return email(tag, n) + ",Person " + n + ",\"" + achievement + "\"," + date + ",Portfolio of person " + n
				+ " reviewed by two facilitators,6\n";
	}

	static String email(String tag, int n) {
		return "person" + n + "-" + tag + "@test.microcred.org";
	}

}
