package org.microcred.platform.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * {@code java -jar microcred.jar backup <dir>} and {@code restore <dir>}: the database rows ({@link DatabaseCopy})
 * and the local evidence files ({@link EvidenceCopy}) into a new directory, and back into an empty installation.
 * Options are the application's own ({@code --microcred.data-dir=…}, {@code --spring.datasource.url=…}). With the
 * embedded database the application must be stopped (the tool refuses otherwise); an external PostgreSQL may be
 * backed up while it serves, from one snapshot. See docs/backup-and-retention.md.
 */
public final class BackupCommand {

	private final PrintStream out;

	private BackupCommand(PrintStream out) {
		this.out = out;
	}

	/** Whether the arguments ask for this command rather than the web application. */
	public static boolean handles(String[] args) {
		return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
	}

	/** Runs the command; returns the process exit code (0 done, 1 refused or failed, 2 usage). */
	public static int run(String[] args) {
		BackupCommand command = new BackupCommand(System.out);
		if (args.length < 2 || args[1].startsWith("--")) {
			System.err.println("Usage: microcred backup|restore <directory> [--microcred.data-dir=…] "
					+ "[--spring.datasource.url=… --spring.datasource.username=… --spring.datasource.password=…]");
			return 2;
		}
		String[] options = Arrays.copyOfRange(args, 2, args.length);
		try (ConfigurableApplicationContext context = context(options)) {
			Path dir = Path.of(args[1]).toAbsolutePath();
			return args[0].equals("backup") ? command.backup(context.getEnvironment(), dir)
					: command.restore(context.getEnvironment(), dir);
		}
		catch (RuntimeException | IOException | SQLException ex) {
			System.err.println(args[0] + " failed: " + message(ex));
			return 1;
		}
	}

	private int backup(Environment env, Path dir) throws IOException, SQLException {
		if (Files.exists(dir) && !isEmptyDirectory(dir)) {
			return refuse("The backup directory " + dir + " already exists and is not empty: name a new one.");
		}
		Path database = dir.resolve("database");
		BackupManifest manifest;
		try (Connection connection = connect(env)) {
			String version = DatabaseCopy.schemaVersion(connection);
			Map<String, Long> sequences = DatabaseCopy.sequences(connection);
			Map<String, Long> rows = DatabaseCopy.dump(connection, database);
			long files = EvidenceCopy.copy(objects(env), dir.resolve("evidence/objects"));
			manifest = new BackupManifest(version, rows, sequences, files, Keys.fingerprint(env));
		}
		manifest.write(dir);
		out.printf("Backed up %d tables (%d rows) and %d evidence files into %s%n", manifest.rows().size(),
				manifest.totalRows(), manifest.evidenceFiles(), dir);
		out.println("The master key is NOT in the backup: keep it separately (" + Keys.where(env) + ").");
		return 0;
	}

	private int restore(Environment env, Path dir) throws IOException, SQLException {
		BackupManifest manifest = BackupManifest.read(dir);
		try (Connection connection = connect(env)) {
			List<String> tables = DatabaseCopy.tables(connection);
			if (!tables.isEmpty()) {
				return refuse("The target database is not empty (" + tables.size() + " tables, e.g. "
						+ tables.get(0) + "): a restore goes only into an empty database. Create a new database "
						+ "(or use a new data directory) and try again; nothing was changed.");
			}
			Path objects = objects(env);
			if (!EvidenceCopy.isEmpty(objects)) {
				return refuse("The evidence store " + objects + " already holds files: a restore goes only into an "
						+ "empty data directory; nothing was changed.");
			}
			Flyway.configure()
				.dataSource(env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
						env.getProperty("spring.datasource.password", ""))
				.locations("classpath:db/migration")
				.target(manifest.schemaVersion())
				.load()
				.migrate();
			DatabaseCopy.load(connection, dir.resolve("database"), List.copyOf(manifest.rows().keySet()),
					manifest.sequences());
			long files = EvidenceCopy.copy(dir.resolve("evidence/objects"), objects);
			List<String> damaged = EvidenceCopy.damaged(connection, objects);
			out.printf("Restored %d tables (%d rows) and %d evidence files from %s%n", manifest.rows().size(),
					manifest.totalRows(), files, dir);
			if (!damaged.isEmpty()) {
				System.err.println(damaged.size() + " evidence file(s) are missing or differ from their SHA-256, e.g. "
						+ damaged.get(0));
				return 1;
			}
		}
		String key = Keys.fingerprint(env);
		if (manifest.masterKey() != null && !manifest.masterKey().equals(key)) {
			out.println("WARNING: the master key configured here is not the one of the backed-up installation. "
					+ "Put the original master key in place (" + Keys.where(env) + ") before starting Microcred, "
					+ "or issuer keys and sealed secrets cannot be used.");
		}
		return 0;
	}

	private int refuse(String message) {
		System.err.println(message);
		return 1;
	}

	private static Connection connect(Environment env) throws SQLException {
		return DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"),
				env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password", ""));
	}

	static Path objects(Environment env) {
		String storage = env.getProperty("microcred.evidence.storage");
		Path root = storage != null && !storage.isBlank() ? Path.of(storage) : dataDir(env).resolve("evidence");
		return root.resolve("objects");
	}

	static Path dataDir(Environment env) {
		return Path.of(env.getProperty("microcred.data-dir", "./data"));
	}

	private static boolean isEmptyDirectory(Path dir) throws IOException {
		try (var entries = Files.list(dir)) {
			return entries.findAny().isEmpty();
		}
	}

	private static ConfigurableApplicationContext context(String[] options) {
		SpringApplication application = new SpringApplication(Tool.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.setDefaultProperties(Map.of("microcred.embedded-db.refuse-running", "true",
				"microcred.demo", "false", "logging.level.root", "WARN"));
		return application.run(options);
	}

	private static String message(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause == ex ? String.valueOf(ex.getMessage()) : ex.getMessage() + " (" + cause.getMessage() + ")";
	}

	/** An empty application: only the environment (and the embedded database it starts) is wanted. */
	@Configuration(proxyBeanMethods = false)
	static class Tool {

	}

}
