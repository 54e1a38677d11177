package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.platform.PageRequest;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What anonymous visitors see of the catalog is kept briefly, yet a publication or retirement shows at once. */
class CatalogCacheIntegrationTests extends IntegrationTest {

	@Autowired
	CredentialDesignService designs;

	@Autowired
	CatalogService catalog;

	@Test
	void aNewlyPublishedEntryIsCountedAtOnceAndARetiredOneLeavesAtOnce() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser qualityReviewer = data.admin(Role.QUALITY_REVIEWER, issuer);
		assertThat(issuerCount(issuer)).isZero();

		VersionId id = designs.createMicroCredential(author, issuer, "Facet counting");
		designs.saveMicroCredential(author, id, DesignFixtures.complete("Facet counting"), catalog.requireVersion(id).lockVersion());
		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		assertThat(issuerCount(issuer)).isZero();
		assertThat(titlesFound("facet counting")).doesNotContain("Facet counting");
		designs.approve(qualityReviewer, id, null, true);
		assertThat(issuerCount(issuer)).isEqualTo(1);
		assertThat(titlesFound("facet counting")).contains("Facet counting");

		designs.retire(author, catalog.requireVersion(id).credentialId(), "replaced");
		assertThat(issuerCount(issuer)).isZero();
		assertThat(titlesFound("facet counting")).doesNotContain("Facet counting");
	}

	private java.util.List<String> titlesFound(String text) {
		return catalog.search(CatalogQuery.text(text), null, new PageRequest(0, 12))
			.results()
			.items()
			.stream()
			.map(CatalogCard::title)
			.toList();
	}

	@Test
	void aTypoInTheOnlyWordStillFindsTheEntryOverHttp() throws Exception {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		VersionId id = designs.createMicroCredential(author, issuer, "Xylophonic ensembles");
		designs.saveMicroCredential(author, id, DesignFixtures.complete("Xylophonic ensembles"),
				catalog.requireVersion(id).lockVersion());
		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		designs.approve(data.admin(Role.QUALITY_REVIEWER, issuer), id, null, true);

		String found = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/catalog").param("q", "xylofonic")).andReturn().getResponse().getContentAsString();
		assertThat(found).contains("\"title\":\"Xylophonic ensembles\"").contains("\"total\":1");
	}

	private long issuerCount(OrganizationId issuer) {
		return catalog.search(CatalogQuery.text(null), null, new PageRequest(0, 12))
			.issuers()
			.stream()
			.filter(f -> f.value().equals(issuer.value().toString()))
			.mapToLong(Facet::count)
			.sum();
	}

}
