// Who may do what with a conference: pure functions of (viewer, conference facts, the viewer's
// role in the conference's team, whether they joined). Queries and actions both ask here.
import type { Viewer } from "@/lib/core/viewer";
import { canSeeAnswer, canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { canManageMembers } from "@/lib/teams/policy";
import { isCaseLead } from "@/lib/thinking/policy";
import type { ConferenceKind, TeamRole } from "@/lib/generated/prisma/enums";

export interface ConferenceFacts {
  kind: ConferenceKind;
  teamId: string;
  presenterId: string;
  chairId: string | null;
  createdById: string;
}

/** The viewer's standing with one conference. */
export interface Standing {
  teamRole: TeamRole | null;
  /** Joined the live session (by code, QR or as a member). */
  joined: boolean;
}

/**
 * MDT meetings are run by a team's owners and coordinators; teaching sessions also by the team's
 * educators (its educator role, given by an owner; never the global role, decision 031).
 */
export function canScheduleConference(viewer: Viewer | null, kind: ConferenceKind, teamRole: TeamRole | null): boolean {
  if (!viewer || teamRole === null) return false;
  return canManageMembers(teamRole) || (kind === "teaching" && teamRole === "educator");
}

/** The agenda, the schedule, intake forms and attendance: organisers, the presenter and the chair. */
export function canManageConference(viewer: Viewer | null, conference: ConferenceFacts, standing: Standing): boolean {
  if (!viewer || standing.teamRole === null) return false;
  if ([conference.createdById, conference.presenterId, conference.chairId].includes(viewer.id)) return true;
  return canScheduleConference(viewer, conference.kind, standing.teamRole);
}

/**
 * Seeing the conference at all (agenda, audience view, summary, calendar). MDT meetings are
 * private to the team; a teaching conference is also open to whoever joined it with its code.
 */
export function canViewConference(viewer: Viewer | null, conference: ConferenceFacts, standing: Standing): boolean {
  if (!viewer) return false;
  if (standing.teamRole !== null) return true;
  return conference.kind === "teaching" && standing.joined;
}

/** Joining with the code: anyone signed in for teaching, team members only for MDT meetings. */
export function canJoinConference(viewer: Viewer | null, conference: ConferenceFacts, standing: Standing): boolean {
  if (!viewer) return false;
  return conference.kind === "teaching" || standing.teamRole !== null;
}

/** A team's quorum (required specialties) is set by its owners and coordinators. */
export function canSetQuorum(teamRole: TeamRole | null): boolean {
  return canManageMembers(teamRole);
}

/** Only the named presenter moves the live state. */
export function canPresent(viewer: Viewer | null, conference: ConferenceFacts): boolean {
  return viewer !== null && viewer.id === conference.presenterId;
}

/** Team guests follow along but do not vote, as on the cases themselves. */
export function canTakePart(viewer: Viewer | null, conference: ConferenceFacts, standing: Standing): boolean {
  return canViewConference(viewer, conference, standing) && standing.teamRole !== "guest";
}

/** MDT outcomes: recorded by the organisers, signed off by the chair alone. */
export function canRecordOutcome(viewer: Viewer | null, conference: ConferenceFacts, standing: Standing): boolean {
  return conference.kind === "mdt" && canManageConference(viewer, conference, standing);
}

export function canSignOff(viewer: Viewer | null, conference: ConferenceFacts): boolean {
  return viewer !== null && conference.kind === "mdt" && conference.chairId === viewer.id;
}

/** Outcomes, minutes and their FHIR export are for the team, never for code-joined outsiders. */
export function canReadOutcomes(viewer: Viewer | null, conference: ConferenceFacts, standing: Standing): boolean {
  return viewer !== null && conference.kind === "mdt" && standing.teamRole !== null;
}

/**
 * Which cases may go on an agenda: ones the person adding can see, that belong to no team or to
 * this conference's team. An MDT meeting never takes a public case: its outcomes are private.
 */
export function agendaCaseProblem(viewer: Viewer, conference: ConferenceFacts, kase: CaseAccessFacts): string | null {
  if (!canViewCase(viewer, kase)) return "That case does not exist or you do not have access to it.";
  if (kase.status === "draft") return "A draft case cannot go on an agenda: publish it first.";
  if (kase.teamId !== null && kase.teamId !== conference.teamId) return "That case belongs to another team: only this team's cases or institution-wide cases can go on the agenda.";
  if (conference.kind === "mdt" && kase.visibility === "public") return "A public case cannot go to an MDT meeting: outcomes are private to the team. Change the case's visibility first.";
  return null;
}

/**
 * The answer at a conference's reveal: shown to the audience only if the presenter may see it
 * already or may reveal the case anyway (the case leads: its author, its team's owners,
 * coordinators and educators, the presenter of a team case at that team's conference, admins),
 * decided when the presenter reveals and stored as `answerReleased`; and only to viewers who may
 * see the case itself. The case stays unknown in the library: the reveal is for the room.
 */
export function presenterMayReleaseAnswer(presenter: Viewer, kase: CaseAccessFacts & { id: string }): boolean {
  return canSeeAnswer(presenter, kase) || isCaseLead(presenter, kase);
}
