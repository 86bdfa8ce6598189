// Timeline entries a viewer may not see yet, dropped from a case read right after it, before
// anything else sees the row: the page, the thinking and comments APIs, the studies a differential
// or comment may cite, the export, the image routes. Entries that are part of the answer
// (decision 065) and, on a step-through unknown, the studies a learner has not unlocked
// (decision 088). The rule is policy.canSeeTimelineEntry; this file gives it each entry's stage.
import type { Viewer } from "@/lib/core/viewer";
import { answerShownAtConferenceWhere, canSeeTimelineEntry, stepsThrough, type CaseAccessFacts, type StepFacts } from "./policy";
import { byTimeline } from "./timeline";

interface Entry {
  partOfAnswer: boolean;
  dayOffset: number;
  position: number;
}

interface WithEntries<S extends Entry, E extends Entry> {
  studies: S[];
  events: E[];
}

/**
 * Each entry's stage: how many studies not part of the answer come before it in timeline order.
 * A learner on a step-through case sees stage k after committing k steps: the first study and the
 * events before it at stage 0, then each next study with the events between.
 */
export function timelineStages(studies: Entry[], events: Entry[]): Map<Entry, number> {
  const all = [...studies.map((entry) => ({ entry, study: true })), ...events.map((entry) => ({ entry, study: false }))]
    .sort((a, b) => byTimeline(a.entry, b.entry) || Number(b.study) - Number(a.study));
  const stages = new Map<Entry, number>();
  let before = 0;
  for (const { entry, study } of all) {
    stages.set(entry, before);
    if (study && !entry.partOfAnswer) before += 1;
  }
  return stages;
}

/** The steps of a step-through case: one per study not part of the answer, then the rest of the course. */
export const stepCount = (studies: Array<{ partOfAnswer: boolean }>) => studies.filter((study) => !study.partOfAnswer).length;

/** Where a learner stands on a step-through case: the step they are at, and whether committing unlocks more. */
export interface StepPosition {
  step: number;
  steps: number;
  more: boolean;
}

/** The row with only the entries this viewer may see, and their place on a step-through case (null if not stepping). */
export function withEntriesFor<S extends Entry, E extends Entry, Row extends CaseAccessFacts & StepFacts & WithEntries<S, E>>(viewer: Viewer | null, row: Row): Row & { steps: StepPosition | null } {
  const stages = timelineStages(row.studies, row.events);
  const seen = (entry: Entry) => canSeeTimelineEntry(viewer, row, { partOfAnswer: entry.partOfAnswer, stage: stages.get(entry) ?? 0 });
  const steps = stepsThrough(viewer, row)
    ? { step: row.stepsDone, steps: stepCount(row.studies), more: [...row.studies, ...row.events].some((entry) => !entry.partOfAnswer && !seen(entry)) }
    : null;
  return { ...row, studies: row.studies.filter(seen), events: row.events.filter(seen), steps };
}

/**
 * The step facts as a Prisma select on a case, for reads outside the case read (export, images,
 * quiz, live stream): counts in the same statement, whether the answer was shown to this viewer at
 * a conference included.
 */
export function stepFactsSelect(viewer: Pick<Viewer, "id"> | null) {
  return {
    stepThrough: true,
    _count: { select: { stepDifferentials: { where: { userId: viewer?.id ?? "" } }, agendaItems: { where: answerShownAtConferenceWhere(viewer?.id ?? null) } } },
  } as const;
}

/** A row read with stepFactsSelect, as StepFacts. */
export function stepFactsOf(row: { stepThrough: boolean; _count: { stepDifferentials: number; agendaItems: number } }): StepFacts {
  return { stepThrough: row.stepThrough, stepsDone: row._count.stepDifferentials, answerShown: row._count.agendaItems > 0 };
}
