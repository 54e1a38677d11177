package org.microcred.support;

import java.util.List;
import java.util.UUID;

import org.microcred.catalog.CatalogService;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.CredentialId;
import org.microcred.catalog.DesignVersion;
import org.microcred.catalog.VersionId;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.springframework.boot.test.context.TestComponent;

/** Publishes credentials the way an issuer would, for tests that need something to enroll in. */
@TestComponent
public class Credentials {

	private final CredentialDesignService designs;

	private final CatalogService catalog;

	private final TestData data;

	private final org.microcred.catalog.DesignTranslationService translations;

	/** For benchmarks outside a test context: no translations. */
	public Credentials(CredentialDesignService designs, CatalogService catalog, TestData data) {
		this(designs, catalog, data, null);
	}

	@org.springframework.beans.factory.annotation.Autowired
	public Credentials(CredentialDesignService designs, CatalogService catalog, TestData data,
			org.microcred.catalog.DesignTranslationService translations) {
		this.translations = translations;
		this.designs = designs;
		this.catalog = catalog;
		this.data = data;
	}

	/** A published credential of a fresh issuer, with its issuer admin and quality reviewer. */
	public Published publish(MicroCredentialDesign design) {
		OrganizationId issuer = data.issuer();
		return publish(issuer, data.admin(Role.ISSUER_ADMIN, issuer), data.admin(Role.QUALITY_REVIEWER, issuer), design);
	}

	public Published publish(OrganizationId issuer, CurrentUser admin, CurrentUser quality, MicroCredentialDesign design) {
		VersionId id = designs.createMicroCredential(admin, issuer, design.title());
		designs.saveMicroCredential(admin, id, design, catalog.requireVersion(id).lockVersion());
		designs.submitForReview(admin, id, catalog.requireVersion(id).lockVersion());
		designs.approve(quality, id, null, true);
		DesignVersion version = catalog.requireVersion(id);
		return new Published(issuer, admin, quality, version.credentialId(), id);
	}

	/** A published credential of a fresh issuer whose design also has Spanish texts ({@link #spanish}). */
	public Published publishInEnglishAndSpanish(String title) {
		MicroCredentialDesign design = DesignFixtures.complete(title + " " + UUID.randomUUID().toString().substring(0, 6));
		OrganizationId issuer = data.issuer();
		CurrentUser admin = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser quality = data.admin(Role.QUALITY_REVIEWER, issuer);
		VersionId id = designs.createMicroCredential(admin, issuer, design.title());
		designs.saveMicroCredential(admin, id, design, catalog.requireVersion(id).lockVersion());
		translations.save(admin, id, spanish(design));
		designs.submitForReview(admin, id, catalog.requireVersion(id).lockVersion());
		designs.approve(quality, id, null, true);
		return new Published(issuer, admin, quality, catalog.requireVersion(id).credentialId(), id);
	}

	/** Spanish texts for a design of {@link DesignFixtures}: the title is "ES " + the English one. */
	public static org.microcred.catalog.design.DesignTranslation spanish(MicroCredentialDesign design) {
		return new org.microcred.catalog.design.DesignTranslation("es", "ES " + design.title(), "Resumen en español.",
				"El docente aplica el método para mejorar el aprendizaje.",
				java.util.Map.of("proficient", "Competente"),
				java.util.Map.of("plan", new org.microcred.catalog.design.DesignTranslation.PartText("Plan de clase", null)),
				java.util.Map.of("plan/goal", new org.microcred.catalog.design.DesignTranslation.CriterionText(
						"Objetivo claro", java.util.Map.of("proficient", "Claramente presente."))),
				List.of(new org.microcred.catalog.design.DesignTranslation.ResourceText("Una lectura", null)));
	}

	public Published publish(String title) {
		return publish(DesignFixtures.complete(title + " " + UUID.randomUUID().toString().substring(0, 6)));
	}

	public Published publishRequiring(String title, List<UUID> prerequisites) {
		return publish(DesignFixtures.complete(title + " " + UUID.randomUUID().toString().substring(0, 6), prerequisites));
	}

	public String title(Published published) {
		return catalog.requireVersion(published.version()).title();
	}

	public record Published(OrganizationId issuer, CurrentUser admin, CurrentUser quality, CredentialId credential,
			VersionId version) {
	}

}
