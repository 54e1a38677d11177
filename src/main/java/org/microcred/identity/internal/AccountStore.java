package org.microcred.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and writes accounts and their role grants.
 */
@Repository
public class AccountStore {

	private static final int CHUNK = 5_000;

	/** An account without a password may still log in through its organization's single sign-on. */
	private static final String SSO_LINK_EXISTS = "exists (select 1 from sso_link l where l.account_id = a.id)";

	private static final String SSO_LINKED = SSO_LINK_EXISTS + " as sso_linked";

	private final JdbcClient jdbc;

	public AccountStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts an account; returns false when the e-mail is taken in any letter case. */
	public boolean insert(UUID id, String email, String displayName, String passwordHash) {
		return jdbc.sql("""
				insert into account (id, email, display_name, password_hash) values (?, ?, ?, ?)
				on conflict ((lower(email))) do nothing""")
			.params(id, email, displayName, passwordHash)
			.update() == 1;
	}

	/** Inserts accounts without passwords in chunks; returns how many were inserted (taken e-mails are skipped). */
	public int insertAll(List<UUID> ids, List<String> emails, List<String> names) {
		int inserted = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			int to = Math.min(ids.size(), from + CHUNK);
			inserted += jdbc.sql("""
					insert into account (id, email, display_name)
					select * from unnest(?::uuid[], ?::varchar[], ?::varchar[])
					on conflict ((lower(email))) do nothing""")
				.params(ids.subList(from, to).toArray(UUID[]::new), emails.subList(from, to).toArray(String[]::new),
						names.subList(from, to).toArray(String[]::new))
				.update();
		}
		return inserted;
	}

	/** Grants the role to every account; an account that gains it gets a new version, so its sessions reload. */
	public void grantAll(List<UUID> accountIds, RoleGrant grant) {
		for (int from = 0; from < accountIds.size(); from += CHUNK) {
			UUID[] chunk = accountIds.subList(from, Math.min(accountIds.size(), from + CHUNK)).toArray(UUID[]::new);
			jdbc.sql("""
					with added as (
					  insert into role_grant (account_id, role, organization_id)
					  select a, ?, ? from unnest(?::uuid[]) a
					  on conflict do nothing
					  returning account_id)
					update account set version = version + 1 where id in (select account_id from added)""")
				.params(grant.role().name(), grant.organizationId(), chunk)
				.update();
		}
	}

	/** Account ids by lower-case e-mail address, for the given lower-case addresses. */
	public Map<String, AccountId> idsByEmail(List<String> lowerCaseEmails) {
		Map<String, AccountId> found = new HashMap<>();
		for (int from = 0; from < lowerCaseEmails.size(); from += CHUNK) {
			String[] chunk = lowerCaseEmails.subList(from, Math.min(lowerCaseEmails.size(), from + CHUNK))
				.toArray(String[]::new);
			// a join, not "= any(array)": with statistics stale after a bulk insert the latter may scan the table per element
			jdbc.sql("select e.email, a.id from unnest(?::varchar[]) as e(email) join account a on lower(a.email) = e.email")
				.param(chunk)
				.query((RowCallbackHandler) rs -> found.put(rs.getString(1), new AccountId(rs.getObject(2, UUID.class))));
		}
		return found;
	}

	/** Grants the role; the account gets a new version, so its sessions pick the role up on their next request. */
	public void grant(UUID accountId, RoleGrant grant) {
		jdbc.sql("""
				with added as (
				  insert into role_grant (account_id, role, organization_id) values (?, ?, ?)
				  on conflict do nothing
				  returning account_id)
				update account set version = version + 1 where id in (select account_id from added)""")
			.params(accountId, grant.role().name(), grant.organizationId())
			.update();
	}

	/** Removes the role; the account gets a new version, so its sessions lose the role on their next request. */
	public void revoke(UUID accountId, RoleGrant grant) {
		jdbc.sql("""
				with removed as (
				  delete from role_grant
				  where account_id = ? and role = ? and organization_id is not distinct from ?
				  returning account_id)
				update account set version = version + 1 where id in (select account_id from removed)""")
			.params(accountId, grant.role().name(), grant.organizationId())
			.update();
	}

	public boolean emailTaken(String email) {
		return jdbc.sql("select exists (select 1 from account where lower(email) = lower(?))")
			.param(email)
			.query(Boolean.class)
			.single();
	}

	public Optional<CurrentUser> loadForLogin(String email) {
		return jdbc.sql("select a.*, " + SSO_LINKED + " from account a where lower(a.email) = lower(?)")
			.param(email)
			.query((rs, n) -> toUser(rs))
			.optional();
	}

	public Optional<CurrentUser> loadUser(UUID id) {
		return jdbc.sql("select a.*, " + SSO_LINKED + " from account a where a.id = ?")
			.param(id)
			.query((rs, n) -> toUser(rs))
			.optional();
	}

	public Optional<AccountSummary> find(UUID id) {
		return findAll(List.of(id)).values().stream().findFirst();
	}

	public Optional<AccountSummary> findByEmail(String email) {
		return jdbc.sql("select id from account where lower(email) = lower(?)")
			.param(email)
			.query(UUID.class)
			.optional()
			.flatMap(this::find);
	}

	public Map<AccountId, AccountSummary> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		UUID[] array = ids.toArray(UUID[]::new);
		Map<UUID, Set<RoleGrant>> grants = grantsOf(array);
		Map<AccountId, AccountSummary> result = new HashMap<>();
		jdbc.sql("select * from account where id = any(?)").param(array).query((rs, n) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new AccountSummary(new AccountId(id), rs.getString("email"), rs.getString("display_name"),
					rs.getBoolean("enabled"), grants.getOrDefault(id, Set.of()), rs.getString("recipient_id"),
					instant(rs.getTimestamp("created_at")), rs.getString("language"), rs.getString("time_zone"));
		}).list().forEach(a -> result.put(a.id(), a));
		return result;
	}

	public List<UUID> search(String query, int limit, long offset) {
		return jdbc.sql("""
				select id from account
				where ? = '' or lower(email) like ? or lower(display_name) like ?
				order by lower(display_name), id limit ? offset ?""")
			.params(query, like(query), like(query), limit, offset)
			.query(UUID.class)
			.list();
	}

	public long count(String query) {
		return jdbc.sql("select count(*) from account where ? = '' or lower(email) like ? or lower(display_name) like ?")
			.params(query, like(query), like(query))
			.query(Long.class)
			.single();
	}

	public List<UUID> withRole(Role role, UUID organizationId) {
		return jdbc.sql("""
				select g.account_id from role_grant g join account a on a.id = g.account_id
				where g.role = ? and g.organization_id is not distinct from ? and a.enabled
				order by lower(a.display_name)""").params(role.name(), organizationId).query(UUID.class).list();
	}

	public void updateProfile(UUID id, String displayName, String recipientId) {
		jdbc.sql("update account set display_name = ?, recipient_id = ?, version = version + 1 where id = ?")
			.params(displayName, recipientId, id)
			.update();
	}

	public void updatePassword(UUID id, String passwordHash) {
		jdbc.sql("update account set password_hash = ?, version = version + 1 where id = ?")
			.params(passwordHash, id)
			.update();
	}

	public Optional<String> passwordHash(UUID id) {
		return jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).optional();
	}

	/** @return whether the account exists and was changed */
	public boolean setEnabled(UUID id, boolean enabled) {
		return jdbc.sql("update account set enabled = ?, version = version + 1 where id = ? and enabled <> ?")
			.params(enabled, id, enabled)
			.update() == 1;
	}

	/**
	 * The account's version while it may be logged in (enabled, with a password or single sign-on); empty once it
	 * may not. One primary-key lookup: it runs on every logged-in request.
	 */
	public Optional<Integer> activeVersion(UUID id) {
		return jdbc.sql("select a.version from account a where a.id = ? and a.enabled and (a.password_hash is not null or "
				+ SSO_LINK_EXISTS + ")")
			.param(id)
			.query(Integer.class)
			.optional();
	}

	private Map<UUID, Set<RoleGrant>> grantsOf(UUID[] ids) {
		Map<UUID, Set<RoleGrant>> grants = new HashMap<>();
		jdbc.sql("select account_id, role, organization_id from role_grant where account_id = any(?)")
			.param(ids)
			.query((RowCallbackHandler) rs -> grants.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>())
				.add(new RoleGrant(Role.valueOf(rs.getString(2)), rs.getObject(3, UUID.class))));
		return grants;
	}

	private CurrentUser toUser(ResultSet rs) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		Set<RoleGrant> grants = grantsOf(new UUID[] { id }).getOrDefault(id, Set.of());
		return new CurrentUser(new AccountId(id), rs.getString("email"), rs.getString("display_name"), grants,
				rs.getString("password_hash"),
				rs.getBoolean("enabled") && (rs.getString("password_hash") != null || rs.getBoolean("sso_linked")),
				rs.getInt("version"));
	}

	private static String like(String query) {
		return "%" + query.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static List<UUID> ids(Collection<AccountId> ids) {
		return new ArrayList<>(ids.stream().map(AccountId::value).toList());
	}


	/** Saves the interface language a person chose (a language tag; null: their browser's). */
	public void setLanguage(UUID id, String language) {
		jdbc.sql("update account set language = ? where id = ?").params(language, id).update();
	}

	/** The language and time zone saved for the account with this log-in e-mail. */
	public Optional<String[]> preferencesOf(String email) {
		return jdbc.sql("select language, time_zone from account where lower(email) = lower(?)")
			.param(email)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional();
	}


	public void setTimeZone(UUID id, String timeZone) {
		jdbc.sql("update account set time_zone = ? where id = ?").params(timeZone, id).update();
	}

}
