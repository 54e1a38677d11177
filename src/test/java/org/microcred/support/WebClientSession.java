package org.microcred.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client with cookies against the running test server: for what MockMvc cannot show, such as the
 * container's error pages.
 */
public class WebClientSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final CookieManager cookies;

	private final String base;

	public WebClientSession(int port) {
		this(port, new CookieManager());
	}

	private WebClientSession(int port, CookieManager cookies) {
		this.base = "http://localhost:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** The same browser (its cookies: the session) talking to another server, e.g. a second instance. */
	public WebClientSession on(int port) {
		return new WebClientSession(port, cookies);
	}

	public HttpResponse<String> get(String path, String accept) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
	}

	/** A GET with extra request headers, e.g. {@code Accept-Language}. */
	public HttpResponse<String> get(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET();
		headers.forEach(request::setHeader);
		return send(request.build());
	}

	/** A GET whose body is kept as bytes (a downloaded file). */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Posts a JSON body (an API call: no CSRF token). */
	public HttpResponse<String> postJson(String path, String json) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public HttpResponse<String> get(String path) {
		return get(path, "text/html");
	}

	/** A GET whose body is kept as bytes: a file download. */
	public HttpResponse<byte[]> download(String path) {
		try {
			return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}


	/** Posts a form, taking the CSRF token from the page at {@code formPage}. */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		return post(formPage, path, fields, Map.of());
	}

	/** Posts a form with extra headers, taking the CSRF token from the page at {@code formPage}. */
	public HttpResponse<String> post(String formPage, String path, Map<String, String> fields,
			Map<String, String> headers) {
		return send(formRequest(formPage, path, fields, headers));
	}

	/**
	 * Posts the same form {@code copies} times at once in this session, as a double click does, and returns every
	 * answer.
	 */
	public List<HttpResponse<String>> postConcurrently(String formPage, String path,
			Map<String, String> fields, int copies) {
		HttpRequest request = formRequest(formPage, path, fields, Map.of());
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(copies);
		try {
			List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
			for (int i = 0; i < copies; i++) {
				answers.add(CompletableFuture.supplyAsync(() -> {
					try {
						start.await();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
					return send(request);
				}, threads));
			}
			start.countDown();
			return answers.stream().map(CompletableFuture::join).toList();
		}
		finally {
			threads.shutdown();
		}
	}

	/** The value of a cookie this client holds for the server, if any. */
	public Optional<String> cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst();
	}

	private HttpRequest formRequest(String formPage, String path, Map<String, String> fields,
			Map<String, String> headers) {
		Matcher token = CSRF.matcher(get(formPage).body());
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (token.find()) {
			all.put("_csrf", token.group(1));
		}
		String body = all.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html");
		headers.forEach(request::header);
		return request.POST(HttpRequest.BodyPublishers.ofString(body)).build();
	}

	/**
	 * Posts a multipart form (text fields, and a file when {@code file} is not null), taking the CSRF token from
	 * the form on {@code formPage}.
	 */
	public HttpResponse<String> postMultipart(String formPage, String path, Map<String, String> fields, String fileName,
			byte[] file) {
		return postMultipart(formPage, path, fields, fileName, file, Map.of());
	}

	/** A multipart form post with extra request headers, e.g. {@code Accept-Language}. */
	public HttpResponse<String> postMultipart(String formPage, String path, Map<String, String> fields, String fileName,
			byte[] file, Map<String, String> headers) {
		return postMultipart(formPage, path, fields, "file", fileName, file, headers);
	}

	/** A multipart form post whose file goes in the part named {@code part}. */
	public HttpResponse<String> postMultipart(String formPage, String path, Map<String, String> fields, String part,
			String fileName, byte[] file, Map<String, String> headers) {
		Matcher token = CSRF.matcher(get(formPage).body());
		String boundary = "----microcred-form-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		if (token.find()) {
			all.put("_csrf", token.group(1));
		}
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (file != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		headers.forEach(request::setHeader);
		return send(request.build());
	}

	/**
	 * Starts a multipart upload whose body is streamed slowly and never finished, to stop the server mid-upload.
	 * @param bytesSent counts what has been handed to the connection so far
	 */
	public void startEndlessUpload(String page, String path, String fileName, java.util.concurrent.atomic.AtomicLong bytesSent) {
		String[] csrf = csrfHeader(page);
		String boundary = "----microcred-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n").getBytes(StandardCharsets.US_ASCII);
		java.io.InputStream slow = new java.io.InputStream() {
			private int position;

			@Override
			public int read() {
				throw new UnsupportedOperationException();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (position < head.length) {
					int n = Math.min(length, head.length - position);
					System.arraycopy(head, position, buffer, offset, n);
					position += n;
					bytesSent.addAndGet(n);
					return n;
				}
				try {
					Thread.sleep(20);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return -1;
				}
				int n = Math.min(length, 64 * 1024);
				java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'x');
				bytesSent.addAndGet(n);
				return n;
			}
		};
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header(csrf[0], csrf[1])
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> slow))
			.build();
		client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
	}

	/**
	 * Uploads one file the way the page's script does (multipart, CSRF header from the page's meta tags,
	 * {@code X-Requested-With}), with the file name written raw into the part header, as a hostile client may.
	 */
	public HttpResponse<String> upload(String page, String path, String fileName, String contentType, byte[] content) {
		String[] csrf = csrfHeader(page);
		String boundary = "----microcred-upload-" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-Requested-With", "XMLHttpRequest")
			.header("Accept", "application/json")
			.header(csrf[0], csrf[1])
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * A request with any method (HEAD, PATCH, DELETE… as protocols such as tus use them), the extra headers and a
	 * body (or none), carrying the CSRF header of {@code page}'s meta tags when {@code page} is not null.
	 */
	public HttpResponse<String> request(String method, String path, String page, Map<String, String> headers,
			byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (page != null) {
			String[] csrf = csrfHeader(page);
			request.header(csrf[0], csrf[1]);
		}
		headers.forEach(request::header);
		return send(request.build());
	}

	/** The session cookie and the CSRF header of {@code page}, for another HTTP client acting in this session. */
	public Map<String, String> sessionHeaders(String page) {
		String[] csrf = csrfHeader(page);
		String cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.map(c -> c.getName() + "=" + c.getValue())
			.collect(Collectors.joining("; "));
		return Map.of(csrf[0], csrf[1], "Cookie", cookie);
	}

	/** The CSRF header name and token from a page's meta tags. */
	private String[] csrfHeader(String page) {
		String html = get(page).body();
		Matcher token = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
		Matcher header = Pattern.compile("name=\"_csrf_header\" content=\"([^\"]+)\"").matcher(html);
		if (!token.find() || !header.find()) {
			throw new AssertionError("No CSRF token on " + page);
		}
		return new String[] { header.group(1), token.group(1) };
	}

	public WebClientSession logIn(String email, String password) {
		HttpResponse<String> response = post("/login", "/login", Map.of("username", email, "password", password));
		if (!response.headers().firstValue("Location").orElse("").endsWith("/home")) {
			throw new AssertionError("Log-in failed: " + response.headers().firstValue("Location"));
		}
		return this;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
