// The stages of one agenda item as integers: 0 is the presentation, 1..n the case's n studies in
// timeline order, n+1 the vote and n+2 the reveal. Pure functions, shared by server and client.
export type StageKind = "presentation" | "study" | "vote" | "reveal";

export const voteStep = (studyCount: number) => studyCount + 1;
export const revealStep = (studyCount: number) => studyCount + 2;

export function stageOf(step: number, studyCount: number): { kind: StageKind; study?: number } {
  if (step <= 0) return { kind: "presentation" };
  if (step <= studyCount) return { kind: "study", study: step };
  if (step === voteStep(studyCount)) return { kind: "vote" };
  return { kind: "reveal" };
}

export function stageLabel(step: number, studyCount: number): string {
  const stage = stageOf(step, studyCount);
  if (stage.kind === "presentation") return "Presentation";
  if (stage.kind === "study") return `Study ${stage.study} of ${studyCount}`;
  return stage.kind === "vote" ? "Vote" : "Reveal";
}

/** The step a staged differential belongs to: the presentation or the last study shown. */
export function differentialStep(step: number, studyCount: number): number {
  return Math.max(0, Math.min(step, studyCount));
}

/**
 * How many timeline entries (in timeline order) a viewer who has reached `reachedStep` may see.
 * The presentation brings what precedes the first study; study k brings everything up to and
 * including the k-th study (the treatment and course between two studies come with the later
 * one); what follows the last study (the outcome) appears only at the reveal.
 */
export function visibleTimelineLength(kinds: ReadonlyArray<"study" | "event">, reachedStep: number): number {
  const studyIndexes = kinds.flatMap((kind, index) => (kind === "study" ? [index] : []));
  const studyCount = studyIndexes.length;
  if (reachedStep >= revealStep(studyCount)) return kinds.length;
  if (studyCount === 0) return 0;
  const studiesShown = Math.max(0, Math.min(reachedStep, studyCount));
  return studiesShown === 0 ? (studyIndexes[0] ?? 0) : (studyIndexes[studiesShown - 1] ?? 0) + 1;
}

export type VoteState = "not_open" | "open" | "closed";

/**
 * What "next step" does (issue 26 item 8). Arriving at the vote stage opens the vote; "next" at
 * the vote stage closes an open vote (the room then sees the distribution) and never reveals: the
 * reveal is its own command (R, or "next" confirmed on the presenter's screen). Once a case has
 * been revealed, "next" from the vote stage returns to the reveal (nothing new is shown).
 */
export function nextMove(step: number, studyCount: number, voteState: VoteState, reachedStep: number):
  | { ok: true; step: number; voteState?: VoteState }
  | { ok: false; reason: "revealed" | "confirm_reveal" } {
  const vote = voteStep(studyCount);
  const revealed = reachedStep >= revealStep(studyCount);
  if (step >= revealStep(studyCount)) return { ok: false, reason: "revealed" };
  if (step < vote - 1) return { ok: true, step: step + 1 };
  if (step === vote - 1) return { ok: true, step: vote, ...(voteState === "not_open" && !revealed ? { voteState: "open" as const } : {}) };
  // At the vote stage.
  if (revealed) return { ok: true, step: revealStep(studyCount) };
  if (voteState === "open") return { ok: true, step: vote, voteState: "closed" };
  if (voteState === "not_open") return { ok: true, step: vote, voteState: "open" };
  return { ok: false, reason: "confirm_reveal" };
}

/** The answer is shown from the reveal on, whatever stage the presenter steps back to: never re-hidden. */
export const isRevealed = (reachedStep: number, studyCount: number) => reachedStep >= revealStep(studyCount);
