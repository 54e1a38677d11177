package org.microcred.identity.internal;

import java.util.Locale;

import org.microcred.identity.IdentitySettings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Locks an e-mail address for log-in after too many failed attempts in a row. Counted per address typed, whether
 * or not an account has it, so "locked" says nothing about who has an account; kept in the database, so the lock
 * holds across instances and restarts.
 */
@Component
public class LoginLocks {

	private final JdbcClient jdbc;

	private final IdentitySettings settings;

	LoginLocks(JdbcClient jdbc, IdentitySettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	boolean isLocked(String email) {
		return jdbc.sql("select exists (select 1 from login_lock where email_key = ? and locked_until > now())")
			.param(key(email))
			.query(Boolean.class)
			.single();
	}

	void recordFailure(String email) {
		jdbc.sql("""
				insert into login_lock as l (email_key, failures, locked_until)
				values (:key, 1, case when 1 >= :max then now() + make_interval(secs => :lock) end)
				on conflict (email_key) do update set
				  failures = case when l.failures + 1 >= :max then 0 else l.failures + 1 end,
				  locked_until = case when l.failures + 1 >= :max then now() + make_interval(secs => :lock)
				                      else l.locked_until end,
				  last_failure_at = now()""")
			.param("key", key(email))
			.param("max", settings.maxFailedLogins())
			.param("lock", settings.lockDuration().toSeconds())
			.update();
	}

	/** After a successful log-in or a new password: the count starts again. */
	public void clear(String email) {
		jdbc.sql("delete from login_lock where email_key = ?").param(key(email)).update();
	}

	/** Counts fade a day after the last failure (and locks end long before). */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOldFailures() {
		jdbc.sql("""
				delete from login_lock
				where last_failure_at < now() - interval '1 day' and (locked_until is null or locked_until < now())""")
			.update();
	}

	private static String key(String email) {
		String key = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		return key.length() > 254 ? key.substring(0, 254) : key;
	}

}
