package org.microcred.learning.internal;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resumable uploads under way: who, where, how large, and until when they are kept. */
@Repository
public class ResumableUploadStore {

	private final JdbcClient jdbc;

	public ResumableUploadStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An upload under way. */
	public record Pending(UUID id, UUID teacherId, UUID enrollmentId, String partKey, String fileName, long length,
			boolean studentWork) {
	}

	/** Serializes the uploads a teacher starts (until the transaction ends): limits are counted, then kept. */
	public void lockTeacher(UUID teacher) {
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('resumable-upload:' || ?, 0))")
			.param(teacher.toString())
			.query(Object.class)
			.single();
	}

	/** The teacher's uploads under way, the least recently active first. */
	public List<UUID> liveOf(UUID teacher) {
		return jdbc.sql("select id from evidence_resumable_upload where teacher_id = ? and expires_at > now() order by active_at")
			.param(teacher)
			.query(UUID.class)
			.list();
	}

	/** The teacher's uploads under way with no byte for the given time, the least recently active first. */
	public List<Pending> idleOf(UUID teacher, Duration idle) {
		return jdbc.sql("""
				select * from evidence_resumable_upload where teacher_id = ?
				and active_at < now() - make_interval(secs => ?) order by active_at""")
			.params(teacher, idle.toSeconds())
			.query((rs, n) -> pending(rs))
			.list();
	}

	/** The bytes the teacher's uploads under way will need. */
	public long reservedBy(UUID teacher) {
		return jdbc.sql("select coalesce(sum(length_bytes), 0) from evidence_resumable_upload where teacher_id = ? and expires_at > now()")
			.param(teacher)
			.query(Long.class)
			.single();
	}

	public void insert(Pending upload, Duration expiry) {
		jdbc.sql("""
				insert into evidence_resumable_upload (id, teacher_id, enrollment_id, part_key, file_name, length_bytes,
				  student_work, expires_at) values (?, ?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?))""")
			.params(upload.id(), upload.teacherId(), upload.enrollmentId(), upload.partKey(), upload.fileName(),
					upload.length(), upload.studentWork(), expiry.toSeconds())
			.update();
	}

	/** A live upload of this teacher into this part; an expired one is gone. */
	public Optional<Pending> live(UUID id, UUID teacher, UUID enrollment, String part) {
		return jdbc.sql("""
				select * from evidence_resumable_upload where id = ? and teacher_id = ? and enrollment_id = ?
				and part_key = ? and expires_at > now()""")
			.params(id, teacher, enrollment, part)
			.query((rs, n) -> pending(rs))
			.optional();
	}

	/** Bytes arrived: the upload is active, and kept for another expiry period. */
	public void touch(UUID id, Duration expiry) {
		jdbc.sql("""
				update evidence_resumable_upload set active_at = now(), expires_at = now() + make_interval(secs => ?)
				where id = ? and expires_at > now()""")
			.params(expiry.toSeconds(), id)
			.update();
	}

	/**
	 * Takes the upload out of the list, locking its row until the transaction ends: of two requests finishing the
	 * same upload, the second waits and then finds nothing to do.
	 */
	public Optional<Pending> take(UUID id) {
		return jdbc.sql("delete from evidence_resumable_upload where id = ? returning *")
			.param(id)
			.query((rs, n) -> pending(rs))
			.optional();
	}

	/** Abandoned uploads (past their expiry), oldest first. */
	public List<Pending> expired(int limit) {
		return jdbc.sql("select * from evidence_resumable_upload where expires_at <= now() order by expires_at limit ?")
			.param(limit)
			.query((rs, n) -> pending(rs))
			.list();
	}

	private static Pending pending(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Pending(rs.getObject("id", UUID.class), rs.getObject("teacher_id", UUID.class),
				rs.getObject("enrollment_id", UUID.class), rs.getString("part_key"), rs.getString("file_name"),
				rs.getLong("length_bytes"), rs.getBoolean("student_work"));
	}

}
