package org.microcred.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, as every module sees them: account id, name, e-mail and role grants. Services take it
 * as a parameter and check scoped permissions with {@link #require(Role, UUID)}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final AccountId id;

	private final String email;

	private final String displayName;

	private final Set<RoleGrant> grants;

	private final boolean enabled;

	private final int version;

	private String passwordHash;

	/**
	 * @param version the account's version when this was read: a session holding an older one reloads it
	 */
	public CurrentUser(AccountId id, String email, String displayName, Set<RoleGrant> grants, String passwordHash,
			boolean enabled, int version) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.grants = Set.copyOf(grants);
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.version = version;
	}

	public AccountId id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	/** The account's version when this was read; it changes with roles, activation, password and profile. */
	public int version() {
		return version;
	}

	public Set<RoleGrant> grants() {
		return grants;
	}

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	/** Holds the role within that organization. */
	public boolean hasRole(Role role, UUID organizationId) {
		return grants.stream().anyMatch(g -> g.role() == role && organizationId != null
				&& organizationId.equals(g.organizationId()));
	}

	public boolean isPlatformAdmin() {
		return hasRole(Role.PLATFORM_ADMIN);
	}

	/** The organizations in which this person holds the role. */
	public List<UUID> organizationsWith(Role role) {
		return grants.stream()
			.filter(g -> g.role() == role && g.organizationId() != null)
			.map(RoleGrant::organizationId)
			.distinct()
			.toList();
	}

	public Optional<UUID> firstOrganizationWith(Role role) {
		return organizationsWith(role).stream().findFirst();
	}

	/** Throws {@link AccessDeniedException} unless this person holds the role in that organization. */
	public void require(Role role, UUID organizationId) {
		if (!hasRole(role, organizationId)) {
			throw new AccessDeniedException("Requires " + role.label() + " of organization " + organizationId);
		}
	}

	/** Throws {@link AccessDeniedException} unless this person holds the role somewhere. */
	public void require(Role role) {
		if (!hasRole(role)) {
			throw new AccessDeniedException("Requires " + role.label());
		}
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return grants.stream().map(g -> new SimpleGrantedAuthority(g.role().authority())).distinct().toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser user && user.id.equals(id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return "CurrentUser[" + id + "]";
	}

}
