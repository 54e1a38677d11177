package org.microcred.catalog.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.AuditEntry;
import org.microcred.identity.AccountId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The records kept beside a version: its authors, its links to other credentials (prerequisites and stack
 * components), and the audit trail.
 */
@Repository
public class DesignRecords {

	private final JdbcClient jdbc;

	public DesignRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void addAuthor(UUID versionId, UUID accountId) {
		jdbc.sql("insert into credential_version_author (version_id, account_id) values (?, ?) on conflict do nothing")
			.params(versionId, accountId)
			.update();
	}

	public Set<UUID> authors(UUID versionId) {
		return Set.copyOf(jdbc.sql("select account_id from credential_version_author where version_id = ?")
			.param(versionId)
			.query(UUID.class)
			.list());
	}

	/** Replaces a version's links of one kind. */
	public void replaceLinks(UUID versionId, String kind, Collection<UUID> targets, Set<UUID> required) {
		jdbc.sql("delete from credential_link where version_id = ? and kind = ?").params(versionId, kind).update();
		for (UUID target : targets) {
			jdbc.sql("insert into credential_link (version_id, kind, target_id, required) values (?, ?, ?, ?) on conflict do nothing")
				.params(versionId, kind, target, required.contains(target))
				.update();
		}
	}

	/** Serializes prerequisite changes, so two concurrent edits cannot together create a cycle. */
	public void lockPrerequisiteGraph() {
		jdbc.sql("select pg_advisory_xact_lock(7301)").query(Object.class).single();
	}

	/**
	 * Prerequisite edges between credentials, taken from each credential's current versions (published and the
	 * one being edited): credential → the credentials it requires.
	 */
	public Map<UUID, Set<UUID>> prerequisiteGraph() {
		return jdbc.sql("""
				select v.credential_id, l.target_id from credential_link l join credential_version v on v.id = l.version_id
				where l.kind = 'PREREQUISITE' and v.status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED')""")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
	}

	/** Published stacks whose components include the credential. */
	public List<UUID> publishedStacksContaining(UUID credentialId) {
		return jdbc.sql("""
				select v.id from credential_link l join credential_version v on v.id = l.version_id
				where l.kind = 'COMPONENT' and l.target_id = ? and v.status = 'PUBLISHED'""")
			.param(credentialId)
			.query(UUID.class)
			.list();
	}

	public void audit(UUID credentialId, UUID versionId, String action, AccountId actor, String comment) {
		jdbc.sql("insert into credential_audit (credential_id, version_id, action, actor_id, comment) values (?, ?, ?, ?, ?)")
			.params(credentialId, versionId, action, actor == null ? null : actor.value(), comment)
			.update();
	}

	public List<AuditEntry> history(UUID credentialId) {
		return jdbc.sql("""
				select a.at, a.action, a.actor_id, coalesce(v.number, 0) as number, a.comment
				from credential_audit a left join credential_version v on v.id = a.version_id
				where a.credential_id = ? order by a.at desc, a.id desc""")
			.param(credentialId)
			.query((rs, n) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getString("action"),
					rs.getObject("actor_id", UUID.class) == null ? null
							: new AccountId(rs.getObject("actor_id", UUID.class)),
					null, rs.getInt("number"), rs.getString("comment")))
			.list();
	}

}
