// Who may do what with a conference: pure functions of (viewer, conference facts, the viewer's
// role in the conference's team, whether they joined). Queries and actions both ask here.
import type { Viewer } from "@/lib/core/viewer";
import { canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { canManageMembers } from "@/lib/teams/policy";
import type { ConferenceKind, RevealConsent, TeamRole } from "@/lib/generated/prisma/enums";

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

/** An MDT meeting is started (early, if need be) by its chair or its presenter. */
export function canStartMeeting(viewer: Viewer | null, conference: ConferenceFacts): boolean {
  return viewer !== null && conference.kind === "mdt" && (conference.chairId === viewer.id || conference.presenterId === viewer.id);
}

/**
 * Attendance, outcomes and sign-off are records of a meeting that has happened: they open when the
 * meeting starts (issue 26 item 10) and stay open after it ends (minutes are often finished
 * later). Before that only the agenda and its intake forms are edited. Null when open.
 */
export function meetingRecordProblem(conference: { startedAt: Date | null }): string | null {
  return conference.startedAt ? null : "The meeting has not started yet: attendance, outcomes and sign-off open when the chair starts it. The intake can be edited now.";
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
 * The answer at a conference's reveal (issue 26 item 9): released to the room only with the case
 * author's consent for this conference (given when the case was added to the agenda, or later by
 * the author), or when the presenter is the author, or when the case is already resolved (the
 * answer is then everyone's who sees the case). Being a case lead or an admin is not enough: a
 * presenter never reveals someone else's unknown case without its author. Decided when the
 * presenter reveals and stored as `answerReleased`; shown only to viewers who may see the case.
 */
export function presenterMayReleaseAnswer(presenter: Viewer, kase: CaseAccessFacts, consent: RevealConsent): boolean {
  if (kase.status === "resolved") return canViewCase(presenter, kase);
  return presenter.id === kase.authorId || consent !== "none";
}

/** Only a case's author consents to (or withdraws consent for) its reveal at a conference. */
export function canConsentToReveal(viewer: Viewer | null, kase: Pick<CaseAccessFacts, "authorId">): boolean {
  return viewer !== null && viewer.id === kase.authorId;
}

/** Whether a reveal at the conference also resolves the case (the author chose so). */
export const revealResolvesCase = (consent: RevealConsent, kase: Pick<CaseAccessFacts, "status">) => consent === "resolve" && kase.status === "unknown";

/**
 * The slice a presenter may put on the room's screens (issue 24 item 5): one of the study on
 * screen (step k shows the case's k-th study), in a series the room may see (not held back for
 * review; not of a study that is part of the answer), inside the series. Null when allowed.
 */
export function sliceProblem(series: { studyStep: number; partOfAnswer: boolean; needsReview: boolean; imageCount: number }, step: number, index: number): string | null {
  if (series.studyStep !== step || series.needsReview || series.partOfAnswer) return "That series is not part of the study on screen.";
  return index < series.imageCount ? null : "That slice is not in the series.";
}
