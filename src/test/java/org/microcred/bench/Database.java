package org.microcred.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Where the data goes. For the embedded default it is the app's own data directory: when the app (or anything)
 * runs PostgreSQL on it, the generator connects to that server (its port is line 4 of {@code postmaster.pid});
 * otherwise it starts the same embedded PostgreSQL the app uses on it, with settings for a bulk load (no
 * autovacuum during the load, large WAL between checkpoints), and stops it at the end. Or an external server.
 */
final class Database implements AutoCloseable {

	private final String url;

	private final String user;

	private final String password;

	private final EmbeddedPostgres started;

	private Database(String url, String user, String password, EmbeddedPostgres started) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.started = started;
	}

	static Database open(Options options) throws IOException {
		if (options.jdbcUrl() != null) {
			return new Database(options.jdbcUrl(), options.user(), options.password(), null);
		}
		Path db = options.dataDir().resolve("db");
		if (!Files.exists(db.resolve("PG_VERSION"))) {
			throw new IllegalStateException("No database in " + db + ": start the app once with --microcred.data-dir="
					+ options.dataDir() + " (it creates the schema, issuer keys and demo data), stop it, then run this.");
		}
		Integer running = runningPort(db);
		if (running != null) {
			log("PostgreSQL already runs on " + db + " (port " + running + "): using that server");
			return new Database(jdbc(running), "postgres", "", null);
		}
		EmbeddedPostgres server = EmbeddedPostgres.builder()
			.setDataDirectory(db)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(120))
			.setServerConfig("listen_addresses", "localhost")
			.setServerConfig("max_connections", "200")
			.setServerConfig("shared_buffers", "512MB")
			.setServerConfig("max_wal_size", "16GB")
			.setServerConfig("checkpoint_timeout", "30min")
			.setServerConfig("autovacuum", "off")
			.setServerConfig("maintenance_work_mem", "512MB")
			.start();
		log("Started the embedded PostgreSQL on " + db + " (port " + server.getPort() + ") for the load");
		return new Database(jdbc(server.getPort()), "postgres", "", server);
	}

	/** A connection in a transaction, with commits that do not wait for the disk (the load is re-runnable). */
	Connection connect() throws SQLException {
		Connection connection = DriverManager.getConnection(url, user, password);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set synchronous_commit = off");
			statement.execute("set work_mem = '64MB'");
		}
		connection.setAutoCommit(false);
		return connection;
	}

	String url() {
		return url;
	}

	@Override
	public void close() throws IOException {
		if (started != null) {
			started.close();
			log("Stopped the embedded PostgreSQL");
		}
	}

	private static String jdbc(int port) {
		return "jdbc:postgresql://localhost:" + port + "/microcred";
	}

	private static Integer runningPort(Path db) throws IOException {
		Path pid = db.resolve("postmaster.pid");
		if (!Files.exists(pid)) {
			return null;
		}
		List<String> lines = Files.readAllLines(pid);
		boolean alive = ProcessHandle.of(Long.parseLong(lines.get(0).strip())).map(ProcessHandle::isAlive).orElse(false);
		return alive && lines.size() > 3 ? Integer.valueOf(lines.get(3).strip()) : null;
	}

	static void log(String message) {
		System.out.printf("[%tT] %s%n", System.currentTimeMillis(), message);
	}

}
