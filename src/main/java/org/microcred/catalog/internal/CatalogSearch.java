package org.microcred.catalog.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.microcred.catalog.CatalogQuery;
import org.microcred.catalog.Facet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searches published versions: PostgreSQL full-text search (title and skills weighted above the rest) plus
 * trigram word similarity, so a typo such as "mentorng" still finds "mentoring".
 * <p>
 * Both matches are written as index operators ({@code @@} and {@code <%}) so that PostgreSQL combines a bitmap scan
 * of the full-text index with one of the trigram index; {@code <%} reads its threshold from
 * {@code pg_trgm.word_similarity_threshold}, set for the transaction of each text search.
 */
@Repository
public class CatalogSearch {

	/** Below this word similarity a text match by trigrams alone is noise. */
	static final double TYPO_THRESHOLD = 0.4;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	public CatalogSearch(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
		this.tx.setReadOnly(true);
	}

	public record Hit(UUID versionId, double rank) {
	}

	public List<Hit> search(CatalogQuery query, Set<UUID> approved, Set<UUID> earned, int limit, long offset) {
		Where where = where(query, approved, earned);
		String order = switch (sort(query)) {
			case "workload" -> "v.workload_hours nulls last, lower(v.title)";
			case "newest" -> "v.published_at desc, lower(v.title)";
			case "relevance" -> "rank desc, lower(v.title)";
			default -> "lower(v.title)";
		};
		List<Object> params = new ArrayList<>();
		params.add(query.text());
		params.add(query.text());
		params.add(query.text());
		params.addAll(where.params());
		params.add(limit);
		params.add(offset);
		return withThreshold(query, () -> jdbc.sql("""
				select v.id,
				  case when ? = '' then 0
				       else ts_rank_cd(v.search, websearch_to_tsquery('english', ?)) * 4 + word_similarity(lower(?), v.search_text)
				  end as rank
				from credential_version v join credential c on c.id = v.credential_id
				""" + where.sql() + " order by " + order + " limit ? offset ?")
			.params(params)
			.query((rs, n) -> new Hit(rs.getObject(1, UUID.class), rs.getDouble(2)))
			.list());
	}

	public long count(CatalogQuery query, Set<UUID> approved, Set<UUID> earned) {
		Where where = where(query, approved, earned);
		return withThreshold(query, () -> jdbc
			.sql("select count(*) from credential_version v join credential c on c.id = v.credential_id " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single());
	}

	/** Runs a query in a transaction whose trigram threshold is ours (set_config(..., true) lasts one transaction). */
	private <T> T withThreshold(CatalogQuery query, Supplier<T> work) {
		if (query.text().isEmpty()) {
			return work.get();
		}
		return tx.execute(status -> {
			jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)")
				.param(Double.toString(TYPO_THRESHOLD))
				.query(String.class)
				.single();
			return work.get();
		});
	}

	/** Counts of each value of an array column (skills, grade_bands, subjects) across published versions. */
	public List<Facet> arrayFacet(String column, int limit) {
		if (!Set.of("skills", "grade_bands", "subjects").contains(column)) {
			throw new IllegalArgumentException(column);
		}
		return jdbc.sql("select value, count(*) from credential_version, unnest(" + column + ") as value "
				+ "where status = 'PUBLISHED' group by value order by count(*) desc, value limit ?")
			.param(limit)
			.query((rs, n) -> new Facet(rs.getString(1), rs.getString(1), rs.getLong(2)))
			.list();
	}

	public List<Facet> issuerFacet() {
		return jdbc.sql("""
				select c.issuer_id::text, count(*) from credential_version v join credential c on c.id = v.credential_id
				where v.status = 'PUBLISHED' group by c.issuer_id order by count(*) desc""")
			.query((rs, n) -> new Facet(rs.getString(1), rs.getString(1), rs.getLong(2)))
			.list();
	}

	public List<Facet> languageFacet() {
		return jdbc.sql("select language, count(*) from credential_version where status = 'PUBLISHED' and language is not null "
				+ "group by language order by count(*) desc")
			.query((rs, n) -> new Facet(rs.getString(1), rs.getString(1), rs.getLong(2)))
			.list();
	}

	static String sort(CatalogQuery query) {
		if (query.sort() != null && Set.of("title", "workload", "newest", "relevance").contains(query.sort())) {
			return query.sort().equals("relevance") && query.text().isEmpty() ? "title" : query.sort();
		}
		return query.text().isEmpty() ? "title" : "relevance";
	}

	private record Where(String sql, List<Object> params) {
	}

	private static Where where(CatalogQuery q, Set<UUID> approved, Set<UUID> earned) {
		StringBuilder sql = new StringBuilder("where v.status = 'PUBLISHED'");
		List<Object> params = new ArrayList<>();
		if (!q.text().isEmpty()) {
			sql.append(" and (v.search @@ websearch_to_tsquery('english', ?) or lower(?) <% v.search_text)");
			params.add(q.text());
			params.add(q.text());
		}
		if (q.topic() != null && !q.topic().isBlank()) {
			sql.append(" and ? = any(v.skills)");
			params.add(q.topic().strip().toLowerCase());
		}
		if (q.gradeBand() != null) {
			sql.append(" and ? = any(v.grade_bands)");
			params.add(q.gradeBand().name());
		}
		if (q.subject() != null && !q.subject().isBlank()) {
			sql.append(" and ? = any(v.subjects)");
			params.add(q.subject().strip());
		}
		if (q.minHours() != null) {
			sql.append(" and v.workload_hours >= ?");
			params.add(q.minHours());
		}
		if (q.maxHours() != null) {
			sql.append(" and v.workload_hours <= ?");
			params.add(q.maxHours());
		}
		if (q.issuer() != null) {
			sql.append(" and c.issuer_id = ?");
			params.add(q.issuer());
		}
		if ("free".equals(q.cost()) || "paid".equals(q.cost())) {
			sql.append(" and v.free = ?");
			params.add("free".equals(q.cost()));
		}
		if (q.language() != null && !q.language().isBlank()) {
			sql.append(" and v.language = ?");
			params.add(q.language().strip());
		}
		if (q.kind() != null) {
			sql.append(" and c.kind = ?");
			params.add(q.kind().name());
		}
		if (q.approvedOnly()) {
			sql.append(" and v.credential_id = any(?)");
			params.add(array(approved));
		}
		if (q.notEarnedOnly() && !earned.isEmpty()) {
			sql.append(" and not (v.credential_id = any(?))");
			params.add(array(earned));
		}
		return new Where(sql.toString(), params);
	}

	private static UUID[] array(Collection<UUID> ids) {
		return ids.toArray(UUID[]::new);
	}

}
