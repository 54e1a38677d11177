package org.microcred.review.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The languages reviewers review in, and the language of each submission in the queue. A reviewer who stated no
 * language reviews each credential in its primary language; a submission in another language is offered only to
 * reviewers who stated that language (es covers es-MX).
 */
@Repository
public class LanguageStore {

	/**
	 * SQL condition: reviewer {@code ?} may review item {@code i} in its language (one parameter, the reviewer, is
	 * used twice: bind it twice).
	 */
	public static final String REVIEWER_READS_ITEM = """
			(i.language is null
			  or exists (select 1 from reviewer_language l where l.reviewer_id = ?
			             and split_part(l.language, '-', 1) = split_part(i.language, '-', 1))
			  or (i.in_primary_language and not exists (select 1 from reviewer_language l where l.reviewer_id = ?)))""";

	private final JdbcClient jdbc;

	public LanguageStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> of(UUID reviewer) {
		return jdbc.sql("select language from reviewer_language where reviewer_id = ? order by language")
			.param(reviewer)
			.query(String.class)
			.list();
	}

	public void replace(UUID reviewer, Collection<String> languages) {
		jdbc.sql("delete from reviewer_language where reviewer_id = ?").param(reviewer).update();
		for (String language : languages) {
			jdbc.sql("insert into reviewer_language (reviewer_id, language) values (?, ?) on conflict do nothing")
				.params(reviewer, language)
				.update();
		}
	}

	/** Records the language of a queued submission. */
	public void setItemLanguage(UUID attempt, String language, boolean primary) {
		jdbc.sql("update review_item set language = ?, in_primary_language = ? where attempt_id = ?")
			.params(language, primary, attempt)
			.update();
	}

	/** Open submissions of an issuer in a language no active reviewer of their pool reviews in. */
	public record Unmatched(UUID credentialId, String language, long waiting) {
	}

	public List<Unmatched> unmatched(UUID issuer) {
		return jdbc.sql("""
				select i.credential_id, i.language, count(*) from review_item i
				where i.issuer_id = ? and i.stage <> 'DECIDED' and i.open_slots > 0 and i.language is not null
				  and exists (select 1 from reviewer_pool p where p.credential_id = i.credential_id and p.status = 'ACTIVE')
				  and not exists (select 1 from reviewer_pool p where p.credential_id = i.credential_id and p.status = 'ACTIVE'
				    and p.reviewer_id <> i.teacher_id
				    and (exists (select 1 from reviewer_language l where l.reviewer_id = p.reviewer_id
				                 and split_part(l.language, '-', 1) = split_part(i.language, '-', 1))
				      or (i.in_primary_language and not exists (select 1 from reviewer_language l where l.reviewer_id = p.reviewer_id))))
				group by i.credential_id, i.language order by min(i.due_at)""")
			.param(issuer)
			.query((rs, n) -> new Unmatched(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)))
			.list();
	}

}
