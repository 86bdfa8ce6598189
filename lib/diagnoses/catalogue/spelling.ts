// Spelling variants added to every catalogue term, so the data files list each name once in British
// spelling and the typeahead still finds "edema", "hemorrhage", "tumor", "esophageal" or "Sjogren".

// Words whose "-ised"/"-ising" is not the British -ise of -ize (compromised, excised, praised).
const NOT_ISE = /(?:adv|rev|superv|comprom|compr|bru|exc|inc|prom|surpr|prem|dev|exerc|desp|dem|pra|chast|franch|div|appr)is(?:ed|ing)$/i;

const RULES: Array<[RegExp, string]> = [
  [/oedema/gi, "edema"],
  [/oesophag/gi, "esophag"],
  [/oestr/gi, "estr"],
  [/oea\b/gi, "ea"], // diarrhoea, dyspnoea, apnoea, gonorrhoea
  [/oea(?=l\b)/gi, "ea"],
  [/foet/gi, "fet"],
  [/coeliac/gi, "celiac"],
  [/coele/gi, "cele"],
  [/haem/gi, "hem"],
  [/aem/gi, "em"], // anaemia, leukaemia, ischaemia, -aemia
  [/paed/gi, "ped"],
  [/gynaec/gi, "gynec"],
  [/caec/gi, "cec"],
  [/faec/gi, "fec"],
  [/aetiol/gi, "etiol"],
  [/aesth/gi, "esth"], // anaesthesia, paraesthesia
  [/naev/gi, "nev"],
  [/leuco/gi, "leuko"],
  [/tumour/gi, "tumor"],
  [/phaeo/gi, "pheo"],
  [/caes/gi, "ces"],
  [/praevi/gi, "previ"],
  [/morphoe/gi, "morphe"],
  [/rrhoe/gi, "rrhe"], // seborrhoeic, diarrhoeal
  [/amoeb/gi, "ameb"],
  [/smoulder/gi, "smolder"],
  [/\bgrey\b/gi, "gray"],
  [/centre/gi, "center"],
  [/fibre/gi, "fiber"],
  [/sulph/gi, "sulf"],
  [/isation/gi, "ization"],
];

function keepCase(match: string, replacement: string): string {
  return match[0] === match[0]!.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

/** The American spelling of a British term (the term itself when it has none). */
export function americanSpelling(term: string): string {
  let out = term;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, (match) => keepCase(match, replacement));
  return out.replace(/\b(\w+)is(ed|ing)\b/gi, (word, stem: string, ending: string) => (NOT_ISE.test(word) || stem.length < 3 ? word : `${stem}iz${ending}`));
}

export function withoutDiacritics(term: string): string {
  return term.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** The term's variants (American spelling, unaccented), other than the term itself. */
export function spellingVariants(term: string): string[] {
  const variants = new Set([americanSpelling(term), withoutDiacritics(term), withoutDiacritics(americanSpelling(term))]);
  variants.delete(term);
  return [...variants];
}

/** Synonyms plus every variant of the name and synonyms, without repeats (case-insensitive) or the name. */
export function completeSynonyms(name: string, synonyms: readonly string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  const out: string[] = [];
  for (const term of [...synonyms, ...spellingVariants(name), ...synonyms.flatMap(spellingVariants)]) {
    const key = term.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(term);
  }
  return out;
}
