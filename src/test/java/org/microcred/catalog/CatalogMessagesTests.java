package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.design.EvidenceKind;
import org.microcred.catalog.design.GradeBand;
import org.microcred.catalog.design.MicroCredentialDesign;
import org.microcred.catalog.design.Participation;
import org.microcred.catalog.design.Resource;
import org.microcred.catalog.design.StackDesign;
import org.microcred.catalog.internal.DesignChecklistPolicy;
import org.microcred.support.ModuleMessages;

/** Everything the catalog says to people is in every language, including the names and problems it builds. */
class CatalogMessagesTests {

	@Test
	void everyKeyTheCatalogNamesIsInEveryLanguage() {
		assertThat(ModuleMessages.keysNamedIn("catalog")).hasSizeGreaterThan(50);
		assertThat(ModuleMessages.missing(ModuleMessages.keysNamedIn("catalog"))).isEmpty();
	}

	@Test
	void theChecklistNamesEveryElementAndProblemInEveryLanguage() {
		List<ChecklistItem> items = new ArrayList<>(DesignChecklistPolicy.check(MicroCredentialDesign.blank("")));
		items.addAll(DesignChecklistPolicy.check(StackDesign.blank(""), Set.of(), UUID.randomUUID()));
		assertThat(items).filteredOn(i -> !i.ok()).hasSizeGreaterThan(15);
		// every element has its "missing" problem, whether or not this design lacks it
		List<String> keys = items.stream()
			.flatMap(i -> Stream.of(i.element().key(), i.element().key() + ".missing", i.basis().key(),
					i.ok() ? i.element().key() : i.problem().key()))
			.toList();
		assertThat(ModuleMessages.missing(keys)).isEmpty();
	}

	@Test
	void namesPeopleReadAreInEveryLanguage() {
		List<String> keys = new ArrayList<>();
		Stream.of(CredentialKind.values()).map(CredentialKind::messageKey).forEach(keys::add);
		Stream.of(VersionStatus.values()).map(VersionStatus::messageKey).forEach(keys::add);
		Stream.of(Participation.values()).map(Participation::messageKey).forEach(keys::add);
		Stream.of(EvidenceKind.values()).map(EvidenceKind::messageKey).forEach(keys::add);
		Stream.of(GradeBand.values()).map(GradeBand::messageKey).forEach(keys::add);
		Stream.of(Resource.ResourceKind.values()).map(Resource.ResourceKind::messageKey).forEach(keys::add);
		Stream.of("CREATED", "EDITED", "NEW_VERSION", "IMAGE", "SUBMITTED", "APPROVED", "RETURNED", "RETIRED")
			.map(action -> new AuditEntry(null, action, null, null, 1, null).actionKey())
			.forEach(keys::add);
		assertThat(ModuleMessages.missing(keys)).isEmpty();
	}

	@Test
	void everyCatalogTextIsWellFormed() {
		assertThat(ModuleMessages.malformed("catalog")).isEmpty();
	}

}
