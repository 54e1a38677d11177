package org.microcred.identity.sso;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.microcred.identity.CurrentUser;
import org.microcred.identity.OrganizationDirectory;
import org.microcred.identity.Role;
import org.microcred.identity.sso.DiscoveryDocuments.DiscoveryException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.platform.SafeText;
import org.microcred.platform.SecretBox;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's administrator sets up its identity providers and log-in rules. A provider is saved only after
 * its discovery document was read and names the same issuer; its client secret is sealed with the master key and
 * never shown again.
 */
@Service
public class SsoAdministration {

	/** What the settings page shows. */
	public record Settings(OrganizationDirectory.Entry organization, List<SsoProvider> providers, SsoPolicy policy) {
	}

	/** A new provider as the administrator typed it. */
	public record NewProvider(ProviderPreset preset, String label, String issuerUrl, String clientId,
			String clientSecret) {
	}

	private static final Pattern DOMAIN = Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

	private static final int MAX_DOMAINS = 20;

	private final SsoProviderStore store;

	private final OrganizationDirectory organizations;

	private final DiscoveryDocuments discovery;

	private final SecretBox secrets;

	SsoAdministration(SsoProviderStore store, OrganizationDirectory organizations, DiscoveryDocuments discovery,
			SecretBox secrets) {
		this.store = store;
		this.organizations = organizations;
		this.discovery = discovery;
		this.secrets = secrets;
	}

	public Settings settings(CurrentUser admin, UUID organizationId) {
		OrganizationDirectory.Entry organization = requireAdmin(admin, organizationId);
		return new Settings(organization, store.ofOrganization(organizationId), store.policy(organizationId));
	}

	@Transactional
	public SsoProvider addProvider(CurrentUser admin, UUID organizationId, NewProvider form) {
		requireAdmin(admin, organizationId);
		String label = SafeText.clean(form.label());
		if (label == null || label.isBlank() || label.length() > 120) {
			throw new InvalidInputException("label", "identity.sso.problem.label");
		}
		String issuer = form.issuerUrl() == null ? "" : form.issuerUrl().strip();
		if (issuer.isEmpty() || issuer.length() > 500 || issuer.contains("<")) {
			throw new InvalidInputException("issuerUrl", "identity.sso.problem.issuer-url");
		}
		String clientId = form.clientId() == null ? "" : form.clientId().strip();
		if (clientId.isEmpty() || clientId.length() > 255) {
			throw new InvalidInputException("clientId", "identity.sso.problem.client-id");
		}
		String secret = form.clientSecret() == null ? "" : form.clientSecret().strip();
		if (secret.isEmpty() || secret.length() > 2000) {
			throw new InvalidInputException("clientSecret", "identity.sso.problem.client-secret");
		}
		try {
			discovery.read(issuer);
		}
		catch (DiscoveryException ex) {
			throw new InvalidInputException("issuerUrl", ex.getMessage(), issuer);
		}
		SsoProvider provider = new SsoProvider(UUID.randomUUID(), organizationId,
				form.preset() == null ? ProviderPreset.OTHER : form.preset(), label, issuer, clientId, 0);
		store.insert(provider, secrets.encrypt(secret.getBytes(StandardCharsets.UTF_8)));
		return provider;
	}

	@Transactional
	public void removeProvider(CurrentUser admin, UUID organizationId, UUID providerId) {
		requireAdmin(admin, organizationId);
		if (!store.delete(organizationId, providerId)) {
			throw new NotFoundException("identity.sso.problem.provider-not-found");
		}
		SsoPolicy policy = store.policy(organizationId);
		if (!policy.passwordLogin() && store.ofOrganization(organizationId).isEmpty()) {
			// without any provider the teachers would have no way in at all
			store.savePolicy(new SsoPolicy(organizationId, policy.emailDomains(), policy.createAccounts(), true));
		}
	}

	/**
	 * Saves the e-mail domains and rules. Creating accounts and turning password log-in off are for districts, and
	 * password log-in can only be turned off while the organization has a provider to sign in with.
	 */
	@Transactional
	public SsoPolicy savePolicy(CurrentUser admin, UUID organizationId, String domains, boolean createAccounts,
			boolean passwordLogin) {
		OrganizationDirectory.Entry organization = requireAdmin(admin, organizationId);
		List<String> parsed = parseDomains(domains);
		if (createAccounts && parsed.isEmpty()) {
			throw new InvalidInputException("emailDomains", "identity.sso.problem.domains-needed");
		}
		if (!passwordLogin && store.ofOrganization(organizationId).isEmpty()) {
			throw new InvalidInputException("passwordLogin", "identity.sso.problem.provider-needed");
		}
		SsoPolicy policy = new SsoPolicy(organizationId, parsed, createAccounts && organization.district(),
				passwordLogin || !organization.district());
		store.savePolicy(policy);
		return policy;
	}

	static List<String> parseDomains(String text) {
		List<String> domains = new ArrayList<>();
		for (String part : (text == null ? "" : text).split("[\\s,;]+")) {
			String domain = part.strip().toLowerCase(Locale.ROOT);
			if (domain.startsWith("@")) {
				domain = domain.substring(1);
			}
			if (domain.isEmpty() || domains.contains(domain)) {
				continue;
			}
			if (!DOMAIN.matcher(domain).matches()) {
				throw new InvalidInputException("emailDomains", "identity.sso.problem.domain", part.strip());
			}
			domains.add(domain);
		}
		if (domains.size() > MAX_DOMAINS) {
			throw new InvalidInputException("emailDomains", "identity.sso.problem.too-many-domains", MAX_DOMAINS);
		}
		return domains;
	}

	private OrganizationDirectory.Entry requireAdmin(CurrentUser admin, UUID organizationId) {
		if (!admin.hasRole(Role.DISTRICT_ADMIN, organizationId) && !admin.hasRole(Role.ISSUER_ADMIN, organizationId)) {
			throw new AccessDeniedException("Requires an administrator of organization " + organizationId);
		}
		return organizations.find(organizationId)
			.orElseThrow(() -> new NotFoundException("identity.sso.problem.organization-not-found"));
	}

}
