package org.microcred.integration.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.microcred.badge.AwardRequest;
import org.microcred.badge.AwardResult;
import org.microcred.badge.BadgeService;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.EmailAddresses;
import org.microcred.integration.ApiScope;
import org.microcred.integration.AwardsRequest;
import org.microcred.integration.AwardsResponse;
import org.microcred.integration.RevokeRequest;
import org.microcred.integration.RevokeResponse;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awarding and revoking through the API, on top of the badge module's bulk award: recipients found (or given an
 * account) by e-mail, one all-or-nothing transaction per request, idempotent per award key and per
 * {@code Idempotency-Key}.
 */
@Service
public class ApiAwards {

	public static final int MAX_AWARDS = 1000;

	private final BadgeService badges;

	private final CatalogService catalog;

	private final AwardRecipients recipients;

	private final IdempotentRequests idempotency;

	ApiAwards(BadgeService badges, CatalogService catalog, AwardRecipients recipients,
			IdempotentRequests idempotency) {
		this.badges = badges;
		this.catalog = catalog;
		this.recipients = recipients;
		this.idempotency = idempotency;
	}

	@Transactional
	public AwardsResponse award(ApiPrincipal client, UUID issuer, AwardsRequest request, String idempotencyKey) {
		client.require(ApiScope.CREDENTIALS_ISSUE);
		requireOwnOrganization(client, issuer);
		return idempotency.once(client.clientId(), idempotencyKey, "award:" + issuer, request, AwardsResponse.class,
				() -> awardNow(client, issuer, request));
	}

	@Transactional
	public RevokeResponse revoke(ApiPrincipal client, UUID credential, RevokeRequest request, String idempotencyKey) {
		client.require(ApiScope.CREDENTIALS_REVOKE);
		var issued = badges.find(new IssuedCredentialId(credential))
			.filter(c -> c.issuerId().value().equals(client.organizationId()))
			.orElseThrow(() -> new NotFoundException("badge.credential.not-found"));
		return idempotency.once(client.clientId(), idempotencyKey, "revoke:" + credential,
				request == null ? new RevokeRequest(null, null) : request, RevokeResponse.class, () -> {
					badges.revoke(client.actingAs(), issued.id(), request == null ? null : request.reason(),
							request == null ? null : request.publicReason());
					return new RevokeResponse(credential, "REVOKED");
				});
	}

	private AwardsResponse awardNow(ApiPrincipal client, UUID issuer, AwardsRequest request) {
		List<AwardsRequest.Award> awards = validate(request);
		Map<String, AccountId> recipients = recipients(awards);
		Map<UUID, List<Integer>> byAchievement = new LinkedHashMap<>();
		for (int i = 0; i < awards.size(); i++) {
			byAchievement.computeIfAbsent(awards.get(i).achievementId(), a -> new ArrayList<>()).add(i);
		}
		AwardsResponse.Item[] items = new AwardsResponse.Item[awards.size()];
		int issuedNow = 0;
		for (var entry : byAchievement.entrySet()) {
			DesignVersion design = catalog.published(new CredentialId(entry.getKey()))
				.filter(d -> d.issuerId().value().equals(issuer))
				.orElseThrow(() -> new NotFoundException("integration.awards.achievement-not-found", entry.getKey()));
			List<AwardRequest> batch = new ArrayList<>();
			for (int index : entry.getValue()) {
				AwardsRequest.Award award = awards.get(index);
				batch.add(new AwardRequest(awardKey(award), recipients.get(lower(award.email())), award.pdHours(),
						request.evidence().name(), narrative(request, award)));
			}
			AwardResult result = badges.issueAll(client.actingAs(), design.id(), batch);
			issuedNow += result.issued().size();
			var fresh = new java.util.HashSet<>(result.issued());
			for (int k = 0; k < batch.size(); k++) {
				AwardsRequest.Award award = awards.get(entry.getValue().get(k));
				IssuedCredentialId id = result.credentials().get(k);
				items[entry.getValue().get(k)] = new AwardsResponse.Item(award.email().strip(), award.achievementId(),
						batch.get(k).awardKey(), id.value(), fresh.contains(id));
			}
		}
		return new AwardsResponse(issuedNow, awards.size() - issuedNow, List.of(items));
	}

	private static List<AwardsRequest.Award> validate(AwardsRequest request) {
		if (request == null || request.awards() == null || request.awards().isEmpty()) {
			throw new InvalidInputException("awards", "integration.awards.none");
		}
		if (request.awards().size() > MAX_AWARDS) {
			throw new InvalidInputException("awards", "integration.awards.too-many", MAX_AWARDS);
		}
		if (request.evidence() == null || request.evidence().name() == null || request.evidence().name().isBlank()) {
			throw new InvalidInputException("evidence.name", "integration.awards.evidence-required");
		}
		for (int i = 0; i < request.awards().size(); i++) {
			AwardsRequest.Award award = request.awards().get(i);
			if (award == null || !EmailAddresses.valid(EmailAddresses.normalize(award.email()))) {
				throw new InvalidInputException("awards[" + i + "].email", "integration.awards.email-invalid", i + 1);
			}
			if (award.achievementId() == null) {
				throw new InvalidInputException("awards[" + i + "].achievementId",
						"integration.awards.achievement-required", i + 1);
			}
		}
		return request.awards();
	}

	private Map<String, AccountId> recipients(List<AwardsRequest.Award> awards) {
		Map<String, String> names = new LinkedHashMap<>();
		awards.forEach(a -> names.putIfAbsent(lower(a.email()), a.name()));
		return recipients.accountsOf(names);
	}

	private static String awardKey(AwardsRequest.Award award) {
		if (award.awardKey() != null && !award.awardKey().isBlank()) {
			return award.awardKey().strip();
		}
		return AwardKeys.of(award.achievementId(), award.email());
	}

	private static String narrative(AwardsRequest request, AwardsRequest.Award award) {
		if (award.narrative() != null && !award.narrative().isBlank()) {
			return award.narrative();
		}
		String shared = request.evidence().narrative();
		return shared == null || shared.isBlank() ? request.evidence().name() : shared;
	}

	private static String lower(String email) {
		return AwardRecipients.lower(email);
	}

	private static void requireOwnOrganization(ApiPrincipal client, UUID organization) {
		if (!client.organizationId().equals(organization)) {
			throw new NotFoundException("integration.awards.issuer-not-found");
		}
	}

}
