package org.microcred.platform.db;

import java.io.IOException;
import java.lang.reflect.Field;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts one embedded PostgreSQL server per JVM.
 * <p>
 * A persistent server keeps its data in the configured directory and is durable ({@code synchronous_commit=on});
 * an ephemeral one (tests) lives in a fresh temporary directory and trades durability for speed.
 */
final class EmbeddedPostgresLauncher {

	static final String DATABASE = "microcred";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

	private static EmbeddedPostgres server;

	private EmbeddedPostgresLauncher() {
	}

	/**
	 * Starts the server once per JVM and returns its JDBC URL (user {@code postgres}, no password).
	 * @param refuseRunning for tools (backup, restore): fail rather than stop a server another process left running
	 */
	static synchronized String start(Path dataDirectory, boolean ephemeral, boolean refuseRunning) {
		if (server == null) {
			if (refuseRunning && !ephemeral && runningServer(dataDirectory.toAbsolutePath()).isPresent()) {
				throw new IllegalStateException("Microcred (its embedded PostgreSQL) is running on "
						+ dataDirectory.toAbsolutePath() + ": stop it first.");
			}
			server = launch(dataDirectory, ephemeral);
			createDatabase(server);
			stopAfterSpringShutdown(server);
		}
		return server.getJdbcUrl("postgres", DATABASE);
	}

	/**
	 * zonky stops the server from its own JVM shutdown hook, which runs at the same time as Spring's: the
	 * application would lose its database while still closing (the event registry, a graceful web shutdown), and
	 * then wait out connection time-outs. So zonky's hook is neutralized and the server is stopped by a Spring
	 * Boot shutdown handler, which runs after every application context has closed.
	 */
	private static void stopAfterSpringShutdown(EmbeddedPostgres started) {
		Field closed;
		try {
			closed = EmbeddedPostgres.class.getDeclaredField("closed");
			closed.setAccessible(true);
			((AtomicBoolean) closed.get(started)).set(true);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			log.debug("Keeping zonky's own shutdown hook", ex);
			return;
		}
		SpringApplication.getShutdownHandlers().add(() -> {
			try {
				((AtomicBoolean) closed.get(started)).set(false);
				started.close();
			}
			catch (ReflectiveOperationException | IOException ex) {
				log.warn("Could not stop the embedded PostgreSQL cleanly", ex);
			}
		});
	}

	private static EmbeddedPostgres launch(Path dataDirectory, boolean ephemeral) {
		try {
			Path dir = ephemeral ? Files.createTempDirectory("microcred-test-db") : dataDirectory.toAbsolutePath();
			Files.createDirectories(dir);
			if (!ephemeral) {
				stopLeftoverServer(dir);
			}
			// as root, zonky runs initdb and pg_ctl through "unshare -U" (PostgreSQL refuses to run as uid 0)
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(ephemeral)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "128MB");
			if (ephemeral) {
				builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
			}
			else {
				builder.setServerConfig("synchronous_commit", "on");
			}
			EmbeddedPostgres started = builder.start();
			log.info("Embedded PostgreSQL running on port {} with data in {}", started.getPort(), dir);
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	/**
	 * A JVM killed with SIGKILL leaves its postmaster running on the data directory. Shut it down (SIGTERM: a smart
	 * shutdown, its clients died with that JVM) so this start owns the data; PostgreSQL's crash safety guarantees
	 * nothing committed is lost.
	 */
	private static void stopLeftoverServer(Path dataDirectory) throws IOException {
		runningServer(dataDirectory).ifPresent(process -> {
				long pid = process.pid();
				log.info("Stopping PostgreSQL server {} left running on {}", pid, dataDirectory);
				process.destroy();
				try {
					process.onExit().get(60, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
					log.warn("The old PostgreSQL server {} did not stop in time", pid);
				}
			});
	}

	/** The postmaster a {@code postmaster.pid} in the directory names, if it is alive. */
	private static java.util.Optional<ProcessHandle> runningServer(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return java.util.Optional.empty();
		}
		try {
			long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
			return ProcessHandle.of(pid)
				.filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		}
		catch (IOException | RuntimeException ex) {
			return java.util.Optional.empty();
		}
	}

	private static void createDatabase(EmbeddedPostgres server) {
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement
				.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the embedded database", ex);
		}
	}

}
