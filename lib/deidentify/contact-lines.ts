// Lines of a family's or a team's contacts, as case managers and social workers keep them (decision
// 141): "DTR - MAUREEN KELLEHER (QUINCY) 617 555 0144", where the town is in brackets between the
// name and the number; a relative's name "of" a town; and a name before whose relative it is ("Frank, pt's
// husband").
import { dictionaries } from "./dictionaries";
import { RELATIONS } from "./name-context";
import { FUNCTION, TITLES } from "./case-words";
import { MSG, spans, type Detector } from "./types";

// The function words, and words of time and quantity that no name or town stands for ("wife of 60 years").
const FUNCTION_WORDS = new Set([...FUNCTION, ..."may age years yrs months days weeks all both each pt patient".split(" ")]);

// A name's last word, brackets holding one to three words, then a phone number (spaced, dotted or dashed).
const TOWN_BEFORE_PHONE_RE = /(?<=\p{L}[ \t]{0,3}\([ \t]?)(\p{L}[\p{L}'’.]*(?:[ \t\-]\p{L}[\p{L}'’.]*){0,2})(?=[ \t]?\)[ \t]{0,3}[:\-–,]?[ \t]{0,3}(?:\(\d{3}\)[ \t]?|\d{3}[ \t.\-\/])\d{3}[ \t.\-]\d{4}(?!\d))/dgu;
// What a contact's brackets say that is no place: the number's kind, the contact's role or state.
const NOT_A_TOWN = new Set(
  ("c h w m cell cel mobile mob home hm work wk wrk office off pager pgr beeper fax main alt other day days night nights eve evening evenings " +
    "daytime weekend weekends best preferred primary secondary land landline line vm voicemail text texts txt emergency direct desk " +
    "hcp nok poa dpoa proxy guardian contact decision maker legal spanish english portuguese haitian creole russian vietnamese chinese " +
    "cantonese mandarin arabic italian greek french polish korean khmer somali interpreter deceased estranged local same nearby " +
    "spouse sibling sib sibs ext x in law bro sis dil sil gdtr").split(" "),
);
// A relative's name, then "of" and a town closing the clause or before the number's kind: "dtr athena
// of canton (h) 781-555-0115", "Son Roger Ashby of Concord (h)", "son ed of dedham."
const RELATIVES = [...RELATIONS].filter((r) => /^[a-z\-]+$/.test(r)).sort((a, b) => b.length - a.length).join("|");
const TOWN_OF_RELATIVE_RE = new RegExp(`(?<=(?<![\\p{L}])(?:${RELATIVES})[ \\t]{1,3}(\\p{L}[\\p{L}'’\\-]*(?:[ \\t]{1,3}\\p{L}[\\p{L}'’\\-]*){0,2})[ \\t]{1,3}of[ \\t]{1,3})\\p{L}[\\p{L}'’]*(?:[ \\t]\\p{L}[\\p{L}'’]*)?(?=[ \\t]*(?:[,.;)]|$|\\n|\\((?:h|c|w|m|cell|home|work|hm)\\)|\\(?\\d{3}[ \\t.\\-)]))`, "dgiu");

// A name, a comma, then whose relative it is: "Frank, pt's husband, in from Dorchester", "Rick, her
// husband", "GERT, PT'S SISTER, CALLED".
const NAME_THEN_RELATION_RE = new RegExp(`(?<![\\p{L}'’\\-])\\p{L}[\\p{L}'’\\-]+(?=,[ \\t]{1,3}(?:pt['’]?s|patient['’]?s|his|her|their|the[ \\t]+pt['’]?s)[ \\t]{1,3}(?:${RELATIVES})(?![\\p{L}]))`, "dgiu");
// Roles a person is named by before "pt's brother": "NOT the HCP, pt's brother Vernon".
const ROLE_WORDS = new Set("hcp nok poa dpoa proxy guardian contact driver passenger caller visitor".split(" "));
const KIN_SHORT = new Set("gdtr gson dil sil stepdtr stepson mgmt cm sw".split(" "));

export const detectContactLines: Detector = (text, add) => {
  const d = dictionaries();
  for (const s of /\)[ \t]{0,3}[:\-–,]?[ \t]{0,3}\(?\d{3}/.test(text) ? spans(TOWN_BEFORE_PHONE_RE, text, 1) : []) {
    const words = s.match[1]!.toLowerCase().split(/[ \t\-]+/);
    // A town the lists hold, or a word they do not hold at all ("QUINCY", "PROVIDENCE"; not "TRANSPLANT COORDINATOR", "Dr Smith").
    if (words.some((w) => NOT_A_TOWN.has(w.replace(/[.'’]/g, "")) || TITLES.has(w.replace(/\.$/, "")) || RELATIONS.has(w) || d.clinical.has(w) || d.abbreviations.has(w) || (d.common.has(w) && !d.places.has(w)))) continue;
    // A nickname in brackets is a name ("DTR ELIZABETH (BETSY) 617..."), any other word a town.
    const given = words.length === 1 && d.firstNames.has(words[0]!) && !d.places.has(words[0]!);
    add(given ? { kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 6 } : { kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 6 });
  }
  for (const s of /,[ \t]{1,3}(?:pt|patient|his|her|their|the)/i.test(text) ? spans(NAME_THEN_RELATION_RE, text) : []) {
    const k = s.match[0].toLowerCase();
    // A capitalised name ("urine remains frank, pt's wife aware" is a colour), no disease's eponym ("Parkinson's, her father"), no town.
    if (!/^\p{Lu}/u.test(s.match[0]) || /['’]s$/i.test(k) || (d.places.has(k) && !d.firstNames.has(k)) || KIN_SHORT.has(k)) continue;
    if (FUNCTION_WORDS.has(k) || ROLE_WORDS.has(k) || d.clinical.has(k) || d.abbreviations.has(k) || RELATIONS.has(k) || (d.common.has(k) && !d.firstNames.has(k) && !d.lastNames.has(k))) continue;
    add({ kind: "name", start: s.start, end: s.end, message: MSG.name, priority: 6 });
  }
  for (const s of /[ \t]of[ \t]/i.test(text) ? spans(TOWN_OF_RELATIVE_RE, text) : []) {
    // The words between are a name ("athena", "Roger Ashby"), not an ordinary phrase ("wife of 60 years").
    const between = s.match[1]!.toLowerCase().split(/[ \t]+/);
    const town = s.match[0].toLowerCase().split(/[ \t]+/);
    if (between.some((w) => FUNCTION_WORDS.has(w) || ROLE_WORDS.has(w) || d.clinical.has(w) || d.abbreviations.has(w) || (d.common.has(w) && !d.firstNames.has(w) && !d.lastNames.has(w)))) continue;
    // A town that is also a word ("canton", "course", "sorts") only before the number's kind or the number.
    const wordy = town.some((w) => d.common.has(w));
    if (town.some((w) => FUNCTION_WORDS.has(w) || d.clinical.has(w) || d.abbreviations.has(w)) || (wordy && !/^[ \t]*(?:\(|\d)/.test(text.slice(s.end, s.end + 4)))) continue;
    add({ kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 6 });
  }
};
