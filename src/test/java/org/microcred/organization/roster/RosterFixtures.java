package org.microcred.organization.roster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterFile;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterImportService;
import org.springframework.core.io.ByteArrayResource;

/** Small OneRoster files with unique people, and waiting for an import to finish. */
final class RosterFixtures {

	private RosterFixtures() {
	}

	static String orgs(String tag) {
		return """
				sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId
				d-%1$s,active,,District %1$s,district,,
				s1-%1$s,active,,Lincoln Elementary %1$s,school,,d-%1$s
				s2-%1$s,active,,Roosevelt High %1$s,school,,d-%1$s
				""".formatted(tag);
	}

	static String header() {
		return "sourcedId,status,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,email\n";
	}

	static String teacher(String tag, int n, String school, String status) {
		return "t%d-%s,%s,true,%s-%s,teacher,u%d,{stateLicense:SL-%d},Given%d,Family%d,%s\n".formatted(n, tag, status,
				school, tag, n, n, n, n, email(tag, n));
	}

	static String email(String tag, int n) {
		return "teacher" + n + "-" + tag + "@roster.test.microcred.org";
	}

	static List<RosterFile> files(String orgs, String users) {
		return orgs == null ? List.of(file("users.csv", users)) : List.of(file("orgs.csv", orgs), file("users.csv", users));
	}

	static RosterFile file(String name, String text) {
		return new RosterFile(name, new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * What a live worker holds while it applies an import: an open transaction with the import's lock. Closing it
	 * ends the transaction, as a crash would.
	 */
	static AutoCloseable workerApplying(javax.sql.DataSource dataSource, UUID importId) throws java.sql.SQLException {
		java.sql.Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtextextended(?, 7))")) {
			lock.setString(1, RosterStore.applyLock(importId));
			lock.execute();
		}
		return () -> {
			connection.rollback();
			connection.close();
		};
	}

	/** Runs the worker (as the scheduler would) until the import is done or failed. */
	static RosterImport awaitFinished(RosterImportService service, RosterWorker worker, CurrentUser admin,
			OrganizationId district, UUID id, Duration timeout) {
		Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
			worker.runPending();
			return Set.of("DONE", "FAILED").contains(service.get(admin, district, id).status());
		});
		return service.get(admin, district, id);
	}

}
