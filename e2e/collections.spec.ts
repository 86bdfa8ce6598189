// A collection made from a case page's link, played as a quiz: the answer is in neither the HTML
// nor the RSC payload before the learner commits, then revealed and scored.
import { seedCase, study, uid } from "./support/cases";
import { database, expect, test } from "./support/fixtures";
import { hasHorizontalScroll } from "./support/pages";

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

// Issue 27 item 6, "add from the library" (tester's defects): every library card has "Add to
// collection" (keyboard, a phone's width), the collection page searches the library to add cases,
// its note field is usable on a phone, and one case reads "1 case".
test("cases are added to a collection from library cards and from the collection page's library search", async ({ userPage: page, user }) => {
  const tag = uid();
  const [first, second] = await Promise.all([
    seedCase(user.id, { title: `Library pick one ${tag}`, presentation: `Heel pain ${tag}.` }),
    seedCase(user.id, { title: `Library pick two ${tag}`, presentation: `Heel pain ${tag}, second case.` }),
  ]);

  // A search result's card, from the keyboard: open the disclosure, make a collection with the case.
  await page.goto(`/cases?q=${tag}`);
  const card = page.getByTestId("case-card").filter({ hasText: `Library pick one ${tag}` });
  const summary = card.getByText("Add to collection", { exact: true });
  await summary.focus();
  await page.keyboard.press("Enter");
  await card.getByLabel("A new collection").fill(`Heel set ${tag}`);
  await card.getByRole("button", { name: "Create and add" }).click();
  await expect(card.getByRole("status")).toHaveText(`Added to the new collection “Heel set ${tag}”.`);
  await expect(card.getByText(`Already in “Heel set ${tag}”.`)).toBeVisible();

  // The plain library's card of the second case, at a phone's width: pick the same collection.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cases");
  const secondCard = page.getByTestId("case-card").filter({ hasText: `Library pick two ${tag}` });
  await secondCard.getByText("Add to collection", { exact: true }).click();
  await secondCard.getByLabel("Your collection").selectOption({ label: `Heel set ${tag}` });
  await secondCard.getByRole("button", { name: "Add", exact: true }).click();
  await expect(secondCard.getByRole("status")).toHaveText(`Added to “Heel set ${tag}”.`);
  expect(await hasHorizontalScroll(page)).toBe(false);
  const collectionId = (await database().collection.findFirstOrThrow({ where: { ownerId: user.id, title: `Heel set ${tag}` }, select: { id: true } })).id;
  expect(await database().collectionItem.count({ where: { collectionId } })).toBe(2);

  // The collection page on the phone: each note field spans the card.
  await page.goto(`/collections/${collectionId}`);
  await expect(page.getByTestId("collection-count")).toHaveText("2 cases");
  const note = page.getByLabel(`Note for Library pick one ${tag}`);
  const noteBox = (await note.boundingBox())!;
  const itemBox = (await page.getByTestId("collection-item").first().boundingBox())!;
  expect(noteBox.width).toBeGreaterThan(itemBox.width - 40);
  expect(await hasHorizontalScroll(page)).toBe(false);
  await page.getByRole("button", { name: `Remove Library pick two ${tag}` }).click();
  await expect(page.getByTestId("collection-count")).toHaveText("1 case");

  // The collection page's library search adds it back, once.
  const picker = page.getByTestId("case-picker");
  await picker.getByLabel("Search the library").fill(tag);
  await picker.getByRole("button", { name: "Search" }).click();
  const result = picker.getByTestId("case-picker-result").filter({ hasText: `Library pick two ${tag}` });
  await expect(picker.getByTestId("case-picker-result").filter({ hasText: `Library pick one ${tag}` })).toContainText("In this collection");
  await result.getByRole("button", { name: `Add Library pick two ${tag}` }).click();
  await expect(result).toContainText("In this collection");
  await expect(page.getByTestId("collection-item")).toHaveCount(2);
  await expect(page.getByTestId("collection-count")).toHaveText("2 cases");
  expect(await database().collectionItem.count({ where: { collectionId } })).toBe(2);
  expect(first.id).not.toBe(second.id);
});
