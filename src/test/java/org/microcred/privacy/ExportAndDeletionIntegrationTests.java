package org.microcred.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.microcred.badge.VerificationService;
import org.microcred.identity.CurrentUser;
import org.microcred.learning.internal.EvidenceStorage;
import org.microcred.organization.OrganizationId;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** "Download all my data" and "Delete my account", through the pages a teacher uses. */
@Import(PrivacyFixture.class)
class ExportAndDeletionIntegrationTests extends IntegrationTest {

	@Autowired
	PrivacyFixture fixture;

	@Autowired
	EvidenceStorage storage;

	@Autowired
	VerificationService verification;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theExportHoldsTheProfileLearningSignedCredentialsAndEvidenceOfThisTeacherOnly() throws Exception {
		Published published = credentials.publish("Exported");
		CurrentUser teacher = data.teacher();
		PrivacyFixture.Earned earned = fixture.earn(published, teacher);
		CurrentUser other = data.teacher();
		fixture.earn(credentials.publish("Someone else"), other);

		WebClientSession session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		assertThat(session.get("/profile").body()).contains("href=\"/account/data\"");
		assertThat(session.get("/account/data").body()).contains("/account/data/export.zip");
		var zip = session.getBytes("/account/data/export.zip");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		Map<String, byte[]> entries = unzip(zip.body());

		assertThat(text(entries, "profile.json")).contains(teacher.email(), teacher.displayName())
			.doesNotContain(other.email());
		assertThat(text(entries, "learning.json")).contains("My lesson plan with embedded checks", "Well done",
				"PASSED");
		assertThat(text(entries, "credentials/" + earned.credential().id().value() + ".json"))
			.isEqualTo(earned.credential().signed());
		assertThat(entries.keySet().stream().filter(n -> n.startsWith("credentials/"))).hasSize(1);
		String filePath = "evidence/" + earned.file().id() + "-lesson-plan.pdf";
		assertThat(entries.get(filePath)).isEqualTo(earned.bytes());
		assertThat(text(entries, "evidence/files.json")).contains(earned.file().sha256());
		assertThat(entries.keySet().stream().filter(n -> n.startsWith("evidence/") && n.endsWith(".pdf"))).hasSize(1);
	}

	@Test
	void aDeletedAccountCannotLogInItsPersonalDataIsGoneAndItsCredentialStillVerifies() throws Exception {
		Published published = credentials.publish("Forgotten");
		OrganizationId district = data.district();
		CurrentUser teacher = data.teacherIn(district);
		PrivacyFixture.Earned earned = fixture.earn(published, teacher);
		String key = jdbc.sql("select storage_key from evidence_file where id = ?").param(earned.file().id())
			.query(String.class).single();
		WebClientSession session = browserSession().logIn(teacher.email(), TestData.PASSWORD);
		WebClientSession otherDevice = browserSession().logIn(teacher.email(), TestData.PASSWORD);

		var wrong = session.post("/account/data", "/account/delete",
				Map.of("password", "not my password", "confirmation", teacher.email()));
		assertThat(wrong.statusCode()).isEqualTo(400);
		assertThat(wrong.body()).contains("Your password is not correct. Nothing was deleted.");
		var untyped = session.post("/account/data", "/account/delete",
				Map.of("password", TestData.PASSWORD, "confirmation", "yes"));
		assertThat(untyped.body()).contains("Type your e-mail address exactly as shown");
		assertThat(count("select count(*) from account where email = ?", teacher.email())).isOne();

		var deleted = session.post("/account/data", "/account/delete",
				Map.of("password", TestData.PASSWORD, "confirmation", teacher.email()));
		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location").orElse("")).endsWith("/account/deleted");
		assertThat(session.get("/account/deleted").body()).contains("Your account was deleted");

		assertThat(otherDevice.get("/teacher").statusCode()).isEqualTo(302);
		var login = browserSession().post("/login", "/login",
				Map.of("username", teacher.email(), "password", TestData.PASSWORD));
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotEndWith("/home");

		assertThatThrownBy(() -> storage.open(key).close()).isInstanceOf(IOException.class);
		String email = teacher.email().toLowerCase();
		assertThat(count("select count(*) from account where lower(email) = ?", email)).isZero();
		assertThat(count("select count(*) from account where id = ? and (display_name = ? or enabled "
				+ "or password_hash is not null)", teacher.id().value(), teacher.displayName())).isZero();
		assertThat(count("select count(*) from evidence_file where teacher_id = ?", teacher.id().value())).isZero();
		assertThat(count("select count(*) from evidence_draft d join enrollment e on e.id = d.enrollment_id "
				+ "where e.teacher_id = ?", teacher.id().value())).isZero();
		assertThat(count("select count(*) from attempt_evidence v join attempt a on a.id = v.attempt_id join "
				+ "enrollment e on e.id = a.enrollment_id where e.teacher_id = ? and v.text is not null",
				teacher.id().value())).isZero();
		assertThat(count("select count(*) from notice where account_id = ?", teacher.id().value())).isZero();
		assertThat(count("select count(*) from mail_outbox where lower(recipient) = ?", email)).isZero();
		assertThat(count("select count(*) from role_grant where account_id = ?", teacher.id().value())).isZero();
		assertThat(count("select count(*) from district_member where account_id = ? and active", teacher.id().value()))
			.isZero();
		assertThat(count("select count(*) from privacy_audit where action = 'ACCOUNT_DELETED' and actor_id = ?",
				teacher.id().value())).isOne();

		assertThat(verification.verify(earned.credential()).verified()).isTrue();
		String page = browserSession().get("/credentials/" + earned.credential().id().value()).body();
		assertThat(page).doesNotContain(teacher.displayName());
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static String text(Map<String, byte[]> entries, String name) {
		assertThat(entries).containsKey(name);
		return new String(entries.get(name), StandardCharsets.UTF_8);
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
