package org.microcred.district.internal;

import java.sql.Date;
import java.util.Optional;
import java.util.UUID;

import org.microcred.district.IncentivePolicy;
import org.microcred.district.StepReward;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PolicyStore {

	private final JdbcClient jdbc;

	PolicyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<IncentivePolicy> find(UUID district) {
		return jdbc.sql("select * from district_policy where district_id = ?")
			.param(district)
			.query((rs, n) -> new IncentivePolicy(Decimals.plain(rs.getBigDecimal("renewal_hours")), rs.getInt("renewal_cycle_years"),
					rs.getDate("cycle_start").toLocalDate(), (Integer) rs.getObject("credentials_per_step"),
					StepReward.valueOf(rs.getString("step_reward")), Decimals.plain(rs.getBigDecimal("stipend_amount")),
					(Integer) rs.getObject("annual_cap"), rs.getInt("year_start_month"),
					rs.getDate("effective_from").toLocalDate(), rs.getInt("version")))
			.optional();
	}

	/** Saves the policy if {@code p.version()} is current (-1: not saved yet); false when someone saved meanwhile. */
	public boolean save(UUID district, IncentivePolicy p, UUID by) {
		if (p.version() < 0) {
			return jdbc.sql("""
					insert into district_policy (district_id, renewal_hours, renewal_cycle_years, cycle_start,
					  credentials_per_step, step_reward, stipend_amount, annual_cap, year_start_month, effective_from,
					  updated_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(district, p.renewalHours(), p.renewalCycleYears(), Date.valueOf(p.cycleStart()),
						p.credentialsPerStep(), p.reward().name(), p.stipendAmount(), p.annualCap(), p.yearStartMonth(),
						Date.valueOf(p.effectiveFrom()), by)
				.update() == 1;
		}
		return jdbc.sql("""
				update district_policy set renewal_hours = ?, renewal_cycle_years = ?, cycle_start = ?,
				  credentials_per_step = ?, step_reward = ?, stipend_amount = ?, annual_cap = ?, year_start_month = ?,
				  effective_from = ?, updated_by = ?, updated_at = now(), version = version + 1
				where district_id = ? and version = ?""")
			.params(p.renewalHours(), p.renewalCycleYears(), Date.valueOf(p.cycleStart()), p.credentialsPerStep(),
					p.reward().name(), p.stipendAmount(), p.annualCap(), p.yearStartMonth(),
					Date.valueOf(p.effectiveFrom()), by, district, p.version())
			.update() == 1;
	}

}
