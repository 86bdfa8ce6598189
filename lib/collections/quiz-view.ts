// What a quiz shows of a case before the learner commits (decision 059, issue 27 item 6). Pure,
// so it is unit tested without a database.
//
// The case page's rule for a learner (policy.canSeeTimelineEntry, via withEntriesFor) drops the
// entries the author marked part of the answer; on an unknown case the author wrote the rest to be
// read before the reveal. A quiz also plays resolved cases, whose ordinary text was written after
// the fact ("Impression: Freiberg infraction", "+6 months: outcome, pain-free"), so before the
// commit the quiz holds back more, on every case:
// - entries marked part of the answer (the same rule as the case page);
// - outcome events (how the case turned out);
// - study impressions (the reporting radiologist's conclusion: what the learner is asked for);
// - any sentence of the presentation, a technique, findings, an event or a label that names the
//   case's final diagnosis by any of its catalogue names or synonyms (or the author's free text).
// After the commit the quiz shows the whole course as the case page shows it to the same viewer.
import { americanSpelling } from "@/lib/diagnoses/catalogue/spelling";
import { normalise } from "@/lib/diagnoses/search";
import { buildTimeline, type EventRow, type StudyRow, type TimelineEntry } from "@/lib/cases/timeline-entries";

/** What replaces a sentence that names the answer. */
const HELD_BACK = "[held back until you commit]";

/** The names a case's answer goes by: each diagnosis's name and synonyms, and free text. */
export type AnswerNames = Array<{ name: string; synonyms: string[] } | string | null | undefined>;

/** Lower case, no accents or punctuation, American spelling: "Freiberg's infraction" → "freiberg s infraction". */
const fold = (text: string) => normalise(americanSpelling(text));

/** Whether a text names the answer: a label as whole words (or its plural), spelling and case aside. */
export function answerMatcher(names: AnswerNames): (text: string) => boolean {
  const labels = new Set<string>();
  for (const entry of names) {
    if (!entry) continue;
    for (const label of typeof entry === "string" ? [entry] : [entry.name, ...entry.synonyms]) {
      const folded = fold(label);
      if (folded.length >= 2) labels.add(folded);
    }
  }
  if (!labels.size) return () => false;
  // Folded labels hold only letters, digits and single spaces; escaped anyway.
  const alternatives = [...labels].sort((a, b) => b.length - a.length).map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?:^| )(?:${alternatives.join("|")})(?:s|es)?(?= |$)`, "u");
  return (text) => pattern.test(fold(text));
}

/** The text with every sentence (or line) that names the answer replaced by HELD_BACK. */
export function withoutAnswerSentences(text: string, namesAnswer: (text: string) => boolean): string {
  if (!text || !namesAnswer(text)) return text;
  return text.replace(/[^.!?;\n]+[.!?;]*/g, (sentence) => {
    if (!namesAnswer(sentence)) return sentence;
    const lead = /^\s*/.exec(sentence)![0];
    return `${lead}${HELD_BACK}`;
  });
}

/**
 * The timeline a learner reads before committing: from the entries the case page would show
 * them (already through withEntriesFor), minus what gives the answer away (above).
 */
export function timelineBeforeCommit(studies: StudyRow[], events: EventRow[], namesAnswer: (text: string) => boolean): TimelineEntry[] {
  const clean = (text: string) => withoutAnswerSentences(text, namesAnswer);
  const label = (value: string | null) => (value && namesAnswer(value) ? null : value);
  return buildTimeline(
    studies
      .filter((study) => !study.partOfAnswer)
      .map((study) => ({ ...study, label: label(study.label), technique: clean(study.technique), findings: clean(study.findings), impression: "" })),
    events
      .filter((event) => !event.partOfAnswer && event.kind !== "outcome")
      .map((event) => ({ ...event, label: label(event.label), description: clean(event.description) })),
  );
}
