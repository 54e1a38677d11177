package org.microcred.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The large data set generator of the benchmarks (bench/large-dataset.sql), run small on the demo data: what it
 * writes is what the app serves, a generated credential's badge page and JSON, the catalog and its API. The undo
 * script then leaves the shared test database as the other tests expect it.
 */
class LargeDatasetScriptIntegrationTests extends IntegrationTest {

	@Autowired
	DemoSeeder demo;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGeneratedPlatformIsServedLikeOneTheAppBuilt() throws Exception {
		demo.seedOnce();
		long credentials = count("select count(*) from issued_credential");
		long published = count("select count(*) from credential_version where status = 'PUBLISHED'");
		long districts = count("select count(*) from organization where kind = 'DISTRICT'");
		try {
			run("bench/large-dataset.sql", Map.of("bench.credentials", "1000", "bench.teachers", "100", "bench.catalog",
					String.valueOf(published + 50), "bench.districts", String.valueOf(districts + 2), "bench.schools", "2"));

			assertThat(count("select count(*) from issued_credential")).isEqualTo(credentials + 1000);
			assertThat(count("select count(*) from credential_version where status = 'PUBLISHED'")).isEqualTo(published + 50);
			assertThat(count("select count(*) from account where email like '%@bench.invalid'")).isEqualTo(100);
			assertThat(count("select count(*) from organization where kind = 'DISTRICT'")).isEqualTo(districts + 2);
			assertThat(count("select count(*) from district_credential_fact f join account a on a.id = f.teacher_id"
					+ " where a.email like '%@bench.invalid'")).isEqualTo(1000);
			// every passed enrollment: attempts numbered from 1, the last one passed when the enrollment did
			assertThat(count("""
					select count(*) from enrollment e join account a on a.id = e.teacher_id
					where a.email like '%@bench.invalid' and e.status = 'PASSED'
					  and (not exists (select 1 from attempt t where t.enrollment_id = e.id and t.number = 1)
					    or not exists (select 1 from attempt t where t.enrollment_id = e.id and t.status = 'PASSED'
					      and t.decided_at = e.passed_at))""")).isZero();

			badgePageAndJsonOfAGeneratedCredential();
			catalogListsAGeneratedEntry();
		}
		finally {
			run("bench/large-dataset-undo.sql", Map.of());
		}
		assertThat(count("select count(*) from issued_credential")).isEqualTo(credentials);
		assertThat(count("select count(*) from credential_version where status = 'PUBLISHED'")).isEqualTo(published);
		assertThat(count("select count(*) from organization where kind = 'DISTRICT'")).isEqualTo(districts);
	}

	private void badgePageAndJsonOfAGeneratedCredential() {
		var generated = jdbc.sql("""
				select i.id::text, a.display_name from issued_credential i join account a on a.id = i.teacher_id
				where a.email like '%@bench.invalid' order by a.email, i.issued_at limit 1""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		var session = browserSession();
		var page = session.get("/credentials/" + generated[0], "text/html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(generated[1]).contains("Verified");
		var json = session.get("/credentials/" + generated[0], "application/vc+ld+json");
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).contains("\"OpenBadgeCredential\"").contains("\"proof\"");
	}

	private void catalogListsAGeneratedEntry() {
		String title = jdbc.sql("""
				select v.title from credential_version v join credential_audit a on a.version_id = v.id
				where a.comment = 'bench/large-dataset.sql' and v.status = 'PUBLISHED' order by v.title limit 1""")
			.query(String.class)
			.single();
		var session = browserSession();
		String q = URLEncoder.encode(title, StandardCharsets.UTF_8);
		var catalog = session.get("/catalog?q=" + q, "text/html");
		assertThat(catalog.statusCode()).isEqualTo(200);
		assertThat(catalog.body()).contains(title);
		var api = session.get("/api/v1/catalog?q=" + q, "application/json");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.body()).contains("\"title\":\"" + title + "\"");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Runs a bench script the way psql -1 does: in one transaction, with its settings local to it. */
	private void run(String script, Map<String, String> settings) throws IOException, SQLException {
		String sql = Files.readString(Path.of(script));
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (var setting : settings.entrySet()) {
				statement.execute("select set_config('" + setting.getKey() + "', '" + setting.getValue() + "', true)");
			}
			statement.execute(sql);
			connection.commit();
			connection.setAutoCommit(true);
		}
	}

}
