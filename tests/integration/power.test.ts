// Issue 21, items 1 and 2 (decision 031): nobody gives themselves power, power over a case comes
// from authorship, the case's team role or presenting it (and admins), and one person's activity
// listed to another shows only what that other may see. Viewers are loaded by the real session
// read (lib/auth/token.ts), so its one statement is under test too.
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, makeCase, makeTeam, makeUser, sessionViewer } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { register } = await import("@/lib/auth/actions");
const { castVote, setPollState, revealCase, setVoterNamesVisible } = await import("@/lib/thinking/actions");
const { postDifferential } = await import("@/lib/thinking/actions");
const { getThinking } = await import("@/lib/thinking/queries");
const { getLearningRecord, listLearners } = await import("@/lib/learning/queries");
const { listNotifications } = await import("@/lib/notifications/queries");
const { scheduleConference } = await import("@/lib/conferences/actions");
const { getSchedulingOptions } = await import("@/lib/conferences/queries");
const teams = await import("@/lib/teams/actions");
const { setUserRole } = await import("@/lib/users/actions");
const { listAudit } = await import("@/lib/audit/queries");

const as = actAs(session);
/** The viewer exactly as a request would load it: through the session cookie and its one statement. */
const signedIn = sessionViewer;

const dx: Record<string, string> = {};
beforeAll(async () => {
  for (const [key, name] of [["tbmes", "Power TBMES"], ["avn", "Power osteonecrosis"]] as const) {
    dx[key] = (await db.diagnosis.upsert({ where: { slug: `power-${key}` }, create: { slug: `power-${key}`, name, synonyms: [], category: "Other" }, update: {}, select: { id: true } })).id;
  }
});
beforeEach(() => {
  session.viewer = null;
});

// Replaces the factory case's authored answer, so it confirms the changes (issue 26 item 2).
const reveal = (caseId: string) => ({ caseId, diagnosisId: dx.tbmes!, certainty: "certain", basis: "clinical_course", explanation: "Taken over", confirmChanges: true });

/** Every lead-only action on the case, as `viewer`: the codes they got. */
async function leadActions(viewer: Viewer, caseId: string) {
  return {
    poll: (await as(viewer, () => setPollState({ caseId, state: "closed" }))).ok,
    names: (await as(viewer, () => setVoterNamesVisible({ caseId, show: true }))).ok,
    lead: (await getThinking(viewer, caseId))?.isLead ?? false,
  };
}

describe("self-registration", () => {
  it("offers resident and clinician only: educator and admin are refused with a field error, never stored or upgraded", async () => {
    for (const role of ["educator", "admin"]) {
      const email = `power-${role}-${Date.now()}@example.test`;
      const result = await register({ name: "Dr Stranger", email, password: "long-enough-password", role });
      expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { role: [expect.stringContaining("resident or clinician")] } });
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
    }
    const email = `power-resident-${Date.now()}@example.test`;
    expect(await register({ name: "Dr Resident", email, password: "long-enough-password", role: "resident" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { role: true } })).toEqual({ role: "resident" });
  });
});

describe("power over a case", () => {
  it("never comes from the global educator role: a stranger (or an admin-granted educator) cannot reveal, run the poll or see voter names", async () => {
    const author = await makeUser("resident");
    const caseId = await makeCase(author, { status: "unknown" });
    await db.case.update({ where: { id: caseId }, data: { pollState: "open" } });
    const voter = await makeUser();
    await as(voter, () => castVote({ caseId, diagnosisId: dx.avn! }));
    // Whatever role the account carries, even one an older release let people give themselves.
    for (const role of ["educator", "clinician"] as const) {
      const stranger = await signedIn(await makeUser(role));
      expect(await as(stranger, () => revealCase(reveal(caseId)))).toMatchObject({ ok: false, code: "forbidden" });
      expect(await leadActions(stranger, caseId)).toEqual({ poll: false, names: false, lead: false });
      // Blind first holds for them: nothing of the others' thinking before they commit.
      expect(await getThinking(stranger, caseId)).toMatchObject({ blind: true, distribution: null });
    }
    expect(await db.case.findUniqueOrThrow({ where: { id: caseId }, select: { status: true, pollState: true, showVoterNames: true } }))
      .toEqual({ status: "unknown", pollState: "open", showVoterNames: false });
  });

  it("comes from the case's own team: its owners, coordinators and educators lead its team cases, plain members and other teams do not", async () => {
    const [owner, coordinator, teamEducator, member, globalEducator, author] = await Promise.all([
      makeUser(), makeUser(), makeUser("resident"), makeUser(), makeUser("educator"), makeUser("resident"),
    ]);
    const teamId = await makeTeam([[owner, "owner"], [coordinator, "coordinator"], [teamEducator, "educator"], [member, "member"], [globalEducator, "member"], [author, "member"]]);
    const otherTeam = await makeTeam([[teamEducator, "member"], [owner, "member"]]);
    expect((await signedIn(teamEducator)).leadTeamIds).toEqual([teamId]);
    const teamCase = await makeCase(author, { status: "unknown", visibility: "team", teamId });
    const institutionCase = await makeCase(author, { status: "unknown" });
    for (const id of [teamCase, institutionCase]) await db.case.update({ where: { id }, data: { pollState: "open" } });

    for (const lead of [owner, coordinator, teamEducator]) expect((await getThinking(await signedIn(lead), teamCase))?.isLead).toBe(true);
    for (const notLead of [member, globalEducator]) {
      const viewer = await signedIn(notLead);
      expect(await leadActions(viewer, teamCase)).toEqual({ poll: false, names: false, lead: false });
      expect(await as(viewer, () => revealCase(reveal(teamCase)))).toMatchObject({ ok: false, code: "forbidden" });
    }
    // A team role leads that team's cases only: not an institution case by a member, not another team's.
    const educator = await signedIn(teamEducator);
    expect(await leadActions(educator, institutionCase)).toEqual({ poll: false, names: false, lead: false });
    expect(educator.leadTeamIds).not.toContain(otherTeam);
    expect(await as(educator, () => revealCase(reveal(teamCase)))).toMatchObject({ ok: true });
  });

  it("comes from presenting a team case at that team's conference, until the conference ends", async () => {
    const [owner, presenter, author] = await Promise.all([makeUser(), makeUser(), makeUser("resident")]);
    const teamId = await makeTeam([[owner, "owner"], [presenter, "member"], [author, "member"]]);
    const teamCase = await makeCase(author, { status: "unknown", visibility: "team", teamId });
    const institutionCase = await makeCase(author, { status: "unknown" });
    const conference = await db.conference.create({
      data: {
        kind: "teaching", teamId, title: "Power rounds", startsAt: new Date(Date.now() + 3_600_000), durationMinutes: 60, joinCode: `PW${Date.now().toString(36).slice(-4).toUpperCase()}`,
        presenterId: presenter.id, createdById: owner.id,
        items: { create: [{ caseId: teamCase, position: 1 }, { caseId: institutionCase, position: 2 }] },
      },
      select: { id: true },
    });
    const presenting = await signedIn(presenter);
    // The institution case on the same agenda gives no power: anyone may put one on a team's agenda.
    expect(presenting.presentedCaseIds).toEqual([teamCase]);
    expect((await getThinking(presenting, teamCase))?.isLead).toBe(true);
    expect((await getThinking(presenting, institutionCase))?.isLead).toBe(false);
    await db.conference.update({ where: { id: conference.id }, data: { endedAt: new Date() } });
    expect((await signedIn(presenter)).presentedCaseIds).toEqual([]);
    expect((await getThinking(await signedIn(presenter), teamCase))?.isLead).toBe(false);
  });

  it("schedules teaching conferences from the team's educator role, not the global one", async () => {
    const [owner, teamEducator, globalEducator] = await Promise.all([makeUser(), makeUser(), makeUser("educator")]);
    const teamId = await makeTeam([[owner, "owner"], [teamEducator, "educator"], [globalEducator, "member"]]);
    const form = (presenter: Viewer) => ({ kind: "teaching", teamId, title: "Power teaching", startsAt: "2031-03-01T09:00:00Z", durationMinutes: 60, location: "", videoUrl: "", presenterId: presenter.id, chairId: "" });
    const global = await signedIn(globalEducator);
    expect(await as(global, () => scheduleConference(form(global)))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await getSchedulingOptions(global)).toEqual([]);
    const team = await signedIn(teamEducator);
    expect(await as(team, () => scheduleConference(form(team)))).toMatchObject({ ok: true });
    expect(await as(team, () => scheduleConference({ ...form(team), kind: "mdt", chairId: owner.id }))).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("granting the educator roles", () => {
  it("in a team: only its owner gives or takes the educator role, audited like other role changes", async () => {
    const [owner, coordinator, member, newcomer] = await Promise.all([makeUser(), makeUser(), makeUser(), makeUser()]);
    const teamId = await makeTeam([[owner, "owner"], [coordinator, "coordinator"], [member, "member"]]);
    expect(await as(coordinator, () => teams.changeRole({ teamId, userId: member.id, role: "educator" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(coordinator, () => teams.addMember({ teamId, email: newcomer.email, role: "educator" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(coordinator, () => teams.inviteMember({ teamId, email: "power-invitee@example.test", role: "educator" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(owner, () => teams.changeRole({ teamId, userId: member.id, role: "educator" }))).toMatchObject({ ok: true, data: { role: "educator" } });
    expect((await signedIn(member)).leadTeamIds).toEqual([teamId]);
    // Nor does a coordinator take it away, by a change or by removing the educator.
    expect(await as(coordinator, () => teams.changeRole({ teamId, userId: member.id, role: "member" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(coordinator, () => teams.removeMember({ teamId, userId: member.id }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(owner, () => teams.changeRole({ teamId, userId: member.id, role: "member" }))).toMatchObject({ ok: true });
    expect((await signedIn(member)).leadTeamIds).toEqual([]);
    const trail = await listAudit(owner, teamId, { action: "team.role_change", actor: undefined });
    expect(trail?.map((row) => [row.actor, row.resourceId])).toEqual([[owner.email, member.id], [owner.email, member.id]]);
  });

  it("globally: only an admin grants and revokes it, each change in the audit trail", async () => {
    const [admin, user, other] = await Promise.all([makeUser("admin"), makeUser("clinician"), makeUser("educator")]);
    expect(await as(other, () => setUserRole({ email: user.email, role: "educator" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await as(other, () => setUserRole({ email: other.email, role: "educator" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await as(admin, () => setUserRole({ email: user.email, role: "admin" }))).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { role: expect.any(Array) } });
    expect(await as(admin, () => setUserRole({ email: admin.email, role: "clinician" }))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await as(admin, () => setUserRole({ email: "nobody-power@example.test", role: "educator" }))).toMatchObject({ ok: false, code: "not_found" });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } })).toEqual({ role: "clinician" });

    expect(await as(admin, () => setUserRole({ email: user.email, role: "educator" }))).toMatchObject({ ok: true, data: { role: "educator", changed: true } });
    expect(await as(admin, () => setUserRole({ email: user.email, role: "educator" }))).toMatchObject({ ok: true, data: { changed: false } });
    expect(await as(admin, () => setUserRole({ email: user.email, role: "resident" }))).toMatchObject({ ok: true, data: { role: "resident" } });
    const trail = await listAudit(admin, null, { action: "user.", actor: admin.email });
    expect(trail?.filter((row) => row.resourceId === user.id).map((row) => row.action)).toEqual(["user.educator_revoke", "user.educator_grant"]);
  });
});

describe("the learning record (item 2)", () => {
  /** A learner who voted on a team-only and an institution unknown case, both revealed. */
  async function learnerWithRecord() {
    const [author, learner, teamLead, outsiderEducator, admin, peer] = await Promise.all([
      makeUser("resident"), makeUser("resident"), makeUser(), makeUser("educator"), makeUser("admin"), makeUser("resident"),
    ]);
    const teamId = await makeTeam([[author, "owner"], [learner, "member"], [teamLead, "educator"], [peer, "member"]]);
    const secretTitle = `Team-only secret title ${Date.now()}`;
    const teamCase = await makeCase(author, { status: "unknown", visibility: "team", teamId, title: secretTitle });
    const openCase = await makeCase(author, { status: "unknown", title: "Institution unknown" });
    const viewerAuthor = await signedIn(author);
    for (const caseId of [teamCase, openCase]) {
      await db.case.update({ where: { id: caseId }, data: { pollState: "open", postedAsUnknown: true } });
      await as(await signedIn(learner), () => castVote({ caseId, diagnosisId: dx.tbmes! }));
      await as(await signedIn(learner), () => postDifferential({ caseId, entries: [{ diagnosisId: dx.tbmes!, rationale: "Fits." }] }));
      expect(await as(viewerAuthor, () => revealCase(reveal(caseId)))).toMatchObject({ ok: true });
    }
    return { author, learner, teamLead, outsiderEducator, admin, peer, teamId, secretTitle, teamCase, openCase };
  }

  it("opens only for the learner, their educators in a shared team and admins; anyone else gets nothing (a 404)", async () => {
    const r = await learnerWithRecord();
    expect(await getLearningRecord(await signedIn(r.learner), r.learner.id)).toMatchObject({ attempted: 2 });
    expect(await getLearningRecord(await signedIn(r.teamLead), r.learner.id)).toMatchObject({ attempted: 2 });
    // A global educator with no team in common, and a peer in the same team, do not open it.
    expect(await getLearningRecord(await signedIn(r.outsiderEducator), r.learner.id)).toBeNull();
    expect(await getLearningRecord(await signedIn(r.peer), r.learner.id)).toBeNull();
    expect(await listLearners(await signedIn(r.outsiderEducator))).toEqual([]);
    const learners = (await listLearners(await signedIn(r.teamLead))).map((user) => user.id);
    expect(learners).toContain(r.learner.id);
    expect(learners).not.toContain(r.outsiderEducator.id);
  });

  it("lists only the cases the viewer may see: an admin outside the team sees neither the team case's title, link nor count", async () => {
    const r = await learnerWithRecord();
    const byAdmin = await getLearningRecord(await signedIn(r.admin), r.learner.id);
    expect(byAdmin).toMatchObject({ attempted: 1, counted: 1 });
    expect(byAdmin?.rows.map((row) => row.caseId)).toEqual([r.openCase]);
    expect(JSON.stringify(byAdmin)).not.toContain(r.secretTitle);
    expect(JSON.stringify(byAdmin)).not.toContain(r.teamCase);
    // The team's educator may see it, so it is listed for them, with its title now revealed.
    const byLead = await getLearningRecord(await signedIn(r.teamLead), r.learner.id);
    expect(byLead?.rows.find((row) => row.caseId === r.teamCase)?.title).toBe(r.secretTitle);
    // After leaving the team the learner's own record no longer names it either.
    await db.membership.delete({ where: { teamId_userId: { teamId: r.teamId, userId: r.learner.id } } });
    expect(JSON.stringify(await getLearningRecord(await signedIn(r.learner), r.learner.id))).not.toContain(r.secretTitle);
  });
});

describe("one title rule", () => {
  it("names a case in notifications as on its page: an admin reads an unknown case's real title, others read 'Unknown case'", async () => {
    const [author, admin, participant] = await Promise.all([makeUser("resident"), makeUser("admin"), makeUser()]);
    const caseId = await makeCase(author, { status: "unknown", title: "Secret answer in the title" });
    for (const user of [admin, participant]) {
      await db.notification.create({ data: { userId: user.id, kind: "mention", caseId, actorId: author.id } });
    }
    expect((await listNotifications(await signedIn(admin)))[0]?.caseTitle).toBe("Secret answer in the title");
    expect((await listNotifications(await signedIn(participant)))[0]?.caseTitle).toBe("Unknown case");
  });
});
