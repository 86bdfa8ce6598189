// The guard on hand-written fragments in styles the generated corpus does not cover
// (corpus/fragments.ts): upper-case discharge-summary headers, dictation footers, signatures,
// nursing shorthand, towns known only from their context. Same thresholds as corpus.test.ts.
import { describe, expect, it } from "vitest";
import { fragmentsCorpus } from "./corpus/fragments";
import { score } from "./corpus/score";
import { sentencesCorpus } from "./corpus/sentences";
import { decision115Corpus } from "./corpus/sentences-115";
import { decision118Corpus } from "./corpus/sentences-118";
import { decision119Corpus } from "./corpus/capitals-119";
import { decision120Corpus } from "./corpus/lowercase-120";
import { decision121Corpus } from "./corpus/icu-nursing-121";
import { decision122Corpus } from "./corpus/outpatient-122";
import { decision123Corpus } from "./corpus/radiology-123";
import { decision124Corpus } from "./corpus/icu-teams-124";
import { decision126Corpus } from "./corpus/synthetic-126";
import type { Corpus } from "./corpus/generate";
import corpusJson from "./corpus/corpus.json";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe("hand-written fragments", () => {
  it("are labelled and as many as planned", () => {
    const corpus = fragmentsCorpus();
    expect(corpus.notes.length).toBeGreaterThanOrEqual(150);
    for (const note of corpus.notes) {
      for (const span of note.spans) {
        expect(span.end).toBeGreaterThan(span.start);
        expect(note.text.slice(span.start, span.end).trim()).toBe(note.text.slice(span.start, span.end));
      }
    }
  });

  for (const which of ["all", "unseen", "decision-104"] as const) {
    it(`meet the recall, precision and false-alarm thresholds (${which})`, () => {
      // The later batches are small (a handful of spans in some categories): only the overall bar.
      reportAndCheck(`the ${which} fragments`, "notes", score(fragmentsCorpus(which)), which === "all");
    });
  }
});

// Decision 113's batches of synthetic sentences (corpus/sentences.ts), reported apart.
describe("synthetic sentences (decision 113)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 113's sentences", "sentences", score(sentencesCorpus()), true);
  });
});

// Decision 115's batch of ages over 89 and numbers (corpus/sentences-115.ts), reported apart.
describe("ages and numbers (decision 115)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 115's batch", "sentences", score(decision115Corpus()), true, true);
  });
});

// Decision 118's batch of dictation, new countries' formats and EHR exports (corpus/sentences-118.ts), reported apart.
describe("dictation, new formats and exports (decision 118)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 118's batch", "sentences", score(decision118Corpus()), true, true);
  });
});

// Decision 119's batch written in capitals as such text comes (corpus/capitals-119.ts), reported apart.
describe("text written in capitals (decision 119)", () => {
  it("meets the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 119's batch", "sentences", score(decision119Corpus()), true, true);
  });
});

// Decision 120's batch written without capitals (corpus/lowercase-120.ts), reported apart. It was
// written by someone who had not read the rules, and the rules that followed it read lower-case text
// as a whole rather than answer its items: held to the false-alarm and precision thresholds and to
// the recall it reached (its first run was 52.4%, 81.7% with the reading as first written, 86.2% after).
describe("text written without capitals (decision 120)", () => {
  it("meets the false-alarm and precision thresholds and keeps its recall", () => {
    reportAndCheck("decision 120's batch", "sentences", score(decision120Corpus()), false, true, 0.85);
  });
});

// Decision 121's batch of ICU nursing notes (corpus/icu-nursing-121.ts), written by someone who had
// not read the rules, reported apart and held to issue 25's thresholds after its rules.
describe("ICU nursing notes (decision 121)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 121's batch", "sentences", score(decision121Corpus()), true, true);
  });
});

// Decision 122's batch of outpatient and longitudinal records (corpus/outpatient-122.ts), written by
// someone who had not read the rules, reported apart and held to issue 25's thresholds after its rules.
describe("outpatient records (decision 122)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 122's batch", "sentences", score(decision122Corpus()), true, true);
  });
});

// Decision 123's batch of radiology reports, MDT outcomes and case discussions (corpus/radiology-123.ts),
// the text this product's users write, reported apart and held to issue 25's thresholds after its rules.
describe("radiology reports and case discussions (decision 123)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 123's batch", "sentences", score(decision123Corpus()), true, true);
  });
});

// Decision 124's batch of ICU team notes (corpus/icu-teams-124.ts), a second writer in the style of the
// held-back PhysioNet notes, reported apart and held to issue 25's thresholds after its rules.
describe("ICU team notes (decision 124)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 124's batch", "sentences", score(decision124Corpus()), true, true);
  });
});

// Decision 126's batch of synthetic PHI sentences (corpus/synthetic-126.ts), a second writer in the style
// of the held-back synthetic set, reported apart and held to issue 25's thresholds after its rules.
describe("synthetic PHI sentences (decision 126)", () => {
  it("meet the recall, precision and false-alarm thresholds", () => {
    reportAndCheck("decision 126's batch", "sentences", score(decision126Corpus()), true, true);
  });
});

// Every labelled corpus lower-cased, as speech recognition and phones write notes (decision 120):
// the reading keeps them near the corpora in capitals, and their clean texts clean.
describe("every labelled corpus in lower case (decision 120)", () => {
  const lower = (c: Corpus): Corpus => ({ notes: c.notes.map((n) => ({ ...n, text: n.text.toLowerCase() })), clean: c.clean.map((t) => t.toLowerCase()) });
  const corpora: Array<[string, () => Corpus]> = [
    ["the fragments", () => fragmentsCorpus("all")],
    ["decision 113's sentences", sentencesCorpus],
    ["decision 115's batch", decision115Corpus],
    ["decision 118's batch", decision118Corpus],
    ["decision 119's batch", decision119Corpus],
    ["the generated corpus", () => corpusJson as Corpus],
  ];
  it.each(corpora)("%s in lower case keep 90%% recall and their clean texts clean", (label, corpus) => {
    reportAndCheck(`${label} in lower case`, "sentences", score(lower(corpus())), false, false, 0.9);
  });
});

/** Prints a corpus's figures and holds them to issue 25's thresholds (per category too, when asked). */
function reportAndCheck(label: string, unit: "notes" | "sentences", s: ReturnType<typeof score>, perCategory: boolean, falseFindings = false, minRecall = 0.95): void {
  const lines = Object.entries(s.recall).map(([k, v]) => `${k.padEnd(9)} ${pct(v.recall)} (${v.found}/${v.total})`);
  console.log(
    `guard on ${label}:\n${lines.join("\n")}\n` +
      `precision ${pct(s.precision)}; identifier-free ${unit} flagged ${s.cleanNotesFlagged}/${s.cleanNotes} (${pct(s.falseAlarmRate)})\n` +
      `misses: ${s.misses.map((m) => `${m.category}:${m.text}`).join(", ") || "none"}` +
      (falseFindings ? `\nfalse findings: ${s.falseFindings.join(", ") || "none"}` : ""),
  );
  expect(s.recall.overall.recall).toBeGreaterThanOrEqual(minRecall);
  if (perCategory) for (const [category, r] of Object.entries(s.recall)) expect(r.recall, category).toBeGreaterThanOrEqual(0.9);
  expect(s.precision).toBeGreaterThanOrEqual(0.8);
  expect(s.falseAlarmRate).toBeLessThanOrEqual(0.05);
}
