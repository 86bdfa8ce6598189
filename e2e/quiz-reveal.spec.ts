// A team collection played as a quiz by a team member, as the outside tester played it: nothing of
// the answer (the answer entries, the impression, the outcome, the diagnosis) in the HTML or the RSC
// payload before the commit; catalogue typeahead on every answer field, and a refused name named
// with its field and the closest entry; after the commit the whole course as the case page shows
// it; after the last case, the score; ?i past the end or invalid handled; the phone width.
import { expectNoAxeViolations, expectNoHorizontalScroll } from "./support/a11y";
import { event, seedCase, study, uid } from "./support/cases";
import { createTeam } from "./support/conferences";
import { database, expect, test } from "./support/fixtures";

test("a quiz shows nothing of the answer before the commit, then the whole course, then the score", async ({ user, otherUser, otherPage: page, http }) => {
  const tag = uid();
  const team = await createTeam([{ user, role: "owner" }, { user: otherUser, role: "member" }]);
  const freiberg = await seedCase(user.id, {
    title: `Freiberg infraction in a dancer ${tag}`, status: "resolved", visibility: "team", teamId: team.id,
    presentation: `Dancer with pain under the second toe for six weeks (${tag}).`,
    timeline: [
      study({ dayOffset: 0, findings: `Flattening of the second metatarsal head ${tag}.`, impression: `Early Freiberg infraction ${tag}imp.` }),
      study({ dayOffset: 56, label: "+8 weeks", findings: `Zqhidden${tag} collapse of the head.`, partOfAnswer: true }),
      event({ dayOffset: 180, kind: "outcome", description: `Zqoutcome${tag} pain-free after offloading.` }),
    ],
    resolution: { diagnosis: "Freiberg infraction", certainty: "certain", explanation: `Zqexplain${tag}.`, teachingPoints: `Zqteach${tag}.` },
  });
  const second = await seedCase(user.id, {
    title: `Runner ${tag}`, status: "resolved", visibility: "team", teamId: team.id,
    timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the second metatarsal shaft." })],
    resolution: { diagnosis: "Metatarsal stress fracture", certainty: "certain" },
  });
  const collection = await database().collection.create({
    data: {
      title: `Forefoot quiz ${tag}`, visibility: "team", teamId: team.id, ownerId: user.id,
      items: { create: [{ caseId: freiberg.id, position: 0 }, { caseId: second.id, position: 1 }] },
    },
    select: { id: true },
  });
  const quiz = `/collections/${collection.id}/quiz`;

  await page.goto(`${quiz}?i=0`);
  await expect(page.getByTestId("quiz-presentation")).toContainText("Dancer with pain");
  const secrets = [`Zqhidden${tag}`, `Zqoutcome${tag}`, `${tag}imp`, "Freiberg infraction", `Zqexplain${tag}`, `Zqteach${tag}`, `in a dancer ${tag}`];
  const html = await page.content();
  const rsc = await (await (await http(page)).get(`${quiz}?i=0`, { headers: { RSC: "1" } })).text();
  for (const secret of secrets) {
    expect(html, secret).not.toContain(secret);
    expect(rsc, secret).not.toContain(secret);
  }
  await expect(page.getByTestId("timeline")).toContainText(`Flattening of the second metatarsal head ${tag}.`);

  // Names typed without picking a suggestion: the one the catalogue does not know is named, with its field and the closest entry.
  const final = page.getByRole("combobox", { name: "Final answer" });
  const differential1 = page.getByRole("combobox", { name: /^Differential 1/ });
  await differential1.fill("plantar plate tear");
  await differential1.press("Escape");
  await final.fill("Freiberg");
  await expect(page.getByRole("option", { name: /Freiberg infraction/ })).toBeVisible();
  await final.press("Escape");
  await page.getByRole("button", { name: "Commit and reveal" }).click();
  await expect(page.getByTestId("quiz-form").getByRole("alert").first()).toContainText("Final answer (“Freiberg”)");
  await expect(page.getByTestId("quiz-error-final")).toContainText("Did you mean “Freiberg infraction”?");
  await expect(page.getByTestId("quiz-error-differential-0")).toHaveCount(0);
  await expectNoAxeViolations(page, "the quiz's answer form with a refused name");

  // The typeahead, by keyboard: the first suggestion for "Freiberg" is the entry.
  await final.fill("Freiberg");
  await expect(page.getByRole("option", { name: /Freiberg infraction/ }).first()).toBeVisible();
  await final.press("ArrowDown");
  await final.press("ArrowUp");
  await final.press("Enter");
  await expect(final).toHaveValue("Freiberg infraction");
  await page.getByRole("button", { name: "Commit and reveal" }).click();

  const reveal = page.getByTestId("quiz-reveal");
  await expect(reveal).toContainText("correct");
  await expect(page.getByTestId("answer")).toContainText(`Zqteach${tag}`);
  // The whole course, as the case page shows it to this member: the answer study, the impression, the outcome.
  const timeline = page.getByTestId("timeline");
  for (const shown of [`Zqhidden${tag}`, `${tag}imp`, `Zqoutcome${tag}`]) await expect(timeline).toContainText(shown);
  await expect(timeline.getByTestId("answer-entry")).toHaveCount(1);
  await expectNoAxeViolations(page, "the quiz's reveal");

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page, "the quiz's reveal");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The last case has a way to the score; the score counts what was answered and right.
  await page.getByRole("link", { name: "Next case →" }).click();
  await expect(page.getByText("case 2 of 2")).toBeVisible();
  await page.getByTestId("quiz-finish").click();
  const summary = page.getByTestId("quiz-summary");
  await expect(summary).toBeVisible();
  await expect(page.getByTestId("quiz-answered")).toHaveText("1 of 2");
  await expect(page.getByTestId("quiz-score")).toHaveText("1 of 1");
  await expect(summary.getByRole("link", { name: "Your learning record" })).toHaveAttribute("href", "/me/record");
  await expect(summary.getByRole("link", { name: "Back to the collection" })).toHaveAttribute("href", `/collections/${collection.id}`);
  await expectNoAxeViolations(page, "the quiz's summary");
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalScroll(page, "the quiz's summary");
  await page.setViewportSize({ width: 1280, height: 800 });

  // Far past the end: the summary, not a 404; negative or not a number: the first case.
  const past = await page.goto(`${quiz}?i=99`);
  expect(past?.status()).toBe(200);
  await expect(page.getByTestId("quiz-summary")).toBeVisible();
  for (const invalid of ["-1", "abc", "1.5"]) {
    await page.goto(`${quiz}?i=${invalid}`);
    await expect(page).toHaveURL(new RegExp(`${quiz}\\?i=0$`));
    await expect(page.getByText("case 1 of 2")).toBeVisible();
  }
});

test("the quiz on a phone: the answer form with its typeahead fits 390 px", async ({ user, userPage: page }) => {
  const tag = uid();
  const kase = await seedCase(user.id, {
    title: `Runner ${tag}`, status: "resolved",
    timeline: [study({ dayOffset: 0, findings: "Marrow oedema of the second metatarsal shaft." })],
    resolution: { diagnosis: "Metatarsal stress fracture", certainty: "certain" },
  });
  const collection = await database().collection.create({
    data: { title: `Phone quiz ${tag}`, ownerId: user.id, items: { create: [{ caseId: kase.id, position: 0 }] } },
    select: { id: true },
  });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/collections/${collection.id}/quiz`);
  const final = page.getByRole("combobox", { name: "Final answer" });
  await final.fill("stress fra");
  await expect(page.getByRole("option").first()).toBeVisible();
  await expectNoHorizontalScroll(page, "the quiz's answer form with suggestions open");
  await page.getByRole("option", { name: /Metatarsal stress fracture/ }).first().click();
  await page.getByRole("button", { name: "Commit and reveal" }).click();
  await expect(page.getByTestId("quiz-reveal")).toContainText("correct");
  await expectNoHorizontalScroll(page, "the quiz's reveal");
});
