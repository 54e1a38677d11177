package org.microcred.learning.internal;

import java.util.Optional;
import java.util.UUID;

import org.microcred.learning.EvidenceCaption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The captions of video evidence files, one file of captions per video. */
@Repository
public class CaptionStore {

	private final JdbcClient jdbc;

	public CaptionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Adds or replaces the captions of a file. */
	public void save(UUID fileId, String fileName, String language, String content) {
		jdbc.sql("""
				insert into evidence_caption (file_id, file_name, language, content) values (?, ?, ?, ?)
				on conflict (file_id) do update set file_name = excluded.file_name, language = excluded.language,
				  content = excluded.content, uploaded_at = now()""")
			.params(fileId, fileName, language, content)
			.update();
	}

	public boolean delete(UUID fileId) {
		return jdbc.sql("delete from evidence_caption where file_id = ?").param(fileId).update() > 0;
	}

	public Optional<EvidenceCaption> find(UUID fileId) {
		return jdbc.sql("select file_id, file_name, language from evidence_caption where file_id = ?")
			.param(fileId)
			.query((rs, n) -> new EvidenceCaption(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)))
			.optional();
	}

	public Optional<String> content(UUID fileId) {
		return jdbc.sql("select content from evidence_caption where file_id = ?").param(fileId).query(String.class).optional();
	}

}
