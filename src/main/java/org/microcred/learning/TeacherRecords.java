package org.microcred.learning;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.identity.AccountId;
import org.microcred.learning.internal.EvidenceEraser;
import org.microcred.learning.internal.EvidenceStorage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher's learning records as a whole, for the privacy features: what an export contains, which decided
 * evidence a retention policy may delete, and erasing it.
 */
@Service
public class TeacherRecords {

	private final JdbcClient jdbc;

	private final EvidenceStorage storage;

	private final EvidenceEraser eraser;

	TeacherRecords(JdbcClient jdbc, EvidenceStorage storage, EvidenceEraser eraser) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.eraser = eraser;
	}

	/** An enrollment whose last decision is old enough, with evidence files still kept (in attempts or its draft). */
	public record DecidedEnrollment(EnrollmentId enrollment, AccountId teacher, CredentialId credential,
			Instant decidedAt, int files) {
	}

	/**
	 * Enrollments with no attempt waiting for a decision whose last decision came before the instant and that
	 * still keep evidence files, oldest first.
	 */
	public List<DecidedEnrollment> decidedBefore(Instant before, int limit) {
		return jdbc.sql("""
				select e.id, e.teacher_id, e.credential_id, max(a.decided_at) decided,
				  (select count(*) from evidence_file f where f.enrollment_id = e.id) files
				from enrollment e join attempt a on a.enrollment_id = e.id
				where exists (select 1 from evidence_file f where f.enrollment_id = e.id)
				group by e.id
				having bool_and(a.status in ('RETURNED', 'PASSED')) and max(a.decided_at) < ?
				order by decided limit ?""")
			.params(java.sql.Timestamp.from(before), limit)
			.query((rs, n) -> new DecidedEnrollment(new EnrollmentId(rs.getObject(1, UUID.class)),
					new AccountId(rs.getObject(2, UUID.class)), new CredentialId(rs.getObject(3, UUID.class)),
					rs.getTimestamp(4).toInstant(), rs.getInt(5)))
			.list();
	}

	/** Deletes the evidence of a decided enrollment (files and submitted text); decisions and feedback stay. */
	@Transactional
	public int eraseDecidedEvidence(EnrollmentId enrollment) {
		return eraser.eraseDecided(enrollment.value());
	}

	/** Deletes everything the teacher wrote or uploaded (account deletion). */
	@Transactional
	public int eraseAll(AccountId teacher) {
		return eraser.eraseTeacher(teacher.value());
	}

	/** Enrollments with their attempts, decisions and feedback, as plain values for a JSON export. */
	public List<Map<String, Object>> enrollments(AccountId teacher) {
		List<Map<String, Object>> enrollments = jdbc.sql("""
				select id, credential_id, version_id, status, notes, enrolled_at, passed_at, withdrawn_at
				from enrollment where teacher_id = ? order by enrolled_at""").param(teacher.value()).query().listOfRows();
		for (Map<String, Object> enrollment : enrollments) {
			List<Map<String, Object>> attempts = jdbc.sql("""
					select id, number, status, submitted_at, decided_at, feedback::text as feedback from attempt
					where enrollment_id = ? order by number""").param(enrollment.get("id")).query().listOfRows();
			for (Map<String, Object> attempt : attempts) {
				attempt.put("evidence", jdbc.sql("select part_key, text, links from attempt_evidence where attempt_id = ?")
					.param(attempt.get("id")).query((rs, n) -> Map.of("part", rs.getString(1),
							"text", String.valueOf(rs.getString(2)), "links", List.of((String[]) rs.getArray(3).getArray())))
					.list());
			}
			enrollment.put("attempts", attempts);
			enrollment.put("draft", jdbc.sql("select part_key, text, links from evidence_draft where enrollment_id = ?")
				.param(enrollment.get("id")).query((rs, n) -> Map.of("part", rs.getString(1),
						"text", String.valueOf(rs.getString(2)), "links", List.of((String[]) rs.getArray(3).getArray())))
				.list());
		}
		return enrollments;
	}

	/** The teacher's evidence files (the bytes: {@link #open}). */
	public List<EvidenceFile> files(AccountId teacher) {
		return jdbc.sql("""
				select id, part_key, file_name, media_type, size_bytes, sha256, student_work, uploaded_at
				from evidence_file where teacher_id = ? order by uploaded_at""").param(teacher.value())
			.query((rs, n) -> new EvidenceFile(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getString(6).strip(), rs.getBoolean(7),
					rs.getTimestamp(8).toInstant()))
			.list();
	}

	/** The bytes of one of the teacher's own files. */
	public InputStream open(AccountId teacher, UUID fileId) throws IOException {
		String key = jdbc.sql("select storage_key from evidence_file where id = ? and teacher_id = ?")
			.params(fileId, teacher.value()).query(String.class).optional()
			.orElseThrow(() -> new IOException("no such file"));
		return storage.open(key);
	}

}
