// WCAG 2.2 AA (issue 29): axe-core on every page of the app, signed out and signed in as each demo
// account, at desktop width and at a phone's 390 px, plus reflow at 320 CSS px (WCAG 1.4.10). One
// signed-in context per role; the states people meet (errors, warnings, open menus, live stages)
// are in a11y-states.spec.ts. Zero violations of any impact; exceptions live in support/a11y.ts.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD } from "../lib/demo/content";
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/a11y";
import { database, expect, signIn, test } from "./support/fixtures";

type Who = "anonymous" | "resident" | "attending" | "radiologist" | "educator" | "admin";
const SIGNED_IN: Who[] = ["resident", "attending", "radiologist", "educator", "admin"];
const EMAIL: Record<Exclude<Who, "anonymous">, string> = {
  resident: "resident@example.org",
  attending: "attending@example.org", // clinician; owner of the demo team; author of the draft
  radiologist: "radiologist@example.org", // clinician; team coordinator; presents the MDT meeting
  educator: "educator@example.org",
  admin: "admin@example.org",
};

interface Route {
  /** The route as it is spelled under app/ (dynamic segments in brackets). */
  route: string;
  /** The address visited; ids filled in from the demo data. */
  url: (ids: Ids) => string;
  /** Who visits it (a page others may not open answers 404, which is checked once, below). */
  who: Who[];
}
interface Ids { commentId: string; diagnosisId: string; collectionId: string }

const all = (...extra: Who[]): Who[] => [...SIGNED_IN, ...extra];
const ROUTES: Route[] = [
  { route: "/", url: () => "/", who: all("anonymous") },
  { route: "/signin", url: () => "/signin", who: ["anonymous"] },
  { route: "/register", url: () => "/register", who: ["anonymous"] },
  { route: "/health", url: () => "/health", who: ["anonymous"] },
  { route: "/accessibility", url: () => "/accessibility", who: ["anonymous", "resident"] },
  { route: "/cases", url: () => "/cases", who: all() },
  { route: "/cases/new", url: () => "/cases/new", who: ["resident", "educator"] },
  { route: "/cases/import", url: () => "/cases/import", who: ["resident"] },
  { route: "/cases/[caseId]", url: () => "/cases/demo-runner-metatarsal", who: all() },
  { route: "/cases/[caseId]", url: () => "/cases/demo-talus-unknown", who: ["resident", "attending"] },
  { route: "/cases/[caseId]", url: () => "/cases/demo-metatarsal-teaching", who: ["resident", "educator"] },
  { route: "/cases/[caseId]", url: () => "/cases/demo-knee-medial-condyle", who: ["radiologist"] },
  { route: "/cases/[caseId]", url: () => "/cases/demo-freiberg-infraction", who: ["attending"] },
  { route: "/cases/[caseId]", url: () => "/cases/demo-navicular-draft", who: ["attending"] },
  { route: "/cases/[caseId]/edit", url: () => "/cases/demo-runner-metatarsal/edit", who: ["radiologist"] },
  { route: "/cases/[caseId]/comments/[commentId]", url: (ids) => `/cases/demo-runner-metatarsal/comments/${ids.commentId}`, who: ["resident"] },
  { route: "/conferences", url: () => "/conferences", who: all() },
  { route: "/conferences/new", url: () => "/conferences/new", who: ["educator"] },
  { route: "/conferences/[conferenceId]", url: () => "/conferences/demo-conference-teaching", who: ["resident"] },
  { route: "/conferences/[conferenceId]", url: () => "/conferences/demo-conference-mdt", who: ["attending"] },
  { route: "/conferences/[conferenceId]/present", url: () => "/conferences/demo-conference-mdt/present", who: ["radiologist"] },
  { route: "/conferences/[conferenceId]/agenda", url: () => "/conferences/demo-conference-mdt/agenda", who: ["radiologist"] },
  { route: "/conferences/[conferenceId]/record", url: () => "/conferences/demo-conference-mdt/record", who: ["attending"] },
  { route: "/conferences/[conferenceId]/minutes", url: () => "/conferences/demo-conference-mdt/minutes", who: ["attending"] },
  { route: "/conferences/[conferenceId]/project", url: () => "/conferences/demo-conference-mdt/project", who: ["radiologist"] },
  { route: "/collections", url: () => "/collections", who: ["resident"] },
  { route: "/collections/[collectionId]", url: (ids) => `/collections/${ids.collectionId}`, who: ["resident"] },
  { route: "/collections/[collectionId]/quiz", url: (ids) => `/collections/${ids.collectionId}/quiz`, who: ["resident"] },
  { route: "/conferences/[conferenceId]/summary", url: () => "/conferences/demo-conference-teaching/summary", who: ["resident", "educator"] },
  { route: "/join", url: () => "/join", who: ["resident"] },
  { route: "/diagnoses", url: () => "/diagnoses", who: ["educator"] },
  { route: "/diagnoses/[diagnosisId]", url: (ids) => `/diagnoses/${ids.diagnosisId}`, who: ["resident"] },
  { route: "/me/record", url: () => "/me/record", who: ["resident", "educator"] },
  { route: "/notifications", url: () => "/notifications", who: ["resident", "attending"] },
  { route: "/teams", url: () => "/teams", who: ["resident", "attending"] },
  { route: "/teams/[teamId]", url: () => "/teams/demo-team-foot-ankle", who: ["attending", "resident"] },
  { route: "/teams/[teamId]/audit", url: () => "/teams/demo-team-foot-ankle/audit", who: ["attending"] },
  { route: "/invites/[token]", url: () => "/invites/no-such-invitation", who: ["resident"] },
  { route: "/account", url: () => "/account", who: ["resident"] },
  { route: "/admin/users", url: () => "/admin/users", who: ["admin"] },
  { route: "/admin/audit", url: () => "/admin/audit", who: ["admin"] },
  { route: "(not found)", url: () => "/cases/no-such-case", who: ["resident"] },
];

/** Every page.tsx under app/, as its route. */
function appRoutes(dir = "app", prefix = ""): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (entry === "api" || entry.startsWith("_")) continue;
      found.push(...appRoutes(full, entry.startsWith("(") ? prefix : `${prefix}/${entry}`));
    } else if (entry === "page.tsx") found.push(prefix || "/");
  }
  return found;
}

test("the list of checked pages covers every page of the app", () => {
  const covered = new Set(ROUTES.map((route) => route.route));
  expect(appRoutes().filter((route) => !covered.has(route)), "pages under app/ that the accessibility spec does not visit: add them to ROUTES").toEqual([]);
});

async function demoIds(who: Who): Promise<Ids> {
  const comment = await database().comment.findFirstOrThrow({ where: { caseId: "demo-runner-metatarsal", parentId: null }, select: { id: true } });
  const diagnosis = await database().diagnosis.findFirstOrThrow({ select: { id: true } });
  // The demo data has no collection: the resident gets one of two demo cases for these checks.
  let collectionId = "";
  if (who === "resident") {
    const resident = await database().user.findUniqueOrThrow({ where: { email: EMAIL.resident }, select: { id: true } });
    const collection = await database().collection.create({
      data: { ownerId: resident.id, title: "Forefoot stress injuries", description: "Two cases to compare.", items: { create: [{ caseId: "demo-runner-metatarsal", position: 0, note: "Start here." }, { caseId: "demo-metatarsal-teaching", position: 1 }] } },
      select: { id: true },
    });
    collectionId = collection.id;
  }
  return { commentId: comment.id, diagnosisId: diagnosis.id, collectionId };
}

for (const who of ["anonymous", ...SIGNED_IN] as Who[]) {
  for (const layout of ["desktop", "phone"] as const) {
    const name = who === "anonymous" ? "signed out" : `as the demo ${who}`;
    test(`every page passes axe (WCAG 2.2 AA) ${name} at ${layout === "desktop" ? "1280 px" : "390 px and reflows at 320 px"}`, async ({ browser }) => {
      test.setTimeout(300_000);
      const ids = await demoIds(who);
      // One signed-in context for all of this role's pages.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      if (who !== "anonymous") await signIn(context.request, EMAIL[who], DEMO_PASSWORD);
      const page = await context.newPage();
      const urls = ROUTES.filter((route) => route.who.includes(who)).map((route) => route.url(ids));
      for (const width of layout === "desktop" ? [1280] : [390, 320]) {
        await page.setViewportSize({ width, height: width > 400 ? 800 : 844 });
        for (const url of urls) {
          await page.goto(url);
          await expect.soft(page.locator("main h1").first(), `${url} has a main heading`).toBeVisible();
          // Axe at desktop and phone width; at 320 px only the reflow (the same styles as 390).
          if (width !== 320) await expectNoAxeViolations(page, `${url} as ${who}`);
          if (width <= 390) await expectNoHorizontalScroll(page, `${url} as ${who}`);
        }
      }
      await context.close();
    });
  }
}
