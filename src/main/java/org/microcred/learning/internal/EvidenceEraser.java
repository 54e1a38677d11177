package org.microcred.learning.internal;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Deletes evidence for good (retention, account deletion): the file records in the transaction, their stored
 * objects once it has committed. Decisions, scores and feedback stay.
 */
@Component
public class EvidenceEraser {

	private static final Logger log = LoggerFactory.getLogger(EvidenceEraser.class);

	private final JdbcClient jdbc;

	private final EvidenceStorage storage;

	EvidenceEraser(JdbcClient jdbc, EvidenceStorage storage) {
		this.jdbc = jdbc;
		this.storage = storage;
	}

	/**
	 * The evidence of a decided enrollment: its files (a draft carries the submitted files over to a resubmission,
	 * so those go too) and the text of its decided attempts. Nothing happens while an attempt of the enrollment
	 * waits for a decision.
	 * @return how many files went
	 */
	public int eraseDecided(UUID enrollment) {
		boolean open = jdbc.sql("select exists (select 1 from attempt where enrollment_id = ? "
				+ "and status in ('SUBMITTED', 'IN_REVIEW'))").param(enrollment).query(Boolean.class).single();
		if (open) {
			return 0;
		}
		jdbc.sql("update attempt_evidence set text = null, links = '{}' where attempt_id in "
				+ "(select id from attempt where enrollment_id = ? and status in ('RETURNED', 'PASSED'))")
			.param(enrollment).update();
		return erase(jdbc.sql("select id, storage_key from evidence_file where enrollment_id = ?")
			.param(enrollment).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2))).list());
	}

	/** Everything a teacher wrote or uploaded: files, drafts, notes and submitted text. */
	public int eraseTeacher(UUID teacher) {
		jdbc.sql("update attempt_evidence set text = null, links = '{}' where attempt_id in (select a.id from attempt a "
				+ "join enrollment e on e.id = a.enrollment_id where e.teacher_id = ?)").param(teacher).update();
		jdbc.sql("delete from evidence_draft where enrollment_id in (select id from enrollment where teacher_id = ?)")
			.param(teacher).update();
		jdbc.sql("update enrollment set notes = null where teacher_id = ?").param(teacher).update();
		return erase(jdbc.sql("select id, storage_key from evidence_file where teacher_id = ?")
			.param(teacher).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2))).list());
	}

	private int erase(List<Row> files) {
		if (files.isEmpty()) {
			return 0;
		}
		UUID[] ids = files.stream().map(Row::id).toArray(UUID[]::new);
		jdbc.sql("delete from attempt_file where file_id = any(?)").param(ids).update();
		jdbc.sql("delete from evidence_file where id = any(?)").param(ids).update();
		List<String> keys = files.stream().map(Row::key).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(EvidenceEraser.this::delete);
			}
		});
		return files.size();
	}

	private void delete(String key) {
		try {
			storage.delete(key);
		}
		catch (IOException ex) {
			// the full orphan sweep deletes objects no record refers to
			log.warn("Could not delete erased evidence object {}; the orphan sweep will", key);
		}
	}

	private record Row(UUID id, String key) {
	}

}
