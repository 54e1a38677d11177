package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.catalog.CredentialDesignService;
import org.microcred.catalog.VersionId;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

/** An author adds rows far down the design editor without losing their place, and is warned before leaving. */
class DesignEditorBrowserTests extends BrowserTest {

	@Autowired
	CredentialDesignService designs;

	@Test
	void addingARowComesBackToItAndLeavingUnsavedWorkAsksFirst() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		VersionId draft = designs.createMicroCredential(author, issuer, "Scroll kept " + UUID.randomUUID().toString().substring(0, 6));
		JourneySteps.logIn(page, author);
		page.navigate("/manage/designs/" + draft + "/edit");

		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("Typed before adding a row.");
		JourneySteps.button(page, "Add an alignment").click();
		assertThat(page).hasURL(Pattern.compile(".*/edit#alignments0\\.framework$"));
		assertThat(page.locator("[id='alignments0.framework']")).isInViewport();
		assertThat(page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true))).hasValue("Typed before adding a row.");
		check("row-added");

		List<String> dialogs = new ArrayList<>();
		page.onDialog(dialog -> {
			dialogs.add(dialog.type());
			dialog.dismiss();
		});
		page.locator("[id='alignments0.framework']").fill("InTASC");
		JourneySteps.link(page, "← Design overview").click();
		page.waitForCondition(() -> !dialogs.isEmpty());
		assertThat(dialogs).containsExactly("beforeunload");
		assertThat(page).hasURL(Pattern.compile(".*/edit(#.*)?$"));

		JourneySteps.button(page, "Save the design").first().click();
		assertThat(JourneySteps.status(page)).containsText("Design saved");
		assertThat(dialogs).hasSize(1);
	}

}
