package org.microcred.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredential;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.learning.AttemptId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.organization.OrganizationId;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.microcred.support.TestData;
import org.microcred.support.WebClientSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code microcred.datasource.replica.url} set, the public pages and the district reports read from the
 * replica; writes stay on the primary. The "replica" here is the test database itself, reached through a second
 * pool under its own application name, so what went where can be counted and seen in {@code pg_stat_activity}.
 */
class ReadReplicaIntegrationTests extends IntegrationTest {

	@DynamicPropertySource
	static void replica(DynamicPropertyRegistry registry) {
		registry.add("microcred.datasource.replica.url",
				() -> EmbeddedPostgresLauncher.start(null, true, false) + "&ApplicationName=microcred-replica");
	}

	@Autowired
	ReadReplica.Route replica;

	@Autowired
	BadgeService badges;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publicPagesAndReportsReadFromTheReplica() {
		Published credential = credentials.publish("Read from the replica");
		Instant now = Instant.now();
		IssuedCredential issued = badges.issueFor(new EnrollmentPassed(new EnrollmentId(UUID.randomUUID()),
				new AttemptId(UUID.randomUUID()), data.teacher().id(), credential.credential(), credential.version(), 1,
				false, now, now));
		WebClientSession anyone = browserSession();

		long before = replica.connections();
		assertThat(anyone.get("/credentials/" + issued.id()).body()).contains("Read from the replica", "Verified");
		assertThat(replica.connections()).as("badge page").isGreaterThan(before);

		before = replica.connections();
		assertThat(anyone.get("/catalog").statusCode()).isEqualTo(200);
		assertThat(replica.connections()).as("catalog").isGreaterThan(before);

		before = replica.connections();
		assertThat(anyone.get("/issuers/" + credential.issuer()).statusCode()).isEqualTo(200);
		assertThat(replica.connections()).as("issuer page").isGreaterThan(before);

		// a district's first report also writes its figures (apart, on the primary) before reading them
		OrganizationId district = data.district();
		CurrentUser admin = data.admin(Role.DISTRICT_ADMIN, district);
		WebClientSession districtAdmin = browserSession().logIn(admin.email(), TestData.PASSWORD);
		before = replica.connections();
		assertThat(districtAdmin.get("/districts/" + district + "/reports").statusCode()).isEqualTo(200);
		assertThat(replica.connections()).as("district reports").isGreaterThan(before);

		assertThat(jdbc.sql("select count(*) from pg_stat_activity where application_name = 'microcred-replica'")
			.query(Integer.class).single()).as("the replica pool's connections").isPositive();
	}

	@Test
	void writesAndOrdinaryReadsStayOnThePrimary() {
		long before = replica.connections();
		Published credential = credentials.publish("Written to the primary");
		assertThat(replica.connections()).isEqualTo(before);
		assertThat(jdbc.sql("select current_setting('application_name')").query(String.class).single())
			.isNotEqualTo("microcred-replica");
		assertThat(credential.credential()).isNotNull();
	}

}
