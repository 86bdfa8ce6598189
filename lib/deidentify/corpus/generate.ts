// Generates the labelled corpus (corpus.json): notes with surrogate identifiers and their
// spans, plus identifier-free notes. Deterministic (fixed seed): `npx tsx lib/deidentify/corpus/generate.ts`.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { cleanSentence } from "./clean";
import * as S from "./surrogates";
import { TEMPLATES } from "./templates";

export type Category = "name" | "date" | "location" | "phone" | "age" | "id" | "contact";
export interface LabelledSpan { start: number; end: number; category: Category; source?: S.Source }
export interface LabelledNote { style: string; text: string; spans: LabelledSpan[] }
export interface Corpus { notes: LabelledNote[]; clean: string[] }

const SLOT_CATEGORY: Record<string, Category> = {
  P: "name", PF: "name", PL: "name", DR: "name", DRF: "name", R: "name", SIG: "name",
  DATE: "date", PHONE: "phone", AGE: "age", MRN: "id", EMAIL: "contact", URL: "contact",
  TOWN: "location", HOSP: "location", WARD: "location", STREET: "location",
};

function fill(r: S.Rng, style: string, template: string): LabelledNote {
  const [pf, pfSource] = S.firstName(r);
  const [pl, plSource] = S.lastName(r);
  const spans: LabelledSpan[] = [];
  let text = "";
  let last = 0;
  for (const m of template.matchAll(/\{([A-Z]+)\}/g)) {
    text += template.slice(last, m.index);
    last = m.index + m[0].length;
    const slot = m[1]!;
    let value: string;
    let source: S.Source | undefined;
    switch (slot) {
      case "P": value = `${pf} ${pl}`; source = pfSource === "dictionary" && plSource === "dictionary" ? "dictionary" : plSource; break;
      case "PF": value = pf; source = pfSource; break;
      case "PL": value = pl; source = plSource; break;
      case "DR": [value, source] = S.lastName(r); break;
      case "DRF": { const [f] = S.firstName(r); const [l, s] = S.lastName(r); value = S.pick(r, [`${f} ${l}`, `${f[0]}. ${l}`, `${f} ${l}, MD`]); source = s; break; }
      case "R": [value, source] = S.firstName(r); break;
      case "SIG": value = `${"ABCDEFGHJKLMNPRSTW"[Math.floor(r() * 18)]}${"ABCDEFGHJKLMNPRSTW"[Math.floor(r() * 18)]}`; text += S.pick(r, ["-", "—", "- "]); break;
      case "DATE": value = S.date(r); break;
      case "PHONE": value = S.phone(r); break;
      case "AGE": value = S.age(r); break;
      case "MRN": value = S.recordNumber(r); break;
      case "EMAIL": value = S.email(r, pf, pl); break;
      case "URL": value = S.url(r, pl); break;
      case "TOWN": [value, source] = S.town(r); break;
      case "HOSP": value = S.hospital(r); break;
      case "WARD": value = S.ward(r); break;
      case "STREET": value = S.street(r); break;
      default: throw new Error(`unknown slot ${slot}`);
    }
    spans.push({ start: text.length, end: text.length + value.length, category: SLOT_CATEGORY[slot]!, ...(source ? { source } : {}) });
    text += value;
  }
  text += template.slice(last);
  if (style === "nursing-caps") text = text.toUpperCase();
  return { style, text, spans };
}

export function generate(seed = 25, notes = 260, cleanNotes = 160): Corpus {
  const r = S.rng(seed);
  const out: LabelledNote[] = [];
  for (let i = 0; i < notes; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    out.push(fill(r, template.style, template.text));
  }
  const clean: string[] = [];
  for (let i = 0; i < cleanNotes; i++) {
    clean.push(Array.from({ length: 4 }, () => cleanSentence(r)).join(" "));
  }
  return { notes: out, clean };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const corpus = generate();
  writeFileSync(path.join(import.meta.dirname, "corpus.json"), JSON.stringify(corpus, null, 1) + "\n");
  const spans = corpus.notes.reduce((n, note) => n + note.spans.length, 0);
  console.log(`${corpus.notes.length} notes, ${spans} identifier spans, ${corpus.clean.length} clean notes (${corpus.clean.length * 4} sentences)`);
}
