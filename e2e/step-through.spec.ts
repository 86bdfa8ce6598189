// A step-through unknown (issue 26 item 1, decision 088), as a learner meets it on a phone: the
// presentation and the first study; the next study reaches neither the HTML nor the RSC payload
// until they commit a differential, by keyboard; their list at each step comes back at the end.
import type { Page } from "@playwright/test";
import { expectNoAxeViolations, expectNoHorizontalScroll, tabTo } from "./support/a11y";
import { event, seedCase, study, uid } from "./support/cases";
import { createUser, database, expect, signedInContext, test } from "./support/fixtures";

async function commitByKeyboard(page: Page, query: string, button: string) {
  const form = page.getByTestId("my-differential");
  const combobox = form.getByRole("combobox", { name: "Diagnosis" }).first();
  await tabTo(page, combobox);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(query);
  await expect(page.getByRole("listbox").getByRole("option").filter({ hasNotText: /^Propose/ }).first()).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(combobox).not.toHaveValue(query);
  await tabTo(page, form.getByRole("button", { name: button }));
  await page.keyboard.press("Enter");
}

test("a learner unlocks each next study by committing a differential, and sees how their thinking moved", async ({ browser }) => {
  test.setTimeout(120_000);
  const tag = uid();
  const [second, after] = [`Oedema now in the distal tibia ${tag}`, `Pain-free at a year ${tag}`];
  const [author, learner] = await Promise.all([createUser("resident"), createUser("clinician")]);
  const { id: caseId } = await seedCase(author.id, {
    status: "unknown",
    stepThrough: true,
    timeline: [
      study({ dayOffset: 0, region: "Ankle", findings: "Talar marrow oedema." }),
      event({ dayOffset: 30, description: `Offloading in a boot ${tag}` }),
      study({ dayOffset: 120, region: "Ankle", findings: second, change: "progression" }),
      event({ dayOffset: 365, kind: "outcome", description: after }),
    ],
    resolution: { diagnosis: "Transient bone marrow oedema", certainty: "probable", basis: "clinical_course" },
  });
  await database().case.update({ where: { id: caseId }, data: { pollState: "open" } });

  const { context, page } = await signedInContext(browser, learner);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [label, headers] of [["page HTML", {}], ["RSC payload", { RSC: "1" }]] as Array<[string, Record<string, string>]>) {
    const response = await context.request.get(`/cases/${caseId}`, { headers });
    expect(response.status(), label).toBe(200);
    const text = await response.text();
    expect(text, label).toContain("Talar marrow oedema.");
    expect(text, label).not.toContain(tag);
  }

  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("timeline").getByTestId("when")).toHaveText(["Day 0"]);
  await expect(page.getByTestId("step-locked")).toBeVisible();
  await expectNoHorizontalScroll(page, "step-through case");
  await expectNoAxeViolations(page, "step-through case, first step");

  await commitByKeyboard(page, "stress fracture", "Commit and see what comes next");
  await expect(page.getByTestId("timeline")).toContainText(second);
  await expect(page.getByTestId("timeline")).not.toContainText(after);
  const rsc = await (await context.request.get(`/cases/${caseId}`, { headers: { RSC: "1" } })).text();
  expect(rsc).toContain(second);
  expect(rsc).not.toContain(after);

  await commitByKeyboard(page, "transient", "Commit and see what comes next");
  await expect(page.getByTestId("timeline")).toContainText(after);
  await expect(page.getByTestId("step-locked")).toHaveCount(0);
  const record = page.getByTestId("step-record");
  await expect(record.getByTestId("my-step")).toHaveCount(2);
  await expect(record.getByRole("table", { name: "Your differential at each step, most likely first" })).toBeVisible();
  await expectNoHorizontalScroll(page, "step record");
  await expectNoAxeViolations(page, "step-through case, whole course seen");

  // Another learner starts at the beginning: nothing of the first learner's progress.
  const other = await createUser("clinician");
  const second_ = await signedInContext(browser, other);
  expect(await (await second_.context.request.get(`/cases/${caseId}`, { headers: { RSC: "1" } })).text()).not.toContain(tag);
  await second_.context.close();
  await context.close();
});

test("the author marks an unknown case step-through in the case form", async ({ browser }) => {
  const author = await createUser("resident");
  const { id: caseId } = await seedCase(author.id, {
    status: "unknown",
    timeline: [study({ dayOffset: 0, findings: "Marrow oedema." }), study({ dayOffset: 28, findings: "Fracture line." })],
    resolution: { diagnosis: "Stress fracture", certainty: "probable", basis: "follow_up_imaging" },
  });
  const { context, page } = await signedInContext(browser, author);
  await page.goto(`/cases/${caseId}/edit`);
  await page.getByRole("checkbox", { name: "Step through the studies" }).check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(new RegExp(`/cases/${caseId}$`));
  expect((await database().case.findUniqueOrThrow({ where: { id: caseId }, select: { stepThrough: true } })).stepThrough).toBe(true);
  await context.close();
});
