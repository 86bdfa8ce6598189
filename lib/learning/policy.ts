// Who opens a learning record (decision 031): pure functions of the viewer and the learner.
import type { Viewer } from "@/lib/core/viewer";
import { canSeeAnswer, type CaseAccessFacts } from "@/lib/cases/policy";

/**
 * A learning record is opened by the learner, by their educators (an owner, coordinator or
 * educator of a team the learner is a non-guest member of) and by admins; to anyone else it does
 * not exist. `learnerTeamIds`: the learner's non-guest teams.
 */
export function canOpenRecordOf(viewer: Viewer, learner: { id: string; teamIds: string[] }): boolean {
  if (viewer.id === learner.id || opensEveryRecord(viewer)) return true;
  return learner.teamIds.some((teamId) => (viewer.leadTeamIds ?? []).includes(teamId));
}

/** Whether the viewer opens every learner's record: admins. */
export function opensEveryRecord(viewer: Viewer): boolean {
  return viewer.role === "admin";
}

/** Whether the viewer opens anyone's record but their own: an admin, or a lead of some team. */
export function opensOthersRecords(viewer: Viewer): boolean {
  return opensEveryRecord(viewer) || (viewer.leadTeamIds ?? []).length > 0;
}

/**
 * Spaced review (decision 085): a learner reviews a case they missed, and only while they may see
 * its answer (they saw it at the reveal or with their quiz answer); never their own case.
 */
export function canReviewCase(viewer: Viewer, kase: CaseAccessFacts, facts: { missed: boolean }): boolean {
  return facts.missed && kase.authorId !== viewer.id && canSeeAnswer(viewer, kase);
}
