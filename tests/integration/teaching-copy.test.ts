// MDT case to teaching case in one click (issue 27 item 8, decision 086): who may copy, what is
// copied and what stays behind, the guard on every copied text, images de-identified again into the
// copy, the hidden answer, and the private link back that only the team sees.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { syntheticFootDicomSeries } from "@/lib/images/synthetic";
import { useTemporaryImageFolders } from "./images-support";

useTemporaryImageFolders();
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { db } = await import("@/lib/core/db");
const { actAs, makeCase, makeTeam, makeUser, withTeamRoles } = await import("../support/factories");
const { makeTeachingCopy } = await import("@/lib/teaching/actions");
const { readCasePage } = await import("@/lib/pages/case-page");
const { teachingSourceFor } = await import("@/lib/teaching/sql");
const { getCasePage } = await import("@/lib/cases/queries");
const { getCaseFile } = await import("@/lib/cases/file");
const { ingestFiles } = await import("@/lib/jobs/ingest-files");
const { imageStorage } = await import("@/lib/storage/runtime");
const as = actAs(session);
const codeOf = (result: { ok: boolean; code?: string }) => (result.ok ? "ok" : result.code);

let owner: Viewer, member: Viewer, guest: Viewer, outsider: Viewer;
let teamId: string;
let dx: { id: string; name: string };
// Lower-case letters only: a hex word of digits ("20240312") is a date or a record number to the guard.
const word = () => [...randomBytes(8)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("");

beforeAll(async () => {
  const [o, m, g, x] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
  teamId = await makeTeam([[o, "coordinator"], [m, "member"], [g, "guest"]]);
  [owner, member, guest, outsider] = await Promise.all([withTeamRoles(o), withTeamRoles(m), withTeamRoles(g), withTeamRoles(x)]);
  const tag = word();
  dx = await db.diagnosis.create({ data: { slug: `teaching-dx-${tag}`, name: `Teaching entity ${tag}`, synonyms: [], category: "test" }, select: { id: true, name: true } });
});

/** A team case discussed at the team's MDT meeting, with intake, outcome, attendance, a comment and images. */
async function mdtCase(secret: string, overrides: Record<string, unknown> = {}) {
  const caseId = await makeCase(owner, {
    visibility: "team", teamId, status: "resolved", title: `Forefoot MDT ${secret}`,
    resolution: { diagnosis: dx.name, diagnosisId: dx.id, certainty: "certain", basis: "histology", explanation: "Biopsy.", teachingPoints: "Look at the second metatarsal.", secondary: undefined },
    ...overrides,
  });
  const conference = await db.conference.create({
    data: { kind: "mdt", teamId, title: "MSK MDT", startsAt: new Date(), durationMinutes: 60, joinCode: word().toUpperCase(), presenterId: owner.id, chairId: owner.id, createdById: owner.id, startedAt: new Date(Date.now() - 3_600_000), endedAt: new Date() },
  });
  const item = await db.agendaItem.create({
    data: { conferenceId: conference.id, caseId, position: 1, clinicalQuestion: `INTAKE-${secret} question`, relevantHistory: `HISTORY-${secret}`, presentingClinician: `Dr Presenter ${secret}` },
  });
  await db.outcome.create({ data: { itemId: item.id, recommendation: `OUTCOME-${secret} operate`, managementPlan: `PLAN-${secret}`, followUp: "6 weeks", recordedById: owner.id } });
  await db.attendee.create({ data: { conferenceId: conference.id, name: `ATTENDEE-${secret}`, specialty: "radiology" } });
  await db.comment.create({ data: { caseId, authorId: owner.id, body: `COMMENT-${secret}`, depth: 0, path: word() } });
  const study = await db.study.findFirstOrThrow({ where: { caseId }, orderBy: { position: "asc" }, select: { id: true, dayOffset: true } });
  await ingestFiles(db as never, imageStorage(), { id: study.id, caseId, dayOffset: study.dayOffset }, syntheticFootDicomSeries({ slices: 2, size: 64, seed: `teaching-${secret}` }));
  const image = await db.image.findFirstOrThrow({ where: { caseId }, orderBy: { position: "asc" }, select: { id: true } });
  await db.image.update({ where: { id: image.id }, data: { isKey: true, caption: "Marrow oedema at the base" } });
  await db.imageAnnotation.create({ data: { imageId: image.id, caseId, authorId: owner.id, kind: "arrow", geometry: { x1: 1, y1: 1, x2: 9, y2: 9 }, text: "oedema", secret: false } });
  return caseId;
}

async function copyOf(viewer: Viewer, caseId: string, extra: Record<string, unknown> = {}) {
  const result = await as(viewer, () => makeTeachingCopy({ caseId, ...extra }));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data.caseId;
}

describe("teaching copy of an MDT case", () => {
  it("is a new unknown case of the member's, visible to the institution, with the MDT's diagnosis hidden as its answer", async () => {
    const secret = word();
    const source = await mdtCase(secret);
    const copyId = await copyOf(member, source);
    const copy = await db.case.findUniqueOrThrow({ where: { id: copyId }, select: { authorId: true, status: true, visibility: true, teamId: true, postedAsUnknown: true, originalAuthorName: true, title: true } });
    expect(copy).toMatchObject({ authorId: member.id, status: "unknown", visibility: "institution", teamId: null, postedAsUnknown: true, originalAuthorName: null });
    expect(await db.resolution.findUnique({ where: { caseId: copyId }, select: { diagnosisId: true, revealedAt: true, teachingPoints: true } })).toEqual({ diagnosisId: dx.id, revealedAt: null, teachingPoints: "Look at the second metatarsal." });
    // Someone else sees an unknown case: no title, no answer.
    const seen = await getCasePage(outsider, copyId);
    expect(seen).toMatchObject({ title: "Unknown case", answer: null, answerHidden: true });
  });

  it("leaves the meeting behind: no intake, outcome, attendance, discussion or presenter's name anywhere in the copy", async () => {
    const secret = word();
    const source = await mdtCase(secret);
    const copyId = await copyOf(member, source);
    const everything = JSON.stringify([
      await getCaseFile(member, copyId),
      await db.study.findMany({ where: { caseId: copyId } }), await db.clinicalEvent.findMany({ where: { caseId: copyId } }),
      await db.comment.findMany({ where: { caseId: copyId } }), await db.agendaItem.findMany({ where: { caseId: copyId } }),
      await db.image.findMany({ where: { caseId: copyId } }), await db.imageSeries.findMany({ where: { caseId: copyId } }),
    ]);
    for (const left of ["INTAKE-", "HISTORY-", "OUTCOME-", "PLAN-", "ATTENDEE-", "COMMENT-", "Dr Presenter"]) expect(everything).not.toContain(`${left}${left.startsWith("Dr") ? "" : secret}`);
    expect(everything).not.toContain(source);
    expect(everything).toContain(`Forefoot MDT ${secret}`);
  });

  it("copies the images as the copy's own objects, de-identified again, with key flags, captions and marks", async () => {
    const source = await mdtCase(word());
    const copyId = await copyOf(member, source);
    const select = { isKey: true, caption: true, fullKey: true, sopInstanceUid: true, annotations: { select: { kind: true, text: true } } } as const;
    const [before, after] = await Promise.all([
      db.image.findMany({ where: { caseId: source }, orderBy: { position: "asc" }, select }),
      db.image.findMany({ where: { caseId: copyId }, orderBy: { position: "asc" }, select }),
    ]);
    expect(after).toHaveLength(2);
    expect(after.map(({ isKey, caption, annotations }) => ({ isKey, caption, annotations }))).toEqual(before.map(({ isKey, caption, annotations }) => ({ isKey, caption, annotations })));
    for (const image of after) {
      expect(image.fullKey.startsWith(`cases/${copyId}/`)).toBe(true);
      expect(before.map((row) => row.sopInstanceUid)).not.toContain(image.sopInstanceUid);
      expect(await imageStorage().get(image.fullKey)).toBeTruthy();
    }
    // Deleting the source leaves the copy's images whole.
    await db.case.delete({ where: { id: source } });
    expect(await imageStorage().get(after[0]!.fullKey)).toBeTruthy();
  });

  it("runs every copied text through the guard: refused with the findings, made once confirmed and recorded", async () => {
    const source = await mdtCase(word(), {
      presentation: "John Smith, seen on 12/03/2024, with forefoot pain.",
    });
    const captioned = await db.image.findFirstOrThrow({ where: { caseId: source }, orderBy: { position: "desc" }, select: { id: true } });
    await db.image.update({ where: { id: captioned.id }, data: { caption: "MRN 12345678 sagittal" } });
    const refused = await as(member, () => makeTeachingCopy({ caseId: source }));
    expect(codeOf(refused)).toBe("identifiers_found");
    const details = !refused.ok ? (refused.details as { findings: Array<{ field: string; kind: string }>; texts: Record<string, string> }) : null;
    const fields = details!.findings.map((finding) => finding.field);
    expect(fields).toContain("presentation");
    expect(fields.some((field) => /^images\.\d+\.\d+\.\d+\.caption$/.test(field))).toBe(true);
    expect(details!.texts.presentation).toContain("John Smith");
    expect(await db.teachingCopy.count({ where: { sourceCaseId: source } })).toBe(0);

    const copyId = await copyOf(member, source, { identifiersConfirmed: true, identifiersReason: "not_identifying" });
    expect(await db.auditEvent.count({ where: { resourceId: copyId, action: "identifiers.override_not_identifying" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { resourceId: copyId, action: "case.teaching_copy", teamId } })).toBe(1);
  });

  it("is for the team's members only, of MDT cases with an answer they may see", async () => {
    const source = await mdtCase(word());
    expect(codeOf(await as(outsider, () => makeTeachingCopy({ caseId: source })))).toBe("not_found");
    expect(codeOf(await as(guest, () => makeTeachingCopy({ caseId: source })))).toBe("forbidden");
    // A team case never discussed at an MDT meeting, and an institution case, are not MDT cases.
    const plain = await makeCase(owner, { visibility: "team", teamId, status: "resolved", resolution: { diagnosis: dx.name, diagnosisId: dx.id, certainty: "certain", basis: null, explanation: "", teachingPoints: "", secondary: undefined } });
    expect(codeOf(await as(member, () => makeTeachingCopy({ caseId: plain })))).toBe("forbidden");
    // Still open: the member may not see its diagnosis, so it cannot become their copy's answer.
    const open = await mdtCase(word(), { status: "open" });
    expect(codeOf(await as(member, () => makeTeachingCopy({ caseId: open })))).toBe("forbidden");
    expect(codeOf(await as(owner, () => makeTeachingCopy({ caseId: open })))).toBe("ok");
    session.viewer = null;
    expect(codeOf(await makeTeachingCopy({ caseId: source }))).toBe("unauthenticated");
    expect(codeOf(await as(member, () => makeTeachingCopy({ caseId: source, status: "resolved" })))).toBe("invalid_input");
  });

  it("makes one copy per submission key", async () => {
    const source = await mdtCase(word());
    const clientKey = crypto.randomUUID();
    const [first, second] = [await copyOf(member, source, { clientKey }), await copyOf(member, source, { clientKey })];
    expect(second).toBe(first);
    expect(await db.teachingCopy.count({ where: { sourceCaseId: source } })).toBe(1);
    expect(await db.image.count({ where: { caseId: first } })).toBe(2);
  });

  it("links back to the source for the team only: nothing of it in an outsider's or a former member's read", async () => {
    const source = await mdtCase(word());
    const copyId = await copyOf(member, source);
    const linkFor = async (viewer: Viewer) => {
      const row = await readCasePage(viewer, copyId);
      return { link: teachingSourceFor(viewer, (row as unknown as { teachingSource: never }).teachingSource), raw: JSON.stringify(row) };
    };
    expect((await linkFor(owner)).link).toEqual({ id: source, title: expect.stringContaining("Forefoot MDT") });
    expect((await linkFor(guest)).link?.id).toBe(source);
    const outside = await linkFor(outsider);
    expect(outside.link).toBeNull();
    expect(outside.raw).not.toContain(source);
    // The copier leaves the team: the link goes with the team.
    await db.membership.delete({ where: { teamId_userId: { teamId, userId: member.id } } });
    const former = await linkFor(await withTeamRoles(member));
    expect(former.link).toBeNull();
    expect(former.raw).not.toContain(source);
    await db.membership.create({ data: { teamId, userId: member.id, role: "member" } });
  });
});
