package org.microcred.organization.roster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.microcred.organization.OrganizationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The staged rows and problems of roster imports are working data for the dry run's report and the apply step, not
 * a record: deleted when a dry run is discarded or replaced, trimmed after the import, and gone after the retention
 * period. The import itself stays, with its counts, and says when its details went.
 */
@Repository
class RosterStaging {

	private final JdbcClient jdbc;

	RosterStaging(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Discards the district's other unconfirmed dry runs, which the new one replaces, and their staged rows. */
	void supersede(OrganizationId district, UUID newer) {
		removeDetails(jdbc.sql("""
				update roster_import set status = 'DISCARDED', superseded_by = ?, details_removed_at = now()
				where district_id = ? and id <> ? and status in ('READY', 'INVALID') returning id""")
			.params(newer, district.value(), newer).query(UUID.class).list());
	}

	/** READY or INVALID → DISCARDED, its staged rows deleted; false when it was neither. */
	boolean discard(UUID id) {
		List<UUID> discarded = jdbc.sql("""
				update roster_import set status = 'DISCARDED', details_removed_at = now()
				where id = ? and status in ('READY', 'INVALID') returning id""").param(id).query(UUID.class).list();
		removeDetails(discarded);
		return !discarded.isEmpty();
	}

	/** After the import: rows that changed nothing are not worth keeping (a repeated 100,000-row import is all of them). */
	void removeUnchangedRows(UUID id) {
		jdbc.sql("delete from roster_import_row where import_id = ? and action in ('UNCHANGED', 'SKIP')").param(id).update();
	}

	/**
	 * Dry runs left unconfirmed since before the instant are discarded; finished imports keep their counts but lose
	 * their staged rows and problems.
	 * @return how many imports lost their details
	 */
	int removeDetailsOlderThan(Instant before) {
		java.sql.Timestamp cutoff = java.sql.Timestamp.from(before);
		List<UUID> old = new ArrayList<>(jdbc.sql("""
				update roster_import set status = 'DISCARDED', details_removed_at = now()
				where status in ('READY', 'INVALID') and created_at < ? returning id""").param(cutoff).query(UUID.class).list());
		old.addAll(jdbc.sql("""
				update roster_import set details_removed_at = now()
				where status in ('DONE', 'FAILED', 'DISCARDED') and details_removed_at is null
				  and coalesce(finished_at, created_at) < ? returning id""").param(cutoff).query(UUID.class).list());
		removeDetails(old);
		return old.size();
	}

	private void removeDetails(List<UUID> imports) {
		if (!imports.isEmpty()) {
			UUID[] ids = imports.toArray(UUID[]::new);
			jdbc.sql("delete from roster_import_row where import_id = any(?)").param(ids).update();
			jdbc.sql("delete from roster_import_problem where import_id = any(?)").param(ids).update();
		}
	}

}
