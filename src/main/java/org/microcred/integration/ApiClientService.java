package org.microcred.integration;

import java.util.Set;
import java.util.UUID;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.integration.internal.ApiClientStore;
import org.microcred.platform.Secrets;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API clients of an organization, managed by its administrators: create one (its secret is shown once and kept
 * only as a hash), see when each was last used, revoke one (its tokens stop working at once).
 */
@Service
public class ApiClientService {

	private final ApiClientStore store;

	ApiClientService(ApiClientStore store) {
		this.store = store;
	}

	@Transactional
	public CreatedApiClient create(CurrentUser admin, OrganizationId organization, String name, Set<ApiScope> scopes) {
		requireAdmin(admin, organization);
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 120) {
			throw new InvalidInputException("name", "integration.clients.name-required");
		}
		if (scopes == null || scopes.isEmpty()) {
			throw new InvalidInputException("scopes", "integration.clients.scopes-required");
		}
		UUID id = UUID.randomUUID();
		String secret = Secrets.random("mcs_");
		store.insert(id, organization.value(), trimmed, ApiScope.format(scopes), Secrets.sha256(secret),
				admin.id().value());
		return new CreatedApiClient(id, secret);
	}

	public PageResult<ApiClientView> list(CurrentUser admin, OrganizationId organization, PageRequest page) {
		requireAdmin(admin, organization);
		return new PageResult<>(store.ofOrganization(organization.value(), page.size(), page.offset()), page.page(),
				page.size(), store.countOfOrganization(organization.value()));
	}

	/** Revokes for good; a client revoked before is a conflict (409). */
	@Transactional
	public void revoke(CurrentUser admin, OrganizationId organization, UUID client) {
		requireAdmin(admin, organization);
		var stored = store.find(client)
			.filter(c -> c.view().organizationId().equals(organization.value()))
			.orElseThrow(() -> new NotFoundException("integration.clients.not-found"));
		if (stored.view().revoked() || !store.revoke(client, organization.value())) {
			throw new ConflictException("integration.clients.already-revoked");
		}
	}

	/** Issuer and district administrators manage their organization's clients. */
	static void requireAdmin(CurrentUser admin, OrganizationId organization) {
		if (!admin.hasRole(Role.ISSUER_ADMIN, organization.value())
				&& !admin.hasRole(Role.DISTRICT_ADMIN, organization.value())) {
			throw new AccessDeniedException("Requires an administrator of organization " + organization.value());
		}
	}

}
