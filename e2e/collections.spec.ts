// A collection made from a case page's link, played as a quiz: the answer is in neither the HTML
// nor the RSC payload before the learner commits, then revealed and scored.
import { seedCase, study, uid } from "./support/cases";
import { expect, test } from "./support/fixtures";

test("a collection played as a quiz hides the answer until the commit", async ({ userPage: page, user, http }) => {
  const tag = uid();
  const kase = await seedCase(user.id, {
    title: `Runner with forefoot pain ${tag}`, status: "resolved", tags: [`giveaway${tag}`],
    timeline: [study({ dayOffset: 0, modality: "MRI", region: "Foot", findings: `Marrow oedema of the second metatarsal ${tag}.` })],
    resolution: { diagnosis: "Metatarsal stress fracture", certainty: "certain", teachingPoints: `Load ${tag} teaching.` },
  });

  await page.goto(`/collections?case=${kase.id}`);
  await page.getByLabel("Title").fill(`Forefoot quiz ${tag}`);
  await page.getByRole("button", { name: "Create with this case" }).click();
  await expect(page.getByTestId("collection-title")).toHaveText(`Forefoot quiz ${tag}`);
  await expect(page.getByTestId("collection-item")).toHaveCount(1);

  await page.getByRole("link", { name: "Play as a quiz" }).click();
  await expect(page.getByTestId("quiz-presentation")).toBeVisible();
  const quizUrl = page.url();
  const secrets = [`Runner with forefoot pain ${tag}`, `giveaway${tag}`, "Metatarsal stress fracture", `Load ${tag} teaching`];
  const html = await page.content();
  const request = await http(page);
  const rsc = await (await request.get(quizUrl, { headers: { RSC: "1" } })).text();
  for (const secret of secrets) {
    expect(html).not.toContain(secret);
    expect(rsc).not.toContain(secret);
  }

  await page.getByLabel("Differential 1").fill("Osteoid osteoma");
  await page.getByLabel("Final answer").fill("metatarsal stress fracture");
  await page.getByRole("button", { name: "Commit and reveal" }).click();
  await expect(page.getByTestId("quiz-reveal")).toContainText("correct");
  await expect(page.getByTestId("answer")).toContainText("Metatarsal stress fracture");
});
