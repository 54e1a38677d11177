package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.EvidencePart;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.PassingRule;
import org.microcred.catalog.design.StackDesign;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.identity.RoleGrant;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

class DesignWorkflowIntegrationTests extends IntegrationTest {

	@Autowired
	MessageSource messages;

	/** The message (an exception's, a checklist item's) as a person reading English sees it. */
	String english(Object message) {
		return messages.getMessage((MessageSourceResolvable) message, Locale.ENGLISH);
	}

	/** The exception's message, in English, says each of these. */
	ThrowingConsumer<Throwable> saysInEnglish(String... texts) {
		return ex -> assertThat(english(ex)).contains(texts);
	}

	@Autowired
	CredentialDesignService designs;

	@Autowired
	CatalogService catalog;

	OrganizationId issuer;

	CurrentUser author;

	CurrentUser qualityReviewer;

	@BeforeEach
	void setUp() {
		issuer = data.issuer();
		author = data.admin(Role.ISSUER_ADMIN, issuer);
		qualityReviewer = data.admin(Role.QUALITY_REVIEWER, issuer);
	}

	VersionId draft(MicroCredentialDesign design) {
		VersionId id = designs.createMicroCredential(author, issuer, design.title());
		designs.saveMicroCredential(author, id, design, catalog.requireVersion(id).lockVersion());
		return id;
	}

	VersionId published(MicroCredentialDesign design) {
		VersionId id = draft(design);
		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		designs.approve(qualityReviewer, id, null, true);
		return id;
	}

	@Test
	void anIncompleteDesignCannotEnterReviewAndTheMissingElementsAreListed() {
		VersionId id = designs.createMicroCredential(author, issuer, "Half-done design");
		Checklist checklist = designs.checklist(catalog.requireVersion(id));
		assertThat(checklist.complete()).isFalse();
		assertThat(checklist.missing()).extracting(i -> english(i.element()))
			.contains("Competency statement", "Evidence parts and rubrics", "Notional workload", "Type of assessment");

		assertThatThrownBy(() -> designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("Enter the competency statement"))
			.satisfies(saysInEnglish("Add at least one evidence part"));
		assertThat(catalog.requireVersion(id).status()).isEqualTo(VersionStatus.DRAFT);
	}

	@Test
	void aRubricWithoutCriteriaOrAPassingRuleReferringToNothingIsCaught() {
		MicroCredentialDesign complete = DesignFixtures.complete("Rubric gaps " + issuer);
		EvidencePart empty = new EvidencePart("empty", "Empty part", "Do something.", complete.evidenceParts().get(0).acceptedKinds(),
				true, 1, 0, List.of());
		VersionId id = draft(with(complete, List.of(empty), complete.passingRule()));
		assertThat(designs.checklist(catalog.requireVersion(id)).missing()).extracting(i -> english(i.problem()))
			.contains("“Empty part” has a rubric without criteria.");

		assertThatThrownBy(() -> designs.saveMicroCredential(author, id,
				with(complete, complete.evidenceParts(), new PassingRule("outstanding")), catalog.requireVersion(id).lockVersion()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("passing rule must name one of the performance levels"));
	}

	@Test
	void onlyAQualityReviewerWhoIsNotAnAuthorCanPublish() {
		CurrentUser authorWhoReviews = data.user("Both", new RoleGrant(Role.ISSUER_ADMIN, issuer.value()),
				new RoleGrant(Role.QUALITY_REVIEWER, issuer.value()));
		VersionId id = designs.createMicroCredential(authorWhoReviews, issuer, "Self approval " + issuer);
		designs.saveMicroCredential(authorWhoReviews, id, DesignFixtures.complete("Self approval " + issuer),
				catalog.requireVersion(id).lockVersion());
		designs.submitForReview(authorWhoReviews, id, catalog.requireVersion(id).lockVersion());

		assertThatThrownBy(() -> designs.approve(authorWhoReviews, id, "looks good to me", true))
			.isInstanceOf(ConflictException.class)
			.satisfies(saysInEnglish("another quality reviewer"));
		assertThatThrownBy(() -> designs.approve(author, id, null, true)).isInstanceOf(AccessDeniedException.class);
		CurrentUser otherIssuersReviewer = data.admin(Role.QUALITY_REVIEWER, data.issuer());
		assertThatThrownBy(() -> designs.approve(otherIssuersReviewer, id, null, true)).isInstanceOf(AccessDeniedException.class);
		assertThat(catalog.requireVersion(id).status()).isEqualTo(VersionStatus.IN_REVIEW);

		designs.approve(qualityReviewer, id, "Approved", true);
		assertThat(catalog.requireVersion(id).status()).isEqualTo(VersionStatus.PUBLISHED);
		assertThatThrownBy(() -> designs.approve(qualityReviewer, id, null, true)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aReturnedDesignGoesBackToItsAuthorsWithTheCommentAudited() {
		VersionId id = draft(DesignFixtures.complete("Returned " + issuer));
		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		assertThatThrownBy(() -> designs.returnForRevision(qualityReviewer, id, " ")).isInstanceOf(InvalidInputException.class);
		designs.returnForRevision(qualityReviewer, id, "Descriptors of Developing and Proficient are too similar.");

		DesignVersion back = catalog.requireVersion(id);
		assertThat(back.status()).isEqualTo(VersionStatus.DRAFT);
		assertThat(designs.history(author, back.credentialId())).extracting(AuditEntry::action, AuditEntry::comment)
			.startsWith(org.assertj.core.groups.Tuple.tuple("RETURNED",
					"Descriptors of Developing and Proficient are too similar."));
	}

	@Test
	void aPublishedVersionNeverChangesAndEditingStartsTheNextVersion() {
		VersionId v1 = published(DesignFixtures.complete("Immutable " + issuer));
		DesignVersion published = catalog.requireVersion(v1);

		assertThatThrownBy(() -> designs.saveMicroCredential(author, v1, DesignFixtures.complete("Changed title"),
				published.lockVersion()))
			.isInstanceOf(ConflictException.class)
			.satisfies(saysInEnglish("never changes"));
		assertThatThrownBy(() -> designs.setImage(author, v1, new byte[] { 1, 2, 3 })).isInstanceOf(ConflictException.class);

		VersionId v2 = designs.openDraft(author, published.credentialId());
		assertThat(v2).isNotEqualTo(v1);
		assertThat(catalog.requireVersion(v2).number()).isEqualTo(2);
		assertThat(designs.openDraft(author, published.credentialId())).isEqualTo(v2);
		designs.saveMicroCredential(author, v2, DesignFixtures.complete("Immutable, second edition " + issuer),
				catalog.requireVersion(v2).lockVersion());

		assertThat(catalog.requireVersion(v1).title()).isEqualTo("Immutable " + issuer);
		assertThat(catalog.published(published.credentialId()).orElseThrow().id()).isEqualTo(v1);

		designs.submitForReview(author, v2, catalog.requireVersion(v2).lockVersion());
		designs.approve(qualityReviewer, v2, null, true);
		assertThat(catalog.published(published.credentialId()).orElseThrow().id()).isEqualTo(v2);
		assertThat(catalog.requireVersion(v1).status()).isEqualTo(VersionStatus.SUPERSEDED);
		assertThat(catalog.requireVersion(v1).title()).isEqualTo("Immutable " + issuer);
	}

	@Test
	void concurrentEditsAreDetected() {
		VersionId id = draft(DesignFixtures.complete("Concurrent " + issuer));
		int lock = catalog.requireVersion(id).lockVersion();
		designs.saveMicroCredential(author, id, DesignFixtures.complete("First writer " + issuer), lock);
		assertThatThrownBy(() -> designs.saveMicroCredential(author, id, DesignFixtures.complete("Second writer"), lock))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(catalog.requireVersion(id).title()).isEqualTo("First writer " + issuer);
	}

	@Test
	void cyclicPrerequisitesAreRefused() {
		VersionId a = published(DesignFixtures.complete("Prerequisite A " + issuer));
		CredentialId aId = catalog.requireVersion(a).credentialId();
		VersionId b = published(DesignFixtures.complete("Needs A " + issuer, List.of(aId.value())));
		CredentialId bId = catalog.requireVersion(b).credentialId();

		VersionId aNext = designs.openDraft(author, aId);
		assertThatThrownBy(() -> designs.saveMicroCredential(author, aNext,
				DesignFixtures.complete("Prerequisite A " + issuer, List.of(bId.value())), catalog.requireVersion(aNext).lockVersion()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("cycle"));
		assertThatThrownBy(() -> designs.saveMicroCredential(author, aNext,
				DesignFixtures.complete("Prerequisite A " + issuer, List.of(aId.value())), catalog.requireVersion(aNext).lockVersion()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("its own prerequisite"));
	}

	@Test
	void aStackCannotContainItselfAndNeedsPublishedComponents() {
		CredentialId one = catalog.requireVersion(published(DesignFixtures.complete("Component one " + issuer))).credentialId();
		CredentialId two = catalog.requireVersion(draft(DesignFixtures.complete("Component two " + issuer))).credentialId();
		VersionId stack = designs.createStack(author, issuer, "Pathway " + issuer);
		CredentialId stackId = catalog.requireVersion(stack).credentialId();

		assertThatThrownBy(() -> designs.saveStack(author, stack, stack(List.of(one.value(), stackId.value())),
				catalog.requireVersion(stack).lockVersion()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("cannot contain itself"));
		designs.saveStack(author, stack, stack(List.of(one.value(), two.value())), catalog.requireVersion(stack).lockVersion());
		assertThat(designs.checklist(catalog.requireVersion(stack)).missing()).extracting(i -> english(i.problem()))
			.contains("Every component must be a published micro-credential.");
	}

	@Test
	void peopleOfAnotherIssuerCannotEditOrSeeDrafts() {
		VersionId id = draft(DesignFixtures.complete("Private draft " + issuer));
		CurrentUser outsider = data.admin(Role.ISSUER_ADMIN, data.issuer());
		assertThatThrownBy(() -> designs.version(outsider, id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> designs.saveMicroCredential(outsider, id, DesignFixtures.complete("Hijacked"),
				catalog.requireVersion(id).lockVersion()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> designs.createMicroCredential(data.teacher(), issuer, "Teacher design"))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void badgeUploadsMustBeReasonablePngs() {
		VersionId id = draft(DesignFixtures.complete("Images " + issuer));
		assertThatThrownBy(() -> designs.setImage(author, id, "<svg onload='alert(1)'/>".getBytes()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("PNG"));
		assertThatThrownBy(() -> designs.setImage(author, id, new byte[2 * 1024 * 1024]))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(saysInEnglish("1 MB"));
		assertThat(catalog.requireVersion(id).hasImage()).isFalse();
		assertThat(catalog.image(id).mediaType()).isEqualTo("image/svg+xml");
	}

	private static StackDesign stack(List<java.util.UUID> components) {
		return new StackDesign("Pathway", "Summary", "Description", List.of("Outcome"), components, Set.of(),
				components.size(), "Quality assured.", null, List.of(), "en");
	}

	private static MicroCredentialDesign with(MicroCredentialDesign d, List<EvidencePart> parts, PassingRule rule) {
		return new MicroCredentialDesign(d.title(), d.summary(), d.competencyStatement(), d.keyMethod(),
				d.methodComponents(), d.researchRationale(), d.references(), d.resources(), d.learningOutcomes(),
				d.skills(), d.alignments(), d.levels(), parts, rule, d.workloadHours(), d.ects(), d.ceus(), d.eqfLevel(),
				d.qfEheaCycle(), d.assessmentType(), d.participation(), d.qualityAssurance(), d.admissionRequirements(),
				d.prerequisites(), d.gradeBands(), d.subjects(), d.language(), d.cost(), d.validityMonths(),
				d.maxAttempts(), d.turnaroundDays(), d.identityVerification(), d.furtherInformation());
	}

	@Test
	void aDesignFormSentBeforeThePageFinishedLoadingChangesNothing() {
		VersionId id = draft(DesignFixtures.complete("Loaded slowly " + issuer));
		var session = browserSession().logIn(author.email(), org.microcred.support.TestData.PASSWORD);
		String editor = "/manage/designs/" + id + "/edit";
		// a truncated form: the fields near the top arrived, the rest (and the closing marker) did not
		var response = session.post(editor, editor, java.util.Map.of("kind", "MICRO", "title", "Half a form",
				"lockVersion", String.valueOf(catalog.requireVersion(id).lockVersion())));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(editor));
		MicroCredentialDesign kept = catalog.requireVersion(id).micro();
		assertThat(kept.title()).isEqualTo("Loaded slowly " + issuer);
		assertThat(kept.evidenceParts()).isNotEmpty();
		assertThat(session.get(editor).body()).contains("The page had not finished loading, so nothing was changed.");
	}

}
