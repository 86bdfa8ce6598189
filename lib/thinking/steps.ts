// How thinking moved through a step-through unknown (decision 088): a learner's own list at each
// step, and after the reveal the group's, in the shape of the conference summary's chart
// (components/conferences/stage-chart.tsx). Pure: the rows come with the thinking reads.
import type { StageSeries } from "@/lib/conferences/view";

export interface StepRow {
  step: number;
  /** Diagnosis names in rank order. */
  names: string[];
}

/** One step of a learner's record: what they had seen and what they committed. */
export interface StepView {
  label: string;
  names: string[];
  /** Names not in their list at the step before (none at the first step). */
  added: string[];
  /** Names of the step before that left their list. */
  dropped: string[];
}

/** Step k was committed having seen studies 1..k+1; the step after the last study saw the whole course. */
export const stepLabel = (step: number, steps: number) => (step < steps ? `Study ${step + 1}` : "Whole course");
const stepTick = (step: number, steps: number) => (step < steps ? `S${step + 1}` : "All");

export function stepViews(rows: StepRow[], steps: number): StepView[] {
  const ordered = [...rows].sort((a, b) => a.step - b.step);
  return ordered.map((row, index) => {
    const before = index === 0 ? null : ordered[index - 1]!.names;
    return {
      label: stepLabel(row.step, steps),
      names: row.names,
      added: before ? row.names.filter((name) => !before.includes(name)) : [],
      dropped: before ? before.filter((name) => !row.names.includes(name)) : [],
    };
  });
}

/** The group's leading diagnoses (each list's top 3) from step to step: the four named most overall. */
export function groupStepSeries(rows: StepRow[], steps: number): StageSeries | null {
  if (rows.length === 0) return null;
  const length = Math.min(steps, Math.max(...rows.map((row) => row.step))) + 1;
  const respondents = Array.from({ length }, () => 0);
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    if (row.step < 0 || row.step >= length) continue;
    respondents[row.step]! += 1;
    for (const name of row.names.slice(0, 3)) {
      const series = counts.get(name) ?? Array.from({ length }, () => 0);
      series[row.step]! += 1;
      counts.set(name, series);
    }
  }
  const total = (series: number[]) => series.reduce((sum, count) => sum + count, 0);
  const top = [...counts.entries()].sort((a, b) => total(b[1]) - total(a[1]) || a[0].localeCompare(b[0])).slice(0, 4);
  return {
    labels: Array.from({ length }, (_, step) => stepLabel(step, steps)),
    ticks: Array.from({ length }, (_, step) => stepTick(step, steps)),
    respondents,
    diagnoses: top.map(([name, series]) => ({ name, shares: series.map((count, step) => (respondents[step] ? count / respondents[step]! : 0)) })),
  };
}
