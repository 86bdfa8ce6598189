// A collection played as a quiz, as the outside tester found it (issue 27 item 6): the reveal shows
// the whole course as the case page does (answer entries included, never more than the case page
// shows the same viewer); before the commit no ordinary text gives the answer away (impressions,
// outcomes, sentences naming the diagnosis); a name the catalogue does not know is refused naming
// the field and the text, with the closest entry; past the last case, the learner's score.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { forgetSearchCatalogue } from "@/lib/search/catalogue";
import type { CaseInput } from "@/lib/cases/schema";
import { actAs, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/lib/collections/actions");
const { getQuizPage, getQuizStep, getQuizSummary } = await import("@/lib/collections/queries");
const { readCase, getCasePage } = await import("@/lib/cases/queries");

const as = actAs(session);

type Item = CaseInput["timeline"][number];
const study = (fields: Partial<Extract<Item, { type: "study" }>> & { dayOffset: number; findings: string }): Item =>
  ({ type: "study", label: null, modality: "MRI", region: "Foot", technique: "", contrast: false, impression: "", change: null, partOfAnswer: false, ...fields });
const event = (fields: Partial<Extract<Item, { type: "event" }>> & { dayOffset: number; description: string }): Item =>
  ({ type: "event", label: null, kind: "treatment", partOfAnswer: false, ...fields });
const resolved = (explanation = "", teachingPoints = "") =>
  ({ diagnosis: dx.name, diagnosisId: dx.id, certainty: "certain" as const, basis: null, explanation, teachingPoints });

/** Letters only (digits read as record numbers to the de-identification guard). */
const word = () => [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");

let owner: Viewer;
let member: Viewer;
let teamId: string;
let dx: { id: string; name: string; synonym: string };
let other: { id: string; name: string };

beforeAll(async () => {
  const [author, learner] = await Promise.all([makeUser("educator"), makeUser("resident")]);
  teamId = await makeTeam([[author, "owner"], [learner, "member"]]);
  [owner, member] = await Promise.all([withTeamRoles(author), withTeamRoles(learner)]);
  const stem = word();
  const synonym = `Zq${word()} syndrome`;
  const created = await db.diagnosis.create({
    data: { slug: `test-quiz-${stem}`, name: `Quizreveal ${stem} infraction`, synonyms: [synonym], category: "test" },
    select: { id: true, name: true },
  });
  dx = { ...created, synonym };
  other = await db.diagnosis.create({ data: { slug: `test-quiz-other-${stem}`, name: `Otherquiz ${stem} osteitis`, synonyms: [], category: "test" }, select: { id: true, name: true } });
  forgetSearchCatalogue();
});

async function collectionOf(caseIds: string[], visibility: "team" | "public" = "team"): Promise<string> {
  const result = await as(owner, () => actions.createCollection({ title: "Forefoot quiz", visibility, teamId: visibility === "team" ? teamId : null, caseId: caseIds[0] }));
  if (!result.ok) throw new Error(result.message);
  for (const caseId of caseIds.slice(1)) await as(owner, () => actions.addToCollection({ collectionId: result.data.collectionId, caseId }));
  return result.data.collectionId;
}

describe("the quiz before and after the commit", () => {
  it("reveals the hidden-until-answer study and event after the commit, as the case page shows them", async () => {
    const hidden = `Zqhidden${word()}`;
    const caseId = await makeCase(owner, {
      status: "resolved", visibility: "team", teamId,
      timeline: [
        study({ dayOffset: 0, findings: "Marrow oedema of the second metatarsal head." }),
        study({ dayOffset: 56, label: "+8 weeks", findings: `${hidden} collapse of the head.`, partOfAnswer: true }),
        event({ dayOffset: 120, kind: "other", description: `${hidden} event text.`, partOfAnswer: true }),
      ],
      resolution: resolved("Explained.", "Points."),
    });
    const id = await collectionOf([caseId]);

    const before = await getQuizStep(member, id, 0);
    expect(JSON.stringify(before)).not.toContain(hidden);
    expect(before?.timeline).toHaveLength(1);

    expect((await as(member, () => actions.commitQuizAnswer({ collectionId: id, caseId, final: dx.id }))).ok).toBe(true);
    const after = await getQuizStep(member, id, 0);
    const page = await getCasePage(member, caseId, readCase(member, caseId));
    // The whole course, exactly as the case page shows it to the same member.
    expect(after?.timeline).toEqual(page?.timeline);
    expect(after?.timeline.filter((entry) => entry.partOfAnswer)).toHaveLength(2);
    expect(JSON.stringify(after?.timeline)).toContain(hidden);
    expect(after?.committed?.answer?.diagnosis).toBe(dx.name);
  });

  it("never shows more after the commit than the case page shows the learner (an unknown case)", async () => {
    const hidden = `Zqunknown${word()}`;
    const caseId = await makeCase(owner, {
      status: "unknown", visibility: "team", teamId,
      timeline: [
        study({ dayOffset: 0, findings: "Marrow oedema.", impression: "Oedema pattern." }),
        study({ dayOffset: 56, findings: `${hidden}.`, partOfAnswer: true }),
      ],
      resolution: resolved(`${hidden} explained.`),
    });
    const id = await collectionOf([caseId]);
    expect((await as(member, () => actions.commitQuizAnswer({ collectionId: id, caseId, final: dx.name }))).ok).toBe(true);
    const after = await getQuizStep(member, id, 0);
    const page = await getCasePage(member, caseId, readCase(member, caseId));
    expect(after?.timeline).toEqual(page?.timeline);
    expect(JSON.stringify(after)).not.toContain(hidden);
    expect(after?.committed?.answer).toBeNull();
    expect(after?.committed?.caseTitle).toBe("Unknown case");
  });

  it("holds back impressions, outcomes and sentences naming the diagnosis until the commit", async () => {
    const caseId = await makeCase(owner, {
      status: "resolved", visibility: "team", teamId, title: `Dancer with ${dx.name}`,
      presentation: `Ballet dancer with forefoot pain for six weeks. Previously told it was ${dx.synonym.toLowerCase()}.`,
      timeline: [
        study({ dayOffset: 0, findings: `Flattening of the second metatarsal head. Appearances of ${dx.synonym}s.`, impression: "Zqimpression of the head." }),
        event({ dayOffset: 10, kind: "treatment", description: "Offloading in a stiff-soled shoe." }),
        event({ dayOffset: 200, kind: "outcome", description: "Zqoutcome pain-free at six months." }),
      ],
      resolution: resolved(),
    });
    const id = await collectionOf([caseId]);
    const before = await getQuizStep(member, id, 0);
    const text = JSON.stringify(before);
    for (const secret of [dx.name, dx.synonym, dx.synonym.toLowerCase(), "Zqimpression", "Zqoutcome", "Dancer with"]) expect(text).not.toContain(secret);
    // What does not give it away stays, sentence by sentence.
    expect(before?.presentation).toContain("Ballet dancer with forefoot pain for six weeks.");
    expect(before?.presentation).toContain("[held back until you commit]");
    expect(text).toContain("Flattening of the second metatarsal head.");
    expect(text).toContain("Offloading in a stiff-soled shoe.");

    expect((await as(member, () => actions.commitQuizAnswer({ collectionId: id, caseId, final: other.name }))).ok).toBe(true);
    const after = JSON.stringify(await getQuizStep(member, id, 0));
    for (const shown of [dx.synonym, "Zqimpression", "Zqoutcome"]) expect(after).toContain(shown);
  });
});

describe("answers by catalogue name", () => {
  it("refuses a name the catalogue does not know, naming the field and the text, with the closest entry", async () => {
    const caseId = await makeCase(owner, { status: "resolved", visibility: "team", teamId, resolution: resolved() });
    const id = await collectionOf([caseId]);
    const stem = dx.name.split(" ")[1]!;
    const refused = await as(member, () => actions.commitQuizAnswer({ collectionId: id, caseId, final: dx.synonym, differential: [other.name, `Quizreveal ${stem}`, ""] }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.message).toContain(`Differential 2 (“Quizreveal ${stem}”)`);
    expect(refused.fieldErrors?.["differential.1"]?.[0]).toBe(`“Quizreveal ${stem}” is not in the catalogue. Did you mean “${dx.name}”?`);
    expect(Object.keys(refused.fieldErrors ?? {})).toEqual(["differential.1"]);

    const nothingClose = await as(member, () => actions.commitQuizAnswer({ collectionId: id, caseId, final: "Qqqqzzzz" }));
    expect(nothingClose.ok ? null : nothingClose.fieldErrors?.final?.[0]).toBe("“Qqqqzzzz” is not in the catalogue. Pick one of the suggestions as you type.");
    expect(await db.quizAnswer.count({ where: { collectionId: id } })).toBe(0);

    // Blanks keep their place; ids (a picked suggestion) and synonyms both resolve.
    const answered = await as(member, () => actions.commitQuizAnswer({ collectionId: id, caseId, final: dx.synonym, differential: ["", other.id, ""] }));
    expect(answered).toEqual({ ok: true, data: { correct: true } });
    expect((await getQuizStep(member, id, 0))?.committed?.differential).toEqual([other.name]);
  });
});

describe("the end of the quiz", () => {
  it("past the last case, the learner's score over the cases they may see", async () => {
    const resolution = resolved();
    const right = await makeCase(owner, { status: "resolved", resolution });
    const wrong = await makeCase(owner, { status: "resolved", resolution });
    const unknown = await makeCase(owner, { status: "unknown", resolution });
    const open = await makeCase(owner, { status: "resolved", resolution });
    const id = await collectionOf([right, wrong, unknown, open], "public");
    const learner = await makeUser("resident");
    await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: right, final: dx.name }));
    await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: wrong, final: other.name }));
    await as(learner, () => actions.commitQuizAnswer({ collectionId: id, caseId: unknown, final: dx.name }));

    const summary = await getQuizSummary(learner, id);
    expect(summary).toMatchObject({ count: 4, answered: 3, scored: 2, correct: 1 });
    expect(summary?.items.map((item) => [item.final, item.correct])).toEqual([[dx.name, true], [other.name, false], [dx.name, null], [null, null]]);
    for (const index of [4, 5, 999_999]) expect(await getQuizPage(learner, id, index)).toMatchObject({ kind: "summary", summary: { answered: 3 } });
    expect(await getQuizPage(learner, id, 3)).toMatchObject({ kind: "step", step: { index: 3, count: 4, committed: null } });
    // A collection the viewer may not open has no summary either.
    const privateId = (await as(owner, () => actions.createCollection({ title: "Mine only", caseId: right })));
    expect(await getQuizPage(learner, privateId.ok ? privateId.data.collectionId : "", 5)).toBeNull();
  });
});
