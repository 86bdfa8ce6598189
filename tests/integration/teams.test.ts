// Teams and team-only cases: membership rules, invitations, and what non-members can reach.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, caseDraft, makeUser, withTeams } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const teams = await import("@/lib/teams/actions");
const { saveCase } = await import("@/lib/cases/actions");
const { getCasePage, listCases } = await import("@/lib/cases/queries");
const { getCaseFile } = await import("@/lib/cases/file");

const as = actAs(session);

beforeEach(() => {
  session.viewer = null;
});

describe("teams", () => {
  it("makes the creator the owner; owners and coordinators add people; the last owner stays", async () => {
    const [owner, coordinator, radiologist, outsider] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    const created = await as(owner, () => teams.createTeam({ name: "Foot and ankle MDT" }));
    if (!created.ok) throw new Error(created.message);
    const teamId = created.data.teamId;
    expect(await as(owner, () => teams.addMember({ teamId, email: coordinator.email, role: "coordinator" }))).toMatchObject({ ok: true });
    expect(await as(coordinator, () => teams.addMember({ teamId, email: radiologist.email, role: "owner" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(coordinator, () => teams.addMember({ teamId, email: radiologist.email }))).toMatchObject({ ok: true });
    expect(await as(coordinator, () => teams.addMember({ teamId, email: radiologist.email }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(outsider, () => teams.addMember({ teamId, email: outsider.email }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await as(radiologist, () => teams.changeRole({ teamId, userId: radiologist.id, role: "owner" }))).toMatchObject({ ok: false, code: "forbidden" });

    expect(await as(owner, () => teams.removeMember({ teamId, userId: owner.id }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(owner, () => teams.changeRole({ teamId, userId: owner.id, role: "member" }))).toMatchObject({ ok: false, code: "conflict" });
    expect(await as(owner, () => teams.changeRole({ teamId, userId: coordinator.id, role: "owner" }))).toMatchObject({ ok: true });
    expect(await as(owner, () => teams.removeMember({ teamId, userId: owner.id }))).toMatchObject({ ok: true });
    expect(await db.membership.count({ where: { teamId, role: "owner" } })).toBe(1);
  });

  it("accepts an invitation once, within 7 days, by the invited email only", async () => {
    const [owner, invited, other] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const created = await as(owner, () => teams.createTeam({ name: "Residents 2026" }));
    if (!created.ok) throw new Error(created.message);
    const invite = await as(owner, () => teams.inviteMember({ teamId: created.data.teamId, email: invited.email }));
    if (!invite.ok) throw new Error(invite.message);
    const token = invite.data.link.split("/").at(-1)!;
    expect(await db.teamInvite.count({ where: { tokenHash: token } })).toBe(0); // only the hash is stored
    expect(await as(other, () => teams.acceptInvite({ token }))).toMatchObject({ ok: false, code: "forbidden" });
    const both = await Promise.all([as(invited, () => teams.acceptInvite({ token })), as(invited, () => teams.acceptInvite({ token }))]);
    expect(both.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.membership.count({ where: { teamId: created.data.teamId, userId: invited.id } })).toBe(1);

    const late = await as(owner, () => teams.inviteMember({ teamId: created.data.teamId, email: other.email }));
    if (!late.ok) throw new Error(late.message);
    await db.teamInvite.updateMany({ where: { email: other.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await as(other, () => teams.acceptInvite({ token: late.data.link.split("/").at(-1)! }))).toMatchObject({ ok: false, code: "conflict" });
  });
});

describe("team-only cases", () => {
  it("let guests read but not vote", async () => {
    const { castVote } = await import("@/lib/thinking/actions");
    const [owner, guest] = await Promise.all([makeUser(), makeUser()]);
    const team = await as(owner, () => teams.createTeam({ name: "Visiting fellows" }));
    if (!team.ok) throw new Error(team.message);
    await as(owner, () => teams.addMember({ teamId: team.data.teamId, email: guest.email, role: "guest" }));
    const saved = await as(await withTeams(owner), () => saveCase({ case: caseDraft({ visibility: "team", teamId: team.data.teamId, status: "unknown" }) }));
    if (!saved.ok) throw new Error(saved.message);
    await db.case.update({ where: { id: saved.data.caseId }, data: { pollState: "open" } });
    const guestViewer = { ...(await withTeams(guest)), guestTeamIds: [team.data.teamId] };
    expect(await getCasePage(guestViewer, saved.data.caseId)).not.toBeNull();
    const diagnosis = await db.diagnosis.upsert({ where: { slug: "test-guest-vote" }, create: { slug: "test-guest-vote", name: "Test guest vote", synonyms: [], category: "Other" }, update: {} });
    expect(await as(guestViewer, () => castVote({ caseId: saved.data.caseId, diagnosisId: diagnosis.id }))).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("Guests") });
    expect(await db.vote.count({ where: { caseId: saved.data.caseId } })).toBe(0);
  });

  it("are visible to members only (a 404 for others, in the library, the page and the export)", async () => {
    const [author, colleague, outsider] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const created = await as(author, () => teams.createTeam({ name: "Tumour board" }));
    if (!created.ok) throw new Error(created.message);
    const teamId = created.data.teamId;
    await as(author, () => teams.addMember({ teamId, email: colleague.email }));
    const saved = await as(await withTeams(author), () => saveCase({ case: caseDraft({ visibility: "team", teamId, title: "Team secret case" }) }));
    if (!saved.ok) throw new Error(saved.message);
    const caseId = saved.data.caseId;

    expect((await getCasePage(await withTeams(colleague), caseId))?.title).toBe("Team secret case");
    const stranger = await withTeams(outsider);
    expect(await getCasePage(stranger, caseId)).toBeNull();
    expect(await getCaseFile(stranger, caseId)).toBeNull();
    expect((await listCases(stranger)).items.some((item) => item.id === caseId)).toBe(false);
  });

  it("refuses a team the author does not belong to (mass assignment of teamId)", async () => {
    const [author, other] = await Promise.all([makeUser(), makeUser()]);
    const foreign = await as(other, () => teams.createTeam({ name: "Someone else's MDT" }));
    if (!foreign.ok) throw new Error(foreign.message);
    const before = await db.case.count();
    const result = await as(author, () => saveCase({ case: caseDraft({ visibility: "team", teamId: foreign.data.teamId }) }));
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await db.case.count()).toBe(before);
    expect(await as(author, () => saveCase({ case: { ...caseDraft(), visibility: "team" } }))).toMatchObject({ ok: false, code: "invalid_input" });
  });
});
