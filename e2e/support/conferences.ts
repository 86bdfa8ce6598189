// Conference fixtures: a team of fresh users and a conference with its agenda, written straight
// to the database (the scheduling form has its own test), so specs run in parallel.
import { randomBytes } from "node:crypto";
import { createUser, database, type Role, type TestUser } from "./fixtures";

export async function createTeam(members: Array<{ user: TestUser; role: "owner" | "coordinator" | "educator" | "member" | "guest" }>, requiredSpecialties: string[] = []) {
  const suffix = randomBytes(4).toString("hex");
  return database().team.create({
    data: { name: `E2E team ${suffix}`, slug: `e2e-team-${suffix}`, requiredSpecialties, memberships: { create: members.map(({ user, role }) => ({ userId: user.id, role })) } },
    select: { id: true, name: true },
  });
}

export async function createConference(options: {
  kind: "teaching" | "mdt";
  teamId: string;
  presenter: TestUser;
  chair?: TestUser;
  caseIds: string[];
  title?: string;
}) {
  const code = Array.from(randomBytes(6), (byte) => "ABCDEFGHJKMNPQRSTUVWXYZ23456789"[byte % 31]).join("");
  return database().conference.create({
    data: {
      kind: options.kind,
      teamId: options.teamId,
      title: options.title ?? `E2E ${options.kind} ${code}`,
      startsAt: new Date(Date.now() + 60 * 60 * 1000),
      durationMinutes: 60,
      location: "Seminar room 2",
      joinCode: code,
      presenterId: options.presenter.id,
      chairId: options.chair?.id ?? null,
      createdById: options.presenter.id,
      items: { create: options.caseIds.map((caseId, index) => ({ caseId, position: index + 1, estimatedMinutes: 10 })) },
    },
    select: { id: true, joinCode: true, title: true },
  });
}

export const users = (count: number, role: Role = "clinician") => Promise.all(Array.from({ length: count }, (_, index) => createUser(role, `Dr Audience ${index + 1} ${randomBytes(2).toString("hex")}`)));
