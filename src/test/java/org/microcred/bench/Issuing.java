package org.microcred.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.microcred.badge.internal.CredentialDocument;
import org.microcred.badge.internal.IssuerDocuments;
import org.microcred.badge.internal.IssuerKeys;
import org.microcred.badge.internal.StatusListStore;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofOptions;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.internal.AchievementJson;

import jakarta.json.JsonObject;

/**
 * Builds and signs credentials exactly as {@code badge.internal.Issuance} does: the app's own document builder
 * ({@link CredentialDocument}), the achievement of the exact version earned ({@link AchievementJson}), the issuer
 * profile the app embeds ({@link IssuerDocuments#profileInCredential}), and an eddsa-rdfc-2022 proof by the
 * issuer's active key, dated when the credential was issued. Signing is thread-safe; everything else is prepared
 * by the generator thread.
 */
final class Issuing {

	/** As in {@code Issuance}: "Earned 3 March 2025." */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

	/** A credential to sign and store. */
	record Pending(UUID id, String key, UUID teacher, UUID enrollment, CatalogEntry entry, DesignVersion version,
			boolean stack, BigDecimal hours, Instant issuedAt, Instant validUntil, StatusListStore.Allocation status,
			String state, String reason, Instant stateChanged, boolean onPortfolio, CredentialDocument.Content content) {
	}

	private final Context context;

	private final EddsaRdfc2022 suite;

	private final AchievementJson achievements;

	private final Map<UUID, IssuerKeys.Signer> signers = new HashMap<>();

	private final Map<UUID, JsonObject> profiles = new HashMap<>();

	private final Map<UUID, Map<String, Object>> achievementOf = new ConcurrentHashMap<>();

	Issuing(Context context, IssuerKeys keys, IssuerDocuments documents, EddsaRdfc2022 suite) {
		this.context = context;
		this.suite = suite;
		this.achievements = new AchievementJson(context.platform);
		for (Context.Issuer issuer : context.issuers) {
			signers.put(issuer.id(), keys.signer(issuer.id()));
			profiles.put(issuer.id(), documents.profileInCredential(issuer.organization));
		}
	}

	/** The document of a micro-credential earned by passing an enrollment ({@code Issuance.forEnrollment}). */
	CredentialDocument.Content micro(UUID id, Context.Teacher teacher, DesignVersion version, int attempts,
			Instant passedAt, Instant validUntil, StatusListStore.Allocation status) {
		var design = version.micro();
		String narrative = "Classroom evidence for " + design.evidenceParts().size() + " part(s) was assessed against the "
				+ "published rubric by trained reviewers, and met the passing rule (every criterion at "
				+ design.passingLevelName() + " or above) on attempt " + attempts + ", " + DAY.format(passedAt) + ".";
		return content(id, teacher, version, design.workloadHours(),
				List.of(new CredentialDocument.Evidence(null, "Assessment of classroom evidence", narrative)), passedAt,
				validUntil, status);
	}

	/** The document of a completed stack, its components as evidence ({@code Issuance.completedStacks}). */
	CredentialDocument.Content stack(UUID id, Context.Teacher teacher, DesignVersion version, BigDecimal hours,
			List<CredentialDocument.Evidence> components, Instant at, StatusListStore.Allocation status) {
		return content(id, teacher, version, hours, components, at, null, status);
	}

	private CredentialDocument.Content content(UUID id, Context.Teacher teacher, DesignVersion version, BigDecimal hours,
			List<CredentialDocument.Evidence> evidence, Instant validFrom, Instant validUntil,
			StatusListStore.Allocation status) {
		UUID issuer = version.issuerId().value();
		Map<String, Object> achievement = achievementOf.computeIfAbsent(version.id().value(),
				v -> achievements.of(version, context.issuers.stream().filter(i -> i.id().equals(issuer)).findFirst()
					.orElseThrow().organization));
		return new CredentialDocument.Content(url(id), profiles.get(issuer), version.title(), version.summary(), achievement,
				teacher.email(), teacher.recipientId(), hours, evidence, validFrom, validUntil, status);
	}

	/** The signed JSON, as stored in {@code issued_credential.signed}. */
	String sign(Pending pending) {
		IssuerKeys.Signer signer = signers.get(pending.version().issuerId().value());
		JsonObject unsigned = CredentialDocument.unsigned(pending.content());
		return suite.sign(unsigned, signer.key(), ProofOptions.assertion(signer.keyId()).createdAt(pending.issuedAt()))
			.toString();
	}

	String url(UUID credential) {
		return context.platform.url("/credentials/" + credential);
	}

}
