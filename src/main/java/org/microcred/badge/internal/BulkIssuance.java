package org.microcred.badge.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.json.JsonObject;
import org.microcred.badge.AwardRequest;
import org.microcred.badge.AwardResult;
import org.microcred.badge.CredentialIssued;
import org.microcred.badge.CredentialsAwarded;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.DesignVersion;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.PlatformSettings;
import org.microcred.platform.events.BatchedPublications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues many credentials of one design version in one transaction: the shared parts of the document (issuer
 * profile, achievement, schema) are built once, the status indexes allocated in one go under the list lock, the
 * documents signed on every core, the rows inserted in batches, and the events published together. Awards are
 * keyed by the caller's award key per issuer, so repeating a batch issues nothing new.
 */
@Component
public class BulkIssuance {

	/** At most this many awards in one call (one transaction). */
	public static final int MAX_AWARDS = 10_000;

	private static final int EVENT_CHUNK = 1_000;

	private final IssuedStore issued;

	private final IssuerKeys keys;

	private final StatusListStore statusLists;

	private final IssuerDocuments documents;

	private final EddsaRdfc2022 suite;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	private final AccountService accounts;

	private final PlatformSettings platform;

	private final ApplicationEventPublisher events;

	private final BatchedPublications publications;

	BulkIssuance(IssuedStore issued, IssuerKeys keys, StatusListStore statusLists, IssuerDocuments documents,
			EddsaRdfc2022 suite, CatalogService catalog, OrganizationService organizations, AccountService accounts,
			PlatformSettings platform, ApplicationEventPublisher events, BatchedPublications publications) {
		this.publications = publications;
		this.issued = issued;
		this.keys = keys;
		this.statusLists = statusLists;
		this.documents = documents;
		this.suite = suite;
		this.catalog = catalog;
		this.organizations = organizations;
		this.accounts = accounts;
		this.platform = platform;
		this.events = events;
	}

	/** Issues the awards not issued before; the caller runs it in a transaction (all or nothing). */
	public AwardResult issueAll(DesignVersion version, List<AwardRequest> awards) {
		AwardRules.check(version, awards);
		Organization issuer = organizations.get(version.issuerId());
		UUID issuerId = issuer.id().value();
		issued.lockAwards(issuerId);
		Map<String, IssuedStore.Keyed> done = issued.byKeys(awards.stream().map(a -> key(issuerId, a)).toList());
		List<AwardRequest> fresh = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		for (AwardRequest award : awards) {
			IssuedStore.Keyed before = done.get(key(issuerId, award));
			if (before == null) {
				fresh.add(award);
			}
			else if (before.teacher().equals(award.teacher().value())
					&& before.credential().equals(version.credentialId().value())) {
				// also when the design has had a new version since: the award was made
				skipped.add(award.awardKey().strip());
			}
			else {
				// a retry repeats its awards; the same key for another teacher or design is a caller's mistake
				throw new ConflictException("badge.award.key-reused", award.awardKey().strip());
			}
		}
		if (fresh.isEmpty()) {
			return result(issuerId, awards, done, List.of(), skipped);
		}
		Map<AccountId, AccountSummary> people = accounts.findAll(fresh.stream().map(AwardRequest::teacher).toList());
		for (AwardRequest award : fresh) {
			if (people.get(award.teacher()) == null) {
				throw new InvalidInputException("teacher", "badge.award.unknown-teacher", award.awardKey());
			}
		}
		// the key (and its lock) before the status entries, in the order every path that signs takes them
		IssuerKeys.Signer signer = keys.signer(issuerId);
		List<StatusListStore.Allocation> statuses = statusLists.allocateAll(issuerId, fresh.size());
		List<IssuedStore.NewCredential> rows = sign(version, issuer, signer, fresh, people, statuses);
		issued.insertAll(rows);
		// 10,000 credentials make 20,000 publications (one per listener): stored with one statement per thousand
		publications.batch(() -> publish(version, rows));
		return result(issuerId, awards, done, rows, skipped);
	}

	private static AwardResult result(UUID issuerId, List<AwardRequest> awards, Map<String, IssuedStore.Keyed> before,
			List<IssuedStore.NewCredential> rows, List<String> skipped) {
		Map<String, UUID> now = new HashMap<>();
		rows.forEach(row -> now.put(row.idempotencyKey(), row.id()));
		List<IssuedCredentialId> all = awards.stream().map(a -> key(issuerId, a)).map(k -> new IssuedCredentialId(
				before.containsKey(k) ? before.get(k).id() : now.get(k))).toList();
		return new AwardResult(rows.stream().map(r -> new IssuedCredentialId(r.id())).toList(), skipped, all);
	}

	private List<IssuedStore.NewCredential> sign(DesignVersion version, Organization issuer, IssuerKeys.Signer signer,
			List<AwardRequest> fresh, Map<AccountId, AccountSummary> people, List<StatusListStore.Allocation> statuses) {
		// built once: every credential of the batch shares these instances, so the signer's cache finds them
		JsonObject profile = documents.profileInCredential(issuer);
		JsonObject achievement = (JsonObject) Jsons.of(catalog.achievement(version.id()));
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Integer months = version.micro().validityMonths();
		Instant validUntil = (months == null) ? null : now.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
		ProofOptions options = ProofOptions.assertion(signer.keyId()).createdAt(now);
		return IntStream.range(0, fresh.size()).parallel().mapToObj(i -> {
			AwardRequest award = fresh.get(i);
			AccountSummary person = people.get(award.teacher());
			UUID id = UUID.randomUUID();
			StatusListStore.Allocation status = statuses.get(i);
			JsonObject unsigned = CredentialDocument.unsigned(new CredentialDocument.Content(
					platform.url("/credentials/" + id), profile, version.title(), version.summary(), achievement,
					person.email(), person.recipientId(), award.pdHours(),
					List.of(new CredentialDocument.Evidence(null, award.evidenceName().strip(),
							award.evidenceNarrative().strip())),
					now, validUntil, status));
			String signed = suite.sign(unsigned, signer.key(), options).toString();
			return new IssuedStore.NewCredential(id, key(issuer.id().value(), award), award.teacher().value(), null,
					version.credentialId().value(), version.id().value(), issuer.id().value(), false, signed,
					award.pdHours(), now, validUntil, status.listId(), status.index(), signer.number());
		}).toList();
	}

	private void publish(DesignVersion version, List<IssuedStore.NewCredential> rows) {
		List<CredentialsAwarded.Recipient> recipients = new ArrayList<>(EVENT_CHUNK);
		for (IssuedStore.NewCredential row : rows) {
			IssuedCredentialId id = new IssuedCredentialId(row.id());
			AccountId teacher = new AccountId(row.teacher());
			events.publishEvent(new CredentialIssued(id, teacher, version.credentialId(), version.id(),
					version.issuerId(), false, row.pdHours(), row.issuedAt(), row.validUntil(),
					platform.url("/credentials/" + row.id()), true));
			recipients.add(new CredentialsAwarded.Recipient(id, teacher));
			if (recipients.size() == EVENT_CHUNK) {
				events.publishEvent(new CredentialsAwarded(version.credentialId(), recipients));
				recipients.clear();
			}
		}
		if (!recipients.isEmpty()) {
			events.publishEvent(new CredentialsAwarded(version.credentialId(), recipients));
		}
	}

	/** The idempotency key: award keys are the caller's, so they are scoped to the issuer. */
	private static String key(UUID issuer, AwardRequest award) {
		return "award:" + issuer + ":" + award.awardKey().strip();
	}

}
