package org.microcred.organization.roster;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.microcred.organization.roster.RosterPlanner.SchoolChoices;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The administrator's answers to "did you mean …?" for the schools of an import that are not in the district. */
@Repository
class RosterSchoolChoices {

	private final JdbcClient jdbc;

	RosterSchoolChoices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SchoolChoices load(UUID importId) {
		Map<String, UUID> mapped = new HashMap<>();
		Set<String> created = new HashSet<>();
		jdbc.sql("select school_ref, school_id from roster_school_choice where import_id = ?")
			.param(importId)
			.query(rs -> {
				UUID school = rs.getObject("school_id", UUID.class);
				if (school == null) {
					created.add(rs.getString("school_ref"));
				}
				else {
					mapped.put(rs.getString("school_ref"), school);
				}
			});
		return new SchoolChoices(mapped, created);
	}

	/** The answers with one more (replacing an earlier answer for the same school). */
	static SchoolChoices with(SchoolChoices choices, String schoolKey, UUID existing) {
		Map<String, UUID> mapped = new HashMap<>(choices.mapped());
		Set<String> created = new HashSet<>(choices.created());
		mapped.remove(schoolKey);
		created.remove(schoolKey);
		if (existing == null) {
			created.add(schoolKey);
		}
		else {
			mapped.put(schoolKey, existing);
		}
		return new SchoolChoices(mapped, created);
	}

	void save(UUID importId, String schoolKey, UUID existing) {
		jdbc.sql("""
				insert into roster_school_choice (import_id, school_ref, school_id) values (?, ?, ?)
				on conflict (import_id, school_ref) do update set school_id = excluded.school_id""")
			.params(importId, schoolKey, existing)
			.update();
	}

}
