package org.microcred.district.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.catalog.CredentialId;
import org.microcred.district.Approval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ApprovalStore {

	private final JdbcClient jdbc;

	ApprovalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<CredentialId, Approval> of(UUID district) {
		Map<CredentialId, Approval> all = new LinkedHashMap<>();
		jdbc.sql("select * from district_approval where district_id = ? order by approved_at")
			.param(district)
			.query(ApprovalStore::map)
			.list()
			.forEach(a -> all.put(a.credentialId(), a));
		return all;
	}

	/** Credentials approved by any district the teacher is an active member of. */
	public List<UUID> approvedFor(UUID teacher) {
		return jdbc.sql("""
				select distinct a.credential_id from district_approval a
				join district_roster r on r.district_id = a.district_id
				where r.account_id = ? and r.active""")
			.param(teacher)
			.query(UUID.class)
			.list();
	}

	/** Credentials whose cost a district the teacher is an active member of pays. */
	public List<UUID> paidFor(UUID teacher) {
		return jdbc.sql("""
				select distinct a.credential_id from district_approval a
				join district_roster r on r.district_id = a.district_id
				where r.account_id = ? and r.active and a.covers_cost""")
			.param(teacher)
			.query(UUID.class)
			.list();
	}

	public void upsert(UUID district, UUID credential, BigDecimal hours, BigDecimal ceus, boolean salary, String note,
			UUID by, boolean coversCost) {
		jdbc.sql("""
				insert into district_approval (district_id, credential_id, pd_hours, ceus, counts_for_salary, note,
				                               approved_by, covers_cost)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (district_id, credential_id) do update set pd_hours = excluded.pd_hours,
				  ceus = excluded.ceus, counts_for_salary = excluded.counts_for_salary, note = excluded.note,
				  covers_cost = excluded.covers_cost""")
			.params(district, credential, hours, ceus, salary, note, by, coversCost)
			.update();
	}

	public boolean delete(UUID district, UUID credential) {
		return jdbc.sql("delete from district_approval where district_id = ? and credential_id = ?")
			.params(district, credential)
			.update() > 0;
	}

	private static Approval map(ResultSet rs, int row) throws SQLException {
		return new Approval(new CredentialId(rs.getObject("credential_id", UUID.class)), Decimals.plain(rs.getBigDecimal("pd_hours")),
				Decimals.plain(rs.getBigDecimal("ceus")), rs.getBoolean("counts_for_salary"), rs.getString("note"),
				rs.getTimestamp("approved_at").toInstant(), rs.getBoolean("covers_cost"));
	}

}
