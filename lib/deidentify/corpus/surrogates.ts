// Surrogate identifiers for the test corpus: a seeded random source and the generators of
// names, places, dates, numbers and contacts in the styles of real notes.
import { readFileSync } from "node:fs";
import path from "node:path";

export type Rng = () => number;
export function rng(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pad = (n: number) => String(n).padStart(2, "0");
const cap = (s: string) => s.replace(/(^|[\s\-'])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

const here = import.meta.dirname;
const list = (file: string) => readFileSync(path.join(here, file), "utf8").split("\n").filter((w) => /^[a-z][a-z'\-]{2,}$/.test(w));
const HELD_FIRST = list("held-out-first-names.txt");
const HELD_LAST = list("held-out-last-names.txt");
const HELD_PLACES = readFileSync(path.join(here, "held-out-places.txt"), "utf8").split("\n").filter((w) => /^[a-z][a-z' \-]{3,}$/.test(w));
// The guard's lists hold the held-out tenth too since decision 127; "dictionary" surrogates are drawn
// from the other nine tenths as before, so the generated corpus stays what it was.
const without = (words: string[], held: string[]) => {
  const out = new Set(held);
  return words.filter((w) => !out.has(w));
};
const DICT_FIRST = without(list("../data/first-names.txt"), HELD_FIRST);
const DICT_LAST = without(list("../data/last-names.txt"), HELD_LAST);
const DICT_PLACES = without(readFileSync(path.join(here, "../data/places.txt"), "utf8").split("\n").filter((w) => /^[a-z][a-z' \-]{3,}$/.test(w)), HELD_PLACES);

const ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kl", "l", "m", "n", "p", "pr", "r", "s", "sh", "st", "t", "tr", "v", "w", "z", "qu", "th", "fl"];
const VOWELS = ["a", "e", "i", "o", "u", "ai", "ee", "oo", "ou", "y", "ia"];
const CODAS = ["", "n", "m", "r", "l", "s", "ck", "ff", "nd", "rt", "x", "th", "ng", "ld", "st"];
function invented(r: Rng, syllables: number): string {
  let w = "";
  for (let i = 0; i < syllables; i++) w += pick(r, ONSETS) + pick(r, VOWELS) + (i === syllables - 1 || r() < 0.4 ? pick(r, CODAS) : "");
  return w;
}
const TOWN_ENDS = ["ton", "ford", "bury", "wick", "field", "ham", "borough", "ville", "port", "dale", "mouth", "stead"];

/** Where a surrogate came from: the guard's own lists, the held-out tenth (in the lists too since decision 127), or invented. */
export type Source = "dictionary" | "held-out" | "invented";
export function firstName(r: Rng): [string, Source] {
  const x = r();
  if (x < 0.45) return [cap(pick(r, DICT_FIRST)), "dictionary"];
  if (x < 0.9) return [cap(pick(r, HELD_FIRST)), "held-out"];
  return [cap(invented(r, 2)), "invented"];
}
export function lastName(r: Rng): [string, Source] {
  const x = r();
  if (x < 0.4) return [cap(pick(r, DICT_LAST)), "dictionary"];
  if (x < 0.75) return [cap(pick(r, HELD_LAST)), "held-out"];
  return [cap(invented(r, int(r, 1, 2))), "invented"];
}
export function town(r: Rng): [string, Source] {
  const x = r();
  if (x < 0.45) return [cap(pick(r, DICT_PLACES)), "dictionary"];
  if (x < 0.8) return [cap(pick(r, HELD_PLACES)), "held-out"];
  return [cap(invented(r, 1) + pick(r, TOWN_ENDS)), "invented"];
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ord = (d: number) => `${d}${d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th"}`;
export function date(r: Rng): string {
  const d = int(r, 1, 28);
  const m = int(r, 1, 12);
  const y = int(r, 1995, 2099);
  const mon = MONTHS[m - 1]!;
  const forms = [
    `${m}/${d}`, `${m}/${d}/${y}`, `${pad(m)}/${pad(d)}/${String(y).slice(2)}`, `${d}-${mon.slice(0, 3)}`,
    `${mon} ${ord(d)}`, `${mon} ${d}, ${y}`, `${d} ${mon} ${y}`, `${mon.slice(0, 3)} ${d}`, `${y}-${pad(m)}-${pad(d)}`,
    `${ord(d)} of ${mon}`, `${d}.${pad(m)}.${y}`, `${pad(d)}-${mon.slice(0, 3).toUpperCase()}-${y}`, `${mon} ${y}`, `${m}/${y}`,
  ];
  return pick(r, forms);
}
export function phone(r: Rng): string {
  const a = int(r, 201, 989);
  const b = int(r, 200, 999);
  const c = String(int(r, 0, 9999)).padStart(4, "0");
  return pick(r, [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${b}-${c}`, `${a}.${b}.${c}`, `0${int(r, 1200, 1999)} ${int(r, 100000, 999999)}`, `+44 20 ${int(r, 7000, 8999)} ${c}`, `${a} ${b} ${c}`]);
}
export function age(r: Rng): string {
  const n = int(r, 90, 104);
  return pick(r, [`${n}-year-old`, `${n} yo`, `${n} y/o`, `aged ${n}`, `${n} year old`, `${n}F`, `${n} M`, `age ${n}`, `${n} years old`]);
}
export function recordNumber(r: Rng): string {
  const n = (len: number) => Array.from({ length: len }, () => int(r, 0, 9)).join("");
  return pick(r, [n(7), n(8), `${n(3)}-${n(2)}-${n(4)}`, `${pick(r, ["AB", "RX", "KH", "MR"])}${n(7)}`, `${n(6)}:${pick(r, ["EDC", "OMH", "RAH"])}`, `${n(2)}-${n(5)}`]);
}
export function email(r: Rng, first: string, last: string): string {
  return `${first.toLowerCase()}.${last.toLowerCase().replace(/[^a-z]/g, "")}${int(r, 1, 99)}@${pick(r, ["example.com", "mail.example.org", "clinic.example.net", "hotmail.example"])}`;
}
export function url(r: Rng, last: string): string {
  const slug = last.toLowerCase().replace(/[^a-z]/g, "");
  return pick(r, [`https://www.${slug}family.example.com/blog`, `www.${slug}-updates.example.org`, `http://pacs.example-hospital.org/view?id=${int(r, 10000, 99999)}`, `https://caringbridge.example.org/visit/${slug}`]);
}
export function street(r: Rng): string {
  const [name] = r() < 0.5 ? lastName(r) : town(r);
  return `${int(r, 1, 999)} ${name} ${pick(r, ["Street", "St", "Road", "Avenue", "Ave", "Lane", "Drive", "Close", "Way", "Boulevard", "Court"])}`;
}
export function hospital(r: Rng): string {
  const base = r() < 0.5 ? lastName(r)[0] : town(r)[0];
  return pick(r, [`${base} General Hospital`, `${base} Medical Center`, `${base} Hospital`, `St ${firstName(r)[0]}'s Hospital`, `${base} Memorial Hospital`, `${base} Royal Infirmary`, `${base} Clinic`, `St. ${firstName(r)[0]}'s`, `${base} Community Hospital`, `${base} Rehabilitation Center`]);
}
export function ward(r: Rng): string {
  return `${pick(r, ["Nightingale", "Rowan", "Kingfisher", "Lister", "Fleming", "Seacole", "Cavell", "Willow", "Heron", "Jenner", "Harvey", "Osprey", "Larch", "Bramble", "Beaumont", "Fairfax", "Ashdown", "Penrose"])} Ward`;
}
