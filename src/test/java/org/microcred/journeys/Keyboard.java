package org.microcred.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Moving through a page as a keyboard user does: Tab from one stop to the next, each stop showing where the focus
 * is. No mouse, no {@code click()}.
 */
final class Keyboard {

	private static final int MAX_STOPS = 120;

	private Keyboard() {
	}

	/** Presses Tab until the target has the focus; every stop on the way must show a visible focus indicator. */
	static void tabTo(Page page, Locator target) {
		for (int i = 0; i < MAX_STOPS; i++) {
			if (focused(target)) {
				return;
			}
			page.keyboard().press("Tab");
			assertFocusVisible(page);
		}
		fail("Tab never reached " + target + " on " + page.url());
	}

	/** Presses Tab until the focused element matches the script predicate (e.g. {@code el => el.name === 'x'}). */
	static void tabUntil(Page page, String predicate) {
		for (int i = 0; i < MAX_STOPS; i++) {
			if ((Boolean) page.evaluate("p => !!document.activeElement && (" + predicate + ")(document.activeElement)",
					predicate)) {
				return;
			}
			page.keyboard().press("Tab");
			assertFocusVisible(page);
		}
		fail("Tab never reached an element where " + predicate + " on " + page.url());
	}

	static boolean focused(Locator target) {
		return target.count() == 1 && (Boolean) target.evaluate("el => el === document.activeElement");
	}

	/** The focused element is on screen, has a size and is outlined (or otherwise marked) as focused. */
	static void assertFocusVisible(Page page) {
		String problem = (String) page.evaluate("""
				() => {
				  const el = document.activeElement;
				  if (!el || el === document.body) return null;
				  const s = getComputedStyle(el), box = el.getBoundingClientRect();
				  const described = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || el.name || '').trim().slice(0, 40) + '"';
				  if (box.width === 0 || box.height === 0) return 'focus on an invisible element: ' + described;
				  const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
				  const shadowed = s.boxShadow && s.boxShadow !== 'none';
				  return outlined || shadowed ? null : 'no visible focus indicator on ' + described;
				}""");
		assertThat(problem).as("focus on " + page.url()).isNull();
	}

	/** The element with the focus, described by its id, name or text, for messages. */
	static String activeElement(Page page) {
		return (String) page.evaluate("() => { const el = document.activeElement; return el.tagName.toLowerCase() + '#' + el.id + '[' + (el.name || '') + ']'; }");
	}

}
