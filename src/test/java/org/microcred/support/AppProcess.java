package org.microcred.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application started as a separate JVM on a persistent data directory, the way a user runs it: for tests of
 * restarts and crashes.
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the app with the embedded database in {@code dataDir} and waits until it is healthy. */
	public static AppProcess start(Path dataDir, String... extraArgs) throws IOException {
		return start(dataDir, freePort(), extraArgs);
	}

	/**
	 * Starts the app on a given port: a restored installation keeps its public address (the ids of the credentials
	 * it issued name it).
	 */
	public static AppProcess start(Path dataDir, int port, String... extraArgs) throws IOException {
		return start(dataDir, port, "http://localhost:" + port, Duration.ofSeconds(600), extraArgs);
	}

	/**
	 * Starts one of several instances on one external PostgreSQL (its JDBC URL, user {@code postgres}) with the demo
	 * data, evidence files in {@code dataDir} and the base URL {@code baseUrl} shared by all of them.
	 */
	public static AppProcess instance(String jdbcUrl, Path dataDir, String baseUrl, String... extraArgs)
			throws IOException {
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.profiles.active=demo"));
		args.addAll(List.of(extraArgs));
		// several JVMs starting at once on a shared machine: more time than for one
		return start(dataDir, freePort(), baseUrl, Duration.ofSeconds(900), args.toArray(String[]::new));
	}

	private static AppProcess start(Path dataDir, int port, String baseUrl, Duration startUp, String... extraArgs)
			throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				"org.microcred.MicrocredApplication", "--server.port=" + port,
				"--microcred.data-dir=" + dataDir.toAbsolutePath(), "--microcred.embedded-db.ephemeral=false",
				"--microcred.demo=true", "--microcred.base-url=" + baseUrl, "--logging.level.root=INFO"));
		command.addAll(List.of(extraArgs));
		Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		AppProcess app = new AppProcess(process, port, log);
		app.awaitHealthy(startUp);
		return app;
	}

	/** What a command-line run of the application printed, and how it ended. */
	public record ToolRun(int exitCode, String output) {
	}

	/** Runs the application jar's command-line mode (e.g. {@code backup <dir>}) to its end. */
	public static ToolRun runTool(String... args) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
				"org.microcred.MicrocredApplication"));
		command.addAll(List.of(args));
		// as a user runs it: a persistent database, not the tests' throw-away one (src/test/resources/config)
		command.add("--microcred.embedded-db.ephemeral=false");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		return new ToolRun(process.exitValue(), output);
	}

	public int port() {
		return port;
	}

	public WebClientSession session() {
		return new WebClientSession(port);
	}

	/** Stops the app as Ctrl-C would. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	/** Kills the app as {@code kill -9} would: no shutdown hook runs. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			stop();
		}
	}

	private void awaitHealthy(Duration startUp) throws IOException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(startUp);
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The app exited during start-up; see " + log);
			}
			try {
				HttpResponse<String> health = client.send(
						HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			sleep();
		}
		process.destroyForcibly();
		throw new IllegalStateException("The app did not become healthy within " + startUp.toSeconds() + " s; see " + log);
	}

	private static void sleep() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
