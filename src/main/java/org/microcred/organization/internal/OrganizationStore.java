package org.microcred.organization.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.organization.DistrictMember;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationDetails;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationLogo;
import org.microcred.organization.School;
import org.microcred.organization.SchoolId;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes organizations, schools and district members. */
@Repository
public class OrganizationStore {

	private static final String COLUMNS = "id, kind, name, category, country, region, website, contact_email, "
			+ "description, logo is not null as has_logo, created_at, version";

	private static final RowMapper<School> SCHOOL = (rs, n) -> new School(new SchoolId(rs.getObject("id", UUID.class)),
			new OrganizationId(rs.getObject("district_id", UUID.class)), rs.getString("name"),
			rs.getString("sourced_id"), rs.getBoolean("active"));

	private final JdbcClient jdbc;

	public OrganizationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts; false when an organization of that kind already has the name (any letter case). */
	public boolean insert(UUID id, OrganizationKind kind, OrganizationDetails d) {
		return jdbc.sql("""
				insert into organization (id, kind, name, category, country, region, website, contact_email, description)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(id, kind.name(), d.name(), d.category(), d.country(), d.region(), d.website(), d.contactEmail(),
					d.description())
			.update() == 1;
	}

	/** Updates when the version still matches; returns the number of rows changed (0 on a concurrent edit). */
	public int update(UUID id, OrganizationDetails d, int version) {
		return jdbc.sql("""
				update organization set name = ?, category = ?, country = ?, region = ?, website = ?, contact_email = ?,
				  description = ?, version = version + 1
				where id = ? and version = ?""")
			.params(d.name(), d.category(), d.country(), d.region(), d.website(), d.contactEmail(), d.description(), id,
					version)
			.update();
	}

	public boolean nameTaken(OrganizationKind kind, String name, UUID except) {
		return jdbc.sql("select exists (select 1 from organization where kind = ? and lower(name) = lower(?) and id <> ?)")
			.params(kind.name(), name, except)
			.query(Boolean.class)
			.single();
	}

	public Optional<Organization> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from organization where id = ?")
			.param(id)
			.query((rs, n) -> toOrganization(rs))
			.optional();
	}

	public List<Organization> list(OrganizationKind kind, int limit, long offset) {
		return jdbc.sql("select " + COLUMNS + " from organization where kind = ? order by lower(name) limit ? offset ?")
			.params(kind.name(), limit, offset)
			.query((rs, n) -> toOrganization(rs))
			.list();
	}

	public List<Organization> findAll(List<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from organization where id = any(?) order by lower(name)")
			.param(ids.toArray(UUID[]::new))
			.query((rs, n) -> toOrganization(rs))
			.list();
	}

	public long count(OrganizationKind kind) {
		return jdbc.sql("select count(*) from organization where kind = ?").param(kind.name()).query(Long.class).single();
	}

	public void setLogo(UUID id, byte[] logo, String type) {
		jdbc.sql("update organization set logo = ?, logo_type = ?, version = version + 1 where id = ?")
			.params(logo, type, id)
			.update();
	}

	public Optional<OrganizationLogo> logo(UUID id) {
		return jdbc.sql("select logo, logo_type from organization where id = ? and logo is not null")
			.param(id)
			.query((rs, n) -> new OrganizationLogo(rs.getBytes(1), rs.getString(2)))
			.optional();
	}

	// --- schools

	public boolean insertSchool(UUID id, UUID districtId, String name, String sourcedId) {
		return jdbc.sql("insert into school (id, district_id, name, sourced_id) values (?, ?, ?, ?) on conflict do nothing")
			.params(id, districtId, name, sourcedId)
			.update() == 1;
	}

	public List<School> schools(UUID districtId) {
		return jdbc.sql("select * from school where district_id = ? order by lower(name)")
			.param(districtId)
			.query(SCHOOL)
			.list();
	}

	public Optional<School> school(UUID id) {
		return jdbc.sql("select * from school where id = ?").param(id).query(SCHOOL).optional();
	}

	// --- members

	public void upsertMember(UUID accountId, UUID districtId, UUID schoolId, String license, String sourcedId) {
		jdbc.sql("""
				insert into district_member (account_id, district_id, school_id, state_license_number, sourced_id)
				values (?, ?, ?, ?, ?)
				on conflict (account_id, district_id) do update set
				  school_id = coalesce(excluded.school_id, district_member.school_id),
				  state_license_number = coalesce(excluded.state_license_number, district_member.state_license_number),
				  sourced_id = coalesce(excluded.sourced_id, district_member.sourced_id),
				  active = true""")
			.params(accountId, districtId, schoolId, license, sourcedId)
			.update();
	}

	public void updateMember(UUID accountId, UUID districtId, UUID schoolId, String license) {
		jdbc.sql("update district_member set school_id = ?, state_license_number = ? where account_id = ? and district_id = ?")
			.params(schoolId, license, accountId, districtId)
			.update();
	}

	public void setMemberActive(UUID accountId, UUID districtId, boolean active) {
		jdbc.sql("update district_member set active = ? where account_id = ? and district_id = ?")
			.params(active, accountId, districtId)
			.update();
	}

	public long countActiveMembers(UUID districtId) {
		return jdbc.sql("select count(*) from district_member where district_id = ? and active")
			.param(districtId)
			.query(Long.class)
			.single();
	}

	public List<DistrictMember> members(UUID districtId, UUID schoolId, String query, int limit, long offset) {
		return jdbc.sql(MEMBER_SELECT + """
				where m.district_id = ? and (?::uuid is null or m.school_id = ?)
				  and (? = '' or lower(a.display_name) like ? or lower(a.email) like ?)
				order by lower(a.display_name), a.id limit ? offset ?""")
			.params(districtId, schoolId, schoolId, query, like(query), like(query), limit, offset)
			.query((rs, n) -> toMember(rs))
			.list();
	}

	public long countMembers(UUID districtId, UUID schoolId, String query) {
		return jdbc.sql("""
				select count(*) from district_member m join account a on a.id = m.account_id
				where m.district_id = ? and (?::uuid is null or m.school_id = ?)
				  and (? = '' or lower(a.display_name) like ? or lower(a.email) like ?)""")
			.params(districtId, schoolId, schoolId, query, like(query), like(query))
			.query(Long.class)
			.single();
	}

	public Optional<DistrictMember> member(UUID districtId, UUID accountId) {
		return jdbc.sql(MEMBER_SELECT + " where m.district_id = ? and m.account_id = ?")
			.params(districtId, accountId)
			.query((rs, n) -> toMember(rs))
			.optional();
	}

	/** Active members sharing an active membership (and, if {@code sameSchool}, its school) with the account. */
	public List<UUID> peersOf(UUID accountId, boolean sameSchool) {
		return jdbc.sql("""
				select distinct o.account_id from district_member m
				join district_member o on o.district_id = m.district_id and o.active and o.account_id <> m.account_id
				where m.account_id = ? and m.active and (not ? or (m.school_id is not null and o.school_id = m.school_id))""")
			.params(accountId, sameSchool)
			.query(UUID.class)
			.list();
	}

	public List<UUID> districtsOf(UUID accountId) {
		return jdbc.sql("select district_id from district_member where account_id = ? and active")
			.param(accountId)
			.query(UUID.class)
			.list();
	}

	// the account table belongs to identity; this read-only join keeps the member list one query
	private static final String MEMBER_SELECT = """
			select m.account_id, a.display_name, a.email, m.school_id, s.name as school_name, m.state_license_number,
			       m.sourced_id, m.active and a.enabled as active
			from district_member m join account a on a.id = m.account_id left join school s on s.id = m.school_id
			""";

	private static DistrictMember toMember(ResultSet rs) throws SQLException {
		UUID school = rs.getObject("school_id", UUID.class);
		return new DistrictMember(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("display_name"),
				rs.getString("email"), school == null ? null : new SchoolId(school), rs.getString("school_name"),
				rs.getString("state_license_number"), rs.getString("sourced_id"), rs.getBoolean("active"));
	}

	private static Organization toOrganization(ResultSet rs) throws SQLException {
		return new Organization(new OrganizationId(rs.getObject("id", UUID.class)),
				OrganizationKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("category"),
				rs.getString("country"), rs.getString("region"), rs.getString("website"), rs.getString("contact_email"),
				rs.getString("description"), rs.getBoolean("has_logo"), rs.getTimestamp("created_at").toInstant(),
				rs.getInt("version"));
	}

	private static String like(String query) {
		return "%" + query.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
