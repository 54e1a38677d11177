package org.microcred.badge.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.badge.ReissueProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Jobs that re-sign, with the current key, what an issuer's compromised keys signed: at most one open per issuer. */
@Repository
public class ReissueJobs {

	private final JdbcClient jdbc;

	ReissueJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens a job; false when one is already open for the issuer. */
	public boolean open(UUID issuer, UUID requestedBy, int total) {
		return jdbc.sql("insert into reissue_job (id, issuer_id, requested_by, total) values (?, ?, ?, ?) on conflict do nothing")
			.params(UUID.randomUUID(), issuer, requestedBy, total)
			.update() == 1;
	}

	public List<UUID> unfinished() {
		return jdbc.sql("select id from reissue_job where finished_at is null order by created_at").query(UUID.class).list();
	}

	/** The open job's issuer, locked for this transaction; empty when finished or another worker holds it. */
	public Optional<UUID> lock(UUID job) {
		return jdbc.sql("select issuer_id from reissue_job where id = ? and finished_at is null for update skip locked")
			.param(job)
			.query(UUID.class)
			.optional();
	}

	public void advance(UUID job, int count) {
		jdbc.sql("update reissue_job set done = least(total, done + ?) where id = ? and finished_at is null")
			.params(count, job)
			.update();
	}

	public void finish(UUID job) {
		jdbc.sql("update reissue_job set finished_at = now(), done = total where id = ? and finished_at is null").param(job).update();
	}

	/** The issuer's latest job, if any. */
	public Optional<ReissueProgress.Job> latest(UUID issuer) {
		return jdbc.sql("select total, done, created_at, finished_at from reissue_job where issuer_id = ? order by created_at desc limit 1")
			.param(issuer)
			.query((rs, n) -> {
				Timestamp finished = rs.getTimestamp(4);
				return new ReissueProgress.Job(rs.getInt(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
						finished == null ? null : finished.toInstant());
			})
			.optional();
	}

}
