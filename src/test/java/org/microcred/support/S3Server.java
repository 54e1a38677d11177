package org.microcred.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A real S3-compatible server for the object-storage tests: Adobe S3Mock, whose executable jar the build copies to
 * {@code target/s3mock} (pom.xml), started as a process of its own on the JVM running the tests, on a random
 * loopback port, keeping its objects in a temporary folder.
 */
public final class S3Server implements AutoCloseable {

	public static final String ACCESS_KEY = "test-access-key";

	public static final String SECRET_KEY = "test-secret-key";

	private final Process process;

	private final int port;

	private final Path log;

	private S3Server(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/** Starts the server with the given buckets and waits until it answers. */
	public static S3Server start(Path root, String... buckets) throws IOException {
		Path jar = Path.of(System.getProperty("s3mock.jar", "target/s3mock/s3mock-exec.jar"));
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar + " is missing: run the tests through Maven, which copies S3Mock there");
		}
		int port = freePort();
		String java = ProcessHandle.current().info().command().orElse("java");
		Path store = Files.createDirectories(root.resolve("store"));
		List<String> command = List.of(java, "-Xmx256m", "-jar", jar.toAbsolutePath().toString(),
				"--server.address=127.0.0.1", "--server.port=" + freePort(),
				"--com.adobe.testing.s3mock.httpPort=" + port,
				"--com.adobe.testing.s3mock.store.root=" + store.toAbsolutePath(),
				"--com.adobe.testing.s3mock.store.initial-buckets=" + String.join(",", buckets),
				"--com.adobe.testing.s3mock.max-payload-size=32MB", "--logging.level.root=WARN");
		Path log = root.resolve("s3mock-" + System.nanoTime() + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		S3Server server = new S3Server(process, port, log);
		server.awaitAnswering();
		return server;
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	public int port() {
		return port;
	}

	/** A client of its own for the tests, to look at the bucket directly. */
	public S3Client client() {
		return S3Client.builder()
			.endpointOverride(endpoint())
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
			.build();
	}

	/** The app's settings that point evidence storage at this server. */
	public String[] appArguments(String bucket) {
		return new String[] { "--microcred.storage.type=s3", "--microcred.storage.s3.endpoint=" + endpoint(),
				"--microcred.storage.s3.bucket=" + bucket, "--microcred.storage.s3.path-style=true",
				"--microcred.storage.s3.access-key=" + ACCESS_KEY, "--microcred.storage.s3.secret-key=" + SECRET_KEY };
	}

	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			stop();
		}
	}

	private void awaitAnswering() throws IOException {
		HttpClient client = HttpClient.newHttpClient();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("S3Mock exited during start-up; see " + log);
			}
			try {
				HttpResponse<String> answer = client.send(HttpRequest.newBuilder(endpoint()).build(),
						HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() == 200) {
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
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("S3Mock did not answer within 180 s; see " + log);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
