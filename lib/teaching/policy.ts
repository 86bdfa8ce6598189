// Teaching copies of MDT cases (issue 27 item 8, decision 086): pure functions of (viewer, case).
import { canSeeAnswer, canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import type { Viewer } from "@/lib/core/viewer";

/**
 * A team member (not a guest) makes a teaching copy of an MDT case: a team case that has been on
 * one of the team's MDT agendas, and whose final diagnosis they may see (it becomes the copy's
 * hidden answer; copying an answer they may not see would show it to them).
 */
export function teachingCopyProblem(viewer: Viewer, kase: CaseAccessFacts, facts: { onMdtAgenda: boolean; hasAnswer: boolean }): { code: "not_found" | "forbidden"; message: string } | null {
  if (!canViewCase(viewer, kase)) return { code: "not_found", message: "That case does not exist or you do not have access to it." };
  const member = kase.teamId !== null && viewer.teamIds.includes(kase.teamId) && !(viewer.guestTeamIds ?? []).includes(kase.teamId);
  if (kase.visibility !== "team" || !member || !facts.onMdtAgenda) return { code: "forbidden", message: "Only members of the team make teaching copies of the team's MDT cases." };
  if (!canSeeAnswer(viewer, kase) || !facts.hasAnswer) {
    return { code: "forbidden", message: "This MDT case has no final diagnosis you can see yet: record or reveal it first, then make the teaching copy." };
  }
  return null;
}

/** Whether the case page offers the button (the action asks `teachingCopyProblem` again). */
export function mayOfferTeachingCopy(viewer: Viewer, kase: CaseAccessFacts, facts: { onMdtAgenda: boolean }): boolean {
  return teachingCopyProblem(viewer, kase, { ...facts, hasAnswer: true }) === null;
}

/**
 * The link from a copy back to its MDT case is the team's: shown only to a member of the team the
 * source belonged to when copied who may still see the source. Anyone else learns nothing of it.
 */
export function canSeeTeachingSource(viewer: Viewer | null, link: { teamId: string }, source: CaseAccessFacts): boolean {
  return viewer !== null && viewer.teamIds.includes(link.teamId) && canViewCase(viewer, source);
}
