// The audit trail: written with the change, readable by team owners and admins, never editable.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, caseDraft, makeUser, withTeams } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const teams = await import("@/lib/teams/actions");
const { saveCase } = await import("@/lib/cases/actions");
const { postComment, deleteComment } = await import("@/lib/discussion/actions");
const { auditAccess } = await import("@/lib/audit/access");
const { listAudit, toCsv } = await import("@/lib/audit/queries");

const as = actAs(session);

beforeEach(() => {
  session.viewer = null;
});

describe("audit trail", () => {
  it("records changes, exports and views of a team case for the team's owners, without patient text", async () => {
    const [owner, member, admin] = await Promise.all([makeUser(), makeUser(), makeUser("admin")]);
    const team = await as(owner, () => teams.createTeam({ name: "Audit MDT" }));
    if (!team.ok) throw new Error(team.message);
    const teamId = team.data.teamId;
    await as(owner, () => teams.addMember({ teamId, email: member.email }));
    const saved = await as(await withTeams(owner), () => saveCase({ case: caseDraft({ visibility: "team", teamId, presentation: "Confidential presentation text" }) }));
    if (!saved.ok) throw new Error(saved.message);
    const caseId = saved.data.caseId;
    const memberWithTeams = await withTeams(member);
    await auditAccess(memberWithTeams, "case.view", caseId);
    await auditAccess(memberWithTeams, "case.export", caseId);
    const comment = await as(memberWithTeams, () => postComment({ caseId, body: "Confidential comment" }));
    if (!comment.ok) throw new Error(comment.message);
    await as(memberWithTeams, () => deleteComment({ commentId: comment.data.commentId }));

    const trail = await listAudit(owner, teamId, { action: undefined, actor: undefined });
    expect(trail?.map((row) => row.action).reverse()).toEqual([
      "team.create", "team.member_add", "case.create", "case.view", "case.export", "comment.create", "comment.delete",
    ]);
    expect(JSON.stringify(trail)).not.toContain("Confidential");
    expect(await listAudit(member, teamId, { action: undefined, actor: undefined })).toBeNull();
    expect((await listAudit(admin, teamId, { action: "case.", actor: undefined }))?.map((r) => r.action)).toEqual(["case.export", "case.view", "case.create"]);
    expect((await listAudit(owner, teamId, { action: undefined, actor: member.email }))?.every((r) => r.actor === member.email)).toBe(true);
    expect(await listAudit(owner, null, { action: undefined, actor: undefined })).toBeNull();
  });

  it("writes nothing when the change itself fails", async () => {
    const owner = await makeUser();
    const before = await db.auditEvent.count({ where: { actorId: owner.id } });
    await as(owner, () => saveCase({ case: { ...caseDraft(), title: "" } }));
    expect(await db.auditEvent.count({ where: { actorId: owner.id } })).toBe(before);
  });

  it("cannot be edited or deleted, even directly in the database", async () => {
    const row = await db.auditEvent.create({ data: { action: "test.event", resourceType: "test", resourceId: "x" } });
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow();
    expect((await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("test.event");
  });

  it("exports CSV that spreadsheets will not execute", () => {
    const csv = toCsv([{ id: "1", at: "2026-01-01T00:00:00.000Z", actor: "=HYPERLINK(\"x\")", action: "case.view", resourceType: "case", resourceId: "a,b", teamId: null, ip: null }]);
    expect(csv.split("\r\n")[1]).toBe(`1,2026-01-01T00:00:00.000Z,"'=HYPERLINK(""x"")",case.view,case,"a,b",,`);
  });
});
