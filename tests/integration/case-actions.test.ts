// The real server actions against the real database. Only the two framework seams are replaced:
// who is signed in (next-auth reads request cookies) and revalidatePath (needs a Next request).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { caseDraft, makeCase, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { saveCase } = await import("@/lib/cases/actions");
const { POST: postCaseFile } = await import("@/app/api/cases/import/route");

/** The import route, as the import page calls it: the file's text as the body. */
async function importCase(text: string, confirmIdentifiers = false) {
  const response = await postCaseFile(new Request(`http://rounds.test/api/cases/import${confirmIdentifiers ? "?confirmIdentifiers=1" : ""}`, { method: "POST", body: text }));
  return { status: response.status, ...(await response.json()) };
}
const caseFileText = (kase: unknown) => JSON.stringify({ format: "rounds.case", version: 1, case: kase });

let author: Viewer;
let other: Viewer;
let admin: Viewer;
beforeAll(async () => {
  [author, other, admin] = await Promise.all([makeUser("resident"), makeUser("clinician"), makeUser("admin")]);
});
beforeEach(() => {
  session.viewer = author;
});

const titleOf = async (id: string) => (await db.case.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;

describe("saveCase", () => {
  it("creates a case with its timeline, following it and logging the activity", async () => {
    const result = await saveCase({ case: caseDraft({ title: "Created through the action" }) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const row = await db.case.findUniqueOrThrow({
      where: { id: result.data.caseId },
      select: { authorId: true, _count: { select: { studies: true, events: true, follows: true, activities: true } } },
    });
    expect(row).toEqual({ authorId: author.id, _count: { studies: 2, events: 1, follows: 1, activities: 1 } });
  });

  it("refuses without a session", async () => {
    session.viewer = null;
    const before = await db.case.count();
    expect(await saveCase({ case: caseDraft() })).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await db.case.count()).toBe(before);
  });

  it("returns field errors keyed by path and writes nothing for invalid input", async () => {
    const before = await db.case.count();
    const result = await saveCase({
      case: { ...caseDraft(), title: "", ageBand: "51", timeline: [{ type: "study", dayOffset: "soon", modality: "MRI", region: "Foot", findings: "   " }] },
    });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(
      expect.arrayContaining(["case.title", "case.ageBand", "case.timeline.0.dayOffset", "case.timeline.0.findings"]),
    );
    expect(await db.case.count()).toBe(before);
  });

  it.each([
    ["a 201-character title", { title: "x".repeat(201) }, "at most 200 characters"],
    ["a 20,001-character presentation", { presentation: "x".repeat(20_001) }, "at most 20,000 characters"],
    ["31 studies", { timeline: Array.from({ length: 31 }, () => caseDraft().timeline[0]!) }, "at most 30 studies"],
    ["101 events", { timeline: Array.from({ length: 101 }, () => caseDraft().timeline[1]!) }, "at most 100 events"],
  ])("explains the limit on %s", async (_label, overrides, message) => {
    const result = await saveCase({ case: { ...caseDraft(), ...overrides } });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).toContain(message);
  });

  it("blocks likely identifiers until the author confirms them", async () => {
    const draft = caseDraft({ title: "Identifier check", presentation: "Mr John Smith, MRN 12345678, with forefoot pain." });
    const blocked = await saveCase({ case: draft });
    expect(blocked).toMatchObject({ ok: false, code: "identifiers_found" });
    if (blocked.ok) return;
    expect(blocked.details?.map((finding) => [finding.field, finding.kind, finding.text])).toEqual([
      ["presentation", "name", "Mr John Smith"],
      ["presentation", "mrn", expect.stringContaining("12345678")],
    ]);
    expect(await db.case.count({ where: { title: "Identifier check" } })).toBe(0);
    const confirmed = await saveCase({ case: draft, identifiersConfirmed: true });
    expect(confirmed.ok).toBe(true);
  });

  it("lets only the author or an admin edit, answering others as if the case were missing or not theirs", async () => {
    const id = await makeCase(author, { title: "Original title" });
    session.viewer = other;
    expect(await saveCase({ caseId: id, case: caseDraft({ title: "Hijacked" }) })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await titleOf(id)).toBe("Original title");

    const draftId = await makeCase(author, { status: "draft" });
    expect(await saveCase({ caseId: draftId, case: caseDraft({ title: "Hijacked" }) })).toMatchObject({ ok: false, code: "not_found" });
    expect(await saveCase({ caseId: "no-such-case", case: caseDraft() })).toMatchObject({ ok: false, code: "not_found" });

    session.viewer = admin;
    expect((await saveCase({ caseId: id, case: caseDraft({ title: "Fixed by admin" }) })).ok).toBe(true);
    expect(await titleOf(id)).toBe("Fixed by admin");
  });

  it("ignores fields a client must not set (author, ids of another case's studies)", async () => {
    const victim = await makeCase(other);
    const victimStudy = await db.study.findFirstOrThrow({ where: { caseId: victim }, select: { id: true, findings: true } });
    const draft = caseDraft();
    const result = await saveCase({
      authorId: other.id,
      case: { ...draft, authorId: other.id, timeline: [{ ...draft.timeline[0]!, id: victimStudy.id, findings: "Overwritten" }] },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect((await db.case.findUniqueOrThrow({ where: { id: result.data.caseId } })).authorId).toBe(author.id);
    expect((await db.study.findUniqueOrThrow({ where: { id: victimStudy.id } })).findings).toBe(victimStudy.findings);
  });

  it("keeps study ids across edits and applies the new order", async () => {
    const id = await makeCase(author);
    const studies = await db.study.findMany({ where: { caseId: id }, orderBy: { position: "asc" }, select: { id: true } });
    const draft = caseDraft();
    const [first, event, second] = draft.timeline;
    const result = await saveCase({
      caseId: id,
      case: { ...draft, timeline: [{ ...event! }, { ...first!, id: studies[0]!.id, findings: "Edited" }, { ...second!, id: studies[1]!.id }] },
    });
    expect(result.ok).toBe(true);
    const after = await db.study.findMany({ where: { caseId: id }, orderBy: { position: "asc" }, select: { id: true, position: true, findings: true } });
    expect(after).toEqual([
      { id: studies[0]!.id, position: 1, findings: "Edited" },
      { id: studies[1]!.id, position: 2, findings: "Healing fracture with callus." },
    ]);
  });

  it("refuses to overwrite a newer save (optimistic concurrency)", async () => {
    const id = await makeCase(author);
    const loadedAt = (await db.case.findUniqueOrThrow({ where: { id } })).updatedAt.toISOString();
    expect((await saveCase({ caseId: id, expectedUpdatedAt: loadedAt, case: caseDraft({ title: "First save" }) })).ok).toBe(true);
    expect(await saveCase({ caseId: id, expectedUpdatedAt: loadedAt, case: caseDraft({ title: "Stale save" }) })).toMatchObject({ ok: false, code: "conflict" });
    expect(await titleOf(id)).toBe("First save");
  });

  it("stores a resolved case's reveal time once and matches the diagnosis to the catalogue by synonym", async () => {
    await db.diagnosis.upsert({
      where: { slug: "test-synonym-match" },
      create: { slug: "test-synonym-match", name: "Test marrow oedema syndrome", synonyms: ["Test transient osteoporosis"], category: "Other" },
      update: {},
    });
    const result = await saveCase({ case: caseDraft({ status: "resolved", resolution: { ...caseDraft().resolution, diagnosis: "test TRANSIENT osteoporosis", certainty: "certain" } }) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const resolution = await db.resolution.findUniqueOrThrow({ where: { caseId: result.data.caseId }, include: { diagnosis: true } });
    expect(resolution.diagnosis?.slug).toBe("test-synonym-match");
    expect(resolution.revealedAt).not.toBeNull();
  });
});

describe("importing a case file (POST /api/cases/import)", () => {
  beforeEach(() => {
    session.viewer = author;
  });

  it("imports a valid file and nothing of an invalid one", async () => {
    const before = await db.case.count();
    const bad = await importCase(caseFileText({ title: "" }));
    expect(bad).toMatchObject({ status: 400, ok: false, code: "invalid_input" });
    expect(Object.keys(bad.fieldErrors ?? {}).length).toBeGreaterThan(3);
    expect(await importCase("{not json")).toMatchObject({ status: 400, ok: false, code: "invalid_input", message: "That file is not valid JSON." });
    expect(await db.case.count()).toBe(before);

    const good = await importCase(caseFileText(caseDraft({ title: "Imported" })));
    expect(good).toMatchObject({ status: 201, ok: true });
    expect(await db.case.count()).toBe(before + 1);
  });

  it("says how large a file over the limit is, and what the limit is", async () => {
    const before = await db.case.count();
    const huge = caseFileText({ ...caseDraft({ title: "Huge" }), presentation: "x".repeat(2_300_000) });
    const answer = await importCase(huge);
    expect(answer).toMatchObject({ status: 413, ok: false, code: "too_large" });
    expect(answer.message).toMatch(/too large: 2\.2 MB; the limit is 2\.0 MB/);
    expect(await db.case.count()).toBe(before);
  });

  it("answers a file of 10,000 studies with the limit, not a failure", async () => {
    const study = { type: "study", dayOffset: 0, modality: "MRI", region: "Foot" };
    const answer = await importCase(caseFileText({ ...caseDraft({ title: "Many" }), timeline: Array.from({ length: 10_000 }, () => study) }));
    expect(answer).toMatchObject({ status: 400, ok: false, code: "invalid_input" });
    expect(JSON.stringify(answer.fieldErrors)).toMatch(/at most 30 studies \(this one has 10000\)/);
  });

  it("refuses a signed-out request and a NUL character with typed answers, storing nothing", async () => {
    const before = await db.case.count();
    session.viewer = null;
    expect(await importCase(caseFileText(caseDraft({ title: "Signed out" })))).toMatchObject({ status: 401, code: "unauthenticated" });
    session.viewer = author;
    expect(await importCase(caseFileText(caseDraft({ title: "Nul \u0000 title" })))).toMatchObject({ status: 400, code: "invalid_input", message: expect.stringMatching(/NUL/) });
    expect(await db.case.count()).toBe(before);
  });
});
