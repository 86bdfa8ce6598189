// Threaded discussion, live across browsers, app instances and dropped connections.
import type { Browser, Page } from "@playwright/test";
import { SECOND_INSTANCE_URL } from "../playwright.config";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

async function newCase(authorId: string, title = `Discussion case ${Date.now()}`) {
  const kase = await database().case.create({
    data: {
      title, presentation: "Forefoot pain for three weeks.", ageBand: "30–34", sex: "female", region: "Foot", status: "open", authorId,
      studies: { create: [{ position: 0, dayOffset: 0, modality: "MRI", region: "Foot", findings: "Marrow oedema of the second metatarsal." }] },
    },
    select: { id: true },
  });
  return kase.id;
}

async function openLive(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
}

/** Alice's new case, and Alice and Bob each signed in in a browser context of their own. */
async function twoColleagues(browser: Browser) {
  const [alice, bob] = await Promise.all([createUser(), createUser()]);
  const caseId = await newCase(alice.id);
  const [a, b] = await Promise.all([signedInContext(browser, alice), signedInContext(browser, bob)]);
  return { alice, bob, caseId, a, b };
}

const composer = (page: Page) => page.getByTestId("composer").first().getByRole("combobox", { name: "Comment (Markdown)" });

test("a comment posted in one browser appears live in another without losing what the other is typing", async ({ browser }) => {
  const { caseId, a, b } = await twoColleagues(browser);
  await openLive(a.page, `/cases/${caseId}`);
  await openLive(b.page, `/cases/${caseId}`);

  await composer(b.page).fill("Half-written thought about the metatarsal");
  await composer(a.page).fill("The **periosteal reaction** settles it for me.");
  await a.page.getByRole("button", { name: "Post comment" }).click();

  const arrived = b.page.getByTestId("comment").filter({ hasText: "settles it for me" });
  await expect(arrived).toBeVisible({ timeout: 3_000 });
  await expect(arrived.locator("strong")).toHaveText("periosteal reaction");
  await expect(composer(b.page)).toHaveValue("Half-written thought about the metatarsal");
  await a.context.close();
  await b.context.close();
});

test("a comment posted on one app instance appears live on another instance", async ({ browser }) => {
  const { caseId, a, b } = await twoColleagues(browser);
  await openLive(a.page, `/cases/${caseId}`);
  await openLive(b.page, `${SECOND_INSTANCE_URL}/cases/${caseId}`);

  await composer(a.page).fill("Posted on instance one");
  await a.page.getByRole("button", { name: "Post comment" }).click();
  await expect(b.page.getByTestId("comment").filter({ hasText: "Posted on instance one" })).toBeVisible({ timeout: 3_000 });
  await a.context.close();
  await b.context.close();
});

test("a double-clicked or twice-submitted Post stores one comment (issue 21 item 6)", async ({ browser }) => {
  const { alice, caseId, a, b } = await twoColleagues(browser);
  await b.context.close();
  await openLive(a.page, `/cases/${caseId}`);
  // Every call of a server action (a POST to the page's own address), counted once it is answered.
  // While `holdFirstUntilSecond` is set, the first call waits for the second before it goes on, so
  // the second submission is made while the first is still on its way, however fast the server is.
  let posts = 0;
  let sent = 0;
  let holdFirstUntilSecond: { first: number; secondSent: Promise<void>; release: () => void } | null = null;
  await a.page.route((url) => url.pathname === `/cases/${caseId}`, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    sent += 1;
    const hold = holdFirstUntilSecond;
    if (hold && sent === hold.first + 1) hold.release();
    if (hold && sent === hold.first) await Promise.race([hold.secondSent, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    const response = await route.fetch();
    await route.fulfill({ response });
    posts += 1;
  });
  const stored = (body: string) => database().comment.count({ where: { caseId, authorId: alice.id, body } });
  const shown = (body: string) => a.page.getByTestId("comment").filter({ hasText: body });

  await composer(a.page).fill("Double-clicked thought");
  await a.page.getByRole("button", { name: "Post comment" }).dblclick();
  await expect(shown("Double-clicked thought")).toHaveCount(1);

  // Ctrl+Enter twice (or held down): the composer submits each time, while the first post is still
  // on its way, each posting the action with the same submission key.
  const before = posts;
  let release = () => {};
  const secondSent = new Promise<void>((resolve) => (release = resolve));
  holdFirstUntilSecond = { first: sent + 1, secondSent, release };
  await composer(a.page).fill("Twice-submitted thought");
  await composer(a.page).press("Control+Enter");
  await composer(a.page).press("Control+Enter");
  await expect.poll(() => posts - before, { message: "both submissions reached the server" }).toBeGreaterThanOrEqual(2);
  await expect(composer(a.page)).toHaveValue("");
  await expect(shown("Twice-submitted thought")).toHaveCount(1);
  holdFirstUntilSecond = null;
  await a.page.reload();
  await expect(shown("Twice-submitted thought")).toHaveCount(1);
  expect(await stored("Double-clicked thought")).toBe(1);
  expect(await stored("Twice-submitted thought")).toBe(1);

  // The next submission, with the same text, is a new comment: the key is renewed after a success.
  await composer(a.page).fill("Twice-submitted thought");
  await a.page.getByRole("button", { name: "Post comment" }).click();
  await expect(shown("Twice-submitted thought")).toHaveCount(2);
  await a.context.close();
});

test("after a dropped connection the page says so, then catches up with what it missed", async ({ browser }) => {
  const { caseId, a, b } = await twoColleagues(browser);
  await openLive(a.page, `/cases/${caseId}`);
  await openLive(b.page, `/cases/${caseId}`);

  // The device goes offline (as a phone changing networks does).
  await b.context.setOffline(true);
  await expect(b.page.getByTestId("live-status")).toHaveAttribute("data-status", "reconnecting", { timeout: 10_000 });

  await composer(a.page).fill("Missed while offline");
  await a.page.getByRole("button", { name: "Post comment" }).click();
  await expect(a.page.getByTestId("comment").filter({ hasText: "Missed while offline" })).toBeVisible();

  await b.context.setOffline(false);
  await expect(b.page.getByTestId("live-status")).toHaveAttribute("data-status", "live", { timeout: 15_000 });
  await expect(b.page.getByTestId("comment").filter({ hasText: "Missed while offline" })).toBeVisible({ timeout: 5_000 });
  await a.context.close();
  await b.context.close();
});

test("replies nest, collapse with a new-replies marker, and a permalink opens the comment", async ({ browser }) => {
  const { caseId, a, b } = await twoColleagues(browser);
  await openLive(a.page, `/cases/${caseId}`);

  await composer(a.page).fill("Root comment");
  await a.page.getByRole("button", { name: "Post comment" }).click();
  const root = a.page.getByTestId("comment").filter({ hasText: "Root comment" }).first();
  await root.getByRole("button", { name: "Reply" }).first().click();
  await root.getByTestId("composer").getByRole("combobox", { name: "Comment (Markdown)" }).fill("First reply");
  await root.getByTestId("composer").getByRole("button", { name: "Reply", exact: true }).click();
  await expect(root.getByTestId("comment").filter({ hasText: "First reply" })).toBeVisible();
  const rootId = (await root.getAttribute("id"))!.replace("comment-", "");

  // Collapse the thread, then a colleague replies: the marker counts it.
  await root.getByRole("button", { name: "Collapse thread" }).first().click();
  await expect(a.page.getByText("First reply")).toBeHidden();
  await openLive(b.page, `/cases/${caseId}`);
  const bRoot = b.page.locator(`#comment-${rootId}`);
  await bRoot.getByRole("button", { name: "Reply" }).first().click();
  await bRoot.getByTestId("composer").getByRole("combobox", { name: "Comment (Markdown)" }).fill("Reply while collapsed");
  await bRoot.getByTestId("composer").getByRole("button", { name: "Reply", exact: true }).click();
  await expect(a.page.getByTestId("new-replies")).toHaveText("1 new reply", { timeout: 3_000 });
  await a.page.getByRole("button", { name: /Expand thread/ }).click();
  await expect(a.page.getByText("Reply while collapsed")).toBeVisible();

  // Permalink: a fresh page scrolls to the reply and highlights it.
  const reply = await database().comment.findFirstOrThrow({ where: { caseId, body: "Reply while collapsed" }, select: { id: true } });
  await b.page.goto(`/cases/${caseId}#comment-${reply.id}`);
  await expect(b.page.locator(`#comment-${reply.id}`)).toBeInViewport();
  await expect(b.page.locator(`#comment-${reply.id}`)).toHaveClass(/ring-amber/);
  await a.context.close();
  await b.context.close();
});

test("markdown preview, sanitized output, edit history and a tombstone that keeps replies", async ({ browser }) => {
  const [alice, bob] = await Promise.all([createUser(), createUser()]);
  const caseId = await newCase(alice.id);
  const a = await signedInContext(browser, alice);
  await openLive(a.page, `/cases/${caseId}`);

  await composer(a.page).fill("| sign | value |\n|---|---|\n| CRP | 4 |\n\n<img src=x onerror=\"window.__xss=1\">[link](javascript:alert(1))");
  await a.page.getByRole("tab", { name: "Preview" }).first().click();
  await expect(a.page.getByTestId("preview").locator("table")).toBeVisible();
  await a.page.getByRole("tab", { name: "Write" }).first().click();
  await a.page.getByRole("button", { name: "Post comment" }).click();
  const posted = a.page.getByTestId("comment").filter({ hasText: "CRP" });
  await expect(posted.locator("table")).toBeVisible();
  await expect(posted.locator("img")).toHaveCount(0);
  await expect(posted.locator('a[href^="javascript"]')).toHaveCount(0);
  expect(await a.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Edit, then read the previous version.
  await composer(a.page).fill("Version one");
  await a.page.getByRole("button", { name: "Post comment" }).click();
  const editedId = (await a.page.getByTestId("comment").filter({ hasText: "Version one" }).getAttribute("id"))!.replace("comment-", "");
  const edited = a.page.locator(`#comment-${editedId}`);
  await edited.getByRole("button", { name: "Edit" }).click();
  await edited.getByRole("combobox", { name: "Comment (Markdown)" }).fill("Version two");
  await edited.getByRole("button", { name: "Save edit" }).click();
  await expect(edited.getByTestId("comment-body")).toHaveText("Version two");
  await edited.getByRole("button", { name: "edited" }).click();
  await expect(edited.getByText("Earlier versions")).toBeVisible();
  await expect(edited.getByText("Version one")).toBeVisible();
  await edited.getByRole("button", { name: "Close" }).click();

  // A reply by someone else, then delete: the reply survives under a tombstone.
  const b = await signedInContext(browser, bob);
  await openLive(b.page, `/cases/${caseId}`);
  const target = b.page.locator(`#comment-${editedId}`);
  await target.getByRole("button", { name: "Reply" }).first().click();
  await target.getByTestId("composer").getByRole("combobox", { name: "Comment (Markdown)" }).fill("Reply that must survive");
  await target.getByTestId("composer").getByRole("button", { name: "Reply", exact: true }).click();
  await expect(a.page.getByText("Reply that must survive")).toBeVisible({ timeout: 3_000 });

  a.page.once("dialog", (dialog) => void dialog.accept());
  await a.page.locator(`#comment-${editedId}`).getByRole("button", { name: "Delete" }).first().click();
  await expect(a.page.locator(`#comment-${editedId}`).getByText("Comment deleted.").first()).toBeVisible();
  await expect(b.page.locator(`#comment-${editedId}`).getByText("Comment deleted.").first()).toBeVisible({ timeout: 3_000 });
  await expect(b.page.getByText("Reply that must survive")).toBeVisible();
  const html = await (await b.context.request.get(`/cases/${caseId}`)).text();
  expect(html).not.toContain("Version two");
  expect(html).not.toContain("Version one");
  await a.context.close();
  await b.context.close();
});

test("an @mention with the typeahead notifies the colleague, who sees it under the bell", async ({ browser }) => {
  const alice = await createUser("clinician", `Dr Alice ${Date.now()}`);
  const bob = await createUser("clinician", `Dr Bobbington ${Date.now()}`);
  const caseId = await newCase(alice.id);
  const a = await signedInContext(browser, alice);
  await openLive(a.page, `/cases/${caseId}`);
  await composer(a.page).pressSequentially("What do you think @Bobbing");
  await a.page.getByRole("option", { name: new RegExp(bob.name) }).click();
  await composer(a.page).pressSequentially("?");
  await a.page.getByRole("button", { name: "Post comment" }).click();
  await expect(a.page.getByTestId("comment").locator(".mention")).toHaveText(`@${bob.name}`);

  const b = await signedInContext(browser, bob);
  await b.page.goto("/");
  await expect(b.page.getByTestId("unread-count")).toHaveText("1");
  await b.page.getByTestId("bell").click();
  await expect(b.page.getByTestId("notifications")).toContainText("mentioned you in");
  await b.page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(b.page.getByTestId("unread-count")).toHaveCount(0);
  await a.context.close();
  await b.context.close();
});

test("the events stream answers 401 without a session and 404 for a case the viewer may not see", async ({ browser, playwright }) => {
  const [alice, bob] = await Promise.all([createUser(), createUser()]);
  const draft = await database().case.create({
    data: { title: "Private draft", presentation: "x", ageBand: "30–34", sex: "male", region: "Foot", status: "draft", authorId: alice.id },
    select: { id: true },
  });
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.get(`/api/cases/${draft.id}/events`)).status()).toBe(401);
  const b = await signedInContext(browser, bob);
  expect((await b.context.request.get(`/api/cases/${draft.id}/events`)).status()).toBe(404);
  await anonymous.dispose();
  await b.context.close();
});
