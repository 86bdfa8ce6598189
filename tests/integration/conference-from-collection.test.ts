// "An educator can start a conference from a collection" (issue 27 item 6): a teaching conference
// whose agenda is the collection's cases in its order, only those the educator may present at that
// team's conference; the same rules of who schedules, the guard on the title, one per submission.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { actAs, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const collections = await import("@/lib/collections/actions");
const { startConferenceFromCollection } = await import("@/lib/collections/conference-actions");
const as = actAs(session);
const codeOf = (result: { ok: boolean; code?: string }) => (result.ok ? "ok" : result.code);

let educator: Viewer, member: Viewer, outsider: Viewer;
let teamId: string, otherTeamId: string;
const schedule = { title: "Forefoot teaching", startsAt: new Date(Date.now() + 3_600_000).toISOString(), durationMinutes: 60 };

beforeAll(async () => {
  const [e, m, x] = await Promise.all([makeUser("clinician"), makeUser(), makeUser()]);
  teamId = await makeTeam([[e, "educator"], [m, "member"]]);
  otherTeamId = await makeTeam([[e, "member"]]);
  [educator, member, outsider] = await Promise.all([withTeamRoles(e), withTeamRoles(m), withTeamRoles(x)]);
});

async function collectionOf(owner: Viewer, caseIds: string[], visibility = "private") {
  const created = await as(owner, () => collections.createCollection({ title: "Teaching set", visibility, teamId: visibility === "team" ? teamId : null }));
  if (!created.ok) throw new Error(created.message);
  for (const caseId of caseIds) await as(owner, () => collections.addToCollection({ collectionId: created.data.collectionId, caseId }));
  return created.data.collectionId;
}

describe("starting a conference from a collection", () => {
  it("puts the cases the educator may present on the agenda in the collection's order, the rest left out", async () => {
    const institution = await makeCase(member, { title: "Institution case" });
    const ours = await makeCase(member, { visibility: "team", teamId, title: "Our team's case" });
    const theirs = await makeCase(educator, { visibility: "team", teamId: otherTeamId, title: "Other team's case" });
    const draft = await makeCase(educator, { status: "draft", title: "My draft" });
    const unknown = await makeCase(member, { status: "unknown", title: "An unknown" });
    const collectionId = await collectionOf(educator, [institution, theirs, ours, draft, unknown]);
    await as(educator, () => collections.reorderCollection({ collectionId, caseIds: [unknown, ours, draft, theirs, institution] }));

    const started = await as(educator, () => startConferenceFromCollection({ collectionId, teamId, ...schedule }));
    expect(started).toMatchObject({ ok: true, data: { agenda: 3, left: 2 } });
    const conferenceId = started.ok ? started.data.conferenceId : "";
    const conference = await db.conference.findUniqueOrThrow({
      where: { id: conferenceId },
      select: { kind: true, teamId: true, presenterId: true, createdById: true, title: true, items: { orderBy: { position: "asc" }, select: { caseId: true, position: true, revealConsent: true } } },
    });
    expect(conference).toMatchObject({ kind: "teaching", teamId, presenterId: educator.id, createdById: educator.id, title: "Forefoot teaching" });
    expect(conference.items).toEqual([
      { caseId: unknown, position: 1, revealConsent: "none" },
      { caseId: ours, position: 2, revealConsent: "none" },
      { caseId: institution, position: 3, revealConsent: "none" },
    ]);
    expect(await db.auditEvent.count({ where: { resourceId: conferenceId, action: { in: ["conference.create", "agenda.add"] } } })).toBe(2);
  });

  it("never takes a case the educator may not see, even from a collection they may open", async () => {
    const hidden = await makeCase(outsider, { visibility: "team", teamId: await makeTeam([[outsider, "owner"]]), title: "Someone else's team case" });
    const shown = await makeCase(member, { title: "Seen by all" });
    const owner = await withTeamRoles(outsider);
    const collectionId = await collectionOf(owner, [hidden, shown], "public");
    const started = await as(educator, () => startConferenceFromCollection({ collectionId, teamId, ...schedule }));
    expect(started).toMatchObject({ ok: true, data: { agenda: 1, left: 0 } });
    const items = await db.agendaItem.findMany({ where: { conferenceId: started.ok ? started.data.conferenceId : "" }, select: { caseId: true } });
    expect(items).toEqual([{ caseId: shown }]);
  });

  it("is for a team's owners, coordinators and educators, on a collection they may open", async () => {
    const collectionId = await collectionOf(educator, [await makeCase(member)], "team");
    expect(codeOf(await as(member, () => startConferenceFromCollection({ collectionId, teamId, ...schedule })))).toBe("forbidden");
    expect(codeOf(await as(educator, () => startConferenceFromCollection({ collectionId, teamId: otherTeamId, ...schedule })))).toBe("forbidden");
    expect(codeOf(await as(outsider, () => startConferenceFromCollection({ collectionId, teamId, ...schedule })))).toBe("not_found");
    session.viewer = null;
    expect(codeOf(await startConferenceFromCollection({ collectionId, teamId, ...schedule }))).toBe("unauthenticated");
    expect(codeOf(await as(educator, () => startConferenceFromCollection({ collectionId, teamId, ...schedule, durationMinutes: 1 })))).toBe("invalid_input");
  });

  it("guards the title, refuses a collection with nothing to present, and makes one conference per submission", async () => {
    const collectionId = await collectionOf(educator, [await makeCase(member)]);
    expect(codeOf(await as(educator, () => startConferenceFromCollection({ collectionId, teamId, ...schedule, title: "Cases of John Smith, MRN 12345678" })))).toBe("identifiers_found");
    const empty = await collectionOf(educator, [await makeCase(educator, { status: "draft" })]);
    expect(codeOf(await as(educator, () => startConferenceFromCollection({ collectionId: empty, teamId, ...schedule })))).toBe("invalid_input");
    const clientKey = crypto.randomUUID();
    const first = await as(educator, () => startConferenceFromCollection({ collectionId, teamId, ...schedule, clientKey }));
    const second = await as(educator, () => startConferenceFromCollection({ collectionId, teamId, ...schedule, clientKey }));
    expect(first.ok && second.ok && first.data.conferenceId === second.data.conferenceId).toBe(true);
    expect(await db.agendaItem.count({ where: { conferenceId: first.ok ? first.data.conferenceId : "" } })).toBe(1);
  });
});
