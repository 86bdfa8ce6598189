// Response headers and request-level defences of the production server.
import type { Browser } from "@playwright/test";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

test("every response carries the security headers, with no unsafe-eval in production", async ({ request }) => {
  // Pages, a static file, a missing page and a live stream's refusal: server.ts sets them for all.
  for (const path of ["/", "/signin", "/health", "/robots.txt", "/no-such-page", "/api/cases/no-such-case/events"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).not.toContain("unsafe-eval");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
});

/**
 * A signed-in author on the page of their own open case, having posted `comment` through the page
 * (a genuine server action): the action's request, once the comment shows.
 */
async function postThroughThePage(browser: Browser, title: string, comment: string) {
  const user = await createUser();
  const { context, page } = await signedInContext(browser, user);
  const kase = await database().case.create({
    data: { title, presentation: "x", ageBand: "30–34", sex: "male", region: "Foot", status: "open", authorId: user.id },
    select: { id: true },
  });
  const opened = await page.goto(`/cases/${kase.id}`);
  const posted = page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"]));
  await page.getByTestId("composer").first().getByRole("combobox", { name: "Comment (Markdown)" }).fill(comment);
  await page.getByRole("button", { name: "Post comment" }).click();
  const request = await posted;
  await expect(page.getByTestId("comment").filter({ hasText: comment })).toBeVisible();
  return { context, caseId: kase.id, opened, request };
}

test("pages are sent compressed and a server action's short answer is not (decision 107)", async ({ browser }) => {
  const { context, opened, request } = await postThroughThePage(browser, "Compression check", "A comment whose answer is short");
  expect(opened?.headers()["content-encoding"]).toBe("gzip");
  expect((await request.allHeaders())["accept-encoding"]).toContain("gzip");
  const answer = await request.response();
  expect(answer?.status()).toBe(200);
  expect((await answer?.allHeaders())?.["content-encoding"]).toBeUndefined();
  await context.close();
});

test("a server action posted from a foreign origin is refused and changes nothing", async ({ browser }) => {
  // Learn the real postComment action id from a genuine post in the page.
  const { context, caseId, request } = await postThroughThePage(browser, "Origin check", "Genuine comment");
  const actionId = request.headers()["next-action"]!;
  const forged = await context.request.post(`/cases/${caseId}`, {
    headers: { "Next-Action": actionId, Origin: "https://evil.example", "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" },
    data: JSON.stringify([{ caseId, body: "Forged from another site" }]),
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await database().comment.count({ where: { caseId, body: "Forged from another site" } })).toBe(0);
  await context.close();
});

test("five wrong passwords lock the account with a clear message", async ({ page }) => {
  const user = await createUser();
  await page.goto("/signin");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.locator("main form").getByRole("alert")).toBeVisible();
  }
  await expect(page.locator("main form").getByRole("alert")).toContainText("locked for 15 minutes");
  // Even the right password is refused until the lock expires.
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("main form").getByRole("alert")).toContainText("locked for 15 minutes");
  await expect(page).toHaveURL(/\/signin/);
});

test("a public teaching case can be read without signing in; other cases ask to sign in", async ({ playwright, baseURL }) => {
  const author = await createUser("educator");
  const [publicCase, institutionCase] = await Promise.all(
    (["public", "institution"] as const).map((visibility) =>
      database().case.create({
        data: { title: `A ${visibility} teaching case`, presentation: "Forefoot pain in a runner.", ageBand: "30–34", sex: "female", region: "Foot", status: "open", visibility, authorId: author.id },
        select: { id: true },
      }),
    ),
  );
  const anonymous = await playwright.request.newContext({ baseURL, maxRedirects: 0 });
  const open = await anonymous.get(`/cases/${publicCase!.id}`);
  expect(open.status()).toBe(200);
  expect(await open.text()).toContain("A public teaching case");
  const closed = await anonymous.get(`/cases/${institutionCase!.id}`);
  expect([302, 303, 307]).toContain(closed.status());
  expect(closed.headers()["location"]).toContain("/signin");
  expect((await anonymous.get(`/cases/${institutionCase!.id}`, { maxRedirects: 5 }).then((r) => r.text()))).not.toContain("A institution teaching case");
  await anonymous.dispose();
});

test("the site icon answers (a first page load logs no 404 in the console)", async ({ request, page }) => {
  const icon = await request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  const notFound: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) notFound.push(response.url());
  });
  await page.goto("/signin");
  await page.waitForLoadState("networkidle");
  expect(notFound).toEqual([]);
});
