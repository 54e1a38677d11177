package org.microcred.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.learning.AttemptId;
import org.microcred.learning.AttemptStatus;
import org.microcred.learning.AttemptView;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EvidenceFile;
import org.microcred.learning.Feedback;
import org.microcred.learning.PartEvidence;
import org.microcred.learning.PriorLearningVerifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** Attempts and their immutable evidence snapshots. */
@Repository
public class AttemptStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public AttemptStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Creates the attempt and copies the current draft into it. Returns false when another attempt is already
	 * open or the token was already used (a double submission).
	 */
	public boolean insertWithSnapshot(UUID id, UUID enrollment, int number, boolean rpl, UUID token, Instant dueAt,
			PriorLearningVerifier.Result prior) {
		int inserted = jdbc.sql("""
				insert into attempt (id, enrollment_id, number, rpl, status, submit_token, due_at, prior_credential)
				values (?, ?, ?, ?, 'SUBMITTED', ?, ?, ?::jsonb) on conflict do nothing""")
			.params(id, enrollment, number, rpl, token, Timestamp.from(dueAt),
					prior == null ? null : json.writeValueAsString(prior))
			.update();
		if (inserted == 0) {
			return false;
		}
		jdbc.sql("insert into attempt_evidence (attempt_id, part_key, text, links) "
				+ "select ?, part_key, text, links from evidence_draft where enrollment_id = ?")
			.params(id, enrollment)
			.update();
		jdbc.sql("insert into attempt_file (attempt_id, file_id) select ?, id from evidence_file where enrollment_id = ? and in_draft")
			.params(id, enrollment)
			.update();
		return true;
	}

	public int nextNumber(UUID enrollment) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from attempt where enrollment_id = ?")
			.param(enrollment)
			.query(Integer.class)
			.single();
	}

	public Optional<AttemptView> find(UUID id) {
		return jdbc.sql("select * from attempt where id = ?").param(id).query((rs, n) -> view(rs)).optional();
	}

	public Optional<AttemptView> lock(UUID id) {
		return jdbc.sql("select * from attempt where id = ? for update").param(id).query((rs, n) -> view(rs)).optional();
	}

	public List<AttemptView> ofEnrollment(UUID enrollment) {
		return jdbc.sql("select * from attempt where enrollment_id = ? order by number desc")
			.param(enrollment)
			.query((rs, n) -> view(rs))
			.list();
	}

	public UUID enrollmentOf(UUID attempt) {
		return jdbc.sql("select enrollment_id from attempt where id = ?").param(attempt).query(UUID.class).single();
	}

	public boolean setStatus(UUID id, AttemptStatus from, AttemptStatus to) {
		return jdbc.sql("update attempt set status = ? where id = ? and status = ?")
			.params(to.name(), id, from.name())
			.update() == 1;
	}

	public void decide(UUID id, AttemptStatus status, Feedback feedback) {
		jdbc.sql("update attempt set status = ?, decided_at = now(), feedback = ?::jsonb where id = ?")
			.params(status.name(), json.writeValueAsString(feedback), id)
			.update();
	}

	public Map<String, PartEvidence> snapshot(UUID attempt) {
		Map<String, List<EvidenceFile>> files = new HashMap<>();
		jdbc.sql("select f.* from attempt_file a join evidence_file f on f.id = a.file_id where a.attempt_id = ? order by f.uploaded_at")
			.param(attempt)
			.query((rs, n) -> EvidenceStore.file(rs))
			.list()
			.forEach(f -> files.computeIfAbsent(f.partKey(), k -> new ArrayList<>()).add(f));
		Map<String, PartEvidence> parts = new HashMap<>();
		jdbc.sql("select part_key, text, links from attempt_evidence where attempt_id = ?")
			.param(attempt)
			.query((rs, n) -> new PartEvidence(rs.getString(1), rs.getString(2),
					Arrays.asList((String[]) rs.getArray(3).getArray()), files.remove(rs.getString(1))))
			.list()
			.forEach(p -> parts.put(p.partKey(), p));
		files.forEach((key, list) -> parts.put(key, new PartEvidence(key, null, null, list)));
		return parts;
	}

	/** Attempts that contain the file. */
	public List<UUID> attemptsWithFile(UUID fileId) {
		return jdbc.sql("select attempt_id from attempt_file where file_id = ?").param(fileId).query(UUID.class).list();
	}

	private AttemptView view(ResultSet rs) throws SQLException {
		String feedback = rs.getString("feedback");
		String prior = rs.getString("prior_credential");
		return new AttemptView(new AttemptId(rs.getObject("id", UUID.class)),
				new EnrollmentId(rs.getObject("enrollment_id", UUID.class)), rs.getInt("number"), rs.getBoolean("rpl"),
				AttemptStatus.valueOf(rs.getString("status")), rs.getTimestamp("submitted_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), EnrollmentStore.instant(rs.getTimestamp("decided_at")),
				feedback == null ? null : json.readValue(feedback, Feedback.class),
				prior == null ? null : json.readValue(prior, PriorLearningVerifier.Result.class));
	}

}
