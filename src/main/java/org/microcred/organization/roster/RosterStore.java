package org.microcred.organization.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.organization.OrganizationId;
import org.microcred.organization.RosterChange;
import org.microcred.organization.RosterImport;
import org.microcred.organization.RosterProblem;
import org.microcred.platform.Msg;
import org.microcred.platform.StoredMessages;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes roster imports: the job row, the checked rows and the problems. */
@Repository
public class RosterStore {

	private static final int CHUNK = 5_000;

	private final JdbcClient jdbc;

	RosterStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID id, OrganizationId district, String format, String fileNames, String status, boolean deactivate,
			boolean invite, UUID createdBy, long millis, Map<String, Integer> summary, Msg notes, int total) {
		jdbc.sql("""
				insert into roster_import (id, district_id, format, file_names, status, deactivate_missing,
				  send_invitations, created_by, dry_run_millis, summary, notes, total_rows)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)""")
			.params(id, district.value(), format, cut(fileNames, 500), status, deactivate, invite, createdBy, millis,
					json(summary), StoredMessages.encode(notes, 2000), total)
			.update();
	}

	/** Stores the checked rows with their planned change, in chunks of unnest arrays (fast for 100,000 rows). */
	void insertRows(UUID importId, List<StagedRow> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<StagedRow> c = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			int offset = from;
			jdbc.sql("""
					insert into roster_import_row (import_id, seq, file, row_no, kind, action, sourced_id, name,
					  given_name, family_name, email, school_ref, license, active, detail)
					select ?, * from unnest(?::int[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[], ?::varchar[],
					  ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[],
					  ?::varchar[])""")
				.params(importId, java.util.stream.IntStream.range(0, c.size()).map(i -> offset + i).boxed()
					.toArray(Integer[]::new), col(c, StagedRow::file), c.stream().map(StagedRow::row).toArray(Integer[]::new),
						col(c, StagedRow::kind), col(c, StagedRow::action), col(c, StagedRow::sourcedId),
						col(c, StagedRow::name), col(c, StagedRow::givenName), col(c, StagedRow::familyName),
						col(c, StagedRow::email), col(c, StagedRow::schoolRef), col(c, StagedRow::license),
						c.stream().map(StagedRow::active).toArray(Boolean[]::new),
						col(c, r -> StoredMessages.encode(r.detail(), 500)))
				.update();
		}
	}

	void insertProblems(UUID importId, List<RosterProblem> problems) {
		for (int from = 0; from < problems.size(); from += CHUNK) {
			List<RosterProblem> c = problems.subList(from, Math.min(problems.size(), from + CHUNK));
			int offset = from;
			jdbc.sql("""
					insert into roster_import_problem (import_id, seq, file, row_no, col, message)
					select ?, * from unnest(?::int[], ?::varchar[], ?::int[], ?::varchar[], ?::varchar[])""")
				.params(importId, java.util.stream.IntStream.range(0, c.size()).map(i -> offset + i).boxed()
					.toArray(Integer[]::new), c.stream().map(p -> cut(p.file(), 40)).toArray(String[]::new),
						c.stream().map(RosterProblem::row).toArray(Integer[]::new),
						c.stream().map(p -> p.column() == null ? null : cut(p.column(), 100)).toArray(String[]::new),
						c.stream().map(p -> StoredMessages.encode(p.message(), 500)).toArray(String[]::new))
				.update();
		}
	}

	Optional<RosterImport> find(UUID id) {
		return jdbc.sql(SELECT + " where i.id = ?").param(id).query((rs, n) -> toImport(rs)).optional();
	}

	List<RosterImport> list(OrganizationId district, int limit, long offset) {
		return jdbc.sql(SELECT + " where i.district_id = ? order by i.created_at desc limit ? offset ?")
			.params(district.value(), limit, offset)
			.query((rs, n) -> toImport(rs))
			.list();
	}

	long count(OrganizationId district) {
		return jdbc.sql("select count(*) from roster_import where district_id = ?").param(district.value())
			.query(Long.class).single();
	}

	List<RosterProblem> problems(UUID id, int limit, long offset) {
		return jdbc.sql("select * from roster_import_problem where import_id = ? order by seq limit ? offset ?")
			.params(id, limit, offset)
			.query((rs, n) -> new RosterProblem(rs.getString("file"), (Integer) rs.getObject("row_no"),
					rs.getString("col"), StoredMessages.decode(rs.getString("message"))))
			.list();
	}

	List<RosterChange> changes(UUID id, boolean all, int limit, long offset) {
		return jdbc.sql("select * from roster_import_row where import_id = ? and (? or action <> 'UNCHANGED') "
				+ "order by seq limit ? offset ?")
			.params(id, all, limit, offset)
			.query((rs, n) -> new RosterChange(rs.getString("file"), (Integer) rs.getObject("row_no"),
					rs.getString("kind"), rs.getString("action"), rs.getString("sourced_id"), rs.getString("name"),
					rs.getString("email"), StoredMessages.decode(rs.getString("detail"))))
			.list();
	}

	long countChanges(UUID id, boolean all) {
		return jdbc.sql("select count(*) from roster_import_row where import_id = ? and (? or action <> 'UNCHANGED')")
			.params(id, all).query(Long.class).single();
	}

	/** The rows read from the files (not the people the dry run found missing), in file order. */
	void forEachInputRow(UUID id, RowCallbackHandler handler) {
		jdbc.sql("select * from roster_import_row where import_id = ? and row_no is not null order by seq")
			.param(id).query(handler);
	}

	/** The schools of the files that the dry run would create, in file order. */
	void forEachNewSchool(UUID id, RowCallbackHandler handler) {
		jdbc.sql("select * from roster_import_row where import_id = ? and kind = 'SCHOOL' and action = 'ADD' order by seq")
			.param(id).query(handler);
	}

	/** A dry run planned again: its counts and rows replaced. */
	void replacePlan(UUID id, Map<String, Integer> summary, int total, List<StagedRow> rows) {
		jdbc.sql("update roster_import set summary = ?::jsonb, total_rows = ? where id = ?")
			.params(json(summary), total, id).update();
		jdbc.sql("delete from roster_import_row where import_id = ?").param(id).update();
		insertRows(id, rows);
	}

	boolean setStatus(UUID id, String from, String to) {
		return jdbc.sql("update roster_import set status = ?, confirmed_at = case when ? = 'CONFIRMED' then now() "
				+ "else confirmed_at end where id = ? and status = ?").params(to, to, id, from).update() == 1;
	}

	/** Takes the oldest confirmed import, or one whose worker stopped sending heartbeats (a crash or restart). */
	Optional<UUID> claimNext(Duration lease) {
		return jdbc.sql("""
				update roster_import set status = 'APPLYING', heartbeat_at = now(), attempts = attempts + 1, done_rows = 0
				where id = (select id from roster_import
				            where status = 'CONFIRMED' or status = 'APPLYING' and heartbeat_at < now() - make_interval(secs => ?)
				            order by confirmed_at limit 1 for update skip locked)
				returning id""").param(lease.toSeconds()).query(UUID.class).optional();
	}

	int attempts(UUID id) {
		return jdbc.sql("select attempts from roster_import where id = ?").param(id).query(Integer.class).single();
	}

	void progress(UUID id, int done, int total) {
		jdbc.sql("update roster_import set done_rows = ?, total_rows = ?, heartbeat_at = now() where id = ?")
			.params(done, total, id).update();
	}

	void finish(UUID id, Map<String, Integer> summary, long millis, int total) {
		jdbc.sql("""
				update roster_import set status = 'DONE', summary = ?::jsonb, apply_millis = ?, finished_at = now(),
				  done_rows = ?, total_rows = ? where id = ?""").params(json(summary), millis, total, total, id).update();
	}

	/** Failed: its transaction was rolled back, so none of the progress it reported stands. */
	void fail(UUID id, Msg message) {
		jdbc.sql("update roster_import set status = 'FAILED', failure = ?, finished_at = now(), done_rows = 0 where id = ?")
			.params(StoredMessages.encode(message, 1000), id).update();
	}

	/** The name of the lock an import's apply transaction holds: while it is held, the progress is real. */
	static String applyLock(UUID importId) {
		return "roster-import:" + importId;
	}

	void lockForApply(UUID importId) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 7))) as locked")
			.param(applyLock(importId)).query(Integer.class).single();
	}

	/**
	 * An applying import whose worker holds no lock (its transaction, and so all it wrote, is gone: a crash) and
	 * has not reported for a few seconds (it is not just starting) was interrupted.
	 */
	private static final String SELECT = """
			select i.*, (select count(*) from roster_import_problem p where p.import_id = i.id) as problem_count,
			  i.summary::text as summary_text,
			  i.status = 'APPLYING' and i.heartbeat_at < now() - interval '5 seconds' and not exists (
			    select 1 from pg_locks l where l.locktype = 'advisory' and l.granted and l.objsubid = 1
			    and ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended('roster-import:' || i.id, 7)) as interrupted
			from roster_import i""";

	private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile("\"([A-Z.]+)\":\\s*(\\d+)");

	private RosterImport toImport(ResultSet rs) throws SQLException {
		Map<String, Integer> summary = new TreeMap<>();
		java.util.regex.Matcher m = COUNT.matcher(rs.getString("summary_text"));
		while (m.find()) {
			summary.put(m.group(1), Integer.parseInt(m.group(2)));
		}
		boolean interrupted = rs.getBoolean("interrupted");
		return new RosterImport(rs.getObject("id", UUID.class), new OrganizationId(rs.getObject("district_id", UUID.class)),
				rs.getString("format"), rs.getString("file_names"), rs.getString("status"),
				rs.getBoolean("deactivate_missing"), rs.getBoolean("send_invitations"), instant(rs, "created_at"),
				(Long) rs.getObject("dry_run_millis"), instant(rs, "finished_at"), (Long) rs.getObject("apply_millis"),
				interrupted ? 0 : rs.getInt("done_rows"), rs.getInt("total_rows"),
				StoredMessages.decode(rs.getString("failure")), summary, StoredMessages.decode(rs.getString("notes")), rs.getLong("problem_count"), interrupted, rs.getObject("superseded_by") != null,
				instant(rs, "details_removed_at"));
	}

	private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	static String json(Map<String, Integer> counts) {
		return counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
			.collect(Collectors.joining(",", "{", "}"));
	}

	private static String[] col(List<StagedRow> rows, java.util.function.Function<StagedRow, String> f) {
		List<String> values = new ArrayList<>(rows.size());
		rows.forEach(r -> values.add(f.apply(r)));
		return values.toArray(String[]::new);
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

}
