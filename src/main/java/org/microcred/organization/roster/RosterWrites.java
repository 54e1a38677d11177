package org.microcred.organization.roster;

import java.util.List;
import java.util.UUID;

import org.microcred.organization.OrganizationId;
import org.microcred.organization.roster.Plan.MemberState;
import org.microcred.organization.roster.Plan.PlannedSchool;
import org.microcred.organization.roster.Plan.PlannedTeacher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Batched writes of an import to schools and district members: one statement per 5,000 rows. */
@Repository
class RosterWrites {

	static final int CHUNK = 5_000;

	private final JdbcClient jdbc;

	RosterWrites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The district's members, with the name and e-mail of their account (a read-only join, as the member list). */
	List<MemberState> members(OrganizationId district) {
		return jdbc.sql("""
				select m.account_id, a.display_name, a.email, m.school_id, m.state_license_number, m.sourced_id, m.active
				from district_member m join account a on a.id = m.account_id where m.district_id = ?""")
			.param(district.value())
			.query((rs, n) -> new MemberState(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
					rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getBoolean(7)))
			.list();
	}

	/** Serializes imports of one district (across instances) until the transaction ends; blocks nothing else. */
	void lockDistrict(OrganizationId district) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 7))) as locked")
			.param("roster:" + district.value()).query(Integer.class).single();
	}

	void addSchools(OrganizationId district, List<PlannedSchool> schools) {
		jdbc.sql("""
				insert into school (id, district_id, name, sourced_id)
				select id, ?, name, sourced from unnest(?::uuid[], ?::varchar[], ?::varchar[]) as t(id, name, sourced)""")
			.params(district.value(), schools.stream().map(PlannedSchool::schoolId).toArray(UUID[]::new),
					schools.stream().map(PlannedSchool::nameToStore).toArray(String[]::new),
					schools.stream().map(s -> s.in().sourcedId()).toArray(String[]::new))
			.update();
	}

	void updateSchools(List<PlannedSchool> schools) {
		jdbc.sql("""
				update school s set name = coalesce(t.name, s.name), sourced_id = coalesce(t.sourced, s.sourced_id), active = true
				from unnest(?::uuid[], ?::varchar[], ?::varchar[]) as t(id, name, sourced) where s.id = t.id""")
			.params(schools.stream().map(PlannedSchool::schoolId).toArray(UUID[]::new),
					schools.stream().map(PlannedSchool::nameToStore).toArray(String[]::new),
					schools.stream().map(s -> s.in().sourcedId()).toArray(String[]::new))
			.update();
	}

	/** Places (or re-places) teachers; a blank school or licence in the file keeps the stored one. */
	void upsertMembers(OrganizationId district, List<PlannedTeacher> teachers, List<UUID> accounts) {
		jdbc.sql("""
				insert into district_member (account_id, district_id, school_id, state_license_number, sourced_id)
				select a, ?, s, l, r from unnest(?::uuid[], ?::uuid[], ?::varchar[], ?::varchar[]) as t(a, s, l, r)
				on conflict (account_id, district_id) do update set
				  school_id = coalesce(excluded.school_id, district_member.school_id),
				  state_license_number = coalesce(excluded.state_license_number, district_member.state_license_number),
				  sourced_id = coalesce(excluded.sourced_id, district_member.sourced_id),
				  active = true""")
			.params(district.value(), accounts.toArray(UUID[]::new),
					teachers.stream().map(PlannedTeacher::schoolId).toArray(UUID[]::new),
					teachers.stream().map(t -> t.in().license()).toArray(String[]::new),
					teachers.stream().map(t -> t.in().sourcedId()).toArray(String[]::new))
			.update();
	}

	void deactivate(OrganizationId district, List<UUID> accounts) {
		jdbc.sql("""
				update district_member m set active = false from unnest(?::uuid[]) as t(a)
				where m.district_id = ? and m.account_id = t.a""")
			.params(accounts.toArray(UUID[]::new), district.value())
			.update();
	}

}
