// Unknown cases as a teacher expects them (issue 26 items 1-3, 5, 7): the course that gives the
// answer away stays hidden until the reveal, the author does not guess their own case, the reveal
// starts from the authored answer and says what it changes, errors point at their line.
import { event, seedCase, study, uid } from "./support/cases";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

async function unknownCaseWithAnswerEntries(authorId: string, secret: string) {
  const diagnosis = await database().diagnosis.findFirstOrThrow({ where: { slug: "transient-bone-marrow-oedema" }, select: { id: true, name: true } });
  const { id } = await seedCase(authorId, {
    status: "unknown",
    timeline: [
      study({ dayOffset: 0, region: "Ankle", findings: "Talar marrow oedema." }),
      study({ dayOffset: 183, region: "Ankle", findings: `Marrow normal again ${secret}`, change: "resolution", partOfAnswer: true }),
      event({ dayOffset: 365, kind: "outcome", description: `Pain-free at a year ${secret}`, partOfAnswer: true }),
    ],
    resolution: {
      diagnosis: diagnosis.name, certainty: "probable", basis: "clinical_course",
      explanation: "Migrating marrow oedema that settled by itself.\n\nNo fracture line, normal labs.",
      teachingPoints: "- **Offsets**, not dates\n- Serial MRI shows the migration",
    },
  });
  await database().resolution.update({ where: { caseId: id }, data: { diagnosisId: diagnosis.id } });
  await database().case.update({ where: { id }, data: { pollState: "open" } });
  return id;
}

test("timeline entries that are part of the answer reach no participant before the reveal: HTML, RSC, export, thinking and comments APIs", async ({ browser }) => {
  const secret = `answer-entry-${uid()}`;
  const [author, peer] = await Promise.all([createUser("resident"), createUser("clinician")]);
  const caseId = await unknownCaseWithAnswerEntries(author.id, secret);
  const { context, page } = await signedInContext(browser, peer);
  for (const [label, url, headers] of [
    ["page HTML", `/cases/${caseId}`, {}],
    ["RSC payload", `/cases/${caseId}`, { RSC: "1" }],
    ["export API", `/api/cases/${caseId}/export`, {}],
    ["thinking API", `/api/cases/${caseId}/thinking`, {}],
    ["comments API", `/api/cases/${caseId}/comments`, {}],
  ] as Array<[string, string, Record<string, string>]>) {
    const response = await context.request.get(url, { headers });
    expect(response.status(), label).toBeLessThan(500);
    expect(await response.text(), label).not.toContain(secret);
  }
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("timeline").getByTestId("when")).toHaveText(["Day 0"]);

  // The author sees them, marked.
  const own = await signedInContext(browser, author);
  await own.page.goto(`/cases/${caseId}`);
  await expect(own.page.getByTestId("answer-entry")).toHaveCount(2);
  await expect(own.page.getByTestId("timeline")).toContainText(secret);
  await context.close();
  await own.context.close();
});

test("the author cannot vote on their own unknown case; the reveal form starts from the authored answer and lists what changes; teaching points render as Markdown", async ({ browser }) => {
  const secret = `reveal-${uid()}`;
  const author = await createUser("resident");
  const caseId = await unknownCaseWithAnswerEntries(author.id, secret);
  const { context, page } = await signedInContext(browser, author);
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByText("You know the answer.")).toBeVisible();
  await expect(page.getByTestId("my-differential")).toHaveCount(0);
  await expect(page.getByTestId("poll").getByRole("button", { name: /^(Vote|Change vote)$/ })).toHaveCount(0);

  await page.getByRole("button", { name: "Reveal the answer…" }).click();
  const form = page.getByTestId("reveal-form");
  await expect(form.getByRole("combobox", { name: "Final diagnosis" })).toHaveValue("Transient bone marrow oedema syndrome");
  await expect(form.getByLabel("Certainty")).toHaveValue("probable");
  await expect(form.getByLabel("Explanation")).toHaveValue("Migrating marrow oedema that settled by itself.\n\nNo fracture line, normal labs.");
  await form.getByLabel("Certainty").selectOption("almost_certain");
  await form.getByRole("button", { name: "Reveal to everyone" }).click();
  const changes = form.getByTestId("reveal-changes");
  await expect(changes).toContainText("Certainty");
  await expect(changes).toContainText("Probable");
  await expect(changes).toContainText("Almost certain");
  await changes.getByRole("button", { name: "Confirm these changes and reveal" }).click();

  const answer = page.getByTestId("answer");
  await expect(answer).toContainText("Almost certain", { timeout: 10_000 });
  await expect(answer).toContainText("No fracture line, normal labs.");
  await expect(answer.getByTestId("teaching-points").locator("li strong")).toHaveText("Offsets");
  await expect(page.getByTestId("timeline")).toContainText(secret);
  await context.close();
});

test("differential lines without a rationale are accepted, and an error points at its line", async ({ browser }) => {
  const [author, peer] = await Promise.all([createUser("resident"), createUser("clinician")]);
  const caseId = await unknownCaseWithAnswerEntries(author.id, uid());
  const { context, page } = await signedInContext(browser, peer);
  await page.goto(`/cases/${caseId}`);
  const form = page.getByTestId("my-differential");
  const first = form.getByRole("listitem", { name: "Diagnosis 1" });
  await first.getByRole("combobox", { name: "Diagnosis" }).fill("osteonecrosis");
  await page.getByRole("option", { name: /^Osteonecrosis/i }).first().click();
  await form.getByRole("button", { name: "+ Add diagnosis" }).click();
  await form.getByRole("button", { name: "Commit differential" }).click();
  await expect(form.getByTestId("line-error-2")).toContainText("Choose a diagnosis");
  await expect(form.getByTestId("line-error-1")).toHaveCount(0);
  await form.getByRole("button", { name: "Remove diagnosis 2" }).click();
  await form.getByRole("button", { name: "Commit differential" }).click();
  await expect(form.getByText("Your differential is saved.")).toBeVisible();
  await context.close();
});
