package org.microcred.badge.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.microcred.badge.CredentialIssued;
import org.microcred.badge.IssuedCredential;
import org.microcred.badge.IssuedCredentialId;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.AccountId;
import org.microcred.identity.AccountService;
import org.microcred.identity.AccountSummary;
import org.microcred.learning.EnrollmentPassed;
import org.microcred.learning.LearningService;
import org.microcred.organization.Organization;
import org.microcred.organization.OrganizationService;
import org.microcred.platform.PlatformSettings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues credentials: builds the document, allocates a status index, signs with the issuer's key and stores it
 * under an idempotency key, so a retried event, a crash or a second instance never issues twice. Completing a
 * stack's rule issues the stack credential too.
 */
@Component
public class Issuance {


	private final IssuedStore issued;

	private final IssuerKeys keys;

	private final StatusListStore statusLists;

	private final IssuerDocuments documents;

	private final EddsaRdfc2022 suite;

	private final CatalogService catalog;

	private final OrganizationService organizations;

	private final AccountService accounts;

	private final LearningService learning;

	private final PlatformSettings platform;

	private final ApplicationEventPublisher events;

	private final EvidenceTexts texts;

	Issuance(IssuedStore issued, IssuerKeys keys, StatusListStore statusLists, IssuerDocuments documents,
			EddsaRdfc2022 suite, CatalogService catalog, OrganizationService organizations, AccountService accounts,
			LearningService learning, PlatformSettings platform, ApplicationEventPublisher events, EvidenceTexts texts) {
		this.issued = issued;
		this.keys = keys;
		this.statusLists = statusLists;
		this.documents = documents;
		this.suite = suite;
		this.catalog = catalog;
		this.organizations = organizations;
		this.accounts = accounts;
		this.learning = learning;
		this.platform = platform;
		this.events = events;
		this.texts = texts;
	}

	public IssuedCredential forEnrollment(EnrollmentPassed passed) {
		String key = "enrollment:" + passed.enrollmentId();
		Optional<IssuedCredential> existing = issued.byKey(key);
		if (existing.isPresent()) {
			return existing.get();
		}
		DesignVersion version = catalog.requireVersion(passed.versionId());
		MicroCredentialDesign design = version.micro();
		Instant validUntil = design.validityMonths() == null ? null
				: passed.passedAt().atZone(ZoneOffset.UTC).plusMonths(design.validityMonths()).toInstant();
		// the language the teacher worked in: the achievement is issued in it, linking its other language versions
		String language = learning.findEnrollment(passed.enrollmentId())
			.map(org.microcred.learning.EnrollmentView::language)
			.orElse(null);
		// the credential says how it was earned in the language it was earned in (else the earner's)
		CredentialDocument.Evidence assessed = texts.assessed(design.evidenceParts().size(), design.passingLevelName(),
				passed.rpl(), passed.attempts(), passed.passedAt(),
				language != null ? java.util.Locale.forLanguageTag(language) : accounts.get(passed.teacherId()).locale());
		return issue(key, passed.teacherId(), passed.enrollmentId().value(), version, design.workloadHours(),
				List.of(assessed), passed.passedAt(), validUntil, false, language);
	}

	/** Issues every stack the teacher's credentials now complete (and that was not issued yet). */
	public List<IssuedCredential> completedStacks(AccountId teacher, CredentialId justEarned) {
		Set<UUID> earned = new HashSet<>();
		learning.earnedBy(teacher).forEach(c -> earned.add(c.value()));
		issued.ofTeacher(teacher.value()).stream().filter(c -> !c.revoked()).forEach(c -> earned.add(c.credentialId().value()));
		List<IssuedCredential> result = new ArrayList<>();
		for (DesignVersion stack : catalog.stacksContaining(justEarned)) {
			if (stack.stack().completedBy(earned)) {
				String key = "stack:" + teacher + ":" + stack.credentialId();
				if (issued.byKey(key).isPresent()) {
					continue;
				}
				List<CredentialDocument.Evidence> evidence = new ArrayList<>();
				BigDecimal hours = BigDecimal.ZERO;
				for (IssuedCredential component : issued.ofTeacher(teacher.value())) {
					if (stack.stack().components().contains(component.credentialId().value()) && !component.revoked()) {
						evidence.add(texts.component(platform.url("/credentials/" + component.id()), component.issuedAt(),
								accounts.get(teacher).locale()));
						hours = hours.add(component.pdHours() == null ? BigDecimal.ZERO : component.pdHours());
					}
				}
				if (evidence.isEmpty()) {
					evidence.add(texts.componentsByRecognition(accounts.get(teacher).locale()));
				}
				result.add(issue(key, teacher, null, stack, hours.signum() == 0 ? null : hours, evidence, Instant.now(),
						null, true, null));
			}
		}
		return result;
	}

	/** A renewal: the same achievement, valid from now for the design's validity period. */
	public IssuedCredential renew(IssuedCredential old) {
		DesignVersion version = catalog.published(old.credentialId()).orElse(catalog.requireVersion(old.versionId()));
		Integer months = version.isMicro() ? version.micro().validityMonths() : null;
		Instant now = Instant.now();
		IssuedCredential renewal = issue("renewal:" + old.id(), old.teacherId(), null, version, old.pdHours(),
				List.of(texts.renewal(platform.url("/credentials/" + old.id()), old.issuedAt(),
						accounts.get(old.teacherId()).locale())),
				now, months == null ? null : now.atZone(ZoneOffset.UTC).plusMonths(months).toInstant(), old.stack(),
				null);
		issued.markRenewed(old.id().value(), renewal.id().value());
		return renewal;
	}

	private IssuedCredential issue(String key, AccountId teacher, UUID enrollment, DesignVersion version,
			BigDecimal hours, List<CredentialDocument.Evidence> evidence, Instant validFrom, Instant validUntil,
			boolean stack, String language) {
		AccountSummary person = accounts.get(teacher);
		jakarta.json.JsonObject achievement = (jakarta.json.JsonObject) Jsons.of(catalog.achievement(version.id(), language));
		Organization issuer = organizations.get(version.issuerId());
		UUID id = UUID.randomUUID();
		// the key (and its lock) before the status entry: every path that signs takes the key lock first
		IssuerKeys.Signer signer = keys.signer(issuer.id().value());
		StatusListStore.Allocation status = statusLists.allocate(issuer.id().value());
		var unsigned = CredentialDocument.unsigned(new CredentialDocument.Content(platform.url("/credentials/" + id),
				documents.profileInCredential(issuer), achievement.getString("name", version.title()),
				language == null ? version.summary() : achievement.getString("description", version.summary()),
				achievement, person.email(), person.recipientId(), hours, evidence,
				validFrom.truncatedTo(ChronoUnit.SECONDS), validUntil, status));
		String signed = suite.sign(unsigned, signer.key(), ProofOptions.assertion(signer.keyId())).toString();
		boolean inserted = issued.insert(new IssuedStore.NewCredential(id, key, teacher.value(), enrollment,
				version.credentialId().value(), version.id().value(), issuer.id().value(), stack, signed, hours,
				validFrom.truncatedTo(ChronoUnit.SECONDS), validUntil, status.listId(), status.index(), signer.number()));
		IssuedCredential result = issued.byKey(key).orElseThrow();
		if (inserted) {
			events.publishEvent(new CredentialIssued(new IssuedCredentialId(id), teacher, version.credentialId(),
					version.id(), issuer.id(), stack, hours, result.issuedAt(), validUntil, platform.url("/credentials/" + id)));
		}
		return result;
	}

}
