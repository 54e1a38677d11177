package org.microcred.integration.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.RoleGrant;
import org.microcred.integration.ApiScope;
import org.microcred.integration.ApiSettings;
import org.microcred.platform.Secrets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * OAuth 2.0 client credentials: a client's id and secret buy a short-lived opaque bearer token. Tokens are random
 * and stored as hashes rather than signed JWTs: every API request reads the token's row anyway (to tell when the
 * client was last used and to honour a revocation at once), so a self-contained token would save nothing and could
 * not be withdrawn before it expires.
 */
@Component
public class ApiTokens {

	/** A token just issued: the only time its value exists outside the caller. */
	public record IssuedToken(String accessToken, long expiresIn, String scope) {
	}

	private final ApiClientStore store;

	private final AccountService accounts;

	private final ApiSettings settings;

	ApiTokens(ApiClientStore store, AccountService accounts, ApiSettings settings) {
		this.store = store;
		this.accounts = accounts;
		this.settings = settings;
	}

	/**
	 * @param requestedScope the scopes asked for (space-separated) or null for all of the client's
	 * @throws TokenRefused {@code invalid_client} (401) for an unknown or revoked client or a wrong secret,
	 *         {@code invalid_scope} (400) for a scope the client was not given
	 */
	@Transactional
	public IssuedToken issue(String clientId, String clientSecret, String requestedScope) {
		UUID id = parseId(clientId);
		var client = id == null ? Optional.<ApiClientStore.StoredClient>empty() : store.find(id);
		String given = Secrets.sha256(clientSecret == null ? "" : clientSecret);
		if (client.isEmpty() || !Secrets.same(client.get().secretHash(), given) || client.get().view().revoked()) {
			throw new TokenRefused(401, "invalid_client", "integration.token.invalid-client");
		}
		Set<ApiScope> granted = client.get().view().scopes();
		Set<ApiScope> scopes = EnumSet.copyOf(granted);
		if (requestedScope != null && !requestedScope.isBlank()) {
			Set<String> asked = Set.of(requestedScope.trim().split("\\s+"));
			Set<String> allowed = granted.stream().map(ApiScope::value).collect(Collectors.toSet());
			if (!allowed.containsAll(asked)) {
				throw new TokenRefused(400, "invalid_scope", "integration.token.invalid-scope");
			}
			scopes = ApiScope.parse(requestedScope);
		}
		String token = Secrets.random("mct_");
		Instant expires = Instant.now().plus(settings.tokenValidity());
		store.insertToken(Secrets.sha256(token), id, ApiScope.format(scopes), expires);
		store.used(id);
		return new IssuedToken(token, settings.tokenValidity().toSeconds(), ApiScope.format(scopes));
	}

	/** The client behind a bearer token, if the token is known, unexpired, and its client active. */
	@Transactional
	public Optional<ApiPrincipal> authenticate(String bearer) {
		if (bearer == null || bearer.isBlank() || bearer.length() > 200) {
			return Optional.empty();
		}
		return store.findToken(Secrets.sha256(bearer)).flatMap(grant -> {
			Optional<CurrentUser> creator = accounts.reload(new AccountId(grant.createdBy()));
			if (creator.isEmpty() || !creator.get().isEnabled()) {
				return Optional.empty();
			}
			store.used(grant.clientId());
			return Optional.of(new ApiPrincipal(grant.clientId(), grant.organizationId(), grant.clientName(),
					grant.scopes(), actingAs(creator.get(), grant.organizationId())));
		});
	}

	/** The creator's administrator roles in the client's organization, and nothing else of theirs. */
	private static CurrentUser actingAs(CurrentUser creator, UUID organization) {
		Set<RoleGrant> grants = creator.grants()
			.stream()
			.filter(g -> organization.equals(g.organizationId()) && g.role().scoped())
			.collect(Collectors.toSet());
		return new CurrentUser(creator.id(), creator.email(), creator.displayName(), grants, null, true,
				creator.version());
	}

	private static UUID parseId(String value) {
		try {
			return value == null ? null : UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
