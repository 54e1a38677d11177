package org.microcred.platform.web;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Believes {@code Forwarded} and {@code X-Forwarded-*} headers only when the connection comes from a trusted proxy;
 * from anyone else they are removed before anything reads them, so a client can neither pick the address the
 * log-in limits count nor the host that redirects point to. Behind trusted proxies the client is the nearest
 * address in the chain that is not itself a trusted proxy (the left-most entries are whatever the client sent).
 */
class TrustedProxyFilter extends OncePerRequestFilter {

	private final List<AddressRange> proxies;

	private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();

	private final ForwardedHeaderFilter remove = new ForwardedHeaderFilter();

	TrustedProxyFilter(List<AddressRange> proxies) {
		this.proxies = List.copyOf(proxies);
		remove.setRemoveOnly(true);
	}

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!trusted(AddressRange.literal(request.getRemoteAddr()))) {
			remove.doFilter(request, response, chain);
			return;
		}
		String client = clientAddress(request);
		apply.doFilter(request, response,
				(req, res) -> chain.doFilter(new ClientAddressRequest((HttpServletRequest) req, client), res));
	}

	String clientAddress(HttpServletRequest request) {
		List<String> hops = forwardedFor(request);
		String client = request.getRemoteAddr();
		for (int i = hops.size() - 1; i >= 0; i--) {
			InetAddress hop = AddressRange.literal(bare(hops.get(i)));
			if (hop == null) {
				break; // "unknown" or an obfuscated name: nothing to its left can be checked
			}
			client = hop.getHostAddress();
			if (!trusted(hop)) {
				break;
			}
		}
		return client;
	}

	private boolean trusted(InetAddress address) {
		return address != null && proxies.stream().anyMatch(range -> range.contains(address));
	}

	/** The chain of addresses, client first, from {@code Forwarded} (RFC 7239) or else {@code X-Forwarded-For}. */
	private static List<String> forwardedFor(HttpServletRequest request) {
		List<String> hops = new ArrayList<>();
		for (String header : Collections.list(request.getHeaders("Forwarded"))) {
			for (String element : header.split(",")) {
				for (String pair : element.split(";")) {
					String[] parts = pair.strip().split("=", 2);
					if (parts.length == 2 && parts[0].equalsIgnoreCase("for")) {
						hops.add(parts[1]);
					}
				}
			}
		}
		if (!hops.isEmpty()) {
			return hops;
		}
		for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
			for (String hop : header.split(",")) {
				hops.add(hop);
			}
		}
		return hops;
	}

	/** The address alone: without quotes, brackets or port ({@code "[2001:db8::1]:4711"}, {@code 192.0.2.1:80}). */
	private static String bare(String hop) {
		String text = hop.strip();
		if (text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")) {
			text = text.substring(1, text.length() - 1);
		}
		if (text.startsWith("[")) {
			int end = text.indexOf(']');
			return end < 0 ? null : text.substring(1, end);
		}
		int colon = text.indexOf(':');
		return colon > 0 && colon == text.lastIndexOf(':') ? text.substring(0, colon) : text;
	}

	private static final class ClientAddressRequest extends HttpServletRequestWrapper {

		private final String client;

		ClientAddressRequest(HttpServletRequest request, String client) {
			super(request);
			this.client = client;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

	}

}
