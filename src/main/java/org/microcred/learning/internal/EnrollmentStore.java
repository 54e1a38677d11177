package org.microcred.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;
import org.microcred.learning.EnrollmentId;
import org.microcred.learning.EnrollmentStatus;
import org.microcred.learning.EnrollmentView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes enrollments and resource progress. */
@Repository
public class EnrollmentStore {

	private final JdbcClient jdbc;

	public EnrollmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts; false when the teacher already has an enrollment in the credential that is not withdrawn. */
	public boolean insert(UUID id, UUID teacher, UUID credential, UUID version, boolean rpl, String language) {
		return jdbc.sql("""
				insert into enrollment (id, teacher_id, credential_id, version_id, rpl, status, language)
				values (?, ?, ?, ?, ?, 'ACTIVE', ?) on conflict do nothing""")
			.params(id, teacher, credential, version, rpl, language)
			.update() == 1;
	}

	public Optional<EnrollmentView> find(UUID id) {
		return jdbc.sql("select * from enrollment where id = ?").param(id).query((rs, n) -> view(rs)).optional();
	}

	/** Locks the enrollment row for a state change. */
	public Optional<EnrollmentView> lock(UUID id) {
		return jdbc.sql("select * from enrollment where id = ? for update").param(id).query((rs, n) -> view(rs)).optional();
	}

	public Optional<EnrollmentView> current(UUID teacher, UUID credential) {
		return jdbc.sql("select * from enrollment where teacher_id = ? and credential_id = ? and status <> 'WITHDRAWN'")
			.params(teacher, credential)
			.query((rs, n) -> view(rs))
			.optional();
	}

	public List<EnrollmentView> ofTeacher(UUID teacher) {
		return jdbc.sql("select * from enrollment where teacher_id = ? order by updated_at desc")
			.param(teacher)
			.query((rs, n) -> view(rs))
			.list();
	}

	public Set<UUID> passedCredentials(UUID teacher) {
		return Set.copyOf(jdbc.sql("select credential_id from enrollment where teacher_id = ? and status = 'PASSED'")
			.param(teacher)
			.query(UUID.class)
			.list());
	}

	public void setStatus(UUID id, EnrollmentStatus status) {
		jdbc.sql("""
				update enrollment set status = ?, updated_at = now(), version = version + 1,
				  passed_at = case when ? = 'PASSED' then now() else passed_at end,
				  withdrawn_at = case when ? = 'WITHDRAWN' then now() else withdrawn_at end
				where id = ?""")
			.params(status.name(), status.name(), status.name(), id)
			.update();
	}

	public void touch(UUID id) {
		jdbc.sql("update enrollment set updated_at = now() where id = ?").param(id).update();
	}

	public void setNotes(UUID id, String notes) {
		jdbc.sql("update enrollment set notes = ?, updated_at = now() where id = ?").params(notes, id).update();
	}

	public void acknowledgePrivacy(UUID id) {
		jdbc.sql("update enrollment set privacy_ack_at = coalesce(privacy_ack_at, now()) where id = ?").param(id).update();
	}

	public void markResource(UUID id, int index, boolean done) {
		if (done) {
			jdbc.sql("insert into resource_progress (enrollment_id, resource_index) values (?, ?) on conflict do nothing")
				.params(id, index)
				.update();
		}
		else {
			jdbc.sql("delete from resource_progress where enrollment_id = ? and resource_index = ?").params(id, index).update();
		}
		touch(id);
	}

	public Set<Integer> doneResources(UUID id) {
		return Set.copyOf(jdbc.sql("select resource_index from resource_progress where enrollment_id = ?")
			.param(id)
			.query(Integer.class)
			.list());
	}

	private static EnrollmentView view(ResultSet rs) throws SQLException {
		return new EnrollmentView(new EnrollmentId(rs.getObject("id", UUID.class)),
				new AccountId(rs.getObject("teacher_id", UUID.class)),
				new CredentialId(rs.getObject("credential_id", UUID.class)),
				new VersionId(rs.getObject("version_id", UUID.class)), rs.getBoolean("rpl"),
				EnrollmentStatus.valueOf(rs.getString("status")), rs.getString("notes"),
				instant(rs.getTimestamp("privacy_ack_at")), instant(rs.getTimestamp("enrolled_at")),
				instant(rs.getTimestamp("updated_at")), instant(rs.getTimestamp("passed_at")), rs.getInt("version"),
				rs.getString("language"));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
