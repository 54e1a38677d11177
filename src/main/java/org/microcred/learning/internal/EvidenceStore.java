package org.microcred.learning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.learning.EvidenceFile;
import org.microcred.learning.PartEvidence;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Draft evidence (text, links, files) and the files' records. */
@Repository
public class EvidenceStore {

	private final JdbcClient jdbc;

	public EvidenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void saveText(UUID enrollment, String part, String text) {
		jdbc.sql("""
				insert into evidence_draft (enrollment_id, part_key, text) values (?, ?, ?)
				on conflict (enrollment_id, part_key) do update set text = excluded.text, updated_at = now()""")
			.params(enrollment, part, text)
			.update();
	}

	public void saveLinks(UUID enrollment, String part, List<String> links) {
		jdbc.sql("""
				insert into evidence_draft (enrollment_id, part_key, links) values (?, ?, ?)
				on conflict (enrollment_id, part_key) do update set links = excluded.links, updated_at = now()""")
			.params(enrollment, part, links.toArray(String[]::new))
			.update();
	}

	public void insertFile(UUID id, UUID enrollment, UUID teacher, String part, String storageKey, String name,
			String mediaType, long size, String sha256, boolean studentWork) {
		jdbc.sql("""
				insert into evidence_file (id, enrollment_id, teacher_id, part_key, storage_key, file_name, media_type,
				  size_bytes, sha256, student_work) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, enrollment, teacher, part, storageKey, name, mediaType, size, sha256, studentWork)
			.update();
	}

	/** Takes a file out of the draft. Returns its storage key when no attempt refers to it (so it can go). */
	public Optional<String> removeFromDraft(UUID enrollment, UUID fileId) {
		int changed = jdbc.sql("update evidence_file set in_draft = false where id = ? and enrollment_id = ? and in_draft")
			.params(fileId, enrollment)
			.update();
		if (changed == 0) {
			return Optional.empty();
		}
		return jdbc.sql("""
				delete from evidence_file f where id = ? and not exists (select 1 from attempt_file a where a.file_id = f.id)
				returning storage_key""")
			.param(fileId)
			.query(String.class)
			.optional();
	}

	public Map<String, PartEvidence> draft(UUID enrollment) {
		Map<String, String> texts = new HashMap<>();
		Map<String, List<String>> links = new HashMap<>();
		jdbc.sql("select part_key, text, links from evidence_draft where enrollment_id = ?")
			.param(enrollment)
			.query((RowCallbackHandler) rs -> {
				texts.put(rs.getString(1), rs.getString(2));
				links.put(rs.getString(1), Arrays.asList((String[]) rs.getArray(3).getArray()));
			});
		Map<String, List<EvidenceFile>> files = new HashMap<>();
		jdbc.sql("select * from evidence_file where enrollment_id = ? and in_draft order by uploaded_at")
			.param(enrollment)
			.query((rs, n) -> file(rs))
			.list()
			.forEach(f -> files.computeIfAbsent(f.partKey(), k -> new java.util.ArrayList<>()).add(f));
		Map<String, PartEvidence> result = new HashMap<>();
		java.util.Set<String> keys = new java.util.HashSet<>(texts.keySet());
		keys.addAll(files.keySet());
		for (String key : keys) {
			result.put(key, new PartEvidence(key, texts.get(key), links.get(key), files.get(key)));
		}
		return result;
	}

	public Optional<StoredFile> file(UUID fileId) {
		return jdbc.sql("select * from evidence_file where id = ?")
			.param(fileId)
			.query((rs, n) -> new StoredFile(file(rs), rs.getString("storage_key"), rs.getObject("enrollment_id", UUID.class),
					rs.getObject("teacher_id", UUID.class), rs.getBoolean("in_draft")))
			.optional();
	}

	/** A file's record with what authorization needs. */
	public record StoredFile(EvidenceFile file, String storageKey, UUID enrollmentId, UUID teacherId, boolean inDraft) {
	}

	public long bytesOf(UUID teacher) {
		return jdbc.sql("select coalesce(sum(size_bytes), 0) from evidence_file where teacher_id = ?")
			.param(teacher)
			.query(Long.class)
			.single();
	}

	public int draftFileCount(UUID enrollment, String part) {
		return jdbc.sql("select count(*) from evidence_file where enrollment_id = ? and part_key = ? and in_draft")
			.params(enrollment, part)
			.query(Integer.class)
			.single();
	}

	/** Of these storage keys, those a file record refers to. */
	public Set<String> recordedKeys(Collection<String> keys) {
		return new HashSet<>(jdbc.sql("select storage_key from evidence_file where storage_key = any(?)")
			.param(keys.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	/** Of these storage keys, those a file record or an upload under way refers to. */
	public Set<String> knownKeys(Collection<String> keys) {
		Set<String> known = recordedKeys(keys);
		known.addAll(jdbc.sql("select storage_key from evidence_upload where storage_key = any(?)")
			.param(keys.toArray(String[]::new))
			.query(String.class)
			.list());
		return known;
	}

	/** Notes an upload about to store an object, committed at once so that a crash leaves a trace to clean up. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void beginUpload(String storageKey) {
		jdbc.sql("insert into evidence_upload (storage_key) values (?)").param(storageKey).update();
	}

	/** The upload recorded its file (in the same transaction), or its leftovers were swept: it is no longer under way. */
	public void endUpload(String storageKey) {
		jdbc.sql("delete from evidence_upload where storage_key = ?").param(storageKey).update();
	}

	/** Uploads begun before the instant that never recorded their file (it died in between). */
	public List<String> abandonedUploads(Instant before) {
		return jdbc.sql("select storage_key from evidence_upload where started_at < ? order by started_at limit 1000")
			.param(java.sql.Timestamp.from(before))
			.query(String.class)
			.list();
	}

	static EvidenceFile file(ResultSet rs) throws SQLException {
		return new EvidenceFile(rs.getObject("id", UUID.class), rs.getString("part_key"), rs.getString("file_name"),
				rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getBoolean("student_work"), rs.getTimestamp("uploaded_at").toInstant());
	}

}
