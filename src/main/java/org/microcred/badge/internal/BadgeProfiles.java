package org.microcred.badge.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How each teacher shares: their name on badge pages, and their public portfolio. */
@Repository
public class BadgeProfiles {

	public record Profile(UUID teacherId, String nameDisplay, String portfolioSlug, boolean portfolioPublic) {
	}

	private final JdbcClient jdbc;

	BadgeProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Profile of(UUID teacher) {
		return jdbc.sql("select * from badge_profile where teacher_id = ?")
			.param(teacher)
			.query((rs, n) -> new Profile(teacher, rs.getString("name_display"), rs.getString("portfolio_slug"),
					rs.getBoolean("portfolio_public")))
			.optional()
			.orElse(new Profile(teacher, "FULL", null, false));
	}

	/** Saves; false when the slug belongs to someone else. */
	public boolean save(Profile p) {
		boolean taken = p.portfolioSlug() != null && jdbc.sql(
				"select exists (select 1 from badge_profile where portfolio_slug = ? and teacher_id <> ?)")
			.params(p.portfolioSlug(), p.teacherId())
			.query(Boolean.class)
			.single();
		if (taken) {
			return false;
		}
		jdbc.sql("""
				insert into badge_profile (teacher_id, name_display, portfolio_slug, portfolio_public) values (?, ?, ?, ?)
				on conflict (teacher_id) do update set name_display = excluded.name_display,
				  portfolio_slug = excluded.portfolio_slug, portfolio_public = excluded.portfolio_public""")
			.params(p.teacherId(), p.nameDisplay(), p.portfolioSlug(), p.portfolioPublic())
			.update();
		return true;
	}

	public Optional<UUID> publicPortfolio(String slug) {
		return jdbc.sql("select teacher_id from badge_profile where portfolio_slug = ? and portfolio_public")
			.param(slug)
			.query(UUID.class)
			.optional();
	}

}
