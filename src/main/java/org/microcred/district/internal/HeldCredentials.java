package org.microcred.district.internal;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.catalog.CredentialId;
import org.microcred.district.Approval;
import org.microcred.district.EarnedCredential;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The approved, unrevoked credentials of a district's active teachers, valued as the district values them: the
 * approval's hours (else the credential's own PD hours) and CEUs (else one per ten hours).
 */
@Repository
public class HeldCredentials {

	private final JdbcClient jdbc;

	private final CredentialLabels labels;

	HeldCredentials(JdbcClient jdbc, CredentialLabels labels) {
		this.labels = labels;
		this.jdbc = jdbc;
	}

	public record Held(UUID teacher, EarnedCredential credential) {
	}

	public List<EarnedCredential> of(UUID district, UUID teacher) {
		return query(district, teacher).stream().map(Held::credential).toList();
	}

	public Map<UUID, List<EarnedCredential>> byTeacher(UUID district) {
		return query(district, null).stream()
			.collect(Collectors.groupingBy(Held::teacher, Collectors.mapping(Held::credential, Collectors.toList())));
	}

	private List<Held> query(UUID district, UUID teacher) {
		// a renewed (or re-earned) credential counts once, from when it was first issued
		return jdbc.sql("""
				select distinct on (f.teacher_id, f.credential_id)
				       f.issued_id, f.teacher_id, f.credential_id, f.issued_at, f.public_url,
				       coalesce(a.pd_hours, f.pd_hours, 0) as hours, a.ceus, a.counts_for_salary
				from district_credential_fact f
				join district_roster r on r.account_id = f.teacher_id and r.district_id = :district and r.active
				join district_approval a on a.district_id = r.district_id and a.credential_id = f.credential_id
				where f.revoked_at is null and (cast(:teacher as uuid) is null or f.teacher_id = :teacher)
				order by f.teacher_id, f.credential_id, f.issued_at""")
			.param("district", district)
			.param("teacher", teacher)
			.query((rs, n) -> {
				BigDecimal hours = Decimals.plain(rs.getBigDecimal("hours"));
				BigDecimal ceus = rs.getBigDecimal("ceus");
				CredentialId credential = new CredentialId(rs.getObject("credential_id", UUID.class));
				return new Held(rs.getObject("teacher_id", UUID.class),
						new EarnedCredential(rs.getObject("issued_id", UUID.class), credential, labels.of(credential).title(),
								rs.getTimestamp("issued_at").toInstant().atZone(ZoneOffset.UTC).toLocalDate(), hours,
								Decimals.plain(Approval.ceusFor(hours, ceus)),
								rs.getBoolean("counts_for_salary"), rs.getString("public_url")));
			})
			.list();
	}

}
