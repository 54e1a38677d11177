package org.microcred.district;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.district.internal.HeldCredentials;
import org.microcred.district.internal.PolicyStore;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.CurrentUser;
import org.microcred.organization.DistrictMember;
import org.microcred.organization.OrganizationId;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incentive rules per district and every teacher's standing under them. */
@Service
public class IncentiveService {

	/** Which teachers a district admin lists. */
	public enum Filter {
		QUALIFYING, ALL_WITH_CREDENTIALS
	}

	private final PolicyStore policies;

	private final HeldCredentials held;

	private final OrganizationService organizations;

	private final AccountService accounts;

	IncentiveService(PolicyStore policies, HeldCredentials held, OrganizationService organizations,
			AccountService accounts) {
		this.policies = policies;
		this.held = held;
		this.organizations = organizations;
		this.accounts = accounts;
	}

	/** The district's rules, or the defaults (not saved) when it has none yet. */
	public IncentivePolicy policy(CurrentUser admin, OrganizationId district) {
		organizations.requireDistrictAdmin(admin, district);
		return policyOf(district);
	}

	@Transactional
	public void savePolicy(CurrentUser admin, OrganizationId district, IncentivePolicy policy) {
		organizations.requireDistrictAdmin(admin, district);
		PolicyValidation.check(policy);
		if (!policies.save(district.value(), policy, admin.id().value())) {
			throw new ConflictException("district.incentives.concurrent-edit");
		}
	}

	/** One teacher's standing, for their district's admin. */
	public StandingRow standing(CurrentUser admin, OrganizationId district, AccountId teacher) {
		organizations.requireDistrictAdmin(admin, district);
		DistrictMember member = organizations.member(admin, district, teacher);
		Standing standing = IncentiveRules.standing(policyOf(district),
				held.of(district.value(), teacher.value()), today());
		return new StandingRow(teacher, member.displayName(), member.schoolName(), member.stateLicenseNumber(), standing);
	}

	/** The district's teachers who hold approved credentials, by name; optionally only those who qualify now. */
	public PageResult<StandingRow> standings(CurrentUser admin, OrganizationId district, Filter filter,
			PageRequest page) {
		organizations.requireDistrictAdmin(admin, district);
		IncentivePolicy policy = policyOf(district);
		LocalDate today = today();
		Map<UUID, List<EarnedCredential>> byTeacher = held.byTeacher(district.value());
		Map<AccountId, AccountSummary> names = accounts
			.findAll(byTeacher.keySet().stream().map(AccountId::new).toList());
		List<StandingRow> rows = new ArrayList<>();
		byTeacher.forEach((teacher, credentials) -> {
			Standing standing = IncentiveRules.standing(policy, credentials, today);
			if (filter == Filter.ALL_WITH_CREDENTIALS || standing.qualifiesThisPeriod()) {
				AccountId id = new AccountId(teacher);
				DistrictMember member = organizations.membership(district, id).orElse(null);
				AccountSummary account = names.get(id);
				rows.add(new StandingRow(id, account == null ? "(unknown)" : account.displayName(),
						member == null ? null : member.schoolName(), member == null ? null : member.stateLicenseNumber(),
						standing));
			}
		});
		rows.sort(Comparator.comparing(StandingRow::name, String.CASE_INSENSITIVE_ORDER));
		int from = (int) Math.min(rows.size(), page.offset());
		return new PageResult<>(rows.subList(from, Math.min(rows.size(), from + page.size())), page.page(), page.size(),
				rows.size());
	}

	/** The signed-in teacher's standing in each of their districts. */
	public List<DistrictStanding> mine(CurrentUser teacher) {
		List<DistrictStanding> all = new ArrayList<>();
		for (OrganizationId district : organizations.districtsOf(teacher.id())) {
			DistrictMember member = organizations.membership(district, teacher.id()).orElse(null);
			if (member == null || !member.active()) {
				continue;
			}
			IncentivePolicy policy = policyOf(district);
			Standing standing = IncentiveRules.standing(policy, held.of(district.value(), teacher.id().value()),
					today());
			all.add(new DistrictStanding(district, organizations.get(district).name(), member.stateLicenseNumber(),
					policy.saved(), standing));
		}
		return all;
	}

	private IncentivePolicy policyOf(OrganizationId district) {
		return policies.find(district.value()).orElseGet(() -> IncentivePolicy.defaults(today()));
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
