package org.microcred.badge.vc.verify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fetcher refuses what a hostile credential could make it fetch, and gives up on slow servers. */
class HttpDocumentFetcherTests {

	private HttpServer server;

	private String base;

	private final ExecutorService handlers = Executors.newFixedThreadPool(4);

	private final HttpDocumentFetcher fetcher = new HttpDocumentFetcher(Duration.ofSeconds(1), Duration.ofSeconds(2),
			1024, true);

	@BeforeEach
	void start() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.base = "http://127.0.0.1:" + this.server.getAddress().getPort();
		this.server.createContext("/ok", exchange -> respond(exchange, 200, "{\"ok\":true}"));
		this.server.createContext("/big", exchange -> respond(exchange, 200, "{\"x\":\"" + "x".repeat(5000) + "\"}"));
		this.server.createContext("/redirect", exchange -> {
			exchange.getResponseHeaders().add("Location", "http://10.0.0.1/secret");
			respond(exchange, 302, "");
		});
		this.server.createContext("/slow", exchange -> {
			try {
				Thread.sleep(4000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			respond(exchange, 200, "{}");
		});
		this.server.setExecutor(this.handlers);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
		this.handlers.shutdownNow();
	}

	@Test
	void fetchesASmallDocument() {
		assertThat(this.fetcher.fetch(URI.create(this.base + "/ok"))).isEqualTo("{\"ok\":true}");
	}

	@Test
	void refusesOversizedDocumentsRedirectsAndSlowServers() {
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create(this.base + "/big"))).isInstanceOf(FetchException.class)
			.hasMessageContaining("larger than 1 KB");
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create(this.base + "/redirect")))
			.hasMessageContaining("redirect");
		long start = System.nanoTime();
		assertThatThrownBy(() -> this.fetcher.fetch(URI.create(this.base + "/slow"))).hasMessageContaining("did not answer");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3500));
	}

	@Test
	void refusesInternalAddressesAndPlainHttpWithoutTheLoopbackFlag() {
		for (String url : new String[] { "https://10.1.2.3/did.json", "https://192.168.0.1/", "https://169.254.169.254/latest",
				"https://[fd00::1]/", "https://[::1]/", "https://224.0.0.1/", "https://0.0.0.0/" }) {
			assertThatThrownBy(() -> new HttpDocumentFetcher().fetch(URI.create(url))).as(url)
				.isInstanceOf(FetchException.class)
				.hasMessageContaining("internal address");
		}
		assertThatThrownBy(() -> new HttpDocumentFetcher().fetch(URI.create(this.base + "/ok")))
			.hasMessageContaining("Only https");
		assertThatThrownBy(() -> new HttpDocumentFetcher().fetch(URI.create("file:///etc/passwd")))
			.hasMessageContaining("Only https");
	}

	@Test
	void resolvesDidWebDocumentUrlsPerTheMethodSpecification() {
		DocumentFetcher https = DocumentFetcher.none();
		assertThat(DidWeb.documentUrl("did:web:example.com", https))
			.isEqualTo(URI.create("https://example.com/.well-known/did.json"));
		assertThat(DidWeb.documentUrl("did:web:example.com:user:alice#key-1", https))
			.isEqualTo(URI.create("https://example.com/user/alice/did.json"));
		assertThat(DidWeb.documentUrl("did:web:example.com%3A8443", https))
			.isEqualTo(URI.create("https://example.com:8443/.well-known/did.json"));
		assertThat(DidWeb.documentUrl("did:web:127.0.0.1%3A9", this.fetcher).getScheme()).isEqualTo("http");
		assertThatThrownBy(() -> DidWeb.documentUrl("did:web:example.com:..:etc", https))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aDidWebKeyOnAPrivateAddressIsReportedNotFetched() {
		VerificationMethodResolver resolver = new VerificationMethodResolver(new HttpDocumentFetcher());

		assertThatThrownBy(() -> resolver.resolve("did:web:10.0.0.7#key-1", "assertionMethod"))
			.hasMessageContaining("internal address 10.0.0.7");
	}

	private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			exchange.getResponseBody().write(bytes);
		}
		exchange.close();
	}

}
