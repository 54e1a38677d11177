package org.microcred.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Slows password guessing across many accounts from one address: after too many failed log-ins from an address
 * within a window, further attempts from it are refused until the window passes. (Per-account lockout is kept
 * in the database; this per-address limit is per instance.)
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final long WINDOW_MILLIS = 10 * 60 * 1000L;

	private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle() {
		this(Clock.systemUTC());
	}

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isThrottled(request.getRemoteAddr())) {
			response.sendRedirect(request.getContextPath() + "/login?throttled");
			return;
		}
		chain.doFilter(request, response);
	}

	void recordFailure(HttpServletRequest request) {
		long now = clock.millis();
		Deque<Long> times = failures.computeIfAbsent(request.getRemoteAddr(), k -> new ArrayDeque<>());
		synchronized (times) {
			times.addLast(now);
			prune(times, now);
		}
		if (failures.size() > 10_000) {
			failures.entrySet().removeIf(e -> {
				synchronized (e.getValue()) {
					prune(e.getValue(), now);
					return e.getValue().isEmpty();
				}
			});
		}
	}

	boolean isThrottled(String address) {
		Deque<Long> times = failures.get(address);
		if (times == null) {
			return false;
		}
		synchronized (times) {
			prune(times, clock.millis());
			return times.size() >= MAX_FAILURES_PER_ADDRESS;
		}
	}

	private static void prune(Deque<Long> times, long now) {
		while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
			times.removeFirst();
		}
	}

}
