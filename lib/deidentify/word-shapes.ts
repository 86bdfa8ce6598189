// Shapes of words the dictionaries are built with and read by (decision 142): clippings ("PANC" of "pancreas")
// and words one letter from another ("KERLIN" of "kerlix"). Pure functions of their lists.

// Word endings of medical terms and drug stems: a capitalised word ending so is vocabulary.
export const MEDICAL_ENDING = /(?:itis|osis|oses|oma|omas|ectomy|otomy|ostomy|ology|ologist|ologic|ological|pathy|plasty|scopy|scopic|gram|graphy|algia|aemia|emia|uria|ase|mab|nib|pril|olol|sartan|statin|azole|cillin|mycin|floxacin|cycline|parin|xaban|dronate|sone|olone|azepam|azolam|tidine|prazole|setron|profen|fenac|codone|morphone|caine|triptan|gliptin|glitazone|vir|(?<![^o]s)ide|(?<!g)ate|plasia|trophy|megaly|lysis|genic|genesis|cyte|cytes|blast|phyte|ular|aneous|ectasis|ostosis|desis|rrhaphy|pexy|malacia|sclerosis|stenosis|spasm|ation|ization|isation)$/;

export const MEDICAL_COMPOUND = /^(?=.{10,})(?:sub|supra|infra|intra|inter|extra|peri|para|retro|trans|antero|postero|infero|supero|athero|oculo|pseudo|hyper|hypo|micro|macro|poly|multi|osteo|chondro|fibro|angio|lympho|lymph|haem|hem|neuro|myelo|myo|hepato|spleno|nephro|pneumo|pleuro|broncho|gastro|entero|colo|recto|cysto|uretero|pyelo|cholangio|chole|pancreato|adeno|squamo|mucin|muco|onco|cardio|vaso|dermato|derm|immuno|histio|plasmo|leuko|leuco|erythro|thrombo|oligo|mono|endo|epi|meningo|encephalo|cerebro|spondylo|arthro|teno|syno|sino|naso|oro|pharyngo|laryngo|tracheo|oesophago|esophago|ileo|jejuno|duodeno|sacro|costo|vertebro)[a-z]{3,}(?:al|ic|ous|oid|ary|ism|ia|ar|osis|itis|oma|ema|ceous|genic|cytic|blastic|trophic|plastic)$/;

/** A medical word by its shape: a medical ending ("-itis", "-ectomy") or a compound ("Extramedullary"). */
export function looksMedical(key: string): boolean {
  return (key.length >= 6 && MEDICAL_ENDING.test(key)) || MEDICAL_COMPOUND.test(key);
}

/** Whether a word of the sorted `list` begins with `stem` and passes `fits` (binary search to the first). */
function someOpening(list: readonly string[], stem: string, fits: (word: string) => boolean): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < stem) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < list.length && list[i]!.startsWith(stem); i++) if (fits(list[i]!)) return true;
  return false;
}

/**
 * A clipping, or a clipping's plural ("extrems"): a word of four letters or more that opens a clinical word under
 * three fifths of its length, or an English word of a medical make at most half ("resusc", "halluc"). "DYSART", six
 * tenths of "dysarthria", is none; nor are surnames that open ordinary words ("Stott", "Hipp", "Marcy").
 * `sortedWords` holds the clinical and English words, sorted.
 */
export function isClipping(k: string, sortedWords: readonly string[], clinical: ReadonlySet<string>): boolean {
  if (k.length < 4 || !/^[a-z]+$/.test(k)) return false;
  // Eight letters or more that open a clinical word are its clipping at any length ("fludrocort"): no surname that long opens one.
  const opens = (stem: string) => someOpening(sortedWords, stem, (w) => (clinical.has(w) ? 5 * stem.length < 3 * w.length || (stem.length >= 8 && w.length > stem.length) : 2 * stem.length <= w.length && looksMedical(w)));
  return opens(k) || (k.endsWith("s") && k.length >= 5 && opens(k.slice(0, -1)));
}

/** Two sorted lists merged into one sorted list without repeats, in one pass (the English list is read sorted). */
export function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** The word with each one of its letters left out. */
export function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}
