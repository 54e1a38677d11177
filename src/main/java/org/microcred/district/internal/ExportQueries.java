package org.microcred.district.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExportQueries {

	private final JdbcClient jdbc;

	ExportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One issued, unrevoked credential of an active teacher of the district. */
	public record Row(UUID teacher, String sourcedId, String license, UUID credential, LocalDate issuedOn,
			BigDecimal hours, BigDecimal approvedCeus, boolean approved, String url) {
	}

	public List<Row> credentials(UUID district, LocalDate from, LocalDate to, boolean approvedOnly) {
		return jdbc.sql("""
				select f.teacher_id, r.sourced_id, r.state_license_number, f.credential_id, f.issued_at,
				       coalesce(a.pd_hours, f.pd_hours, 0) as hours, a.ceus, a.district_id is not null as approved,
				       f.public_url
				from district_credential_fact f
				join district_roster r on r.account_id = f.teacher_id and r.district_id = :district and r.active
				left join district_approval a on a.district_id = r.district_id and a.credential_id = f.credential_id
				where f.revoked_at is null and f.issued_at >= :from and f.issued_at < :to
				  and (not :approvedOnly or a.district_id is not null)
				order by f.issued_at, f.issued_id""")
			.param("district", district)
			.param("from", Timestamp.from(from.atStartOfDay(ZoneOffset.UTC).toInstant()))
			.param("to", Timestamp.from(to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
			.param("approvedOnly", approvedOnly)
			.query((rs, n) -> new Row(rs.getObject("teacher_id", UUID.class), rs.getString("sourced_id"),
					rs.getString("state_license_number"), rs.getObject("credential_id", UUID.class),
					rs.getTimestamp("issued_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate(),
					rs.getBigDecimal("hours"), rs.getBigDecimal("ceus"), rs.getBoolean("approved"),
					rs.getString("public_url")))
			.list();
	}

}
