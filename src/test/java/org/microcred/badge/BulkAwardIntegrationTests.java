package org.microcred.badge;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.microcred.badge.vc.JsonInput;
import org.microcred.badge.vc.canon.GenericCanonicalizer;
import org.microcred.badge.vc.keys.Multikey;
import org.microcred.badge.vc.proof.EddsaRdfc2022;
import org.microcred.badge.vc.proof.ProofResult;
import org.microcred.badge.vc.proof.ProofVerifier;
import org.microcred.badge.vc.proof.PublicKeyResolver;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.VersionId;
import org.microcred.identity.AccountId;
import org.microcred.identity.CurrentUser;
import org.microcred.platform.ConflictException;
import org.microcred.platform.InvalidInputException;
import org.microcred.platform.NotFoundException;
import org.microcred.support.DesignFixtures;
import org.microcred.support.Credentials.Published;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk awards: every credential of a batch verifies with its own status index, recipients are told (one notice and
 * one mail each), repeating a batch issues nothing new, and a batch with one bad award issues nothing.
 */
class BulkAwardIntegrationTests extends IntegrationTest {

	@Autowired
	BadgeService badges;

	@Autowired
	SigningKeys signingKeys;

	@Autowired
	VerificationService verification;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CredentialDesignService designs;

	@Test
	void aBatchIssuesOneVerifyingCredentialPerRecipientAndRepeatingItIssuesNothingNew() {
		Published credential = credentials.publish("Summer institute");
		List<CurrentUser> teachers = new ArrayList<>();
		List<AwardRequest> awards = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			CurrentUser teacher = data.teacher();
			teachers.add(teacher);
			awards.add(award("row-" + i, teacher, i % 2 == 0 ? new BigDecimal("12.5") : null));
		}

		AwardResult first = badges.issueAll(credential.admin(), credential.version(), awards);

		assertThat(first.issued()).hasSize(25);
		assertThat(first.alreadyIssued()).isEmpty();
		assertThat(first.credentials()).isEqualTo(first.issued());
		Set<String> statusIndexes = new java.util.HashSet<>();
		byte[] issuerKey = Multikey.decodePublicKey(
				signingKeys.keys(credential.admin(), credential.issuer()).get(0).publicKeyMultibase());
		// an independent check of the signer's cached canonical forms: Titanium and the complete RDFC-1.0, no cache
		ProofVerifier uncached = new ProofVerifier(new EddsaRdfc2022(new GenericCanonicalizer()));
		for (int i = 0; i < 25; i++) {
			IssuedCredential issued = badges.get(first.issued().get(i));
			assertThat(issued.teacherId()).isEqualTo(teachers.get(i).id());
			var report = verification.verify(issued);
			assertThat(report.verified()).as(report.toString()).isTrue();
			ProofResult independent = uncached.verify(JsonInput.DEFAULT.parseObject(issued.signed()),
					(method, purpose) -> new PublicKeyResolver.ResolvedKey(issuerKey, null));
			assertThat(independent.verified()).as(independent.summary()).isTrue();
			assertThat(issued.signed()).contains("Assessed at the summer institute").contains("row-" + i + " narrative");
			statusIndexes.add(jdbc.sql("select status_list_id || ':' || status_index from issued_credential where id = ?")
				.param(issued.id().value()).query(String.class).single());
		}
		assertThat(statusIndexes).as("distinct status entries").hasSize(25);
		assertThat(badges.get(first.issued().get(0)).signed()).contains("\"creditsEarned\":12.5");
		Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			for (CurrentUser teacher : teachers) {
				assertThat(count("select count(*) from notice where account_id = ? and kind = 'BADGE'", teacher)).isEqualTo(1);
				assertThat(count("select count(*) from mail_outbox where recipient = ? and subject like 'Your badge for%'",
						teacher.email())).isEqualTo(1);
			}
		});

		AwardResult again = badges.issueAll(credential.admin(), credential.version(), awards);
		assertThat(again.issued()).isEmpty();
		assertThat(again.alreadyIssued()).hasSize(25).contains("row-0", "row-24");
		assertThat(again.credentials()).as("a retried batch learns the same credential ids").isEqualTo(first.issued());

		CurrentUser late = data.teacher();
		List<AwardRequest> more = new ArrayList<>(awards);
		more.add(award("row-25", late, BigDecimal.ONE));
		AwardResult third = badges.issueAll(credential.admin(), credential.version(), more);
		assertThat(third.issued()).hasSize(1);
		assertThat(third.credentials().subList(0, 25)).isEqualTo(first.issued());
		assertThat(third.credentials().get(25)).isEqualTo(third.issued().get(0));
		assertThat(badges.ofTeacher(late.id())).hasSize(1);
		assertThat(count("select count(*) from issued_credential where version_id = ?", credential.version().value()))
			.isEqualTo(26);
	}

	@Test
	void oneBadAwardRejectsTheWholeBatchAndIssuesNothing() {
		Published credential = credentials.publish("All or nothing");
		List<AwardRequest> awards = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			awards.add(award("ok-" + i, data.teacher(), null));
		}
		List<AwardRequest> unknownTeacher = new ArrayList<>(awards);
		unknownTeacher.add(new AwardRequest("ghost", new AccountId(UUID.randomUUID()), null, "Assessed", "Nobody"));
		List<AwardRequest> repeatedKey = new ArrayList<>(awards);
		repeatedKey.add(award("ok-1", data.teacher(), null));
		List<AwardRequest> noEvidence = new ArrayList<>(awards);
		noEvidence.add(new AwardRequest("bare", data.teacher().id(), null, " ", "x"));
		List<AwardRequest> badHours = new ArrayList<>(awards);
		badHours.add(award("hours", data.teacher(), new BigDecimal("1.25")));

		for (List<AwardRequest> batch : List.of(unknownTeacher, repeatedKey, noEvidence, badHours)) {
			assertThatThrownBy(() -> badges.issueAll(credential.admin(), credential.version(), batch))
				.isInstanceOf(InvalidInputException.class);
		}
		assertThat(count("select count(*) from issued_credential where version_id = ?", credential.version().value()))
			.isZero();
		assertThatThrownBy(() -> badges.issueAll(credentials.publish("Other issuer").admin(), credential.version(), awards))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(badges.issueAll(credential.admin(), credential.version(), awards).issued()).hasSize(5);
	}

	@Test
	void onlyThePublishedVersionOfAKnownDesignCanBeAwarded() {
		Published credential = credentials.publish("Published only");
		List<AwardRequest> awards = List.of(award("a", data.teacher(), null), award("b", data.teacher(), null));
		VersionId draft = designs.openDraft(credential.admin(), credential.credential());

		assertThatThrownBy(() -> badges.issueAll(credential.admin(), draft, awards))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("badge.award.not-published");
		assertThatThrownBy(() -> badges.issueAll(credential.admin(), new VersionId(UUID.randomUUID()), awards))
			.isInstanceOf(NotFoundException.class);
		designs.retire(credential.admin(), credential.credential(), "Replaced by the new standard");
		assertThatThrownBy(() -> badges.issueAll(credential.admin(), credential.version(), awards))
			.isInstanceOf(ConflictException.class);

		assertThat(count("select count(*) from issued_credential where credential_id = ?",
				credential.credential().value())).isZero();
		// no issuance event (publishing and retiring the design publish catalog events of their own)
		assertThat(count("select count(*) from event_publication where event_type like 'org.microcred.badge.%' "
				+ "and serialized_event like ?", "%" + credential.credential().value() + "%")).isZero();
	}

	@Test
	void anAwardKeyUsedBeforeForAnotherTeacherOrDesignRejectsTheWholeBatch() {
		Published credential = credentials.publish("Key reuse");
		Published other = credentials.publish(credential.issuer(), credential.admin(), credential.quality(),
				DesignFixtures.complete("Key reuse, other design " + UUID.randomUUID()));
		CurrentUser teacher = data.teacher();
		IssuedCredentialId first = badges.issueAll(credential.admin(), credential.version(),
				List.of(award("k-1", teacher, null))).issued().get(0);

		List<AwardRequest> anotherTeacher = List.of(award("k-2", data.teacher(), null), award("k-1", data.teacher(), null));
		List<AwardRequest> anotherDesign = List.of(award("k-3", teacher, null), award("k-1", teacher, null));
		assertThatThrownBy(() -> badges.issueAll(credential.admin(), credential.version(), anotherTeacher))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("badge.award.key-reused");
		assertThatThrownBy(() -> badges.issueAll(other.admin(), other.version(), anotherDesign))
			.isInstanceOf(ConflictException.class);

		assertThat(count("select count(*) from issued_credential where issuer_id = ?", credential.issuer().value()))
			.as("only the first award").isOne();
		assertThat(badges.issueAll(credential.admin(), credential.version(), List.of(award("k-1", teacher, null)))
			.credentials()).containsExactly(first);
	}

	private static AwardRequest award(String key, CurrentUser teacher, BigDecimal hours) {
		return new AwardRequest(key, teacher.id(), hours, "Assessed at the summer institute",
				key + " narrative: a portfolio reviewed by two facilitators.");
	}

	private long count(String sql, Object param) {
		Object value = (param instanceof CurrentUser user) ? user.id().value() : param;
		return jdbc.sql(sql).param(value).query(Long.class).single();
	}

}
