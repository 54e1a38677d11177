package org.microcred.integration;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

/**
 * A system of an issuer receiving webhooks: a JDK HTTP server on loopback that records every request and checks its
 * Standard Webhooks signature on its own (independently of the application's signer). It can go down and come back
 * on the same port.
 */
final class WebhookReceiver implements AutoCloseable {

	record Received(String id, long timestamp, String signature, String body, boolean signatureValid) {
	}

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final int port;

	private volatile String secret;

	private HttpServer server;

	WebhookReceiver() throws IOException {
		this.server = start(0);
		this.port = server.getAddress().getPort();
	}

	String url() {
		return "http://127.0.0.1:" + port + "/hooks";
	}

	void secret(String secret) {
		this.secret = secret;
	}

	List<Received> received() {
		return received;
	}

	void down() {
		server.stop(0);
	}

	void up() throws IOException {
		server = start(port);
	}

	private HttpServer start(int port) throws IOException {
		HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
		http.createContext("/hooks", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				String id = exchange.getRequestHeaders().getFirst("webhook-id");
				long timestamp = Long.parseLong(exchange.getRequestHeaders().getFirst("webhook-timestamp"));
				String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
				received.add(new Received(id, timestamp, signature, body, verifies(id, timestamp, body, signature)));
			}
			exchange.sendResponseHeaders(204, -1);
			exchange.close();
		});
		http.start();
		return http;
	}

	private boolean verifies(String id, long timestamp, String body, String signature) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
			String expected = "v1," + Base64.getEncoder()
				.encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
			return expected.equals(signature);
		}
		catch (GeneralSecurityException | RuntimeException ex) {
			return false;
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
