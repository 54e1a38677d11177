package org.microcred.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.DesignFixtures;
import org.microcred.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An issuer's public profile lists its published credentials, however large the catalog around it. */
class IssuerProfileListingIntegrationTests extends IntegrationTest {

	@Autowired
	CredentialDesignService designs;

	@Autowired
	CatalogService catalog;

	@Autowired
	JdbcClient jdbc;

	OrganizationId crowd;

	@AfterEach
	void removeTheCrowd() {
		if (crowd != null) {
			jdbc.sql("delete from credential_version where credential_id in (select id from credential where issuer_id = ?)")
				.param(crowd.value())
				.update();
			jdbc.sql("delete from credential where issuer_id = ?").param(crowd.value()).update();
		}
	}

	@Test
	void anIssuerWhoseEntriesSortAfterAThousandOthersStillSeesThemAll() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		VersionId id = designs.createMicroCredential(author, issuer, "Zygote of late titles");
		designs.saveMicroCredential(author, id, DesignFixtures.complete("Zygote of late titles"),
				catalog.requireVersion(id).lockVersion());
		designs.submitForReview(author, id, catalog.requireVersion(id).lockVersion());
		designs.approve(data.admin(Role.QUALITY_REVIEWER, issuer), id, null, true);
		publishThousandEntriesSortingFirst(id);

		String page = browserSession().get("/issuers/" + issuer.value(), "text/html").body();

		assertThat(page).contains("Zygote of late titles").doesNotContain("Aardvark filler");
	}

	/** Another issuer's 1,000 published copies of a design, titled to sort before everything else. */
	private void publishThousandEntriesSortingFirst(VersionId template) {
		crowd = data.issuer();
		for (int i = 0; i < 1000; i++) {
			UUID credential = UUID.randomUUID();
			jdbc.sql("insert into credential (id, issuer_id, kind) values (?, ?, 'MICRO')")
				.params(credential, crowd.value())
				.update();
			jdbc.sql("""
					insert into credential_version (id, credential_id, number, status, design, title, published_at)
					select ?, ?, 1, 'PUBLISHED', design, ?, now() from credential_version where id = ?""")
				.params(UUID.randomUUID(), credential, "Aardvark filler %04d".formatted(i), template.value())
				.update();
		}
	}

}
