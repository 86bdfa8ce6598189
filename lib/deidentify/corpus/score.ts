// Scores findIdentifiers on the labelled corpus by span overlap, the way the held-back corpora
// are scored: a labelled span is found when any finding overlaps it; a finding is correct when
// it overlaps any labelled span.
import { findIdentifiers } from "../guard";
import type { Category, Corpus } from "./generate";

export interface Score {
  recall: Record<Category | "overall", { found: number; total: number; recall: number }>;
  recallBySource: Record<string, { found: number; total: number; recall: number }>;
  precision: number;
  cleanNotesFlagged: number;
  cleanNotes: number;
  falseAlarmRate: number;
  misses: Array<{ category: Category; text: string }>;
  falseFindings: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function score(corpus: Corpus): Score {
  const tally = new Map<string, { found: number; total: number }>();
  const bump = (key: string, hit: boolean) => {
    const t = tally.get(key) ?? { found: 0, total: 0 };
    t.total++;
    if (hit) t.found++;
    tally.set(key, t);
  };
  let correct = 0;
  let findingsTotal = 0;
  const misses: Score["misses"] = [];
  const falseFindings: string[] = [];
  for (const note of corpus.notes) {
    const findings = findIdentifiers(note.text);
    for (const span of note.spans) {
      const hit = findings.some((f) => overlaps(f, span));
      bump(span.category, hit);
      bump("overall", hit);
      if (span.source) bump(`${span.category}:${span.source}`, hit);
      if (!hit) misses.push({ category: span.category, text: note.text.slice(span.start, span.end) });
    }
    for (const f of findings) {
      findingsTotal++;
      if (note.spans.some((s) => overlaps(f, s))) correct++;
      else falseFindings.push(f.text);
    }
  }
  let flagged = 0;
  for (const text of corpus.clean) {
    const findings = findIdentifiers(text);
    findingsTotal += findings.length;
    if (findings.length) {
      flagged++;
      falseFindings.push(...findings.map((f) => f.text));
    }
  }
  const rate = (t: { found: number; total: number }) => ({ ...t, recall: t.total ? t.found / t.total : 1 });
  const recall = {} as Score["recall"];
  const recallBySource: Score["recallBySource"] = {};
  for (const [key, t] of tally) {
    if (key.includes(":")) recallBySource[key] = rate(t);
    else recall[key as Category | "overall"] = rate(t);
  }
  return {
    recall,
    recallBySource,
    precision: findingsTotal ? correct / findingsTotal : 1,
    cleanNotesFlagged: flagged,
    cleanNotes: corpus.clean.length,
    falseAlarmRate: corpus.clean.length ? flagged / corpus.clean.length : 0,
    misses,
    falseFindings,
  };
}
