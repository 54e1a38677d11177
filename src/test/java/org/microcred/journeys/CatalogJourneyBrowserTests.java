package org.microcred.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.microcred.identity.CurrentUser;
import org.microcred.identity.Role;
import org.microcred.organization.OrganizationId;
import org.microcred.support.BrowserTest;
import org.microcred.support.TestData;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** An issuer admin designs a credential, a quality reviewer returns it, the admin fixes it, it is approved and listed. */
class CatalogJourneyBrowserTests extends BrowserTest {

	@Test
	void designReviewFixApproveAndFindInTheCatalog() {
		OrganizationId issuer = data.issuer();
		CurrentUser author = data.admin(Role.ISSUER_ADMIN, issuer);
		CurrentUser quality = data.admin(Role.QUALITY_REVIEWER, issuer);
		String title = "Peer Observation Cycles " + UUID.randomUUID().toString().substring(0, 6);

		logIn(author);
		page.navigate("/manage/issuers/" + issuer + "/credentials");
		page.getByLabel("Title of a new design").fill(title);
		button("Create draft").click();
		assertThat(page.locator("h1")).containsText("Edit version 1");
		check("editor-empty");

		addRow("Add a method component", "methodComponents0.name");
		addRow("Add a reference", "references0.name");
		addRow("Add a resource", "resources0.name");
		addRow("Add an evidence part", "parts0.title");
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("not saved yet");

		page.getByLabel("Summary", new Page.GetByLabelOptions().setExact(true)).fill("Observe a colleague's lesson and give feedback that changes practice.");
		page.getByLabel("Competency statement").fill("The educator runs a peer observation cycle that improves teaching.");
		page.getByLabel("Key method").fill("A three-step observation cycle: pre-conference, focused observation, debrief.");
		id("methodComponents0.name").fill("Pre-conference");
		id("methodComponents0.text").fill("Agree the focus of the observation.");
		page.getByLabel("Research and rationale").fill("Peer observation with a clear focus improves instruction.");
		id("references0.name").fill("Hattie, J., & Timperley, H. (2007). The power of feedback.");
		id("resources0.name").fill("A guide to peer observation");
		id("resources0.url").fill("https://example.org/peer-observation");
		page.getByLabel("Learning outcomes").fill("The educator can plan an observation focus.\nThe educator can debrief with evidence.");
		page.getByLabel("Skills and topics").fill("peer observation, feedback");
		id("parts0.title").fill("Observation notes");
		id("parts0.instructions").fill("Upload your observation notes with the agreed focus.");
		page.locator("input[name='parts[0].kinds'][value='TEXT']").check();
		id("parts0.criteria0.name").fill("Focus of the observation");
		for (String level : new String[] { "not-yet", "developing", "proficient", "exemplary" }) {
			id("parts0.criteria0.descriptors" + level).fill("What " + level + " looks like.");
		}
		page.getByLabel("Workload (hours)").fill("12");
		page.getByLabel("Type of assessment").fill("Portfolio scored against the rubric.");
		page.getByLabel("Type of quality assurance").fill("Independent quality review.");
		page.getByLabel("Admission and access requirements").fill("Teachers with a class of their own.");
		page.locator("input[name='gradeBands'][value='GRADES_6_8']").check();
		editorLoaded();
		button("Save the design").first().click();

		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Design saved");
		assertThat(page.locator(".checklist")).containsText("Every mandatory element is present");
		check("overview-complete");
		button("Submit for quality review").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Submitted for quality review");
		logOut();

		logIn(quality);
		page.navigate("/quality");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		check("quality-review");
		page.getByLabel("What must change").fill("The debrief step is missing from the method components.");
		button("Return to the authors").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Returned to the authors");
		logOut();

		logIn(author);
		page.navigate("/manage/issuers/" + issuer + "/credentials");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("#history-h + div")).containsText("The debrief step is missing");
		// the comment heads the design until it is submitted again
		assertThat(page.locator(".returned-comment")).containsText("The debrief step is missing");
		check("overview-returned-comment");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit the design")).click();
		addRow("Add a method component", "methodComponents1.name");
		id("methodComponents1.name").fill("Debrief");
		id("methodComponents1.text").fill("Discuss the evidence and agree one change.");
		editorLoaded();
		button("Save the design").first().click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Design saved");
		button("Submit for quality review").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Submitted for quality review");
		logOut();

		logIn(quality);
		page.navigate("/quality");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		// a new credential has no reviewer pool and no calibration exercise: publishing it takes a confirmation
		assertThat(page.locator(".assessment-gaps")).containsText("No reviewer is active in its pool");
		assertThat(page.locator(".assessment-gaps")).containsText("no calibration exercise");
		check("quality-approve-warns-nobody-can-review");
		page.getByLabel("I understand: publish it anyway").check();
		button("Approve and publish").click();
		assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Approved and published");
		logOut();

		page.navigate("/catalog?q=" + title.split(" ")[0] + "+" + title.split(" ")[1]);
		assertThat(page.locator("#results")).containsText(title);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("table.rubric")).containsText("Focus of the observation");
		check("public-detail");
	}

	/**
	 * Adds an empty row to the design editor and waits until the editor showing that row has loaded. "Add" is a
	 * full-page form post that re-renders the (long) editor with everything entered so far. Its buttons, fields and
	 * "not saved yet" notice are also on the outgoing page, so typing before the new row shows goes into the page
	 * being replaced (its form was already sent) and is lost; and pressing a button before the editor has loaded
	 * to its end sends only the fields above the cut (the server now refuses such a truncated form).
	 */
	private void addRow(String buttonName, String newFieldId) {
		editorLoaded();
		button(buttonName).click();
		assertThat(id(newFieldId)).isVisible();
		editorLoaded();
	}

	/** The design editor has been received to its last field, so its buttons send the whole form. */
	private void editorLoaded() {
		assertThat(page.locator("form input[name='formEnd']")).hasCount(1);
	}

	private com.microsoft.playwright.Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}

	private com.microsoft.playwright.Locator id(String id) {
		return page.locator("[id='" + id + "']");
	}

	private void logIn(CurrentUser user) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(user.email());
		page.getByLabel("Password").fill(TestData.PASSWORD);
		button("Log in").click();
		assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
	}

	private void logOut() {
		page.locator("form[action='/logout'] button").click();
		assertThat(page.getByText("You are logged out.")).isVisible();
	}

}
