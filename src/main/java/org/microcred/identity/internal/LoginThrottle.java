package org.microcred.identity.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards {@code POST /login}. A locked e-mail address is answered "locked" before any password is checked. An
 * address (network) with many recent failures is slowed, never shut out: its attempts take turns, and a failed
 * one keeps the turn for a few seconds, so guessing from it crawls while a correct password still gets in (a
 * school behind one address is not locked out by its pupils' typos). Only when more attempts wait than a short
 * queue holds is one turned away as "busy". Per instance, in memory.
 */
@Component
class LoginThrottle extends OncePerRequestFilter {

	static final int MAX_FAILURES_PER_ADDRESS = 30;

	static final long WINDOW_MILLIS = 10 * 60 * 1000L;

	/** How long a failed attempt from a slowed address keeps the turn. */
	static final Duration PACE = Duration.ofSeconds(5);

	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	/** Attempts waiting or pausing across all addresses, so slowing cannot tie up every request thread. */
	static final int MAX_HELD = 64;

	private static final String FAILED = LoginThrottle.class.getName() + ".FAILED";

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/login");

	/** Waits without holding anything else; replaced in tests. */
	interface Pause {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final Map<String, Address> addresses = new ConcurrentHashMap<>();

	private final AtomicInteger held = new AtomicInteger();

	private final Clock clock;

	private final Pause pause;

	private final LoginLocks locks;

	@Autowired
	LoginThrottle(LoginLocks locks) {
		this(locks, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()));
	}

	LoginThrottle(LoginLocks locks, Clock clock, Pause pause) {
		this.locks = locks;
		this.clock = clock;
		this.pause = pause;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("username");
		if (email != null && email.length() <= 254 && locks.isLocked(email)) {
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		Address address = addresses.get(request.getRemoteAddr());
		if (address == null || !address.slowed(clock.millis())) {
			chain.doFilter(request, response);
			return;
		}
		if (!takeTurn(address)) {
			response.sendRedirect(request.getContextPath() + "/login?busy");
			return;
		}
		try {
			chain.doFilter(request, response);
			if (request.getAttribute(FAILED) != null) {
				pause.sleep(PACE);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			address.turn.release();
			held.decrementAndGet();
		}
	}

	private boolean takeTurn(Address address) {
		boolean queueFull = address.turn.getQueueLength() * PACE.toMillis() > MAX_WAIT.toMillis();
		if (held.incrementAndGet() > MAX_HELD || queueFull) {
			held.decrementAndGet();
			return false;
		}
		try {
			if (address.turn.tryAcquire(MAX_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				return true;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		held.decrementAndGet();
		return false;
	}

	/**
	 * Counts a failed log-in from the request's address.
	 * @return whether attempts from that address are now slowed
	 */
	boolean recordFailure(HttpServletRequest request) {
		request.setAttribute(FAILED, Boolean.TRUE);
		long now = clock.millis();
		boolean slowed = addresses.computeIfAbsent(request.getRemoteAddr(), k -> new Address()).fail(now);
		if (addresses.size() > 10_000) {
			addresses.entrySet().removeIf(e -> e.getValue().forgotten(now));
		}
		return slowed;
	}

	boolean isSlowed(String address) {
		Address state = addresses.get(address);
		return state != null && state.slowed(clock.millis());
	}

	/** Forgets an address's failures (tests start clean). */
	void forget(String address) {
		addresses.remove(address);
	}

	/** One address's recent failures and its turn. */
	private static final class Address {

		private final Deque<Long> failures = new ArrayDeque<>();

		private final Semaphore turn = new Semaphore(1, true);

		synchronized boolean fail(long now) {
			failures.addLast(now);
			return slowed(now);
		}

		synchronized boolean slowed(long now) {
			prune(now);
			return failures.size() >= MAX_FAILURES_PER_ADDRESS;
		}

		synchronized boolean forgotten(long now) {
			prune(now);
			return failures.isEmpty() && turn.availablePermits() == 1;
		}

		private void prune(long now) {
			while (!failures.isEmpty() && failures.peekFirst() < now - WINDOW_MILLIS) {
				failures.removeFirst();
			}
		}

	}

}
