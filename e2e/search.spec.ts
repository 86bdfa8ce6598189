// Searching the library from the header ("/" focuses the box) and narrowing it with filters; the
// URL carries the search, so the back button returns to the previous results.
import { seedCase, study, uid } from "./support/cases";
import { expect, test } from "./support/fixtures";

test.describe("search", () => {
  test("from the header with '/', spelling-tolerant, marked snippet, then filtered and cleared", async ({ userPage: page, user }) => {
    const tag = uid();
    const ankle = await seedCase(user.id, {
      title: `Ankle case ${tag}`, region: "Ankle", tags: [`t${tag}`],
      timeline: [study({ dayOffset: 0, modality: "MRI", region: "Ankle", findings: `Talar haemorrhage and marrow oedema ${tag}.` })],
    });
    const knee = await seedCase(user.id, {
      title: `Knee case ${tag}`, region: "Knee",
      timeline: [study({ dayOffset: 0, modality: "CT", region: "Knee", findings: `Lipohaemarthrosis with edema ${tag}.` })],
    });

    await page.goto("/");
    // "/" works once the header has hydrated; a key pressed before that is lost, as in a browser.
    const headerSearch = page.getByTestId("header-search");
    await expect(async () => {
      if (!(await headerSearch.evaluate((input) => input === document.activeElement))) await page.keyboard.press("/");
      await expect(headerSearch).toBeFocused({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(headerSearch).toHaveValue("");
    await page.keyboard.type(`edema ${tag}`);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/cases\\?q=edema`));
    await expect(page.getByTestId("result-count")).toHaveText("2 cases");
    const ankleCard = page.getByTestId("case-card").filter({ hasText: `Ankle case ${tag}` });
    await expect(ankleCard.getByTestId("snippet").locator("mark").first()).toHaveText("oedema");

    // Narrow by region with the filter form; the facet count is shown beside the value.
    await expect(page.getByLabel("Body region")).toContainText("Ankle (1)");
    await page.getByLabel("Body region").selectOption("Ankle");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/region=Ankle/);
    await expect(page.getByTestId("case-card")).toHaveCount(1);
    await expect(page.getByTestId("case-card")).toContainText(`Ankle case ${tag}`);

    // Back returns to both results; removing the filter from its chip does the same.
    await page.goBack();
    await expect(page.getByTestId("result-count")).toHaveText("2 cases");
    await page.goForward();
    await page.getByRole("link", { name: "Remove filter Region" }).click();
    await expect(page.getByTestId("result-count")).toHaveText("2 cases");

    // A tag on the case page links to the filtered library.
    await page.goto(`/cases/${ankle.id}`);
    await page.getByRole("link", { name: `t${tag}` }).click();
    await expect(page).toHaveURL(new RegExp(`tag=t${tag}`));
    await expect(page.getByTestId("case-card")).toHaveCount(1);
    expect(knee.id).not.toBe(ankle.id);
  });

  test("an empty search offers to clear a filter", async ({ userPage: page }) => {
    const tag = uid();
    await page.goto(`/cases?q=${tag}&region=Knee`);
    await expect(page.getByTestId("empty-results")).toBeVisible();
    await page.getByRole("link", { name: /Clear the filter/ }).click();
    await expect(page).toHaveURL(new RegExp(`/cases\\?q=${tag}$`));
  });
});
