package org.microcred.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.microcred.demo.DemoAccounts;
import org.microcred.demo.DemoSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;

import org.microcred.support.BrowserTest;

/**
 * Issue 17, "accessibility on every page": signs in as each role of the demo, follows every link it is shown
 * (breadth first, as a visitor would) and runs axe-core on the first page of each kind, in the light and the dark
 * theme. Which pages exist is read from the controllers, not from a hand list: every GET handler that renders a
 * view must be reached by some role's links, or be named below with the reason it cannot be (a link from an
 * e-mail, a fragment polled by htmx). A new page that nobody links to fails this test. Teacher and public pages are
 * also opened at phone size (390 × 844) and must not scroll sideways. Links that answer an error fail too.
 */
class EveryPageAccessibleBrowserTests extends BrowserTest {

	/** Pages no link leads to, with the reason. Everything else must be reached. */
	private static final Map<String, String> NOT_LINKED = Map.ofEntries(
			Map.entry("/signup/{token}", "opened from the sign-up e-mail (SignUpAndLoginIntegrationTests)"),
			Map.entry("/invitations/{token}", "opened from an invitation e-mail (InvitationIntegrationTests)"),
			Map.entry("/password/reset", "opened from a reset e-mail (PasswordResetIntegrationTests)"),
			Map.entry("/manage/districts/{id}/roster/{importId}/progress", "an htmx fragment polled by the roster import page"),
			Map.entry("/manage/issuers/{id}/award-csv/{job}", "a CSV award, reached by uploading a file; the demo has none "
					+ "(AwardCsvJourneyBrowserTests checks it with axe at desktop and phone size)"),
			Map.entry("/manage/issuers/{id}/award-csv/{job}/progress", "an htmx fragment polled by a CSV award's page"),
			Map.entry("/manage/issuers/{id}/keys/reissue", "an htmx fragment polled by the signing keys page during a re-issue"),
			Map.entry("/appeals/{attemptId}", "offered on a decided attempt once; the demo teacher's appeal is already used"),
			Map.entry("/achievements/{versionId}", "for browsers a redirect to the catalog entry (the address is the achievement's id)"),
			Map.entry("/manage/designs/{versionId}/translations", "the target of the overview's 'Add a language' form (a "
					+ "GET form, not a link): a redirect to the language's page (DesignTranslationsIntegrationTests)"),
			Map.entry("/manage/designs/{versionId}/translations/{language}", "linked from the Languages section of the "
					+ "overview of a design that has a translation; the crawler opens one overview, which may be another "
					+ "design's (MultilingualCredentialBrowserTests runs axe on it at desktop and phone size)"),
			Map.entry("/manage/designs/{versionId}/edit", "only drafts are edited and the demo's designs are published (DesignEditorBrowserTests checks the editor)"),
			Map.entry("/manage/districts/{id}/roster/{importId}", "a past roster import; the demo has none (RosterImportJourneyBrowserTests checks it)"),
			Map.entry("/login/sso", "the answer to 'Sign in with your district', shown once an organization has set up "
					+ "single sign-on; the demo has none (SingleSignOnIntegrationTests, SingleSignOnJourneyBrowserTests)"),
			Map.entry("/login/sso/organizations", "linked from the log-in page once an organization has set up single "
					+ "sign-on; the demo has none (SingleSignOnIntegrationTests)"),
			Map.entry("/login/sso/refused", "where a refused single sign-on ends (SingleSignOnIntegrationTests)"),
			Map.entry("/account/deleted", "where deleting one's account ends (ExportAndDeletionIntegrationTests, "
					+ "PrivacyPagesBrowserTests)"));

	/** Each role of the demo, where it starts, and whether its pages must fit a phone. */
	private record Visitor(String name, String email, List<String> start, boolean phone) {
	}

	private static final List<Visitor> VISITORS = List.of(
			new Visitor("anonymous", null, List.of("/", "/catalog", "/verify", "/login", "/signup",
					"/password/forgot"), true),
			new Visitor("teacher", "teacher@demo.microcred.org",
					List.of("/teacher", "/catalog", "/teacher/badges", "/profile", "/notifications"), true),
			new Visitor("reviewer", "reviewer@demo.microcred.org", List.of("/reviewer", "/reviewer/history"), false),
			new Visitor("issuer", "issuer@demo.microcred.org", List.of("/manage/issuers"), false),
			new Visitor("quality", "quality@demo.microcred.org", List.of("/quality"), false),
			new Visitor("district", "district@demo.microcred.org", List.of("/manage/districts"), false),
			new Visitor("admin", "admin@demo.microcred.org", List.of("/admin", "/admin/accounts", "/admin/mail"),
					false));

	/** Visits of one kind of page beyond the first only look for links (an enrolment in another state...). */
	private static final int VISITS_PER_KIND = 2;

	private static final int VISITS_PER_ROLE = 160;

	@Autowired
	DemoSeeder demo;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final Map<String, String> problems = new LinkedHashMap<>();

	@Test
	void everyPageOfEveryRoleIsAccessibleInBothThemesAndTeacherPagesFitAPhone() {
		demo.seedOnce();
		List<PathPattern> pages = pagePatterns();
		Set<String> reached = new TreeSet<>();
		for (Visitor visitor : VISITORS) {
			reached.addAll(crawl(visitor, pages));
		}
		Set<String> unreached = pages.stream()
			.map(PathPattern::getPatternString)
			.filter(p -> !reached.contains(p) && !NOT_LINKED.containsKey(p))
			.collect(Collectors.toCollection(TreeSet::new));
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(problems).as("pages with serious accessibility problems, sideways scrolling or failing links")
			.isEmpty();
		soft.assertThat(unreached).as("pages (from the controllers) that no role's links lead to").isEmpty();
		soft.assertThat(reached).as("kinds of page checked").hasSizeGreaterThan(40);
		soft.assertAll();
	}

	private Set<String> crawl(Visitor visitor, List<PathPattern> pages) {
		context.clearCookies();
		if (visitor.email() != null) {
			logIn(visitor.email());
		}
		if ("teacher".equals(visitor.name())) {
			publishPortfolio();
		}
		Deque<String> queue = new ArrayDeque<>(visitor.start());
		Set<String> seen = new HashSet<>(visitor.start());
		Map<String, Integer> visitsOfKind = new HashMap<>();
		Set<String> checked = new LinkedHashSet<>();
		int visits = 0;
		while (!queue.isEmpty() && visits < VISITS_PER_ROLE) {
			String url = queue.poll();
			PathPattern kind = kindOf(url, pages);
			if (kind == null || visitsOfKind.merge(kind.getPatternString(), 1, Integer::sum) > VISITS_PER_KIND) {
				continue;
			}
			visits++;
			Response response;
			try {
				response = page.navigate(url);
			}
			catch (PlaywrightException ex) {
				problems.put(visitor.name() + " " + url, "did not load: " + ex.getMessage().lines().findFirst().orElse(""));
				continue;
			}
			if (response == null || response.status() >= 400) {
				problems.put(visitor.name() + " " + url, "answered " + (response == null ? "nothing" : response.status()));
				continue;
			}
			String type = response.headerValue("content-type");
			if (type == null || !type.startsWith("text/html") || page.url().contains("/login") && visitor.email() != null) {
				continue;
			}
			if (checked.add(kind.getPatternString())) {
				inspect(visitor, url);
			}
			for (String link : sameSiteLinks()) {
				if (seen.add(link)) {
					queue.add(link);
				}
			}
		}
		return checked;
	}

	private void inspect(Visitor visitor, String url) {
		String where = visitor.name() + " " + url;
		record(where, accessibilityViolations());
		page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.DARK));
		record(where + " (dark theme)", accessibilityViolations());
		page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(ColorScheme.LIGHT));
		if (visitor.phone()) {
			page.setViewportSize(390, 844);
			Object overflow = page.evaluate("""
					() => {
					  const width = document.documentElement.clientWidth;
					  if (document.documentElement.scrollWidth <= width) return null;
					  // name the innermost elements that stick out, so the message says what to fix
					  const out = [...document.body.querySelectorAll('*')]
					    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-wrap'))
					    .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > width + 1));
					  return (document.documentElement.scrollWidth - width) + ' px, by '
					    + out.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')).join(', ');
					}""");
			if (overflow != null) {
				problems.put(where + " (phone)", "scrolls sideways by " + overflow);
			}
			record(where + " (phone)", accessibilityViolations());
			screenshot(visitor.name() + URI.create(url).getPath().replace('/', '_') + "-phone");
			page.setViewportSize(1280, 900);
		}
	}

	/** Phone-size screenshots of every teacher and public page, to look at: target/screenshots/every-page/. */
	private void screenshot(String name) {
		Path file = Paths.get("target", "screenshots", "every-page", name.replaceAll("[^A-Za-z0-9_.-]", "") + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
	}

	private void record(String where, List<String> violations) {
		if (!violations.isEmpty()) {
			problems.put(where, String.join("; ", violations));
		}
	}

	private void logIn(String email) {
		page.navigate("/login");
		page.getByLabel("E-mail address").fill(email);
		page.getByLabel("Password").fill(DemoAccounts.PASSWORD);
		JourneySteps.button(page, "Log in").click();
		page.waitForLoadState();
		assertThat(page.url()).as("logged in as " + email).doesNotContain("/login");
	}

	/** As the teacher would: the public portfolio page exists once they publish it. */
	private void publishPortfolio() {
		page.navigate("/teacher/badges");
		page.locator("input[name=portfolioPublic]").check();
		page.locator("#slug").fill("crawled-" + System.nanoTime());
		page.locator("form:has(#slug) button[type=submit]").click();
		page.waitForLoadState();
	}

	@SuppressWarnings("unchecked")
	private List<String> sameSiteLinks() {
		List<String> hrefs = (List<String>) page.evaluate("""
				() => [...document.querySelectorAll('a[href]')]
				  .filter(a => !a.hasAttribute('download') && a.origin === location.origin)
				  .map(a => a.pathname + a.search)""");
		List<String> links = new ArrayList<>();
		for (String href : hrefs) {
			if (!href.startsWith("/logout") && !href.startsWith("/lang") && !href.contains("lang=")) {
				links.add(href);
			}
		}
		return links;
	}

	/** The most specific view-rendering GET pattern the URL's path matches, or null (a file, JSON, a redirect). */
	private static PathPattern kindOf(String url, List<PathPattern> pages) {
		PathContainer path = PathContainer.parsePath(URI.create(url).getPath());
		return pages.stream()
			.filter(p -> p.matches(path))
			.min(PathPattern.SPECIFICITY_COMPARATOR)
			.orElse(null);
	}

	/** GET handlers that render a view (return a view name and are not @ResponseBody). */
	private List<PathPattern> pagePatterns() {
		List<PathPattern> pages = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Method method = entry.getValue().getMethod();
			Set<RequestMethod> verbs = info.getMethodsCondition().getMethods();
			boolean get = verbs.isEmpty() || verbs.contains(RequestMethod.GET);
			boolean body = AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
					|| AnnotatedElementUtils.hasAnnotation(method.getDeclaringClass(), ResponseBody.class);
			boolean producesHtmlOrAnything = info.getProducesCondition().isEmpty() || info.getProducesCondition()
				.getProducibleMediaTypes()
				.stream()
				.anyMatch(type -> "html".equals(type.getSubtype()));
			if (get && !body && method.getReturnType() == String.class && producesHtmlOrAnything
					&& info.getPathPatternsCondition() != null
					&& method.getDeclaringClass().getPackageName().startsWith("org.microcred")) {
				pages.addAll(info.getPathPatternsCondition().getPatterns());
			}
		}
		pages.sort(Comparator.comparing(PathPattern::getPatternString));
		return pages;
	}

}
