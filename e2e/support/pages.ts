// Page helpers: how a person fills the authoring form and reads the library and the timeline,
// by the labels they see. Kept here so a label change is fixed in one place.
import { expect, type Locator, type Page } from "@playwright/test";

export interface CaseBasics {
  title: string;
  presentation: string;
  ageBand?: string;
  sex?: "female" | "male" | "intersex" | "not_stated";
  region?: string;
  status?: "draft" | "open" | "unknown" | "resolved";
}

export async function fillCaseBasics(page: Page, basics: CaseBasics): Promise<void> {
  await page.getByLabel("Title", { exact: true }).fill(basics.title);
  await page.getByLabel("Presentation", { exact: true }).fill(basics.presentation);
  if (basics.ageBand) await page.getByLabel("Age band", { exact: true }).selectOption(basics.ageBand);
  if (basics.sex) await page.getByLabel("Sex", { exact: true }).selectOption(basics.sex);
  if (basics.region) await page.getByLabel("Body region", { exact: true }).selectOption(basics.region);
  if (basics.status) await page.getByLabel("Status", { exact: true }).selectOption(basics.status);
}

export interface StudyFields {
  day: number;
  modality?: string;
  region?: string;
  technique?: string;
  findings?: string;
  impression?: string;
  change?: "progression" | "stable" | "resolution" | "mixed";
}

/** Clicks "+ Add study" and fills the new study; returns its fieldset. */
export async function addStudy(page: Page, fields: StudyFields): Promise<Locator> {
  const items = page.getByTestId("timeline-item");
  const before = await items.count();
  await page.getByRole("button", { name: "+ Add study" }).click();
  await expect(items).toHaveCount(before + 1);
  const item = items.nth(before);
  await item.getByLabel("Day (from presentation)").fill(String(fields.day));
  if (fields.modality) await item.getByLabel("Modality").selectOption(fields.modality);
  if (fields.region !== undefined) await item.getByLabel("Region examined").fill(fields.region);
  if (fields.change) await item.getByLabel("Compared with the previous study").selectOption(fields.change);
  if (fields.technique !== undefined) await item.getByLabel("Technique").fill(fields.technique);
  if (fields.findings !== undefined) await item.getByLabel("Findings").fill(fields.findings);
  if (fields.impression !== undefined) await item.getByLabel("Impression").fill(fields.impression);
  return item;
}

export async function addEvent(page: Page, fields: { day: number; kind?: string; description: string }): Promise<Locator> {
  const items = page.getByTestId("timeline-item");
  const before = await items.count();
  await page.getByRole("button", { name: "+ Add event" }).click();
  await expect(items).toHaveCount(before + 1);
  const item = items.nth(before);
  await item.getByLabel("Day (from presentation)").fill(String(fields.day));
  if (fields.kind) await item.getByLabel("Kind").selectOption(fields.kind);
  await item.getByLabel("Description").fill(fields.description);
  return item;
}

/** Waits for the form to land on the saved case's page and returns the case id. */
export async function savedCaseId(page: Page): Promise<string> {
  await page.waitForURL((url) => /^\/cases\/[^/]+$/.test(url.pathname) && url.pathname !== "/cases/new" && url.pathname !== "/cases/import");
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** The timeline's items, top to bottom. */
export const timelineItems = (page: Page) => page.getByTestId("timeline").locator(":scope > li");

/** The case ids on the library page that is open now. */
async function cardIds(page: Page): Promise<string[]> {
  await expect(page.getByRole("heading", { name: "Case library" })).toBeVisible();
  const hrefs = await page.getByTestId("case-card").locator("h3 a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.map((href) => href.replace(/^\/cases\//, ""));
}

/**
 * The library's page link that starts at the newest case active at or before `at`: the cursor the
 * product itself writes, one millisecond later and with the lowest id. A test looks where its own
 * cases sit instead of walking a library that every other spec keeps filling (such walks took longer
 * than three minutes in CI).
 */
export function libraryHrefAt(at: Date): string {
  const cursor = Buffer.from(JSON.stringify([new Date(at.getTime() + 1).toISOString(), ""])).toString("base64url");
  return `/cases?cursor=${cursor}`;
}

/**
 * Pages of the library from `href`, following "Older cases →", until `enough` says the pages seen
 * so far suffice or the library ends: the case ids of each page in order. Cases created by parallel
 * tests meanwhile sort before the cursor, so they never shift it.
 */
export async function libraryPages(page: Page, href: string, enough: (seen: string[][]) => boolean): Promise<string[][]> {
  const pages: string[][] = [];
  await page.goto(href);
  for (;;) {
    pages.push(await cardIds(page));
    if (enough(pages)) return pages;
    const older = page.getByRole("link", { name: "Older cases →" });
    if ((await older.count()) === 0) return pages;
    expect(pages.length, "the walk needs fewer than 10 pages").toBeLessThan(10);
    await page.goto((await older.getAttribute("href"))!);
  }
}

/** The card of `caseId` on the library page that starts at the case's own last activity, if listed there. */
export async function libraryCardAt(page: Page, caseId: string, lastActivityAt: Date): Promise<Locator> {
  await page.goto(libraryHrefAt(lastActivityAt));
  await expect(page.getByRole("heading", { name: "Case library" })).toBeVisible();
  return page.getByTestId("case-card").filter({ has: page.locator(`h3 a[href="/cases/${caseId}"]`) });
}

/** The case ids on the library page that starts at `at` (see libraryHrefAt). */
export async function libraryIdsAt(page: Page, at: Date): Promise<string[]> {
  await page.goto(libraryHrefAt(at));
  return cardIds(page);
}

/** Whether the page can be scrolled sideways (the phone layout must never need it). */
export function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}
