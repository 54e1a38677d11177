package org.microcred.identity.sso;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.identity.EmailAddresses;
import org.microcred.identity.OrganizationDirectory;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.identity.SingleSignOnAccountCreated;
import org.microcred.platform.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the account a verified identity provider user signs in as. A provider speaks only for its own
 * organization: it links to an account that already belongs to that organization (by the provider's subject after
 * the first time, by verified e-mail the first time), or creates a teacher account when the district allows the
 * e-mail's domain. Anything else is refused, so an administrator's provider can never sign in as someone of
 * another organization.
 */
@Service
class SsoAccounts {

	private final SsoProviderStore store;

	private final AccountService accounts;

	private final OrganizationDirectory organizations;

	private final ApplicationEventPublisher events;

	SsoAccounts(SsoProviderStore store, AccountService accounts, OrganizationDirectory organizations,
			ApplicationEventPublisher events) {
		this.store = store;
		this.accounts = accounts;
		this.organizations = organizations;
		this.events = events;
	}

	@Transactional
	AccountId resolve(UUID providerId, OidcUser user) throws OAuth2AuthenticationException {
		SsoProvider provider = store.find(providerId).orElseThrow(SsoRefusal.PROVIDER_UNAVAILABLE::exception);
		UUID organization = provider.organizationId();
		Optional<UUID> linked = store.linkedAccount(providerId, user.getSubject());
		if (linked.isPresent()) {
			return admit(accounts.find(new AccountId(linked.get())), organization);
		}
		String email = verifiedEmail(user);
		Optional<AccountSummary> existing = accounts.findByEmail(email);
		AccountId account = existing.isPresent() ? admit(existing, organization) : create(provider, user, email);
		store.link(providerId, user.getSubject(), account.value());
		return account;
	}

	/** A rostered account without a password yet may sign in: its organization vouches for it. */
	private AccountId admit(Optional<AccountSummary> account, UUID organization) {
		AccountSummary user = account.orElseThrow(SsoRefusal.NO_ACCOUNT::exception);
		if (user.grants().stream().noneMatch(g -> organization.equals(g.organizationId()))) {
			throw SsoRefusal.NOT_MEMBER.exception();
		}
		if (!user.enabled()) {
			throw SsoRefusal.DISABLED.exception();
		}
		return user.id();
	}

	private AccountId create(SsoProvider provider, OidcUser user, String email) {
		SsoPolicy policy = store.policy(provider.organizationId());
		boolean district = organizations.find(provider.organizationId()).map(OrganizationDirectory.Entry::district)
			.orElse(false);
		if (!policy.createAccounts() || !district) {
			throw SsoRefusal.NO_ACCOUNT.exception();
		}
		if (!policy.allowsDomainOf(email)) {
			throw SsoRefusal.DOMAIN_NOT_ALLOWED.exception();
		}
		Set<RoleGrant> grants = Set.of(new RoleGrant(Role.TEACHER, provider.organizationId()));
		AccountId created;
		try {
			created = accounts.registerWithoutPassword(nameOf(user, email), email, grants);
		}
		catch (InvalidInputException ex) {
			created = accounts.registerWithoutPassword(email.substring(0, email.indexOf('@')), email, grants);
		}
		events.publishEvent(new SingleSignOnAccountCreated(created, provider.organizationId()));
		return created;
	}

	/**
	 * Only an address the provider says it verified may find or create an account: {@code email_verified} true, or,
	 * when the provider does not send {@code email_verified} at all (Microsoft Entra ID), Entra's optional claim
	 * {@code xms_edov} true (the e-mail's domain is verified as the tenant's own). An explicit
	 * {@code email_verified: false} is never overridden.
	 */
	private static String verifiedEmail(OidcUser user) {
		Object verified = user.getClaims().get("email_verified");
		if (verified == null) {
			verified = user.getClaims().get("xms_edov");
		}
		String email = user.getEmail();
		if (email == null || !(Boolean.TRUE.equals(verified) || "true".equals(verified) || "1".equals(verified))) {
			throw SsoRefusal.UNVERIFIED_EMAIL.exception();
		}
		String address = EmailAddresses.normalize(email);
		if (!EmailAddresses.valid(address)) {
			throw SsoRefusal.UNVERIFIED_EMAIL.exception();
		}
		return address;
	}

	private static String nameOf(OidcUser user, String email) {
		String name = user.getFullName();
		return name == null || name.isBlank() ? email.substring(0, email.indexOf('@')) : name;
	}

}
