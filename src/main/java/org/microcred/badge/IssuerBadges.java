package org.microcred.badge;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.microcred.badge.internal.IssuedList;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.stereotype.Service;

/**
 * The issuer's issued-badges list: whose badge each is (name and e-mail), searched and filtered, newest first. Only
 * the issuer's own administrators see it, and only the issuer's own credentials.
 */
@Service
public class IssuerBadges {

	private final IssuedList list;

	private final CatalogService catalog;

	IssuerBadges(IssuedList list, CatalogService catalog) {
		this.list = list;
		this.catalog = catalog;
	}

	/**
	 * One page of the list; a page past the end shows the last page.
	 * @param zone the viewer's time zone: the days of {@link IssuedFilter#from()} and {@link IssuedFilter#to()}
	 */
	public PageResult<IssuedRow> list(CurrentUser admin, OrganizationId issuer, IssuedFilter filter,
			PageRequest requested, ZoneId zone) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		Map<UUID, String> titles = titles(issuer);
		String query = filter.query().toLowerCase(Locale.ROOT);
		List<UUID> titleMatches = query.isEmpty() ? List.of()
				: titles.entrySet().stream().filter(t -> t.getValue().toLowerCase(Locale.ROOT).contains(query))
					.map(Map.Entry::getKey).toList();
		IssuedList.Where where = new IssuedList.Where(filter.query(), filter.standing(),
				filter.credential() == null ? null : filter.credential().value(),
				filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant(),
				filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant(), titleMatches);
		long total = list.count(issuer.value(), where);
		int lastPage = (int) Math.max(0, (total - 1) / requested.size());
		PageRequest page = new PageRequest(Math.min(requested.page(), lastPage), requested.size());
		return new PageResult<>(list.page(issuer.value(), where, titles, page.size(), page.offset(), total), page.page(),
				page.size(), total);
	}

	/** The issuer's credentials that may have been earned, by title: what the list can be narrowed to. */
	public Map<CredentialId, String> credentials(CurrentUser admin, OrganizationId issuer) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		return catalog.earnableTitlesOf(issuer);
	}

	/** One credential of this issuer as the list shows it; another issuer's is not found (404). */
	public IssuedRow row(CurrentUser admin, OrganizationId issuer, IssuedCredentialId id) {
		admin.require(Role.ISSUER_ADMIN, issuer.value());
		return list.row(issuer.value(), id.value(), titles(issuer))
			.orElseThrow(() -> new NotFoundException("badge.credential.not-found"));
	}

	private Map<UUID, String> titles(OrganizationId issuer) {
		Map<UUID, String> titles = new HashMap<>();
		catalog.earnableTitlesOf(issuer).forEach((id, title) -> titles.put(id.value(), title));
		return titles;
	}

}
