package org.microcred.integration.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.microcred.integration.AwardCsvJob;
import org.microcred.integration.AwardCsvProblem;
import org.microcred.platform.Msg;
import org.microcred.platform.StoredMessages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Award CSV uploads: the job, its valid rows (with each one's outcome) and the problems found. */
@Repository
public class AwardCsvStore {

	private static final int CHUNK = 1000;

	/** A valid row waiting to be awarded. */
	public record Pending(int rowNo, String email, String name, UUID credentialId, java.time.LocalDate assessedOn,
			String how, BigDecimal pdHours) {
	}

	private final JdbcClient jdbc;

	AwardCsvStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID issuer, String fileName, String evidenceName, String status, UUID createdBy,
			AwardCsvReader.Result result) {
		jdbc.sql("""
				insert into award_csv_job (id, issuer_id, file_name, evidence_name, status, created_by, total_rows,
				  valid_rows, problem_rows) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, issuer, fileName, evidenceName, status, createdBy, result.totalRows(), result.rows().size(),
					result.problemRows())
			.update();
		List<AwardCsvReader.Row> rows = result.rows();
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<AwardCsvReader.Row> c = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			jdbc.sql("""
					insert into award_csv_row (job_id, row_no, email, name, credential_id, assessed_on, assessed_how,
					  pd_hours)
					select ?, * from unnest(?::int[], ?::varchar[], ?::varchar[], ?::uuid[], ?::date[], ?::varchar[],
					  ?::numeric[])""")
				.params(id, c.stream().map(AwardCsvReader.Row::rowNo).toArray(Integer[]::new),
						c.stream().map(AwardCsvReader.Row::email).toArray(String[]::new),
						c.stream().map(AwardCsvReader.Row::name).toArray(String[]::new),
						c.stream().map(AwardCsvReader.Row::credentialId).toArray(UUID[]::new),
						c.stream().map(r -> r.assessedOn().toString()).toArray(String[]::new),
						c.stream().map(AwardCsvReader.Row::how).toArray(String[]::new),
						c.stream().map(r -> r.pdHours() == null ? null : r.pdHours().toPlainString()).toArray(String[]::new))
				.update();
		}
		addProblems(id, 0, result.problems());
	}

	void addProblems(UUID job, int firstSeq, List<AwardCsvProblem> problems) {
		for (int from = 0; from < problems.size(); from += CHUNK) {
			List<AwardCsvProblem> c = problems.subList(from, Math.min(problems.size(), from + CHUNK));
			int offset = firstSeq + from;
			jdbc.sql("""
					insert into award_csv_problem (job_id, seq, row_no, col, message)
					select ?, * from unnest(?::int[], ?::int[], ?::varchar[], ?::varchar[])""")
				.params(job, IntStream.range(0, c.size()).map(i -> offset + i).boxed().toArray(Integer[]::new),
						c.stream().map(AwardCsvProblem::row).toArray(Integer[]::new),
						c.stream().map(AwardCsvProblem::column).toArray(String[]::new),
						c.stream().map(p -> StoredMessages.encode(p.message(), 500)).toArray(String[]::new))
				.update();
		}
	}

	public Optional<AwardCsvJob> find(UUID id) {
		return jdbc.sql("select * from award_csv_job where id = ?").param(id).query((rs, n) -> job(rs)).optional();
	}

	public List<AwardCsvJob> list(UUID issuer, int limit, long offset) {
		return jdbc.sql("select * from award_csv_job where issuer_id = ? order by created_at desc limit ? offset ?")
			.params(issuer, limit, offset)
			.query((rs, n) -> job(rs))
			.list();
	}

	public long count(UUID issuer) {
		return jdbc.sql("select count(*) from award_csv_job where issuer_id = ?").param(issuer).query(Long.class)
			.single();
	}

	public List<AwardCsvProblem> problems(UUID job, int limit, long offset) {
		return jdbc.sql("select * from award_csv_problem where job_id = ? order by row_no nulls first, seq limit ? offset ?")
			.params(job, limit, offset)
			.query((rs, n) -> new AwardCsvProblem(rs.getObject("row_no", Integer.class), rs.getString("col"),
					StoredMessages.decode(rs.getString("message"))))
			.list();
	}

	public long countProblems(UUID job) {
		return jdbc.sql("select count(*) from award_csv_problem where job_id = ?").param(job).query(Long.class).single();
	}

	/** Moves a job from one status to another; false when it was not in the expected one. */
	public boolean move(UUID id, String from, String to) {
		return jdbc.sql("""
				update award_csv_job set status = :to,
				  confirmed_at = case when :to = 'CONFIRMED' then now() else confirmed_at end,
				  started_at = case when :to = 'RUNNING' then coalesce(started_at, now()) else started_at end,
				  finished_at = case when :to in ('DONE', 'FAILED') then now() else finished_at end
				where id = :id and status = :from""")
			.param("to", to).param("from", from).param("id", id)
			.update() == 1;
	}

	/** The rows of a discarded upload are working data: gone with it. */
	public void deleteRows(UUID id) {
		jdbc.sql("delete from award_csv_row where job_id = ?").param(id).update();
	}

	public void fail(UUID id, Msg why) {
		jdbc.sql("update award_csv_job set status = 'FAILED', finished_at = now(), failure = ? where id = ? and status = 'RUNNING'")
			.params(StoredMessages.encode(why, 1000), id)
			.update();
	}

	/** The oldest confirmed or running upload (a running one was interrupted: it carries on). */
	public Optional<UUID> nextToRun() {
		return jdbc.sql("""
				select id from award_csv_job where status in ('CONFIRMED', 'RUNNING')
				order by confirmed_at, id limit 1""")
			.query(UUID.class)
			.optional();
	}

	public List<Pending> pending(UUID job, int limit) {
		return jdbc.sql("""
				select * from award_csv_row where job_id = ? and status = 'PENDING' order by row_no limit ?""")
			.params(job, limit)
			.query((rs, n) -> new Pending(rs.getInt("row_no"), rs.getString("email"), rs.getString("name"),
					rs.getObject("credential_id", UUID.class), rs.getObject("assessed_on", java.time.LocalDate.class),
					rs.getString("assessed_how"), rs.getBigDecimal("pd_hours")))
			.list();
	}

	/** Records a row's outcome once: a row already decided is left alone (false). */
	public boolean decide(UUID job, int rowNo, String status, UUID issued, Msg message) {
		return jdbc.sql("""
				update award_csv_row set status = ?, issued_id = ?, message = ?
				where job_id = ? and row_no = ? and status = 'PENDING'""")
			.params(status, issued, StoredMessages.encode(message, 500), job, rowNo)
			.update() == 1;
	}

	/** Adds to the job's counts; false unless the job is running. */
	public boolean count(UUID job, int issued, int skipped, int failed) {
		return jdbc.sql("""
				update award_csv_job set issued_count = issued_count + ?, skipped_count = skipped_count + ?,
				  failed_count = failed_count + ? where id = ? and status = 'RUNNING'""")
			.params(issued, skipped, failed, job)
			.update() == 1;
	}

	public UUID creator(UUID job) {
		return jdbc.sql("select created_by from award_csv_job where id = ?").param(job).query(UUID.class).single();
	}

	public int nextProblemSeq(UUID job) {
		return jdbc.sql("select coalesce(max(seq), -1) + 1 from award_csv_problem where job_id = ?").param(job)
			.query(Integer.class).single();
	}

	private static AwardCsvJob job(ResultSet rs) throws SQLException {
		return new AwardCsvJob(rs.getObject("id", UUID.class), rs.getObject("issuer_id", UUID.class),
				rs.getString("file_name"), rs.getString("evidence_name"), rs.getString("status"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")), rs.getInt("total_rows"),
				rs.getInt("valid_rows"), rs.getInt("problem_rows"), rs.getInt("issued_count"),
				rs.getInt("skipped_count"), rs.getInt("failed_count"), StoredMessages.decode(rs.getString("failure")));
	}

	private static java.time.Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
