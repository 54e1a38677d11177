package org.microcred.integration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.integration.ApiClientView;
import org.microcred.integration.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API clients and their tokens in PostgreSQL. */
@Repository
public class ApiClientStore {

	/** What authenticating a client needs. */
	public record StoredClient(ApiClientView view, String secretHash, UUID createdBy) {
	}

	private static final String COLUMNS = "id, organization_id, name, scopes, created_at, last_used_at, status, "
			+ "secret_hash, created_by";

	private final JdbcClient jdbc;

	ApiClientStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID organization, String name, String scopes, String secretHash, UUID createdBy) {
		jdbc.sql("insert into api_client (id, organization_id, name, scopes, secret_hash, created_by) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(id, organization, name, scopes, secretHash, createdBy)
			.update();
	}

	public Optional<StoredClient> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from api_client where id = ?").param(id).query(this::row).optional();
	}

	public List<ApiClientView> ofOrganization(UUID organization, int limit, long offset) {
		return jdbc
			.sql("select " + COLUMNS + " from api_client where organization_id = ? "
					+ "order by status, created_at desc, id limit ? offset ?")
			.params(organization, limit, offset)
			.query(this::row)
			.list()
			.stream()
			.map(StoredClient::view)
			.toList();
	}

	public long countOfOrganization(UUID organization) {
		return jdbc.sql("select count(*) from api_client where organization_id = ?")
			.param(organization)
			.query(Long.class)
			.single();
	}

	/** Names the expected state: revoking a revoked client changes nothing (false). */
	public boolean revoke(UUID id, UUID organization) {
		int changed = jdbc.sql("update api_client set status = 'REVOKED', revoked_at = now() "
				+ "where id = ? and organization_id = ? and status = 'ACTIVE'")
			.params(id, organization)
			.update();
		jdbc.sql("delete from api_token where client_id = ?").param(id).update();
		return changed == 1;
	}

	public void used(UUID id) {
		// at most one write a minute per client: "last used" needs no finer grain
		jdbc.sql("update api_client set last_used_at = now() where id = ? "
				+ "and (last_used_at is null or last_used_at < now() - interval '1 minute')")
			.param(id)
			.update();
	}

	public void insertToken(String tokenHash, UUID client, String scopes, Instant expiresAt) {
		jdbc.sql("delete from api_token where expires_at < now() - interval '1 day'").update();
		jdbc.sql("insert into api_token (token_hash, client_id, scopes, expires_at) values (?, ?, ?, ?)")
			.params(tokenHash, client, scopes, Timestamp.from(expiresAt))
			.update();
	}

	/** A token's client and scopes, while the token is unexpired and the client active. */
	public Optional<TokenGrant> findToken(String tokenHash) {
		return jdbc
			.sql("select t.client_id, t.scopes, c.organization_id, c.created_by, c.name from api_token t "
					+ "join api_client c on c.id = t.client_id "
					+ "where t.token_hash = ? and t.expires_at > now() and c.status = 'ACTIVE'")
			.param(tokenHash)
			.query((rs, n) -> new TokenGrant(rs.getObject(1, UUID.class), ApiScope.parse(rs.getString(2)),
					rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getString(5)))
			.optional();
	}

	/** What a valid token grants. */
	public record TokenGrant(UUID clientId, java.util.Set<ApiScope> scopes, UUID organizationId, UUID createdBy,
			String clientName) {
	}

	private StoredClient row(ResultSet rs, int n) throws SQLException {
		Timestamp used = rs.getTimestamp("last_used_at");
		ApiClientView view = new ApiClientView(rs.getObject("id", UUID.class),
				rs.getObject("organization_id", UUID.class), rs.getString("name"), ApiScope.parse(rs.getString("scopes")),
				rs.getTimestamp("created_at").toInstant(), used == null ? null : used.toInstant(),
				"REVOKED".equals(rs.getString("status")));
		return new StoredClient(view, rs.getString("secret_hash"), rs.getObject("created_by", UUID.class));
	}

}
