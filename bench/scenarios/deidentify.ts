// The de-identification guard (issue 25): findIdentifiers over 10,000 characters of the labelled
// corpus's notes, in this process, against a plain regex pass over the same text (a handful of
// shape patterns: the floor any text scan pays). Figures: CPU ms per 10,000 characters for both,
// their ratio, the one-off dictionary load (ms) and the heap it adds (MB). Decision 139 adds the same
// figure over 5,000 characters of ICU nursing notes (corpus/nursing-170.ts and nursing-175.ts joined):
// many short lines, some in capitals and some in lower case, the shape that read twice cost most.
// Decision 140 adds the slowest of a few pathological 5,000-character shapes (a run of bare spaces or
// tabs, pasted with a table's padding; one word or one capital repeated; a lower-case sentence
// repeated): rules that look back or ahead over unbounded blanks were quadratic on such runs.
// Standalone: `npx tsx bench/scenarios/deidentify.ts`.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BenchContext } from "../lib/context";

const PLAIN_REGEX = /\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\b|\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+|\(?\d{3}\)?[ .-]?\d{3}-\d{4}|[\w.+-]+@[\w-]+\.[\w.]+|\b\d{6,}\b/g;

function cpuMsPerRun(runs: number, work: () => void): number {
  const started = process.cpuUsage();
  for (let i = 0; i < runs; i++) work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000 / runs;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export async function measureDeidentify(quick = false) {
  const corpus = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../lib/deidentify/corpus/corpus.json"), "utf8")) as { notes: Array<{ text: string }>; clean: string[] };
  let text = "";
  for (let i = 0; text.length < 10_000; i++) text += `${corpus.notes[i % corpus.notes.length]!.text}\n${corpus.clean[i % corpus.clean.length]}\n`;
  text = text.slice(0, 10_000);
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStarted = performance.now();
  const { findIdentifiers } = await import("../../lib/deidentify/guard");
  findIdentifiers("Dr Smith");
  const loadMs = performance.now() - loadStarted;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1024 / 1024;
  const runs = quick ? 20 : 100;
  cpuMsPerRun(5, () => findIdentifiers(text));
  const guardMs = cpuMsPerRun(runs, () => findIdentifiers(text));
  const regexMs = cpuMsPerRun(runs * 10, () => text.match(PLAIN_REGEX));
  const { decision170Corpus } = await import("../../lib/deidentify/corpus/nursing-170");
  const { decision175Corpus } = await import("../../lib/deidentify/corpus/nursing-175");
  const icu = [...decision170Corpus().notes, ...decision175Corpus().notes].map((n) => n.text).join("\n\n").slice(0, 5_000);
  cpuMsPerRun(3, () => findIdentifiers(icu));
  const icuMs = cpuMsPerRun(quick ? 10 : 40, () => findIdentifiers(icu));
  const shapes = [" ", "\t", "A ", "WORD ", "Mary ", "pt seen by dr smith on 3/4 at mgh. "].map((unit) => unit.repeat(Math.ceil(5_000 / unit.length)).slice(0, 5_000));
  const worstMs = Math.max(...shapes.map((shape) => (cpuMsPerRun(1, () => findIdentifiers(shape)), cpuMsPerRun(quick ? 3 : 10, () => findIdentifiers(shape)))));
  return {
    guard_cpu_ms_per_10k_chars: round(guardMs),
    plain_regex_cpu_ms_per_10k_chars: round(regexMs, 3),
    ratio_guard_to_plain_regex: round(guardMs / regexMs, 1),
    guard_cpu_ms_per_5k_chars_icu_notes: round(icuMs),
    guard_cpu_ms_per_5k_chars_worst_shape: round(worstMs),
    dictionary_load_ms: Math.round(loadMs),
    dictionary_heap_mb: Math.round(heapMb),
  };
}

export async function deidentifyScenario(context: BenchContext): Promise<void> {
  context.scenarios.deidentify = await measureDeidentify(context.quick);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  console.log(JSON.stringify(await measureDeidentify(process.argv.includes("--quick")), null, 2));
}
