// The heart of an unknown case: blind differentials, the vote, the reveal, the learning record,
// and the secrecy of the answer in every output a non-author can fetch.
import type { APIRequestContext, Page } from "@playwright/test";
import { DIAGNOSIS_CATALOGUE } from "../lib/diagnoses/catalogue/index";
import { seedCase } from "./support/cases";
import { createUser, database, expect, signedInContext, signIn, test, type TestUser } from "./support/fixtures";

const ANSWER = DIAGNOSIS_CATALOGUE.find((entry) => entry.slug === "transient-bone-marrow-oedema")!;
const SECRET_TERMS = [ANSWER.name, ...ANSWER.synonyms].map((term) => term.toLowerCase());

/** The answer's names found as words: a short synonym ("TOH") also occurs inside random ids. */
function leaks(text: string): string[] {
  const lower = text.toLowerCase();
  return SECRET_TERMS.filter((term) => new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(lower));
}

/** Reads an SSE stream for a moment with the context's cookies, then stops. */
async function readStream(request: APIRequestContext, url: string, ms = 1_500): Promise<{ status: number; text: string }> {
  const state = await request.storageState();
  const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  const controller = new AbortController();
  const response = await fetch(url, { headers: { cookie, "last-event-id": "0" }, signal: controller.signal });
  let text = "";
  const reader = response.body!.getReader();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
  } catch {
    // aborted after `ms`: what arrived so far is the sample
  } finally {
    clearTimeout(timer);
  }
  return { status: response.status, text };
}

test("the demo unknown case's answer never reaches a non-author: HTML, RSC, APIs, stream, titles", async ({ browser, baseURL }) => {
  const outsider = await createUser("clinician");
  const { context, page } = await signedInContext(browser, outsider);
  const request = context.request;
  const caseId = "demo-talus-unknown";
  const outputs: Array<[string, string]> = [];
  const get = async (label: string, url: string, headers: Record<string, string> = {}) => {
    const response = await request.get(url, { headers });
    expect(response.status(), label).toBeLessThan(500);
    outputs.push([label, await response.text()]);
  };
  await get("page HTML", `/cases/${caseId}`);
  await get("RSC payload", `/cases/${caseId}`, { RSC: "1" });
  await get("RSC payload (_rsc)", `/cases/${caseId}?_rsc=abc`, { RSC: "1" });
  await get("library", "/cases");
  await get("library RSC", "/cases", { RSC: "1" });
  await get("dashboard", "/");
  await get("export API", `/api/cases/${caseId}/export`);
  await get("thinking API", `/api/cases/${caseId}/thinking`);
  await get("mentions API", `/api/cases/${caseId}/mentions?q=`);
  await get("notifications", "/notifications");
  await get("learning record", "/me/record");
  const comments = await database().comment.findMany({ where: { caseId }, select: { id: true } });
  for (const comment of comments) await get(`comment ${comment.id}`, `/api/cases/${caseId}/comments/${comment.id}`);
  const stream = await readStream(request, `${baseURL}/api/cases/${caseId}/events`);
  expect(stream.status).toBe(200);
  outputs.push(["event stream", stream.text]);

  await page.goto(`/cases/${caseId}`);
  outputs.push(["document title", await page.title()]);
  outputs.push(["rendered text", await page.locator("body").innerText()]);

  for (const [label, text] of outputs) expect(leaks(text), `${label} leaks the answer`).toEqual([]);
  // The check can fail: the author's own export does contain it.
  const author = await browser.newContext();
  await signIn(author.request, "resident@example.org", "rounds-demo-2026");
  expect(leaks(await (await author.request.get(`/api/cases/${caseId}/export`)).text())).not.toEqual([]);
  await author.close();
  await context.close();
});

async function openCase(page: Page, caseId: string) {
  await page.goto(`/cases/${caseId}`);
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
}

async function pick(page: Page, scope: ReturnType<Page["locator"]>, label: string, query: string, option: string) {
  const input = scope.getByRole("combobox", { name: label }).first();
  await input.fill(query);
  await page.getByRole("option", { name: new RegExp(option, "i") }).first().click();
}

async function commitDifferential(page: Page, diagnoses: Array<[string, string]>) {
  const form = page.getByTestId("my-differential");
  for (const [index, [query, option]] of diagnoses.entries()) {
    if (index > 0) await form.getByRole("button", { name: "+ Add diagnosis" }).click();
    const row = form.getByRole("listitem", { name: `Diagnosis ${index + 1}` });
    await pick(page, row, "Diagnosis", query, option);
    await row.getByLabel("Rationale").fill(`Reasoning for ${option}`);
  }
  await form.getByRole("button", { name: /Commit differential|Update differential/ }).click();
  await expect(form.getByText("Your differential is saved.")).toBeVisible();
}

async function vote(page: Page, query: string, option: string) {
  const poll = page.getByTestId("poll");
  await pick(page, poll, "Your vote", query, option);
  await poll.getByRole("button", { name: /^(Vote|Change vote)$/ }).click();
  await expect(poll.getByTestId("my-vote")).toContainText(option.replace(/[\^$]/g, ""));
}

test("three participants commit blind, vote, see the distribution after voting; the author closes and reveals", async ({ browser }) => {
  const author = await createUser("resident", `Dr Author ${Date.now()}`);
  const participants: TestUser[] = await Promise.all([createUser("resident"), createUser("clinician"), createUser("resident")]);
  // The author posts the demo talus case as their own unknown case (a copy with its answer).
  const demo = await database().case.findUniqueOrThrow({
    where: { id: "demo-talus-unknown" },
    include: { studies: true, events: true, resolution: true },
  });
  const kase = await database().case.create({
    data: {
      title: "Unknown: migrating ankle pain", presentation: demo.presentation, ageBand: demo.ageBand, sex: demo.sex, region: demo.region,
      status: "unknown", postedAsUnknown: true, pollState: "open", authorId: author.id,
      studies: { create: demo.studies.map(({ id: _id, caseId: _caseId, ...study }) => study) },
      events: { create: demo.events.map(({ id: _id, caseId: _caseId, ...event }) => event) },
      resolution: { create: { diagnosisId: demo.resolution!.diagnosisId, diagnosisText: demo.resolution!.diagnosisText, certainty: "almost_certain" } },
    },
    select: { id: true },
  });

  const pages = await Promise.all(participants.map((user) => signedInContext(browser, user)));
  const [p1, p2, p3] = pages.map((entry) => entry.page) as [Page, Page, Page];
  for (const page of [p1, p2, p3]) await openCase(page, kase.id);

  // First participant commits; the second, still blind, sees nothing of it.
  await commitDifferential(p1, [["osteonecr", "^Osteonecrosis$"], ["transient osteo", "Transient bone marrow oedema syndrome"]]);
  await expect(p1.getByTestId("group-differential")).toContainText("Osteonecrosis");
  await expect(p2.getByTestId("group-differential")).toContainText("Hidden until you commit");
  await expect(p2.getByTestId("group-differential")).not.toContainText("Osteonecrosis");

  await commitDifferential(p2, [["transiant osteoporosis", "Transient bone marrow oedema syndrome"]]);
  await expect(p2.getByTestId("group-differential").getByTestId("group-item").first()).toContainText("Transient bone marrow oedema syndrome");

  // Votes: the distribution appears to each voter only after they vote.
  await vote(p1, "transient", "Transient bone marrow oedema syndrome");
  await expect(p1.getByTestId("distribution")).toContainText("1 vote");
  await expect(p3.getByTestId("distribution")).toHaveCount(0);
  await vote(p2, "osteonecrosis", "^Osteonecrosis$");
  await vote(p3, "complex regional", "Complex regional pain syndrome");
  await expect(p3.getByTestId("distribution")).toContainText("3 votes");
  await expect(p1.getByTestId("distribution")).toContainText("3 votes", { timeout: 5_000 });

  // The author closes the poll and reveals.
  const lead = await signedInContext(browser, author);
  await openCase(lead.page, kase.id);
  await lead.page.getByTestId("poll").getByRole("button", { name: "Close poll" }).click();
  await expect(p2.getByTestId("poll-state")).toHaveText("Poll closed", { timeout: 5_000 });
  await lead.page.getByRole("button", { name: "Reveal the answer…" }).click();
  const reveal = lead.page.getByTestId("reveal-form");
  await pick(lead.page, reveal, "Final diagnosis", "transient osteoporosis", "Transient bone marrow oedema syndrome");
  await reveal.getByLabel("Certainty").selectOption("almost_certain");
  await reveal.getByLabel("Basis").selectOption("clinical_course");
  await reveal.getByLabel("Explanation").fill("Self-limiting, migrating marrow oedema with normal labs and full recovery.");
  await reveal.getByRole("button", { name: "Reveal to everyone" }).click();

  // Everyone sees the answer and their own result, live.
  for (const [page, right, top3] of [[p1, true, true], [p2, false, true], [p3, false, false]] as const) {
    await expect(page.getByTestId("answer")).toContainText("Transient bone marrow oedema syndrome", { timeout: 10_000 });
    const results = page.getByTestId("results");
    await expect(results).toBeVisible();
    const row = results.locator("tbody tr").first();
    await expect(row.locator("td").nth(2)).toHaveText(right ? "✓ yes" : "✗ no");
    await expect(row.locator("td").nth(3)).toHaveText(top3 ? "✓ yes" : "✗ no");
  }

  // The learning record counts it.
  await p1.goto("/me/record");
  await expect(p1.getByTestId("record-summary")).toContainText("Vote accuracy100%");
  await p3.goto("/me/record");
  await expect(p3.getByTestId("record-summary")).toContainText("Vote accuracy0%");
  for (const entry of [...pages, lead]) await entry.context.close();
});

test("the vote panel shows the head of long lists and fetches the rest on request; the page carries only the head", async ({ browser }) => {
  const author = await createUser("educator");
  const { id: caseId } = await seedCase(author.id);
  await database().case.update({ where: { id: caseId }, data: { pollState: "open" } });
  // Eight participants, each with a different first choice and vote: eight rows in each list,
  // ranked by how many agree (participant i is joined by i others), so the order is known.
  const diagnoses = await database().diagnosis.findMany({ where: { status: "accepted" }, orderBy: { name: "asc" }, take: 8, select: { id: true, name: true } });
  const voters = await Promise.all(Array.from({ length: 36 }, () => createUser("clinician")));
  let next = 0;
  for (const [index, diagnosis] of diagnoses.entries()) {
    for (let k = 0; k < 8 - index; k++) {
      const voter = voters[next++]!;
      await database().differentialEntry.create({ data: { caseId, userId: voter.id, diagnosisId: diagnosis.id, rank: 1, rationale: "Fits.", studyIds: [] } });
      await database().vote.create({ data: { caseId, userId: voter.id, diagnosisId: diagnosis.id } });
    }
  }
  const { page } = await signedInContext(browser, author);
  const html = await (await page.request.get(`/cases/${caseId}`)).text();
  for (const diagnosis of diagnoses.slice(0, 5)) expect(html).toContain(diagnosis.name);
  for (const diagnosis of diagnoses.slice(5)) expect(html, `${diagnosis.name} is past the preview`).not.toContain(diagnosis.name);

  await openCase(page, caseId);
  const group = page.getByTestId("group-differential");
  await expect(group.getByTestId("group-item")).toHaveCount(5);
  await expect(group.getByTestId("group-item").first()).toContainText(diagnoses[0]!.name);
  await group.getByRole("button", { name: "Show 3 more" }).click();
  await expect(group.getByTestId("group-item")).toHaveCount(8);
  await expect(group.getByTestId("group-item").last()).toContainText(diagnoses[7]!.name);

  const distribution = page.getByTestId("distribution");
  await expect(distribution).toContainText("36 votes");
  await expect(distribution.getByRole("listitem")).toHaveCount(5);
  await distribution.getByRole("button", { name: "Show 3 more" }).click();
  await expect(distribution.getByRole("listitem")).toHaveCount(8);
  await expect(distribution.getByRole("listitem").last()).toContainText(`${diagnoses[7]!.name}1 (2.8%)`);
});
