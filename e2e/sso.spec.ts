// Hospital single sign-on against a real OpenID Connect provider (oidc-provider) started here on
// localhost: linking to an existing account by verified email, creating a new account, and a
// wrong client secret (the second app instance is configured with one) giving a clear error.
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { Page } from "@playwright/test";
import Provider from "oidc-provider";
import { OIDC, SECOND_INSTANCE_URL } from "../playwright.config";
import { createUser, database, expect, test } from "./support/fixtures";

// One provider on one port: these tests share it, in order.
test.describe.configure({ mode: "serial" });

const people = new Map<string, { email: string; name: string; verified: boolean }>();
let server: Server;

test.beforeAll(async ({ baseURL }) => {
  const provider = new Provider(`http://localhost:${OIDC.port}`, {
    clients: [{
      client_id: OIDC.clientId,
      client_secret: OIDC.secret,
      redirect_uris: [`${baseURL}/api/auth/callback/hospital`, `${SECOND_INSTANCE_URL}/api/auth/callback/hospital`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
    }],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    async findAccount(_context, id) {
      const person = people.get(id);
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, email: person.email, email_verified: person.verified, name: person.name }) };
    },
  });
  server = provider.listen(OIDC.port);
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The provider's own development login and consent screens. */
async function signInAtHospital(page: Page, account: string) {
  await page.getByRole("button", { name: "Sign in with your hospital account" }).click();
  await page.locator('input[name="login"]').fill(account);
  await page.locator('input[name="password"]').fill("any");
  await page.locator('button[type="submit"]').click();
  await page.locator('button[type="submit"]').click(); // consent
}

test("first hospital sign-in links to the account with the same verified email", async ({ page }) => {
  const user = await createUser("clinician", `Dr Linked ${Date.now()}`);
  const account = `hosp-${randomBytes(4).toString("hex")}`;
  people.set(account, { email: user.email, name: "Name From Hospital", verified: true });
  await page.goto("/signin?callbackUrl=%2Fcases");
  await signInAtHospital(page, account);
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByTestId("viewer-name")).toHaveText(user.name);
  expect((await database().user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe(account);
});

test("a hospital user without an account gets one", async ({ page }) => {
  const account = `hosp-${randomBytes(4).toString("hex")}`;
  const email = `${account}@hospital.example`;
  people.set(account, { email, name: "Dr New Starter", verified: true });
  await page.goto("/signin");
  await signInAtHospital(page, account);
  await expect(page.getByTestId("viewer-name")).toHaveText("Dr New Starter");
  expect(await database().user.findUnique({ where: { email }, select: { oidcSubject: true, passwordHash: true } })).toEqual({ oidcSubject: account, passwordHash: null });
});

test("an unverified email is not linked to an existing account", async ({ page }) => {
  const user = await createUser();
  const account = `hosp-${randomBytes(4).toString("hex")}`;
  people.set(account, { email: user.email, name: "Impostor", verified: false });
  await page.goto("/signin");
  await signInAtHospital(page, account);
  await expect(page.getByTestId("signin-error")).toContainText("did not confirm your email");
  expect((await database().user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBeNull();
});

test("a wrong client secret gives a clear error page", async ({ page }) => {
  const account = `hosp-${randomBytes(4).toString("hex")}`;
  people.set(account, { email: `${account}@hospital.example`, name: "Dr Secret", verified: true });
  await page.goto(`${SECOND_INSTANCE_URL}/signin`);
  await signInAtHospital(page, account);
  await expect(page).toHaveURL(/\/signin\?.*error=OAuthCallback/);
  await expect(page.getByTestId("signin-error")).toContainText("did not accept Rounds' credentials");
});
