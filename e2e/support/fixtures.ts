// Test fixtures: users are created in the database and signed in over HTTP, not through the UI
// (only the auth spec exercises the forms). Random emails let specs run in parallel.
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { connect } from "../../prisma/seed-runner";

export const DEMO_PASSWORD = "rounds-demo-2026";
export type Role = "resident" | "clinician" | "educator" | "admin";

let client: ReturnType<typeof connect> | undefined;
export function database() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the e2e tests through `npm test` or `npm run test:e2e`.");
  return (client ??= connect(url));
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

export async function createUser(role: Role = "clinician", name?: string): Promise<TestUser> {
  const suffix = randomBytes(4).toString("hex");
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const email = `e2e-${role}-${suffix}@example.test`;
  const user = await database().user.create({
    data: { email, name: name ?? `Dr Test ${suffix}`, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true },
  });
  return { ...user, password };
}

/** Signs `request` (a context's or page's) in through next-auth's credentials callback. */
export async function signIn(request: APIRequestContext, email: string, password: string): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  expect(response.ok(), `sign-in of ${email} failed`).toBeTruthy();
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email).toBe(email);
}

export async function signedInContext(browser: Browser, user: { email: string; password: string }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await signIn(context.request, user.email, user.password);
  return { context, page: await context.newPage() };
}

/** Opens a request context with the cookies `page` has now (signed in as its user), or none. */
export type OpenHttp = (page?: Page) => Promise<APIRequestContext>;

export const test = base.extend<{ user: TestUser; userPage: Page; otherUser: TestUser; otherPage: Page; http: OpenHttp }>({
  user: async ({}, use) => use(await createUser()),
  userPage: async ({ page, user }, use) => {
    await signIn(page.context().request, user.email, user.password);
    await use(page);
  },
  /** A second clinician, signed in in a browser context of their own (for cross-user checks). */
  otherUser: async ({}, use) => use(await createUser("clinician")),
  otherPage: async ({ browser, otherUser }, use) => {
    const { context, page } = await signedInContext(browser, otherUser);
    await use(page);
    await context.close();
  },
  /**
   * Raw HTTP checks (server action POSTs, RSC payloads, exports) go through a context opened at
   * that moment, not `page.request`: a context keeps its sockets alive, and one left idle for the
   * server's keep-alive timeout (Node's 5 s, server.ts) can be reset as it is reused
   * (microsoft/playwright#42701), which shows up as a random ECONNRESET after some browser work.
   */
  http: async ({ playwright, baseURL }, use) => {
    const opened: APIRequestContext[] = [];
    await use(async (page) => {
      const context = await playwright.request.newContext({ baseURL, storageState: page ? await page.context().storageState() : undefined });
      opened.push(context);
      return context;
    });
    await Promise.all(opened.map((context) => context.dispose()));
  },
});

export { expect };
