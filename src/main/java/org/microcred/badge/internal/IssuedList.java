package org.microcred.badge.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.IssuedRow;
import org.microcred.catalog.CredentialId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An issuer's issued credentials with their earners, searched and filtered, one page at a time in one query. The
 * earner's name and e-mail come from {@code account_directory}, the identity module's published read view, so a page
 * never asks for names row by row; the indexes of V180/V181 keep it fast at a million credentials.
 */
@Repository
public class IssuedList {

	private static final String FROM = " from issued_credential c where c.issuer_id = ?";

	private final JdbcClient jdbc;

	public IssuedList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The conditions of a search, as SQL and its parameters (after the issuer).
	 *
	 * @param titleMatches the issuer's credentials whose title contains the query (searched with the earners)
	 */
	public record Where(String query, String standing, UUID credential, Instant from, Instant to,
			List<UUID> titleMatches) {
	}

	public long count(UUID issuer, Where where) {
		List<Object> params = new ArrayList<>(List.of(issuer));
		String sql = "select count(*)" + FROM + conditions(where, params);
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	/**
	 * One page, newest first. A page in the second half of a long list is read from its end (oldest first, then put
	 * back in order), so the last page of a million rows does not walk the whole index.
	 */
	public List<IssuedRow> page(UUID issuer, Where where, Map<UUID, String> titles, int size, long offset, long total) {
		boolean fromEnd = offset > total / 2;
		long limit = Math.max(0, Math.min(size, total - offset));
		List<Object> params = new ArrayList<>(List.of(issuer));
		String order = fromEnd ? " order by c.issued_at, c.id" : " order by c.issued_at desc, c.id desc";
		// the page is cut from the credentials alone; only its 25 rows are joined to their earners (joining first made a
		// middle page of a million rows look up every skipped earner)
		String sql = COLUMNS + " from (select c.id, c.teacher_id, c.credential_id, c.issued_at, c.valid_until, c.state,"
				+ " c.state_reason, c.public_reason, c.renewed_by" + FROM + conditions(where, params) + order
				+ " limit ? offset ?) c left join account_directory a on a.id = c.teacher_id" + order;
		params.add(limit);
		params.add(fromEnd ? total - offset - limit : offset);
		List<IssuedRow> rows = new ArrayList<>(jdbc.sql(sql).params(params).query((rs, n) -> row(rs, titles)).list());
		if (fromEnd) {
			Collections.reverse(rows);
		}
		return rows;
	}

	/** The row of one credential of this issuer (empty when it is another issuer's, or none). */
	public Optional<IssuedRow> row(UUID issuer, UUID id, Map<UUID, String> titles) {
		return jdbc.sql(COLUMNS + " from issued_credential c left join account_directory a on a.id = c.teacher_id"
				+ " where c.issuer_id = ? and c.id = ?")
			.params(issuer, id)
			.query((rs, n) -> row(rs, titles))
			.optional();
	}

	private static final String COLUMNS = """
			select c.id, a.display_name, a.email, c.credential_id, c.issued_at, c.valid_until, c.state, c.state_reason,
			  c.public_reason, c.renewed_by is not null as renewed""";

	private static IssuedRow row(ResultSet rs, Map<UUID, String> titles) throws SQLException {
		Timestamp until = rs.getTimestamp(6);
		UUID credential = rs.getObject(4, UUID.class);
		return new IssuedRow(new IssuedCredentialId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
				new CredentialId(credential), titles.getOrDefault(credential, ""), rs.getTimestamp(5).toInstant(),
				until == null ? null : until.toInstant(), rs.getString(7), rs.getString(8), rs.getString(9),
				rs.getBoolean(10));
	}

	private static String conditions(Where where, List<Object> params) {
		StringBuilder sql = new StringBuilder();
		switch (where.standing()) {
			case "valid" -> sql.append(" and c.state = 'ACTIVE' and (c.valid_until is null or c.valid_until >= now())");
			case "expired" -> sql.append(" and c.state = 'ACTIVE' and c.valid_until < now()");
			case "suspended" -> sql.append(" and c.state = 'SUSPENDED'");
			case "revoked" -> sql.append(" and c.state = 'REVOKED'");
			default -> {
			}
		}
		if (where.credential() != null) {
			sql.append(" and c.credential_id = ?");
			params.add(where.credential());
		}
		if (where.from() != null) {
			sql.append(" and c.issued_at >= ?");
			params.add(Timestamp.from(where.from()));
		}
		if (where.to() != null) {
			sql.append(" and c.issued_at < ?");
			params.add(Timestamp.from(where.to()));
		}
		if (!where.query().isEmpty()) {
			// earners found through the trigram indexes of their name and e-mail, then their credentials by teacher
			String pattern = "%" + like(where.query().toLowerCase(Locale.ROOT)) + "%";
			sql.append(" and (c.teacher_id in (select d.id from account_directory d where lower(d.display_name) like ?")
				.append(" or lower(d.email) like ?)");
			params.add(pattern);
			params.add(pattern);
			if (!where.titleMatches().isEmpty()) {
				sql.append(" or c.credential_id = any(?)");
				params.add(where.titleMatches().toArray(UUID[]::new));
			}
			sql.append(")");
		}
		return sql.toString();
	}

	private static String like(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
