// Authoring, reading and protecting cases. Users come from the fixtures; cases a test does not
// author through the form are seeded with the app's own write function.
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_CASES, DEMO_PASSWORD } from "../lib/demo/content";
import { caseSnapshot, event, seedCase, study, uid } from "./support/cases";
import { database, expect, signIn, test } from "./support/fixtures";
import { addEvent, addStudy, fillCaseBasics, libraryCardAt, libraryHrefAt, libraryIdsAt, libraryPages, savedCaseId, timelineItems } from "./support/pages";

const notFoundHeading = (page: Page) => page.getByRole("heading", { name: "Not found", level: 1 });

test.describe("authoring", () => {
  test("a case entered out of day order reads in day order on its timeline", async ({ userPage: page, user }) => {
    const tag = uid();
    const title = `Serial MRI of the talus ${tag}`;
    await page.goto("/cases/new");
    await fillCaseBasics(page, {
      title, presentation: `Ankle pain without injury (${tag}).`, ageBand: "50–54", sex: "male", region: "Ankle", status: "open",
    });
    // Entered as: day 122 study, day 0 event, day 0 study, day 183 study.
    await addStudy(page, { day: 122, region: "Ankle", technique: "Sagittal STIR", findings: `Oedema has moved to the tibia ${tag}`, change: "mixed" });
    await addEvent(page, { day: 0, kind: "lab_result", description: `Bloods normal ${tag}` });
    await addStudy(page, { day: 0, region: "Ankle", findings: `Talar neck oedema ${tag}` });
    await addStudy(page, { day: 183, region: "Ankle", findings: `Normal marrow ${tag}`, change: "resolution" });
    await page.getByRole("button", { name: "Save case" }).click();

    const caseId = await savedCaseId(page);
    await expect(page.getByTestId("case-title")).toHaveText(title);
    // Same-day items keep the author's order: the event was entered before the day-0 study.
    await expect(timelineItems(page)).toHaveText([
      new RegExp(`Bloods normal ${tag}`),
      new RegExp(`Talar neck oedema ${tag}`),
      new RegExp(`Oedema has moved to the tibia ${tag}`),
      new RegExp(`Normal marrow ${tag}`),
    ]);
    await expect(page.getByTestId("timeline").getByTestId("when")).toHaveText(["Day 0", "Day 0", "+4 months", "+6 months"]);
    await expect(timelineItems(page).nth(3)).toContainText("Resolution");

    const stored = await caseSnapshot(caseId);
    expect(stored?.authorId).toBe(user.id);
    expect(stored?.studies.map((s) => s.dayOffset)).toEqual([122, 0, 183]);
  });

  test("compare shows two chosen studies side by side, the later with the author's change", async ({ userPage: page, user }) => {
    const tag = uid();
    const { id } = await seedCase(user.id, {
      timeline: [
        study({ dayOffset: 0, region: `Talus ${tag}`, findings: `First: talar oedema ${tag}` }),
        study({ dayOffset: 30, region: `Tibia ${tag}`, findings: `Second: tibial oedema ${tag}`, change: "mixed" }),
        study({ dayOffset: 90, region: `Hindfoot ${tag}`, findings: `Third: marrow normal ${tag}`, change: "resolution" }),
        study({ dayOffset: 200, region: `Ankle ${tag}`, findings: `Fourth: still normal ${tag}`, change: "stable" }),
      ],
    });
    await page.goto(`/cases/${id}`);
    const compare = page.getByTestId("compare");
    await compare.getByLabel("First study").selectOption({ label: `Day 0 · MRI Talus ${tag}` });
    await compare.getByLabel("Second study").selectOption({ label: `+3 months · MRI Hindfoot ${tag}` });

    const earlier = compare.getByTestId("compare-earlier");
    const later = compare.getByTestId("compare-later");
    await expect(earlier).toContainText(`First: talar oedema ${tag}`);
    await expect(later).toContainText(`Third: marrow normal ${tag}`);
    await expect(later.getByText("Resolution", { exact: true })).toBeVisible();
    await expect(later).not.toContainText("Stable");
    await expect(compare).not.toContainText(`Fourth: still normal ${tag}`);
    await expect(compare).not.toContainText(`Second: tibial oedema ${tag}`);

    const [left, right] = [await earlier.boundingBox(), await later.boundingBox()];
    expect(left && right, "both studies are laid out").toBeTruthy();
    expect(right!.x).toBeGreaterThanOrEqual(left!.x + left!.width);
    expect(Math.abs(right!.y - left!.y)).toBeLessThan(5);

    // Chosen the other way round, the earlier study is still on the left.
    await compare.getByLabel("First study").selectOption({ label: `+3 months · MRI Hindfoot ${tag}` });
    await compare.getByLabel("Second study").selectOption({ label: `Day 0 · MRI Talus ${tag}` });
    await expect(earlier).toContainText(`First: talar oedema ${tag}`);
    await expect(later).toContainText(`Third: marrow normal ${tag}`);
  });

  test("editing reorders same-day studies and changes findings", async ({ userPage: page, user }) => {
    const tag = uid();
    const { id } = await seedCase(user.id, {
      timeline: [
        study({ dayOffset: 0, modality: "XR", region: "Left foot", findings: `Radiograph normal ${tag}` }),
        study({ dayOffset: 0, modality: "MRI", region: "Left foot", findings: `MRI marrow oedema ${tag}` }),
        event({ dayOffset: 14, description: `Boot for four weeks ${tag}` }),
      ],
    });
    const before = await caseSnapshot(id);

    await page.goto(`/cases/${id}`);
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page).toHaveURL(`/cases/${id}/edit`);
    await page.getByRole("button", { name: "Move Study 2 up" }).click();
    await expect(page.getByRole("group", { name: "Study 1" }).getByLabel("Findings")).toHaveValue(`MRI marrow oedema ${tag}`);
    const radiograph = page.getByRole("group", { name: "Study 2" }).getByLabel("Findings");
    await expect(radiograph).toHaveValue(`Radiograph normal ${tag}`);
    await radiograph.fill(`Radiograph: subtle periosteal reaction ${tag}`);
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(`/cases/${id}`);
    await expect(timelineItems(page)).toHaveText([
      new RegExp(`MRI marrow oedema ${tag}`),
      new RegExp(`Radiograph: subtle periosteal reaction ${tag}`),
      new RegExp(`Boot for four weeks ${tag}`),
    ]);
    await expect(page.getByText(`Radiograph normal ${tag}`)).toHaveCount(0);

    // The studies kept their identity (discussion anchors to them): same ids, new positions.
    const after = await caseSnapshot(id);
    expect(after?.studies.map((s) => s.findings)).toEqual([`MRI marrow oedema ${tag}`, `Radiograph: subtle periosteal reaction ${tag}`]);
    expect(new Set(after?.studies.map((s) => s.id))).toEqual(new Set(before?.studies.map((s) => s.id)));
  });
});

test.describe("access", () => {
  const actionHeaders = (actionId: string) => ({
    "Next-Action": actionId,
    Accept: "text/x-component",
    "Content-Type": "text/plain;charset=UTF-8",
  });

  test("another user can neither open the edit page nor call the save action", async ({ userPage: page, user, otherPage, http }) => {
    const tag = uid();
    const { id, input } = await seedCase(user.id, {
      title: `Midfoot stress reaction ${tag}`,
      timeline: [study({ dayOffset: 0, findings: `Second metatarsal oedema ${tag}` })],
    });

    await otherPage.goto(`/cases/${id}`);
    await expect(otherPage.getByTestId("case-title")).toHaveText(input.title);
    await expect(otherPage.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await otherPage.goto(`/cases/${id}/edit`);
    await expect(notFoundHeading(otherPage)).toBeVisible();
    await expect(otherPage.getByRole("button", { name: "Save changes" })).toHaveCount(0);

    // The author saves once through the form; that request is the template for the forgeries.
    await page.goto(`/cases/${id}/edit`);
    await page.getByRole("group", { name: "Study 1" }).getByLabel("Findings").fill(`Second metatarsal oedema, cortex intact ${tag}`);
    const [save] = await Promise.all([
      page.waitForRequest((req) => req.method() === "POST" && Boolean(req.headers()["next-action"])),
      page.getByRole("button", { name: "Save changes" }).click(),
    ]);
    await expect(page).toHaveURL(`/cases/${id}`);
    const actionId = save.headers()["next-action"]!;
    const args = JSON.parse(save.postData() ?? "null") as [{ caseId: string; expectedUpdatedAt?: string; case: { title: string } }];
    expect(args[0].caseId).toBe(id);

    const saved = await caseSnapshot(id);
    const forged = structuredClone(args);
    forged[0].case.title = `Taken over ${tag}`;
    // Current, so that only authorization (not the stale-edit check) can refuse it.
    forged[0].expectedUpdatedAt = saved!.updatedAt.toISOString();
    const post = (client: APIRequestContext, options: { headers?: Record<string, string>; maxRedirects?: number } = {}) =>
      client.post(`/cases/${id}/edit`, {
        headers: { ...actionHeaders(actionId), ...options.headers },
        data: JSON.stringify(forged),
        maxRedirects: options.maxRedirects,
      });

    const asOther = await post(await http(otherPage));
    expect(await asOther.text()).toMatch(/"code":"(forbidden|not_found)"/);

    // A made-up session cookie gets past the optimistic redirect, then the action refuses it.
    const forgedCookie = await post(await http(), { headers: { Cookie: "next-auth.session-token=not-a-real-session" } });
    expect(await forgedCookie.text()).toContain('"code":"unauthenticated"');
    // No cookie at all never reaches the action: it is sent to sign in.
    const anonymous = await post(await http(), { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers().location).toMatch(/^\/signin\?callbackUrl=/);

    expect(await caseSnapshot(id)).toEqual(saved);
    await page.reload();
    await expect(page.getByTestId("case-title")).toHaveText(input.title);
    await expect(timelineItems(page)).toHaveText([new RegExp(`Second metatarsal oedema, cortex intact ${tag}`)]);

    // Control: the same forged request from the author is a valid save, so the refusals above
    // came from authorization and not from a malformed request.
    const asAuthor = await post(await http(page));
    expect(await asAuthor.text()).toContain('"ok":true');
    expect((await caseSnapshot(id))?.title).toBe(`Taken over ${tag}`);
  });

  test("a draft is invisible to another user", async ({ userPage: page, user, otherPage, http }) => {
    const { id, input } = await seedCase(user.id, { status: "draft", title: `Private draft ${uid()}` });
    const demoDraft = "demo-navicular-draft";
    const lastActivity = async (caseId: string) => (await database().case.findUniqueOrThrow({ where: { id: caseId }, select: { lastActivityAt: true } })).lastActivityAt;

    // The library page that starts at the draft's own time: the author sees it there (the control),
    // another user sees that page without it. The same for the demo draft.
    const at = await lastActivity(id);
    expect(await libraryIdsAt(page, at)).toContain(id);
    const visible = await libraryIdsAt(otherPage, at);
    expect(visible.length, "the page lists the other cases of that time").toBeGreaterThan(0);
    expect(visible).not.toContain(id);
    expect(await libraryIdsAt(otherPage, await lastActivity(demoDraft))).not.toContain(demoDraft);

    for (const caseId of [id, demoDraft]) {
      await otherPage.goto(`/cases/${caseId}`);
      await expect(notFoundHeading(otherPage)).toBeVisible();
      await expect(otherPage.getByTestId("case-title")).toHaveCount(0);
      const exported = await (await http(otherPage)).get(`/api/cases/${caseId}/export`);
      expect(exported.status()).toBe(404);
    }
    const html = await (await (await http(otherPage)).get(`/cases/${id}`)).text();
    expect(html).not.toContain(input.title);
  });

  // Fails today (product bug): the root app/loading.tsx puts every page in a Suspense boundary, so
  // the 200 headers are sent before the page calls notFound(); the "Not found" page arrives as 200.
  test("pages another user may not see answer with HTTP status 404", async ({ user, otherPage }) => {
    const { id: open } = await seedCase(user.id);
    const { id: draft } = await seedCase(user.id, { status: "draft" });
    for (const path of [`/cases/${open}/edit`, `/cases/${draft}`, `/cases/${draft}/edit`, `/cases/no-such-case-${uid()}`]) {
      const response = await otherPage.goto(path);
      await expect(notFoundHeading(otherPage)).toBeVisible();
      expect(response?.status(), path).toBe(404);
    }
  });

  test("the demo unknown case hides its diagnosis from everyone but its author", async ({ userPage: page, http }) => {
    const demo = DEMO_CASES.find((kase) => kase.id === "demo-talus-unknown")!;
    const firstLine = demo.input.presentation.split("\n")[0]!;
    const secrets = [/transient bone marrow oedema/i, /transient osteoporosis/i];

    const { lastActivityAt } = await database().case.findUniqueOrThrow({ where: { id: demo.id }, select: { lastActivityAt: true } });
    const card = await libraryCardAt(page, demo.id, lastActivityAt);
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("heading")).toHaveText("Unknown case");
    await expect(card).toContainText(firstLine);
    await expect(card).not.toContainText(demo.input.title);

    await page.goto(`/cases/${demo.id}`);
    await expect(page.getByTestId("case-title")).toHaveText("Unknown case");
    await expect(page.getByTestId("answer")).toHaveCount(0);
    await expect(page.getByText("The diagnosis and teaching points will appear here when the author resolves the case.")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(demo.input.resolution.diagnosis);

    const api = await http(page);
    const html = await api.get(`/cases/${demo.id}`);
    const rsc = await api.get(`/cases/${demo.id}`, { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    const exported = await api.get(`/api/cases/${demo.id}/export`);
    expect(exported.status()).toBe(200);
    for (const response of [html, rsc, exported]) {
      const body = await response.text();
      // Each answer is the case (so an empty or error body cannot pass) without the secret.
      expect(body).toContain(firstLine);
      for (const secret of secrets) expect(body, response.url()).not.toMatch(secret);
      expect(body).not.toContain(demo.input.title);
    }
    // The dashboard lists unknown cases awaiting an answer: by the same rule, without the secret.
    const dashboard = await (await api.get("/")).text();
    expect(dashboard).toContain("Welcome back");
    for (const secret of secrets) expect(dashboard).not.toMatch(secret);
    expect(dashboard).not.toContain(demo.input.title);

    const file = JSON.parse(await exported.text());
    expect(file.case.title).toBe("Unknown case");
    expect(file.case.resolution.diagnosis).toBe("");

    // Its author exports the answer.
    const author = await http();
    await signIn(author, demo.authorEmail, DEMO_PASSWORD);
    const own = await author.get(`/api/cases/${demo.id}/export`);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("Transient bone marrow oedema syndrome");
  });
});

test.describe("de-identification and validation", () => {
  test("identifiers are highlighted and block the save until the author confirms", async ({ userPage: page, user }) => {
    const title = `Forefoot pain ${uid()}`;
    await page.goto("/cases/new");
    await fillCaseBasics(page, {
      title,
      presentation: "Mr John Smith, MRN 12345678, presented with forefoot pain after a long walk.",
      ageBand: "60–64", sex: "male", region: "Foot", status: "open",
    });
    await page.getByRole("button", { name: "Save case" }).click();

    const warning = page.getByTestId("identifier-warning");
    await expect(warning).toBeVisible();
    const marks = warning.locator("mark");
    await expect(marks.filter({ hasText: "John Smith" })).toHaveCount(1);
    await expect(marks.filter({ hasText: "12345678" })).toHaveCount(1);
    await expect(page).toHaveURL(/\/cases\/new$/);
    expect(await database().case.count({ where: { title } })).toBe(0);

    await warning.getByRole("checkbox", { name: /I have checked these/ }).check();
    await page.getByRole("button", { name: "Save case" }).click();
    const caseId = await savedCaseId(page);
    await expect(page.getByTestId("case-title")).toHaveText(title);
    const saved = await database().case.findMany({ where: { title }, select: { id: true, authorId: true } });
    expect(saved).toEqual([{ id: caseId, authorId: user.id }]);
  });

  test("an invalid form shows errors beside the fields and keeps what was typed", async ({ userPage: page, user }) => {
    const tag = uid();
    const title = `Heel pain in a runner ${tag}`;
    const presentation = `Six weeks of heel pain on running (${tag}).`;
    const technique = `Sagittal STIR and T1 ${tag}`;
    await page.goto("/cases/new");
    await fillCaseBasics(page, { title, presentation });
    const studyFieldset = await addStudy(page, { day: 0, technique, findings: "" });
    await page.getByRole("button", { name: "Save case" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention." })).toBeVisible();
    await expect(page.getByLabel("Age band", { exact: true })).toHaveAccessibleDescription("Choose the patient's age band.");
    await expect(page.getByLabel("Sex", { exact: true })).toHaveAccessibleDescription("Choose the patient's sex.");
    await expect(page.getByLabel("Body region", { exact: true })).toHaveAccessibleDescription("Choose a body region.");
    await expect(studyFieldset.getByLabel("Findings")).toHaveAccessibleDescription("Findings is required.");
    await expect(studyFieldset.getByLabel("Findings")).toHaveAttribute("aria-invalid", "true");

    await expect(page).toHaveURL(/\/cases\/new$/);
    await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("Presentation", { exact: true })).toHaveValue(presentation);
    await expect(studyFieldset.getByLabel("Technique")).toHaveValue(technique);
    expect(await database().case.count({ where: { authorId: user.id } })).toBe(0);
  });
});

test.describe("import and export", () => {
  test("an exported case imports as a new case with the same timeline", async ({ userPage: page, user, http }) => {
    const tag = uid();
    const { id, input } = await seedCase(user.id, {
      title: `Exported case ${tag}`,
      tags: ["metatarsal", "runner"],
      timeline: [
        study({ dayOffset: 0, modality: "XR", findings: `No fracture seen ${tag}` }),
        event({ dayOffset: 0, kind: "treatment", description: `Stiff-soled shoe ${tag}` }),
        study({ dayOffset: 10, findings: `Stress fracture of the neck ${tag}`, impression: "Incomplete fracture." }),
        study({ dayOffset: 42, modality: "XR", findings: `Callus ${tag}`, change: "resolution" }),
      ],
    });
    await page.goto(`/cases/${id}`);
    const original = await timelineItems(page).allTextContents();
    expect(original).toHaveLength(4);

    const exported = await (await http(page)).get(`/api/cases/${id}/export`);
    expect(exported.status()).toBe(200);
    const json = await exported.text();

    await page.goto("/cases/import");
    await page.getByLabel("Or paste the JSON").fill(json);
    await page.getByRole("button", { name: "Import case" }).click();
    const importedId = await savedCaseId(page);
    expect(importedId).not.toBe(id);
    await expect(page.getByTestId("case-title")).toHaveText(input.title);
    await expect(timelineItems(page)).toHaveText(original);

    const copies = await database().case.findMany({ where: { title: input.title }, select: { id: true, authorId: true } });
    expect(copies.map((copy) => copy.id).sort()).toEqual([id, importedId].sort());
    expect(copies.every((copy) => copy.authorId === user.id)).toBe(true);
  });

  test("a broken case file lists its problems and imports nothing", async ({ userPage: page, user }) => {
    await page.goto("/cases/import");
    await page.getByLabel("Or paste the JSON").fill('{"format":"rounds.case","version":1,"case":{"title":""}}');
    await page.getByRole("button", { name: "Import case" }).click();

    await expect(page.getByRole("alert").filter({ hasText: "The file has problems; nothing was imported." })).toBeVisible();
    const problems = page.getByTestId("import-problems").getByRole("listitem");
    await expect(problems.filter({ hasText: /^case\.title: / })).toHaveCount(1);
    expect(await problems.count()).toBeGreaterThan(1);
    await expect(page).toHaveURL(/\/cases\/import$/);
    expect(await database().case.count({ where: { authorId: user.id } })).toBe(0);
  });
});

test("the library pages through more than 20 cases without repeating or skipping any", async ({ userPage: page, user }) => {
  const tag = uid();
  // One timestamp for all of them: the cursor's tie-break on id has to do the work. A year ago,
  // so they sit behind the cases other tests create meanwhile.
  const at = new Date(Date.now() - 365 * 24 * 60 * 60 * 1000 - Math.floor(Math.random() * 1e9));
  await database().case.createMany({
    data: Array.from({ length: 25 }, (_, index) => ({
      title: `Paged case ${tag} #${index + 1}`, presentation: `Paged presentation ${tag}`, ageBand: "50–54", sex: "male" as const,
      region: "Foot", status: "open" as const, authorId: user.id, lastActivityAt: at,
    })),
  });
  const mine = (await database().case.findMany({ where: { authorId: user.id }, select: { id: true } })).map((row) => row.id);
  expect(mine).toHaveLength(25);

  await page.goto("/cases");
  const cards = page.getByTestId("case-card");
  await expect(cards).toHaveCount(20);
  const first = await cards.locator("h3 a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  await page.getByRole("link", { name: "Older cases →" }).click();
  await expect(page).toHaveURL(/\/cases\?cursor=/);
  await expect(page.getByRole("link", { name: "Newest cases" })).toBeVisible();
  const second = await cards.locator("h3 a").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(second.length).toBeGreaterThan(0);
  expect(second.filter((href) => first.includes(href))).toEqual([]);

  // From the page that starts at their shared time, on until every one has been seen and one page
  // more (so that a repeat across the page boundary would show).
  const walked = await libraryPages(page, libraryHrefAt(at), (pages) => {
    const seen = pages.flat();
    return mine.every((id) => seen.includes(id)) && !mine.includes(pages.at(-1)!.at(-1)!);
  });
  const all = walked.flat();
  expect(walked.length, "25 cases take two pages at least").toBeGreaterThanOrEqual(2);
  expect(new Set(all).size, "no case is listed twice").toBe(all.length);
  expect(mine.filter((id) => !all.includes(id)), "every case is on some page").toEqual([]);
});
