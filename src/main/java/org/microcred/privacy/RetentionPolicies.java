package org.microcred.privacy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.identity.CurrentUser;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence retention policies: an issuer keeps its candidates' evidence N months after the decision; a district may
 * keep its teachers' evidence for a shorter time. The shorter of the two applies. Every change is audited.
 */
@Service
public class RetentionPolicies {

	public static final int MAX_MONTHS = 240;

	private final JdbcClient jdbc;

	private final OrganizationService organizations;

	RetentionPolicies(JdbcClient jdbc, OrganizationService organizations) {
		this.jdbc = jdbc;
		this.organizations = organizations;
	}

	/** The setting of an organization the person administers. */
	public RetentionSetting setting(CurrentUser admin, OrganizationId id) {
		Organization organization = organizations.requireAdministered(admin, id);
		return new RetentionSetting(organization, months(id).orElse(null));
	}

	/**
	 * Sets (or, with null, removes) the organization's retention.
	 * @throws InvalidInputException when the months are out of range
	 */
	@Transactional
	public void set(CurrentUser admin, OrganizationId id, Integer months) {
		organizations.requireAdministered(admin, id);
		if (months != null && (months < 1 || months > MAX_MONTHS)) {
			throw new InvalidInputException("months", "privacy.retention.months.range", MAX_MONTHS);
		}
		if (months == null) {
			jdbc.sql("delete from retention_policy where organization_id = ?").param(id.value()).update();
		}
		else {
			jdbc.sql("""
					insert into retention_policy (organization_id, months, updated_by) values (?, ?, ?)
					on conflict (organization_id) do update set months = excluded.months,
					  updated_by = excluded.updated_by, updated_at = now()""")
				.params(id.value(), months, admin.id().value()).update();
		}
		audit(id.value(), admin.id().value(), "RETENTION_SET", months == null ? "kept" : months + " months");
	}

	public Optional<Integer> months(OrganizationId id) {
		return jdbc.sql("select months from retention_policy where organization_id = ?").param(id.value())
			.query(Integer.class).optional();
	}

	/** Every policy, by organization. */
	public Map<UUID, Integer> all() {
		return jdbc.sql("select organization_id, months from retention_policy")
			.query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The months that apply: the shortest among the issuer's and the teacher's districts' policies, if any. */
	public static Optional<Integer> effective(Map<UUID, Integer> policies, UUID issuer, List<UUID> districts) {
		return java.util.stream.Stream.concat(java.util.stream.Stream.ofNullable(issuer), districts.stream())
			.map(policies::get).filter(java.util.Objects::nonNull).min(Integer::compare);
	}

	void audit(UUID organization, UUID actor, String action, String detail) {
		jdbc.sql("insert into privacy_audit (organization_id, actor_id, action, detail) values (?, ?, ?, ?)")
			.params(organization, actor, action, detail).update();
	}

}
