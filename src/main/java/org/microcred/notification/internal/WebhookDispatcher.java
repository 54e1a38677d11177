package org.microcred.notification.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.microcred.notification.WebhookSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due webhook deliveries from the outbox: each in its own transaction holding its row's lock (two instances
 * never send the same one at once), signed anew for every attempt. A 2xx answer delivers; anything else is retried
 * after a wait that doubles each time (up to {@code maxBackoff}) until {@code retryFor} has passed. Redirects are
 * not followed: they could lead to an internal address.
 */
@Component
class WebhookDispatcher {

	private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

	private final WebhookStore store;

	private final WebhookUrls urls;

	private final WebhookSettings settings;

	private final WebhookSecrets secrets;

	private final TransactionTemplate transaction;

	private final HttpClient http;

	WebhookDispatcher(WebhookStore store, WebhookUrls urls, WebhookSettings settings, WebhookSecrets secrets,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.urls = urls;
		this.settings = settings;
		this.secrets = secrets;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.http = HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${microcred.webhooks.poll-interval:PT5S}", initialDelayString = "PT5S")
	void sendDue() {
		for (UUID id : store.due(500)) {
			transaction.executeWithoutResult(status -> store.lockDue(id).ifPresent(this::send));
		}
	}

	private void send(WebhookStore.Due due) {
		int attempts = due.attempts() + 1;
		Integer status = null;
		String error;
		var refusal = urls.refusal(due.url());
		if (refusal.isPresent()) {
			error = "Refused: the address is not allowed (" + refusal.get().key() + ")";
		}
		else {
			try {
				String secret = secrets.open(due.endpoint(), due.legacySecret(), due.sealedSecret());
				long timestamp = Instant.now().getEpochSecond();
				HttpRequest request = HttpRequest.newBuilder(URI.create(due.url()))
					.timeout(settings.timeout())
					.header("Content-Type", "application/json")
					.header("User-Agent", "Microcred-Webhooks/1")
					.header("webhook-id", due.messageId())
					.header("webhook-timestamp", Long.toString(timestamp))
					.header("webhook-signature", WebhookSigner.sign(secret, due.messageId(), timestamp, due.payload()))
					.POST(HttpRequest.BodyPublishers.ofString(due.payload()))
					.build();
				HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
				status = response.statusCode();
				if (status >= 200 && status < 300) {
					store.delivered(due.id(), attempts, status);
					return;
				}
				error = "HTTP " + status;
			}
			catch (IOException ex) {
				error = describe(ex);
			}
			catch (IllegalStateException ex) {
				log.error("Webhook delivery {}: {}", due.id(), ex.getMessage());
				error = "The signing secret cannot be decrypted: was the master key changed?";
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				error = "Interrupted";
			}
		}
		Instant next = Instant.now().plus(backoff(attempts));
		boolean giveUp = next.isAfter(due.retryUntil());
		log.info("Webhook delivery {} attempt {} failed ({}){}", due.id(), attempts, error,
				giveUp ? ": given up" : "");
		store.failed(due.id(), attempts, status, error, next, giveUp);
	}

	/**
	 * What went wrong, in words: the JDK's HTTP client throws its connection and timeout failures without any
	 * message (neither on the exception nor on its causes), so these are named here.
	 */
	static String describe(IOException ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t.getMessage() != null && !t.getMessage().isBlank()) {
				return t.getMessage();
			}
		}
		if (ex instanceof HttpConnectTimeoutException) {
			return "Connection timed out";
		}
		if (ex instanceof HttpTimeoutException) {
			return "No answer in time";
		}
		if (ex instanceof ConnectException) {
			return "Connection refused";
		}
		if (ex instanceof UnknownHostException) {
			return "Unknown host";
		}
		return ex.getClass().getSimpleName();
	}

	Duration backoff(int attempts) {
		Duration wait = settings.firstRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
	}

}
