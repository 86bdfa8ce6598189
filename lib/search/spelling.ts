// British and American spellings, and the irregular (Greek and Latin) plurals of medicine, as
// alternatives of one query word (decision 057). Pure. The English stemmer already joins regular
// plurals ("fractures", "fracture"); it does not join "oedema" with "edema" or "metastases" with
// "metastasis", so a query word is expanded to these forms before it becomes a tsquery.

/** British stems and their American forms, matched at the start of a word ("haemorrhage", "haematoma"). */
const BRITISH_PREFIXES: Array<[string, string]> = [
  ["haem", "hem"], ["haim", "him"], ["anaem", "anem"], ["leukaem", "leukem"], ["ischaem", "ischem"],
  ["septicaem", "septicem"], ["hypoglycaem", "hypoglycem"], ["hyperglycaem", "hyperglycem"],
  ["hypercalcaem", "hypercalcem"], ["hypokalaem", "hypokalem"], ["hyperkalaem", "hyperkalem"],
  ["hyponatraem", "hyponatrem"], ["bacteraem", "bacterem"], ["uraem", "urem"], ["toxaem", "toxem"],
  ["oedem", "edem"], ["oesoph", "esoph"], ["oestr", "estr"], ["oesin", "eosin"], ["foet", "fet"],
  ["paed", "ped"], ["orthopaed", "orthoped"], ["gynaec", "gynec"], ["aetiol", "etiol"],
  ["caec", "cec"], ["coeli", "celi"], ["dyspnoe", "dyspne"], ["diarrhoe", "diarrhe"], ["amoeb", "ameb"],
  ["apnoe", "apne"], ["haemangi", "hemangi"], ["anaesth", "anesth"], ["encephalocoel", "encephalocel"],
  ["homoeo", "homeo"], ["oxyhaem", "oxyhem"],
];

/** Whole words that differ another way (endings -our/-or, -tre/-ter, -ise/-ize and others). */
const WORD_PAIRS: Array<[string, string]> = [
  ["tumour", "tumor"], ["tumours", "tumors"], ["colour", "color"], ["behaviour", "behavior"], ["labour", "labor"],
  ["centre", "center"], ["fibre", "fiber"], ["fibres", "fibers"], ["litre", "liter"], ["metre", "meter"],
  ["calibre", "caliber"], ["sulphate", "sulfate"], ["sulphur", "sulfur"], ["grey", "gray"],
  ["programme", "program"], ["manoeuvre", "maneuver"], ["orthopaedic", "orthopedic"],
  ["localised", "localized"], ["generalised", "generalized"], ["immobilised", "immobilized"],
  ["mobilisation", "mobilization"], ["immobilisation", "immobilization"], ["organised", "organized"],
  ["catheterisation", "catheterization"], ["characterised", "characterized"], ["hospitalised", "hospitalized"],
  ["haemorrhagic", "hemorrhagic"], ["oedematous", "edematous"], ["aluminium", "aluminum"],
];

/** Latin and Greek plurals the stemmer does not join: [plural ending, singular ending, both ways]. */
const IRREGULAR_PLURALS: Array<[string, string, boolean]> = [
  ["ses", "sis", true], ["ices", "ex", true], ["ices", "ix", true], ["i", "us", true], ["omata", "oma", false],
  ["ae", "a", false], ["ula", "ulum", true], ["ria", "rium", true],
];

const pairs = new Map<string, string[]>();
for (const [british, american] of WORD_PAIRS) {
  if (british === american) continue;
  pairs.set(british, [...(pairs.get(british) ?? []), american]);
  pairs.set(american, [...(pairs.get(american) ?? []), british]);
}

/** The other spellings of one (lower-case) word: British to American and back. */
export function spellingVariants(word: string): string[] {
  const out = new Set<string>(pairs.get(word) ?? []);
  for (const [british, american] of BRITISH_PREFIXES) {
    if (word.startsWith(british)) out.add(american + word.slice(british.length));
    // The American form back to the British one; short prefixes ("hem", "ped") only on longer words.
    else if (word.startsWith(american) && word.length >= american.length + (american.length >= 4 ? 1 : 4)) out.add(british + word.slice(american.length));
  }
  // Blood conditions named "-aemia" ("polycythaemia") beyond the stems above.
  if (word.endsWith("aemia")) out.add(`${word.slice(0, -5)}emia`);
  else if (word.endsWith("emia") && word.length >= 7) out.add(`${word.slice(0, -4)}aemia`);
  if (word.length >= 6 && word.endsWith("ise")) out.add(`${word.slice(0, -3)}ize`);
  if (word.length >= 6 && word.endsWith("isation")) out.add(`${word.slice(0, -7)}ization`);
  out.delete(word);
  return [...out];
}

/** Singular and plural forms of a Latin or Greek medical noun ("metastases" and "metastasis"). */
export function pluralVariants(word: string): string[] {
  if (word.length < 5) return [];
  const out = new Set<string>();
  for (const [plural, singular, bothWays] of IRREGULAR_PLURALS) {
    if (word.endsWith(plural) && word.length - plural.length >= 3) out.add(word.slice(0, -plural.length) + singular);
    if (bothWays && word.endsWith(singular) && word.length - singular.length >= 3) out.add(word.slice(0, -singular.length) + plural);
  }
  out.delete(word);
  return [...out];
}

/** Every form a query word should also find: itself, its other spellings and its other number. */
export function wordForms(word: string): string[] {
  const forms = new Set([word]);
  for (const spelling of [word, ...spellingVariants(word)]) {
    forms.add(spelling);
    for (const form of pluralVariants(spelling)) forms.add(form);
  }
  return [...forms];
}
