package org.microcred.identity.sso;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes identity providers, log-in rules and the links between provider subjects and accounts. */
@Repository
public class SsoProviderStore {

	private static final String COLUMNS = "id, organization_id, preset, label, issuer_url, client_id, version";

	private final JdbcClient jdbc;

	SsoProviderStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(SsoProvider p, byte[] sealedSecret) {
		jdbc.sql("""
				insert into sso_provider (id, organization_id, preset, label, issuer_url, client_id, client_secret)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.organizationId(), p.preset().name(), p.label(), p.issuerUrl(), p.clientId(), sealedSecret)
			.update();
	}

	/** Removes the provider only if it still belongs to that organization; false when there was none. */
	boolean delete(UUID organizationId, UUID providerId) {
		return jdbc.sql("delete from sso_provider where id = ? and organization_id = ?")
			.params(providerId, organizationId)
			.update() == 1;
	}

	public Optional<SsoProvider> find(UUID providerId) {
		return jdbc.sql("select " + COLUMNS + " from sso_provider where id = ?").param(providerId).query(this::row).optional();
	}

	Optional<byte[]> sealedSecret(UUID providerId) {
		return jdbc.sql("select client_secret from sso_provider where id = ?").param(providerId).query(byte[].class).optional();
	}

	public List<SsoProvider> ofOrganization(UUID organizationId) {
		return jdbc.sql("select " + COLUMNS + " from sso_provider where organization_id = ? order by created_at, id")
			.param(organizationId)
			.query(this::row)
			.list();
	}

	/** Providers of the organizations that list the domain, at most {@code limit}. */
	public List<SsoProvider> forDomain(String domain, int limit) {
		return jdbc.sql("select p.id, p.organization_id, p.preset, p.label, p.issuer_url, p.client_id, p.version "
				+ "from sso_provider p join sso_policy s on s.organization_id = p.organization_id "
				+ "where s.email_domains @> array[?]::varchar[] order by p.label, p.id limit ?")
			.params(domain, limit)
			.query(this::row)
			.list();
	}

	public List<SsoProvider> page(int limit, long offset) {
		return jdbc.sql("select " + COLUMNS + " from sso_provider order by label, id limit ? offset ?")
			.params(limit, offset)
			.query(this::row)
			.list();
	}

	public long count() {
		return jdbc.sql("select count(*) from sso_provider").query(Long.class).single();
	}

	public SsoPolicy policy(UUID organizationId) {
		return jdbc.sql("select organization_id, email_domains, create_accounts, password_login from sso_policy "
				+ "where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> new SsoPolicy(rs.getObject(1, UUID.class), strings(rs.getArray(2)), rs.getBoolean(3),
					rs.getBoolean(4)))
			.optional()
			.orElseGet(() -> SsoPolicy.defaults(organizationId));
	}

	void savePolicy(SsoPolicy policy) {
		jdbc.sql("""
				insert into sso_policy (organization_id, email_domains, create_accounts, password_login)
				values (?, ?::varchar[], ?, ?)
				on conflict (organization_id) do update set email_domains = excluded.email_domains,
				  create_accounts = excluded.create_accounts, password_login = excluded.password_login,
				  version = sso_policy.version + 1""")
			.params(policy.organizationId(), policy.emailDomains().toArray(String[]::new), policy.createAccounts(),
					policy.passwordLogin())
			.update();
	}

	/** Organizations among these whose teachers may not log in with a password. */
	boolean passwordLoginOffForAny(List<UUID> organizationIds) {
		if (organizationIds.isEmpty()) {
			return false;
		}
		return jdbc.sql("select exists (select 1 from sso_policy where organization_id = any(?) and not password_login)")
			.param(organizationIds.toArray(UUID[]::new))
			.query(Boolean.class)
			.single();
	}

	Optional<UUID> linkedAccount(UUID providerId, String subject) {
		return jdbc.sql("select account_id from sso_link where provider_id = ? and subject = ?")
			.params(providerId, subject)
			.query(UUID.class)
			.optional();
	}

	void link(UUID providerId, String subject, UUID accountId) {
		jdbc.sql("insert into sso_link (provider_id, subject, account_id) values (?, ?, ?) on conflict do nothing")
			.params(providerId, subject, accountId)
			.update();
	}

	private SsoProvider row(ResultSet rs, int n) throws SQLException {
		return new SsoProvider(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				ProviderPreset.parse(rs.getString("preset")), rs.getString("label"), rs.getString("issuer_url"),
				rs.getString("client_id"), rs.getInt("version"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
