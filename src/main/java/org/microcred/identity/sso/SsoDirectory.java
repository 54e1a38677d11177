package org.microcred.identity.sso;

import java.util.List;

import org.microcred.identity.OrganizationDirectory;
import org.microcred.platform.PageRequest;
import org.microcred.platform.PageResult;
import org.springframework.stereotype.Service;

/** What the log-in pages may show anyone about the identity providers: names and where to start. */
@Service
public class SsoDirectory {

	/** One way to sign in: the organization's name, the provider's label and product. */
	public record Choice(String providerId, String organizationName, String label, ProviderPreset preset) {

		public String startPath() {
			return "/oauth2/authorization/" + providerId;
		}

	}

	private final SsoProviderStore store;

	private final OrganizationDirectory organizations;

	SsoDirectory(SsoProviderStore store, OrganizationDirectory organizations) {
		this.store = store;
		this.organizations = organizations;
	}

	public boolean any() {
		return store.count() > 0;
	}

	/** Providers of the organizations that list the address's domain. */
	public List<Choice> forEmail(String email) {
		String domain = SsoPolicy.domainOf(email);
		return domain.isEmpty() ? List.of() : store.forDomain(domain, 10).stream().map(this::choice).toList();
	}

	public PageResult<Choice> page(PageRequest page) {
		return new PageResult<>(store.page(page.size(), page.offset()).stream().map(this::choice).toList(), page.page(),
				page.size(), store.count());
	}

	/** The bundle key that explains a refusal code, for the refusal page. */
	public String refusalKey(String code) {
		return "identity.sso.refused." + SsoRefusal.parse(code).code();
	}

	private Choice choice(SsoProvider provider) {
		String name = organizations.find(provider.organizationId()).map(OrganizationDirectory.Entry::name).orElse("");
		return new Choice(provider.id().toString(), name, provider.label(), provider.preset());
	}

}
