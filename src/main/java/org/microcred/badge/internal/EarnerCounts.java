package org.microcred.badge.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialReinstated;
import org.microcred.badge.CredentialRevoked;
import org.microcred.catalog.CredentialId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The earner count of public badge pages (Earned by N educators): the teachers holding a valid credential of an achievement, counted
 * from an index and kept for a minute (as long as a shared cache may keep the page). An issue, revocation,
 * suspension or reinstatement drops the achievement's count at once; only an expiry waits for the minute.
 */
@Component
public class EarnerCounts {

	private static final long TTL_MILLIS = 60_000;

	private static final int MAX_ENTRIES = 10_000;

	private final IssuedStore issued;

	private final Map<CredentialId, Counted> counts = new ConcurrentHashMap<>();

	EarnerCounts(IssuedStore issued) {
		this.issued = issued;
	}

	private record Counted(long count, long at) {
	}

	public long of(CredentialId credential) {
		long now = System.currentTimeMillis();
		Counted cached = counts.get(credential);
		if (cached != null && now - cached.at() < TTL_MILLIS) {
			return cached.count();
		}
		if (counts.size() > MAX_ENTRIES) {
			counts.clear();
		}
		long count = issued.countValidEarners(credential.value());
		counts.put(credential, new Counted(count, now));
		return count;
	}

	// after commit, in the committing thread: the next page view counts afresh
	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialIssued event) {
		counts.remove(event.credentialId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialRevoked event) {
		counts.remove(event.credentialId());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CredentialReinstated event) {
		counts.remove(event.credentialId());
	}

}
