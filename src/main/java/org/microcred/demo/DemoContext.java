package org.microcred.demo;

import java.util.Optional;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationKind;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.PageRequest;

/** What later steps need to find from earlier ones: the demo organizations and people, by name and e-mail. */
class DemoContext {

	private final AccountService accounts;

	private final OrganizationService organizations;

	DemoContext(AccountService accounts, OrganizationService organizations) {
		this.accounts = accounts;
		this.organizations = organizations;
	}

	AccountId account(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	Optional<Organization> organization(OrganizationKind kind, String name) {
		return organizations.list(kind, new PageRequest(0, 100))
			.items()
			.stream()
			.filter(o -> o.name().equals(name))
			.findFirst();
	}

	Organization issuer(String name) {
		return organization(OrganizationKind.ISSUER, name).orElseThrow();
	}

	Organization district(String name) {
		return organization(OrganizationKind.DISTRICT, name).orElseThrow();
	}

}
