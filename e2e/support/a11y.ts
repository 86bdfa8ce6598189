// Accessibility checks shared by the axe and keyboard specs (issue 29): axe-core with the WCAG 2.0,
// 2.1 and 2.2 A/AA rules, reflow at 320 CSS px, and "where is the focus and can I see it".
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Rules switched off, each with the reason it does not apply. Empty: every rule of those tags runs
 * on every page and state. An exception needs its reason written here, next to the rule.
 */
const DISABLED_RULES: Record<string, string> = {};

/**
 * Runs axe on the page as it is now; any violation of any impact fails, listed with its nodes. A
 * soft assertion: the test goes on, so one run lists every page's violations.
 */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(Object.keys(DISABLED_RULES)).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes.map((node) => `    ${node.target.join(" ")}: ${node.failureSummary?.replaceAll("\n", " ")}`).join("\n")}`,
  );
  expect.soft(found, `axe on ${where} at ${page.viewportSize()?.width}px (${page.url()})`).toEqual([]);
}

/** WCAG 1.4.10: at this width nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [document.scrollingElement!.scrollWidth, window.innerWidth]);
  expect.soft(scrollWidth, `${where} scrolls sideways at ${innerWidth}px (${page.url()})`).toBeLessThanOrEqual(innerWidth);
}

/** What has the focus: a short description, and whether the browser draws a visible indicator. */
export function focusState(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { lost: true, describe: "body", visible: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== "none";
    const describe = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${(element.getAttribute("aria-label") ?? element.textContent ?? "").trim().slice(0, 40)}"`;
    return { lost: false, describe, visible: outline || ring };
  });
}

/** Focus is on something (not lost to the page body) and the focus indicator shows. */
export async function expectVisibleFocus(page: Page, where: string): Promise<void> {
  const state = await focusState(page);
  expect(state.lost, `focus lost to the page body ${where}`).toBe(false);
  expect(state.visible, `no visible focus indicator on ${state.describe} ${where}`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking at every stop that the focus
 * is visible: the way a keyboard user reaches a control. Fails after `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { limit = 120, backwards = false } = {}): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const state = await focusState(page);
    if (!state.lost) expect(state.visible, `no visible focus indicator on ${state.describe}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}
