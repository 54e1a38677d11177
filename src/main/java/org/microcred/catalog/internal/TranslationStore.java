package org.microcred.catalog.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.microcred.catalog.design.DesignTranslation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/** The other-language texts of design versions, one JSON document per version and language. */
@Repository
public class TranslationStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	public TranslationStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Marks a draft as edited and locks it for the rest of the transaction; false when the version is no longer a
	 * draft (submitted or published meanwhile), so its texts stay frozen.
	 */
	public boolean touchDraft(UUID versionId) {
		return jdbc.sql("update credential_version set lock_version = lock_version + 1, updated_at = now() "
				+ "where id = ? and status = 'DRAFT'")
			.param(versionId)
			.update() == 1;
	}

	public void save(UUID versionId, DesignTranslation translation) {
		jdbc.sql("""
				insert into credential_version_translation (version_id, language, content) values (?, ?, ?::jsonb)
				on conflict (version_id, language) do update set content = excluded.content, updated_at = now()""")
			.params(versionId, translation.language(), json.writeValueAsString(translation))
			.update();
	}

	public boolean delete(UUID versionId, String language) {
		return jdbc.sql("delete from credential_version_translation where version_id = ? and language = ?")
			.params(versionId, language)
			.update() == 1;
	}

	/** Copies every translation of one version into a new one (a new draft starts from the published texts). */
	public void copy(UUID from, UUID to) {
		jdbc.sql("insert into credential_version_translation (version_id, language, content) "
				+ "select ?, language, content from credential_version_translation where version_id = ?")
			.params(to, from)
			.update();
	}

	public List<DesignTranslation> of(UUID versionId) {
		return jdbc.sql("select content::text from credential_version_translation where version_id = ? order by language")
			.param(versionId)
			.query((rs, n) -> json.readValue(rs.getString(1), DesignTranslation.class))
			.list();
	}

	public Optional<DesignTranslation> find(UUID versionId, String language) {
		return jdbc.sql("select content::text from credential_version_translation where version_id = ? and language = ?")
			.params(versionId, language)
			.query((rs, n) -> json.readValue(rs.getString(1), DesignTranslation.class))
			.optional();
	}

	/** The language tags each of these versions is translated into. */
	public Map<UUID, List<String>> languages(Collection<UUID> versionIds) {
		Map<UUID, List<String>> result = new HashMap<>();
		if (versionIds.isEmpty()) {
			return result;
		}
		jdbc.sql("select version_id, language from credential_version_translation where version_id = any(?) order by language")
			.param(versionIds.toArray(UUID[]::new))
			.query((rs, n) -> result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
				.add(rs.getString(2)))
			.list();
		return result;
	}

}
