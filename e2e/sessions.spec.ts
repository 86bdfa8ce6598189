// Sessions: an idle browser is warned, then signed out; "sign out everywhere" ends other devices.
import { createUser, database, expect, signedInContext, signIn, test } from "./support/fixtures";

test("an idle session is warned two minutes before the limit, then signed out", async ({ browser }) => {
  const user = await createUser();
  const { context, page } = await signedInContext(browser, user);
  await page.clock.install();
  await page.goto("/cases");
  await expect(page.getByTestId("viewer-name")).toBeVisible();
  await page.clock.fastForward("28:30");
  await expect(page.getByTestId("idle-warning")).toBeVisible();
  await page.getByRole("button", { name: "Stay signed in" }).click();
  await expect(page.getByTestId("idle-warning")).toBeHidden();
  await page.clock.fastForward("30:05");
  await expect(page).toHaveURL(/\/signin\?reason=idle/, { timeout: 15_000 });
  await expect(page.getByText("signed out after a period without activity")).toBeVisible();
  await context.close();
});

test("sign out everywhere ends the account's sessions on other devices", async ({ browser }) => {
  const user = await createUser();
  const laptop = await signedInContext(browser, user);
  const phone = await signedInContext(browser, user);
  await phone.page.goto("/cases");
  await expect(phone.page.getByTestId("viewer-name")).toBeVisible();

  await laptop.page.goto("/account");
  await laptop.page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop.page).toHaveURL(/\/signin/);

  await phone.page.goto("/cases");
  await expect(phone.page).toHaveURL(/\/signin/);
  await laptop.context.close();
  await phone.context.close();
});

test("signing out ends that session on the server: a copy of its cookie opens nothing and cannot be renewed", async ({ browser, playwright, baseURL }) => {
  const user = await createUser();
  const { context, page } = await signedInContext(browser, user);
  await page.goto("/cases");
  await expect(page.getByTestId("viewer-name")).toBeVisible();
  // Someone copies the cookie (a shared workstation, a proxy's log) before the user signs out.
  const copied = (await context.cookies()).filter((cookie) => cookie.name.includes("session-token"));
  expect(copied.length).toBeGreaterThan(0);
  const other = await signedInContext(browser, user); // the same person on another device

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin|\/$/);

  const replay = await playwright.request.newContext({ baseURL, storageState: { cookies: copied, origins: [] } });
  expect((await replay.get("/cases", { maxRedirects: 0 })).status()).toBe(307);
  expect((await replay.get(`/api/cases/x/comments`)).status()).toBe(401);
  // The idle guard's refresh would renew a live token: for an ended one it answers no session.
  expect(await (await replay.get("/api/auth/session")).json()).toEqual({});
  expect((await replay.get("/cases", { maxRedirects: 0 })).status()).toBe(307);
  await replay.dispose();

  // Only that session ended: the other device is still signed in.
  await other.page.goto("/cases");
  await expect(other.page.getByTestId("viewer-name")).toBeVisible();
  await other.context.close();
  await context.close();
});

test("the client's address comes from the connection, not from an X-Forwarded-For it sends", async ({ playwright, baseURL }) => {
  const user = await createUser();
  const forged = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.77", "X-Rounds-Client-Address": "203.0.113.78" } });
  await signIn(forged, user.email, user.password);
  const signInRow = await database().auditEvent.findFirst({ where: { actorId: user.id, action: "auth.sign_in" }, orderBy: { at: "desc" }, select: { ip: true } });
  expect(signInRow?.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  await forged.dispose();
});
