// Sessions: an idle browser is warned, then signed out; "sign out everywhere" ends other devices.
import { createUser, expect, signedInContext, test } from "./support/fixtures";

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
