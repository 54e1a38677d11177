package org.microcred.catalog.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.catalog.CredentialKind;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.VersionStatus;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.StackDesign;
import org.microcred.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes credentials and their versions. */
@Repository
public class VersionStore {

	static final String COLUMNS = "v.id, v.credential_id, c.issuer_id, c.kind, v.number, v.status, v.design::text as design, "
			+ "v.lock_version, v.image is not null as has_image, v.created_at, v.updated_at, v.published_at";

	private final JdbcClient jdbc;

	private final DesignJson json;

	public VersionStore(JdbcClient jdbc, DesignJson json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public void insertCredential(UUID id, UUID issuerId, CredentialKind kind, UUID createdBy) {
		jdbc.sql("insert into credential (id, issuer_id, kind, created_by) values (?, ?, ?, ?)")
			.params(id, issuerId, kind.name(), createdBy)
			.update();
	}

	public void insertVersion(UUID id, UUID credentialId, int number, Object design, UUID createdBy) {
		Indexed indexed = Indexed.of(design);
		jdbc.sql("""
				insert into credential_version (id, credential_id, number, status, design, title, summary, workload_hours,
				  free, language, grade_bands, subjects, skills, search, search_text, created_by)
				values (?, ?, ?, 'DRAFT', ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?,
				  setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B'), ?, ?)""")
			.params(id, credentialId, number, json.write(design), indexed.title(), indexed.summary(), indexed.workload(),
					indexed.free(), indexed.language(), indexed.gradeBands(), indexed.subjects(), indexed.skills(),
					indexed.primaryText(), indexed.secondaryText(), indexed.searchText(), createdBy)
			.update();
	}

	/** Saves new content if the lock version still matches; returns false on a concurrent edit. */
	public boolean updateDesign(UUID id, Object design, int lockVersion) {
		Indexed indexed = Indexed.of(design);
		return jdbc.sql("""
				update credential_version set design = ?::jsonb, title = ?, summary = ?, workload_hours = ?, free = ?,
				  language = ?, grade_bands = ?, subjects = ?, skills = ?,
				  search = setweight(to_tsvector('english', ?), 'A') || setweight(to_tsvector('english', ?), 'B'),
				  search_text = ?, lock_version = lock_version + 1, updated_at = now()
				where id = ? and lock_version = ? and status = 'DRAFT'""")
			.params(json.write(design), indexed.title(), indexed.summary(), indexed.workload(), indexed.free(),
					indexed.language(), indexed.gradeBands(), indexed.subjects(), indexed.skills(), indexed.primaryText(),
					indexed.secondaryText(), indexed.searchText(), id, lockVersion)
			.update() == 1;
	}

	/** Moves a version between statuses; false when it was not in the expected status (or lock version). */
	public boolean transition(UUID id, VersionStatus from, VersionStatus to, Integer lockVersion) {
		String stamp = switch (to) {
			case IN_REVIEW -> ", submitted_at = now()";
			case PUBLISHED -> ", published_at = now()";
			case RETIRED -> ", retired_at = now()";
			default -> "";
		};
		return jdbc.sql("update credential_version set status = ?, lock_version = lock_version + 1, updated_at = now()"
				+ stamp + " where id = ? and status = ?" + (lockVersion == null ? "" : " and lock_version = " + lockVersion))
			.params(to.name(), id, from.name())
			.update() == 1;
	}

	public void setImage(UUID id, byte[] image, String type) {
		jdbc.sql("update credential_version set image = ?, image_type = ?, lock_version = lock_version + 1, updated_at = now() where id = ?")
			.params(image, type, id)
			.update();
	}

	public Optional<Image> image(UUID versionId) {
		return jdbc.sql("select image, image_type from credential_version where id = ? and image is not null")
			.param(versionId)
			.query((rs, n) -> new Image(rs.getBytes(1), rs.getString(2)))
			.optional();
	}

	public record Image(byte[] bytes, String type) {
	}

	public Optional<DesignVersion> find(UUID versionId) {
		return jdbc.sql("select " + COLUMNS + " from credential_version v join credential c on c.id = v.credential_id where v.id = ?")
			.param(versionId)
			.query((rs, n) -> toVersion(rs))
			.optional();
	}

	public List<DesignVersion> versionsOf(UUID credentialId) {
		return jdbc.sql("select " + COLUMNS + " from credential_version v join credential c on c.id = v.credential_id "
				+ "where v.credential_id = ? order by v.number desc")
			.param(credentialId)
			.query((rs, n) -> toVersion(rs))
			.list();
	}

	public Optional<DesignVersion> withStatus(UUID credentialId, VersionStatus status) {
		return versionsOf(credentialId).stream().filter(v -> v.status() == status).findFirst();
	}

	public List<DesignVersion> findAll(Collection<UUID> versionIds) {
		return jdbc.sql("select " + COLUMNS + " from credential_version v join credential c on c.id = v.credential_id where v.id = any(?)")
			.param(versionIds.toArray(UUID[]::new))
			.query((rs, n) -> toVersion(rs))
			.list();
	}

	private static final String LABELS = """
			select v.credential_id, c.kind, v.title, v.skills from credential_version v join credential c on c.id = v.credential_id
			where v.status = 'PUBLISHED'""";

	/** Kind, title and skills of the published version of each of these credentials, without reading designs. */
	public List<org.microcred.catalog.CatalogLabel> publishedLabels(Collection<UUID> credentialIds) {
		return jdbc.sql(LABELS + " and v.credential_id = any(?)")
			.param(credentialIds.toArray(UUID[]::new))
			.query((rs, n) -> label(rs))
			.list();
	}

	/** The same for one page of an issuer's published credentials, by title. */
	public List<org.microcred.catalog.CatalogLabel> publishedLabelsOf(UUID issuerId, int limit, long offset) {
		return jdbc.sql(LABELS + " and c.issuer_id = ? order by lower(v.title) limit ? offset ?")
			.params(issuerId, limit, offset)
			.query((rs, n) -> label(rs))
			.list();
	}

	private static org.microcred.catalog.CatalogLabel label(ResultSet rs) throws SQLException {
		return new org.microcred.catalog.CatalogLabel(new CredentialId(rs.getObject(1, UUID.class)),
				CredentialKind.valueOf(rs.getString(2)), rs.getString(3), List.of((String[]) rs.getArray(4).getArray()));
	}

	/** Each credential of an issuer that has ever been published, with its latest published (or retired) title. */
	public java.util.LinkedHashMap<UUID, String> issuableTitlesOf(UUID issuerId) {
		java.util.LinkedHashMap<UUID, String> titles = new java.util.LinkedHashMap<>();
		jdbc.sql("""
				select credential_id, title from (select distinct on (v.credential_id) v.credential_id, v.title
				  from credential_version v join credential c on c.id = v.credential_id
				  where c.issuer_id = ? and v.status in ('PUBLISHED', 'SUPERSEDED', 'RETIRED')
				  order by v.credential_id, v.number desc) t order by lower(title), credential_id""")
			.param(issuerId)
			.query((rs, n) -> titles.put(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
		return titles;
	}

	/** The latest version of each credential of an issuer, newest first. */
	public List<DesignVersion> latestOfIssuer(UUID issuerId, int limit, long offset) {
		return jdbc.sql("select " + COLUMNS + """
				 from credential_version v join credential c on c.id = v.credential_id
				where c.issuer_id = ? and v.number = (select max(number) from credential_version x where x.credential_id = v.credential_id)
				order by v.updated_at desc limit ? offset ?""")
			.params(issuerId, limit, offset)
			.query((rs, n) -> toVersion(rs))
			.list();
	}

	public long countCredentials(UUID issuerId) {
		return jdbc.sql("select count(*) from credential where issuer_id = ?").param(issuerId).query(Long.class).single();
	}

	/** Versions in quality review for the given issuers, oldest submission first. */
	public List<DesignVersion> inReview(Collection<UUID> issuerIds, int limit, long offset) {
		return jdbc.sql("select " + COLUMNS + """
				 from credential_version v join credential c on c.id = v.credential_id
				where v.status = 'IN_REVIEW' and c.issuer_id = any(?) order by v.submitted_at limit ? offset ?""")
			.params(issuerIds.toArray(UUID[]::new), limit, offset)
			.query((rs, n) -> toVersion(rs))
			.list();
	}

	public long countInReview(Collection<UUID> issuerIds) {
		return jdbc.sql("select count(*) from credential_version v join credential c on c.id = v.credential_id "
				+ "where v.status = 'IN_REVIEW' and c.issuer_id = any(?)")
			.param(issuerIds.toArray(UUID[]::new))
			.query(Long.class)
			.single();
	}

	public int nextNumber(UUID credentialId) {
		return jdbc.sql("select coalesce(max(number), 0) + 1 from credential_version where credential_id = ?")
			.param(credentialId)
			.query(Integer.class)
			.single();
	}

	public Optional<CredentialKind> kindOf(UUID credentialId) {
		return jdbc.sql("select kind from credential where id = ?")
			.param(credentialId)
			.query((rs, n) -> CredentialKind.valueOf(rs.getString(1)))
			.optional();
	}

	private DesignVersion toVersion(ResultSet rs) throws SQLException {
		CredentialKind kind = CredentialKind.valueOf(rs.getString("kind"));
		String design = rs.getString("design");
		return new DesignVersion(new VersionId(rs.getObject("id", UUID.class)),
				new CredentialId(rs.getObject("credential_id", UUID.class)),
				new OrganizationId(rs.getObject("issuer_id", UUID.class)), kind, rs.getInt("number"),
				VersionStatus.valueOf(rs.getString("status")),
				kind == CredentialKind.MICRO ? json.micro(design) : null,
				kind == CredentialKind.STACK ? json.stack(design) : null, rs.getInt("lock_version"),
				rs.getBoolean("has_image"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")),
				instant(rs.getTimestamp("published_at")));
	}

	static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** The columns copied out of a design for listing, filtering and search. */
	record Indexed(String title, String summary, java.math.BigDecimal workload, boolean free, String language,
			String[] gradeBands, String[] subjects, String[] skills, String primaryText, String secondaryText,
			String searchText) {

		static Indexed of(Object design) {
			if (design instanceof MicroCredentialDesign d) {
				String skills = String.join(" ", d.skills());
				return new Indexed(d.title(), d.summary(), d.workloadHours(), d.cost().free(), d.language(),
						d.gradeBands().stream().map(Enum::name).sorted().toArray(String[]::new),
						d.subjects().toArray(String[]::new), d.skills().toArray(String[]::new),
						d.title() + " " + skills,
						String.join(" ", nz(d.summary()), nz(d.competencyStatement()), nz(d.keyMethod()),
								String.join(" ", d.learningOutcomes())),
						(d.title() + " " + skills).toLowerCase());
			}
			StackDesign s = (StackDesign) design;
			return new Indexed(s.title(), s.summary(), null, true, s.language(), new String[0], new String[0],
					new String[0], s.title(), String.join(" ", nz(s.summary()), nz(s.description())),
					s.title().toLowerCase());
		}

		private static String nz(String value) {
			return value == null ? "" : value;
		}

	}

}
