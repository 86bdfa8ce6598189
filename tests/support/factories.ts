// Factories for integration tests: real rows in the run's database, random emails so that
// files never collide. They go through the same write path as the app (createCaseRows).
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { readSessionFromCookies } from "@/lib/auth/token";
import type { Viewer } from "@/lib/core/viewer";
import { caseInput, type CaseInput } from "@/lib/cases/schema";
import { createCaseRows } from "@/lib/cases/write";
import { db } from "@/lib/core/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { TEAM_LEAD_ROLES } from "@/lib/auth/policy";

export async function makeUser(role: Role = "clinician"): Promise<Viewer> {
  const suffix = randomBytes(5).toString("hex");
  const user = await db.user.create({
    data: { email: `test-${suffix}@example.test`, name: `Dr Test ${suffix}`, role },
    select: { id: true, name: true, email: true, role: true },
  });
  return { ...user, teamIds: [] };
}

export function caseDraft(overrides: Partial<CaseInput> = {}): CaseInput {
  return caseInput.parse({
    title: "Forefoot pain in a runner",
    presentation: "Runner with two weeks of forefoot pain after increasing weekly distance.",
    ageBand: "30–34",
    sex: "female",
    region: "Foot",
    tags: ["stress fracture"],
    status: "open",
    timeline: [
      { type: "study", dayOffset: 0, modality: "MRI", region: "Foot", technique: "Sagittal T1, STIR", findings: "Marrow oedema of the 2nd metatarsal.", impression: "Stress reaction." },
      { type: "event", dayOffset: 0, kind: "treatment", description: "Walker boot for four weeks." },
      { type: "study", dayOffset: 56, modality: "MRI", region: "Foot", findings: "Healing fracture with callus.", change: "resolution" },
    ],
    resolution: { diagnosis: "Metatarsal stress fracture", certainty: "almost_certain", teachingPoints: "Second metatarsal bears the most load." },
    ...overrides,
  });
}

export async function makeCase(author: Viewer, overrides: Partial<CaseInput> = {}): Promise<string> {
  return db.$transaction((tx) => createCaseRows(tx, author.id, caseDraft(overrides)));
}

/** `as(viewer, () => action(...))`: runs an action with `viewer` signed in (the file's mocked session). */
export function actAs(session: { viewer: Viewer | null }) {
  return <T>(viewer: Viewer, run: () => Promise<T>): Promise<T> => {
    session.viewer = viewer;
    return run();
  };
}

/** The viewer with the teams they belong to now (as getViewer would load them). */
export async function withTeams(viewer: Viewer): Promise<Viewer> {
  const memberships = await db.membership.findMany({ where: { userId: viewer.id }, select: { teamId: true } });
  return { ...viewer, teamIds: memberships.map((membership) => membership.teamId) };
}

type TeamRole = import("@/lib/generated/prisma/enums").TeamRole;

/** A team with these members in these roles (rows written directly; the team actions have their own tests). */
export async function makeTeam(
  members: Array<[Viewer, TeamRole]>,
  data: { name?: string; requiredSpecialties?: string[] } = {},
): Promise<string> {
  const suffix = randomBytes(4).toString("hex");
  const team = await db.team.create({
    data: {
      name: data.name ?? `Test team ${suffix}`,
      slug: `test-team-${suffix}`,
      requiredSpecialties: data.requiredSpecialties ?? [],
      memberships: { create: members.map(([member, role]) => ({ userId: member.id, role })) },
    },
    select: { id: true },
  });
  return team.id;
}

/**
 * Like `withTeams`, with `guestTeamIds` and `leadTeamIds` too: the viewer as getViewer would load
 * it now, except the cases they present (use `sessionViewer` for those).
 */
export async function withTeamRoles(viewer: Viewer): Promise<Viewer> {
  const memberships = await db.membership.findMany({ where: { userId: viewer.id }, select: { teamId: true, role: true } });
  const lead: readonly string[] = TEAM_LEAD_ROLES;
  return {
    ...viewer,
    teamIds: memberships.map((membership) => membership.teamId),
    guestTeamIds: memberships.filter((membership) => membership.role === "guest").map((membership) => membership.teamId),
    leadTeamIds: memberships.filter((membership) => lead.includes(membership.role)).map((membership) => membership.teamId),
  };
}

/** The viewer exactly as a request loads it: through a session cookie and the session's one statement. */
export async function sessionViewer(user: { id: string }): Promise<Viewer> {
  const token = await encode({ token: { uid: user.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET!, maxAge: 3600 });
  const read = await readSessionFromCookies({ "next-auth.session-token": token });
  if (!read) throw new Error(`no session for ${user.id}`);
  return read.viewer;
}
