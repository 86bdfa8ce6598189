// Issue 26 items 16 and 17: an imported case keeps its attribution, and the dashboard's feed shows
// comments, votes, reveals and upcoming conferences without leaking what the viewer may not see.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, caseDraft, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { getCaseFile } = await import("@/lib/cases/file");
const { importCaseFile } = await import("@/lib/cases/import");
const { listCases, getCasePage } = await import("@/lib/cases/queries");
const { getDashboard } = await import("@/lib/pages/dashboard");
const { castVote } = await import("@/lib/thinking/actions");

const as = actAs(session);
let dxId = "";

beforeAll(async () => {
  dxId = (await db.diagnosis.upsert({ where: { slug: "feed-test-dx" }, create: { slug: "feed-test-dx", name: "Feed test diagnosis", synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
});
beforeEach(() => {
  session.viewer = null;
});

describe("importing someone else's case (issue 26 item 16)", () => {
  it("keeps the original author through export and re-import, and tells two imported unknown cases apart", async () => {
    const [writer, importer, third] = await Promise.all([makeUser("clinician"), makeUser("clinician"), makeUser("clinician")]);
    const caseId = await makeCase(writer, caseDraft({ status: "open", presentation: "NOVEMBER-TEASER runner with forefoot pain" }));
    const file = await getCaseFile(writer, caseId);
    expect(file?.origin).toEqual({ author: writer.name });

    const first = await importCaseFile(importer, JSON.stringify(file), true, null);
    const second = await importCaseFile(importer, JSON.stringify(file), true, null);
    if (!first.ok || !second.ok) throw new Error("import failed");
    const page = await getCasePage(importer, first.data.caseId);
    expect(page).toMatchObject({ authorName: importer.name, originalAuthorName: writer.name });

    // Exported again by the importer and imported by a third person: still the first author.
    const again = await getCaseFile(importer, first.data.caseId);
    expect(again?.origin).toEqual({ author: writer.name });
    const third1 = await importCaseFile(third, JSON.stringify(again), true, null);
    if (!third1.ok) throw new Error("import failed");
    expect(await db.case.findUniqueOrThrow({ where: { id: third1.data.caseId }, select: { originalAuthorName: true, authorId: true } })).toEqual({ originalAuthorName: writer.name, authorId: third.id });

    // The library's cards say who wrote and who imported, and when each was imported.
    const cards = (await listCases(importer)).items.filter((item) => [first.data.caseId, second.data.caseId].includes(item.id));
    expect(cards).toHaveLength(2);
    for (const card of cards) expect(card).toMatchObject({ originalAuthorName: writer.name, authorName: importer.name, createdAt: expect.any(String) });

    // Importing one's own export is no attribution.
    const own = await importCaseFile(writer, JSON.stringify(file), true, null);
    if (!own.ok) throw new Error("import failed");
    expect(await db.case.findUniqueOrThrow({ where: { id: own.data.caseId }, select: { originalAuthorName: true } })).toEqual({ originalAuthorName: null });
  });
});

describe("the activity feed (issue 26 item 17)", () => {
  it("shows comments, votes, reveals and upcoming conferences of the viewer's teams, and names nobody's vote on an unknown case", async () => {
    const [author, colleague, voter, outsider] = await Promise.all([makeUser("clinician"), makeUser("clinician"), makeUser("clinician"), makeUser("clinician")]);
    const teamId = await makeTeam([[author, "owner"], [colleague, "member"], [voter, "member"]]);
    const [a, c, v] = await Promise.all([author, colleague, voter].map(withTeamRoles));
    const unknownId = await makeCase(a!, caseDraft({ status: "unknown", visibility: "team", teamId }));
    await db.case.update({ where: { id: unknownId }, data: { pollState: "open" } });
    expect(await as(v!, () => castVote({ caseId: unknownId, diagnosisId: dxId }))).toMatchObject({ ok: true });
    await db.caseActivity.create({ data: { caseId: unknownId, actorId: v!.id, kind: "comment_posted" } });
    await db.caseActivity.create({ data: { caseId: unknownId, actorId: a!.id, kind: "poll_settings" } });
    const conference = await db.conference.create({
      data: { kind: "teaching", teamId, title: "Feed test teaching", startsAt: new Date(Date.now() + 86_400_000), durationMinutes: 60, joinCode: `F${Math.random().toString(36).slice(2, 7).toUpperCase()}`, presenterId: a!.id, createdById: a!.id },
      select: { id: true },
    });

    const feed = await getDashboard(c!);
    const onCase = feed.activity.filter((entry) => entry.caseId === unknownId);
    expect(onCase.map((entry) => entry.kind)).toEqual(["comment_posted", "vote_cast", "case_created"]);
    expect(onCase.find((entry) => entry.kind === "vote_cast")).toMatchObject({ actorName: null, caseTitle: "Unknown case" });
    expect(onCase.find((entry) => entry.kind === "comment_posted")?.actorName).toBe(v!.name);
    expect(feed.upcoming).toEqual([expect.objectContaining({ id: conference.id, title: "Feed test teaching", live: false })]);

    // The case's author sees who voted; the voter sees their own; an outsider sees none of it.
    expect((await getDashboard(a!)).activity.find((entry) => entry.caseId === unknownId && entry.kind === "vote_cast")?.actorName).toBe(v!.name);
    const elsewhere = await getDashboard(outsider);
    expect(elsewhere.activity.filter((entry) => entry.caseId === unknownId)).toEqual([]);
    expect(elsewhere.upcoming.filter((entry) => entry.id === conference.id)).toEqual([]);
  });
});
