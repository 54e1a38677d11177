package org.microcred.badge.vc.verify;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.microcred.badge.vc.VerificationMessage;

/**
 * Fetches documents over HTTPS with the JDK client, defensively: strict timeouts for connecting and for the
 * whole exchange, a size cap, redirects never followed, and no fetching from internal addresses (checked
 * after DNS resolution). Plain http is refused, except to loopback when the test-only flag allows it.
 * The client resolves the name again when it connects, so a DNS server that answers differently the second
 * time could still steer it; deployments that must rule that out put an egress proxy in front.
 */
public final class HttpDocumentFetcher implements DocumentFetcher {

	private final HttpClient client;

	private final Duration totalTimeout;

	private final int maxBytes;

	private final AddressPolicy addresses;

	public HttpDocumentFetcher(Duration connectTimeout, Duration totalTimeout, int maxBytes, boolean allowLoopback) {
		this.client = HttpClient.newBuilder()
			.connectTimeout(connectTimeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.totalTimeout = totalTimeout;
		this.maxBytes = maxBytes;
		this.addresses = new AddressPolicy(allowLoopback);
	}

	/** 3 s to connect, 5 s in all, 256 KB, no loopback: the production settings. */
	public HttpDocumentFetcher() {
		this(Duration.ofSeconds(3), Duration.ofSeconds(5), 256 * 1024, false);
	}

	@Override
	public String didWebScheme(String host) {
		return this.addresses.isLoopbackHost(host) ? "http" : "https";
	}

	@Override
	public String fetch(URI url) {
		String host = url.getHost();
		boolean https = "https".equalsIgnoreCase(url.getScheme());
		if (host == null || !(https || ("http".equalsIgnoreCase(url.getScheme()) && this.addresses.isLoopbackHost(host)))) {
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.not-https",
					"Only https URLs are fetched, not {0}.", url.toString()));
		}
		this.addresses.check(host);
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.totalTimeout)
			.header("Accept", "application/did+json, application/vc+ld+json, application/ld+json, application/json")
			.GET()
			.build();
		CompletableFuture<HttpResponse<byte[]>> exchange = this.client.sendAsync(request,
				info -> new LimitedBody(this.maxBytes, info.headers().firstValueAsLong("Content-Length").orElse(-1)));
		HttpResponse<byte[]> response = await(exchange, url);
		if (response.statusCode() / 100 == 3) {
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.redirect",
					"{0} answered with a redirect ({1,number,#}), which is not followed.", url.toString(),
					response.statusCode()));
		}
		if (response.statusCode() != 200) {
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.status", "{0} answered HTTP {1,number,#}.",
					url.toString(), response.statusCode()));
		}
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> exchange, URI url) {
		try {
			return exchange.get(this.totalTimeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			throw timeout(url);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.interrupted",
					"Interrupted while fetching {0}.", url.toString()));
		}
		catch (ExecutionException ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			if (cause instanceof HttpTimeoutException) {
				throw timeout(url);
			}
			if (cause instanceof FetchException fetch) {
				throw new FetchException(VerificationMessage.of("badge.verify.fetch.from", "{0}: {1}", url.toString(),
						fetch.detail()));
			}
			throw new FetchException(VerificationMessage.of("badge.verify.fetch.failed", "{0} could not be fetched: {1}",
					url.toString(), cause.getClass().getSimpleName()
							+ (cause.getMessage() == null ? "" : " " + cause.getMessage())), cause);
		}
	}

	private FetchException timeout(URI url) {
		return new FetchException(VerificationMessage.of("badge.verify.fetch.timeout",
				"{0} did not answer within {1,number,#} s.", url.toString(), this.totalTimeout.toSeconds()));
	}

	/** Collects a body up to a size cap and gives up as soon as it is exceeded. */
	private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

		private final CompletableFuture<byte[]> result = new CompletableFuture<>();

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

		private final int maxBytes;

		private final long declaredLength;

		private Flow.Subscription subscription;

		LimitedBody(int maxBytes, long declaredLength) {
			this.maxBytes = maxBytes;
			this.declaredLength = declaredLength;
		}

		@Override
		public CompletionStage<byte[]> getBody() {
			return this.result;
		}

		@Override
		public void onSubscribe(Flow.Subscription subscription) {
			this.subscription = subscription;
			if (this.declaredLength > this.maxBytes) {
				tooLarge();
				return;
			}
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(List<ByteBuffer> items) {
			for (ByteBuffer item : items) {
				byte[] bytes = new byte[item.remaining()];
				item.get(bytes);
				this.buffer.writeBytes(bytes);
			}
			if (this.buffer.size() > this.maxBytes) {
				tooLarge();
			}
		}

		@Override
		public void onError(Throwable error) {
			this.result.completeExceptionally(error);
		}

		@Override
		public void onComplete() {
			this.result.complete(this.buffer.toByteArray());
		}

		private void tooLarge() {
			this.subscription.cancel();
			this.result.completeExceptionally(new FetchException(VerificationMessage.of("badge.verify.fetch.too-large",
					"the document is larger than {0,number,#} KB and was refused.", this.maxBytes / 1024)));
		}

	}

}
