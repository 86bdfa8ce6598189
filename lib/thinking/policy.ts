// Blind-first rules for unknown cases, polls and the reveal: pure functions of
// (viewer, case facts, whether the viewer has committed). Used by queries, actions and streams.
import type { Viewer } from "@/lib/core/viewer";
import { answerShownTo, canViewCase, isCaseLead, type CaseAccessFacts } from "@/lib/cases/policy";
import type { PollState } from "@/lib/generated/prisma/enums";

export { isCaseLead };

/** A case's access facts with its id: whether the viewer leads it depends on which case it is. */
export interface LeadFacts extends CaseAccessFacts {
  id: string;
}

export interface PollFacts extends LeadFacts {
  pollState: PollState;
  showVoterNames: boolean;
}

/**
 * Others' differentials, support counts and votes. On an unknown case a participant sees them
 * only after committing (posting a differential or voting); on other cases, always.
 */
export function canSeeOthersThinking(viewer: Viewer | null, kase: LeadFacts, committed: boolean): boolean {
  if (!viewer || !canViewCase(viewer, kase)) return false;
  if (isCaseLead(viewer, kase)) return true;
  return kase.status !== "unknown" || committed;
}

/** The vote distribution: after voting, or once the poll is closed (and never while blind). */
export function canSeeDistribution(viewer: Viewer | null, kase: PollFacts, voted: boolean, committed: boolean): boolean {
  if (!viewer || !canViewCase(viewer, kase)) return false;
  if (isCaseLead(viewer, kase)) return true;
  if (kase.pollState === "closed" || kase.status === "resolved") return true;
  return voted && canSeeOthersThinking(viewer, kase, committed);
}

export function canSeeVoterNames(viewer: Viewer | null, kase: PollFacts): boolean {
  return isCaseLead(viewer, kase) || kase.showVoterNames;
}

const DISCUSSABLE = new Set(["open", "unknown"]);

/**
 * Whoever can see an unknown case's answer before its reveal (its author, an editor), or saw it
 * revealed at a conference (where the facts carry `answerShown`: the case read's), takes no part
 * in guessing it: no differential, no support, no vote. Their vote would be the answer, named.
 */
export function knowsTheAnswer(viewer: Viewer | null, kase: CaseAccessFacts & { answerShown?: boolean }): boolean {
  return kase.status === "unknown" && answerShownTo(viewer, kase);
}
export const KNOWS_THE_ANSWER_MESSAGE = "You can see this case's answer, so you do not post a differential or vote on it: yours would give the answer away.";

export function canPostDifferential(viewer: Viewer | null, kase: CaseAccessFacts & { answerShown?: boolean }): boolean {
  return viewer !== null && canViewCase(viewer, kase) && DISCUSSABLE.has(kase.status) && !knowsTheAnswer(viewer, kase);
}

/** Guests of a team read and comment on its cases but do not vote on them. */
export function isGuestFor(viewer: Viewer, kase: CaseAccessFacts): boolean {
  return kase.teamId !== null && (viewer.guestTeamIds ?? []).includes(kase.teamId);
}

export function canVote(viewer: Viewer | null, kase: PollFacts & { answerShown?: boolean }): boolean {
  return viewer !== null && canViewCase(viewer, kase) && DISCUSSABLE.has(kase.status) && kase.pollState === "open" && !isGuestFor(viewer, kase) && !knowsTheAnswer(viewer, kase);
}

export function canManagePoll(viewer: Viewer | null, kase: PollFacts): boolean {
  return isCaseLead(viewer, kase) && DISCUSSABLE.has(kase.status);
}

export function canReveal(viewer: Viewer | null, kase: LeadFacts): boolean {
  return isCaseLead(viewer, kase) && DISCUSSABLE.has(kase.status);
}
