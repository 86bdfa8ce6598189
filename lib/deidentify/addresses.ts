// Addresses and postcodes by their shape: house numbers and streets, roads, PO boxes, suites, UK
// postcodes, US states and ZIP codes (hospitals and wards are in places.ts; towns and cities are
// dictionary lookups in names.ts).
import { GENERIC_WARD } from "./name-context";
import { CAP_WORD, SPOKEN_NUMBER, STREET_SUFFIX, STREET_SUFFIX_LONG } from "./patterns";
import { isProper, townAfterInstitution } from "./places";
import { dictionaries } from "./dictionaries";
import { MSG, spans, type Detector } from "./types";
import { PLACE_CUE_PHRASES } from "./vocabulary";


// House number + 1–3 capitalised words + a street suffix ("12 Baker Street", "221B Baker St").
const ADDRESS_RE = new RegExp(
  "(?=[\\dFAUS])(?<![\\p{L}\\p{N}.\\/\\-])(?:(?:Flat|Apartment|Apt|Unit|Suite|FLAT|APT)\\.?[ \\t]+[\\p{L}\\p{N}]+,?[ \\t]+)?" +
    "\\d{1,5}[A-Za-z]?(?:[\\-–\\/]\\d{1,5}[A-Za-z]?)?,?[ \\t]+" +
    `(?:(?:North|South|East|West|N|S|E|W)\\.?[ \\t]+)?(?:${CAP_WORD}[ \\t]+){1,3}${STREET_SUFFIX}\\.?(?!\\p{L})`,
  "dgu",
);
// A named street without a number ("lives on Coolidge Street"): long suffixes only, since
// "Dr" and "St" before a name are titles and saints.
const STREET_NAMED_RE = new RegExp(`(?=\\p{Lu})(?<![\\p{L}])(?:${CAP_WORD}[ \\t]+){1,2}${STREET_SUFFIX_LONG}(?![\\p{L}])`, "dgu");
// A street with a short suffix and no number, after "on": "a shelter on Elm St", "lives on Oak Ave".
// Decision 135: after "at" too, and "Dr" closing its clause, where it cannot be a title ("CASE WORKER
// AT PINE ST", "RESIDENCE ON PARK DR)", read by capitals.ts as "at Pine St", "on Park Dr)").
const SHORT_STREET_AFTER_ON_RE = /(?:(?<![\p{L}])(?:on|ON|off|OFF|at|AT|near|NEAR)[ \t]+|\([ \t]*)((?:\p{Lu}\p{Ll}+[ \t]+){1,2}(?:St|Rd|Ave|Blvd|Ln|Ct|Hwy|Pkwy|Pl|Sq|Dr(?=[ \t]*(?:[),;]|$|\n|in[ \t]))|Dr\.(?=[ \t]*(?:$|\n)))\.?)(?![\p{L}])/dgmu;
// Numbered roads: "on Route 9", "off Exit 12", "Highway 1", "Interstate 95", "I-95".
const ROUTE_RE = /(?<![\p{L}])(?:(?:Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|Interstate|INTERSTATE|State Road|County Road|Exit|EXIT|(?<=(?:near|at|off|from|past)[ \t]+)exit)\.?[ \t]+\d{1,4}[A-Z]?|I-\d{1,3})(?![\p{L}\p{N}])/dgu;
// Numbered streets: "55 West 3rd Avenue", "lives on 5th Street", "42nd St".
const ORDINAL_STREET_RE = new RegExp(
  `(?<![\\p{L}\\p{N}.\\/\\-])(?:\\d{1,5}[A-Za-z]?[ \\t]+)?(?:(?:North|South|East|West|N|S|E|W)\\.?[ \\t]+)?\\d{1,3}(?:st|nd|rd|th)[ \\t]+${STREET_SUFFIX}\\.?(?![\\p{L}])(?:[ \\t]+(?:NW|NE|SW|SE|N|S|E|W)(?![\\p{L}]))?`,
  "dgu",
);
// A bare ZIP after a residence cue: "lives in 02139".
const ZIP_AFTER_CUE_RE = /(?=\d)(?<=(?:lives|living|resides|residing|located|moved|lived)[ \t]+(?:in|to|at|near)[ \t]+(?:zip(?:[ \t]*code)?[ \t]+)?)\d{5}(?:-\d{4})?(?![\w\-])/dgiu;
const PO_BOX_RE = /(?<!\p{L})(?:(?:P\.?\s?O\.?\s?Box|PO BOX|Post Office Box|[Pp]\.?[Oo]\.? [Bb]ox)\s*\d+|(?:RR|R\.R\.|HC)[ \t]*\d+,?[ \t]*(?:Box|BOX)[ \t]*\d+|(?:Rural Route|RURAL ROUTE)[ \t]*\d+(?:,?[ \t]*(?:Box|BOX)[ \t]*\d+)?)/dgu;
// The rest of an address line: "Suite 300", "Ste 2B", "Bldg 4", "Building C" (capitalised only;
// "building 4" in prose is not an address).
const SUITE_RE = /(?<![\p{L}])(?:Suite|SUITE|Ste\.?|STE\.?|Bldg\.?|BLDG\.?|Building|BUILDING|Apt\.?|APT\.?|Apartment|APARTMENT)[ \t]+#?(?:\d{1,5}[A-Z]?|[A-Z])(?![\p{L}\p{N}])/dgu;

// UK postcode: a real postcode area and the inward code's letters, so "T1", "C5", "T2N0M0" stay out.
const UK_POSTCODE_AREA =
  "(?:AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE)";
export const UK_POSTCODE = `${UK_POSTCODE_AREA}\\d[A-Z\\d]?[ \\t]?\\d[ABD-HJLNP-UW-Z]{2}`;
const UK_POSTCODE_RE = new RegExp(`(?<![\\p{L}\\p{N}])${UK_POSTCODE}(?![\\p{L}\\p{N}])`, "dgu");

export const US_STATE_CODES =
  "(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)";
// "City, ST" and "City, ST 12345": a state code is only a place after a comma and a word.
// The comma may be spaced, as in dictated notes ("Tuscola , IL").
const US_STATE_AFTER_CITY_RE = new RegExp(`(?=[A-Z])(?<=\\p{L}[.]?[ \\t]?,[ \\t]*)${US_STATE_CODES}(?:[ \\t]+\\d{5}(?:-\\d{4})?)?(?![\\w\\-])`, "dgu");
// Up to three capitalised words right before the comma: the town of "Oak Hollow, GA".
const STREET_BEFORE_TOWN_RE = new RegExp(`\\d[^,\\n]{2,30}(?:${STREET_SUFFIX})\\.?[ \\t]*,[ \\t]*$`, "u");
const CITY_BEFORE_COMMA_RE = /((?:\p{Lu}[\p{L}'’\-]*\.?[ \t]+){0,2}\p{Lu}[\p{L}'’\-]*)[.]?[ \t]?,[ \t]*$/u;
// State codes that are also credentials after a name ("Smith, MD", "Jones, PA").
const CREDENTIAL_STATES = new Set(["MD", "PA"]);
const PLACE_CUE_BEFORE_CITY_RE = new RegExp(`(?:^|[^\\p{L}])(?:${PLACE_CUE_PHRASES.map((p) => p.replace(/ /g, "[ \\t]+")).join("|")})[ \\t]+$`, "iu");
// "Medford MA 02155": a state code and a ZIP after a word, without the comma.
// Decision 135: a state after its label ("State: NJ") and a state's name before a ZIP ("IOWA 50854").
const STATE_LABEL_RE = new RegExp(`(?<=(?<![\\p{L}])(?:State|STATE|state)[ \\t]*:[ \\t]*)${US_STATE_CODES}(?![\\w])`, "dgu");
const STATE_NAME_ZIP_RE = /(?<![\p{L}])(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)[ \t]+\d{5}(?:-\d{4})?(?![\w\-])/dgiu;
const US_STATE_ZIP_RE = new RegExp(`(?=[A-Z])(?<=\\p{L}[ \\t]+)${US_STATE_CODES}[ \\t]+\\d{5}(?:-\\d{4})?(?![\\w\\-])`, "dgu");
const US_ZIP4_RE = /(?<![\w.\/\-])\d{5}-\d{4}(?!\w|[.\/\-]\d)/dgu;
// After its label a postcode may be in lower case, as dictation writes it ("her postcode is bt20 4jq").
const UK_POSTCODE_LOWER = `(?:${UK_POSTCODE_AREA.slice(3, -1).toLowerCase()})\\d[a-z\\d]?[ \\t]?\\d[abd-hjlnp-uw-z]{2}`;
const POSTCODE_LABELLED_RE = new RegExp(
  `(?<!\\p{L})(?:ZIP|[Zz]ip|[Pp]ost(?:al)?[ \\t]*[Cc]ode)(?:[ \\t]*[Cc]ode)?[ \\t]*(?:[:#]|is)?[ \\t]*(\\d{5}(?:-\\d{4})?|${UK_POSTCODE}|${UK_POSTCODE_LOWER})(?![\\w\\-])`,
  "dgu",
);

// Canadian postal codes ("M5V 2T6", "H3B-1A7"): letter, digit, letter, a space or hyphen, digit,
// letter, digit, with the letters Canada Post uses ("T2N0M0", a tumour's stage, has no space).
const CA_POSTCODE_RE = /(?=[A-Z])(?<![\p{L}\p{N}\-])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \-]\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])/dgu;
// Irish Eircodes ("D02 X285", "A65 F4E2"): a routing key and four letters and digits, one a digit.
const EIRCODE_RE = /(?=[A-Z])(?<![\p{L}\p{N}\-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t](?=[0-9AC-FHKNPRTV-Y]{0,3}\d)(?=[0-9AC-FHKNPRTV-Y]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![\p{L}\p{N}])/dgu;
// The postcode closing an address after its town, in any country's digits: "15 Jacaranda Avenue,
// Pretoria 0083", "8 Rue Cler, Paris 75007", "MG Road, Bengaluru, Karnataka 560034" (decision 113).
const POSTCODE_AFTER_TOWN_RE = /^(?:[ \t]*,[ \t]*(?:\p{Lu}[\p{L}'’.\-]*[ \t]*){1,3}){1,2},?[ \t]*(?:[A-Z]{2,3}[ \t]+)?(\d{4,6}|\d{3}[ \t]\d{3})(?![\p{L}\p{N}\-\/]|[.,]\d)/u;
// Or before the town, as in most of Europe: "Goethestraße 21, 60313 Frankfurt", "4 Rue de la Paix, 75002 Paris".
// Decision 132: a Dutch postcode's two letters after its digits ("1017 EK Amsterdam").
const POSTCODE_BEFORE_TOWN_RE = /^[ \t]*,[ \t]*(\d{4,5}(?:[ \t]?[A-Za-z]{2}(?=[ \t]+\p{Lu}))?)[ \t]+(\p{Lu}[\p{Ll}'’\-]+(?:[ \t\-]\p{Lu}[\p{Ll}'’\-]+)?)(?![\p{L}])/u;
// Streets whose kind comes first, as in Europe and Latin America: "Via Roma 12", "12 Rue de
// Rivoli", "12 rue des Lilas", "Calle Mayor 5", "Avenida Paulista, 1578"; or is joined to the name:
// "Hauptstraße 5".
const STREET_KIND_FIRST_RE = /(?<![\p{L}\p{N}])(?:\d{1,4}[A-Za-z]?,?[ \t]+(?:rue|avenue|boulevard|chemin|allée|impasse|quai|viale|calle|rua)|(?:\d{1,4}[A-Za-z]?,?[ \t]+)?(?:Via|Viale|Corso|Piazza|Piazzale|Largo|Rue|Avenida|Calle|Carrera|Rua|Praça|Plaza|Paseo|Camino|Carrer|Ulica|ul\.|Boulevard|Bd|Chemin|Allée|Quai|Place))[ \t]+(?:(?:de|del|della|delle|dei|di|la|le|les|des|du|dos|das|da|do|von|van|d['’])[ \t]*){0,2}\p{Lu}(?!\p{Lu}{2,}(?![\p{L}]))[\p{L}'’\-]+(?:[ \t]+(?:(?:de|del|di|la|le|des|du|da|do)[ \t]+)?\p{Lu}[\p{L}'’\-]+){0,2}(?:,?[ \t]+\d{1,4}[A-Za-z]?)?(?![\p{L}\p{N}])|(?<![\p{L}])\p{Lu}\p{Ll}+(?:straße|strasse|str\.|weg|gasse|allee|platz|straat|laan|gracht|gatan|vägen|vej|gade|veien|gata)[ \t]+\d{1,4}[a-z]?(?![\p{L}\p{N}])/dgu;
// A building's name by its kind: "Sea View Apartments", "Sai Residency", "Palm Court Mansions".
const BUILDING_RE = /(?<![\p{L}])(?:\p{Lu}[\p{Ll}'’\-]+[ \t]+){1,3}(?:Apartments|Apts|Residency|Residences|Mansions|Condominiums|Condos|Villas|APARTMENTS|RESIDENCY)(?![\p{L}])/dgu;
// GPS coordinates with their hemispheres or after a cue: "51.5074° N, 0.1278° W", "GPS: 40.7128,
// -74.0060" (a pair of p-values has neither).
const COORDINATES_RE = /(?=[\d\-])(?<![\w.\-])(-?\d{1,2}\.\d{3,})[ \t]*(°)?[ \t]*([NS])?[ \t]*,?[ \t]+(?:(?:long(?:itude)?|lon|lng)[ \t]*:?[ \t]*)?(-?\d{1,3}\.\d{3,})[ \t]*°?[ \t]*([EW])?(?![\w.])/dgu;
// Indian and other address lines: "Flat No. 302", "House No. 45", "H.No. 4-5-6", "Sector 15" ("Plot 3"
// alone is a figure).
const HOUSE_NUMBER_RE = /(?=[FHPDSB])(?<![\p{L}])(?:(?:Flat|House|Plot|Door|Shop|Block)[ \t]*(?:No\.?|Number|#)|H\.[ \t]?No\.?|Sector|Blk\.?|BLK\.?)[ \t]*:?[ \t]*\d{1,5}(?:[\-\/]\d{1,5}){0,3}[A-Z]?(?![\p{L}\p{N}])/dgu;

// Decision 118. A unit in a Singapore block, "Blk 415 Bedok North Ave 2 #07-231": a floor with its
// leading zero (or a basement's B) and a unit.
const UNIT_NUMBER_RE = /(?<![\w#])#(?:0\d|B\d|[1-9]\d(?=-\d{3}))-\d{2,5}[A-Z]?(?![\w\-])/dgu;
// A Hong Kong floor, "Flat B, 12/F, Block 3, Kornhill, Quarry Bay": the floor and the parts of
// the address after it, to the clause's end.
// "45/F." is an age and a sex: a flat before the floor, a ground floor or a block after it is needed.
const HK_FLOOR_RE = /(?<![\w\/])((?:Flat|FLAT|Unit|Rm|Room)[ \t]+[A-Z\d]{1,4},?[ \t]+)?(\d{1,2}|G|LG|UG)\/F(?![\w\/])((?:,[ \t]*(?:(?:Block|Blk|Tower|Phase)[ \t]+[A-Z\d]{1,3}|(?:\d{1,4}[A-Z]?[ \t]+)?\p{Lu}[\p{L}'’\-]*(?:[ \t]+\p{Lu}[\p{L}'’\-]*){0,2})){0,4})(?=[ \t]*(?:[.;)\n]|$))/dgu;
// A house number, in digits or in words, and a street in lower case, as dictation writes it:
// "forty two station road thornbury", "42 mill lane" (not "one way street", "two miles down the road").
const LOWER_STREET_RE = new RegExp(`(?=[\\dotfsen])(?<![\\p{L}\\p{N}])((?:\\d{1,4}[a-z]?|${SPOKEN_NUMBER})[ \\t]+((?:[a-z][a-z'’\\-]+[ \\t]+){1,2})(?:road|street|avenue|lane|drive|close|crescent|terrace|gardens|grove|way|place|court))(?![\\p{L}])(?:[ \\t]+([a-z]{4,}))?`, "dgu");
const NOT_A_STREET_NAME = /^(?:the|a|an|of|down|up|round|around|across|along|to|in|on|at|my|his|her|their|this|that|and|or|per|via|way|miles?|blocks?|yards?|metres?|meters?|km|times|laps|doors?|houses?|lanes?|more|other|same|main[ \t]+(?:road|street))$/;

const MAY_HAVE_STREET = new RegExp(`${STREET_SUFFIX}|Box|BOX|RR|Route|HC`, "u");
const MAY_HAVE_NAMED_STREET = new RegExp(STREET_SUFFIX_LONG);

/** What follows a street and a comma: the town, and the postcode after or before it. */
function addressTail(text: string, end: number, add: Parameters<Detector>[1]): void {
  townAfterInstitution(text, end, (start, stop) => add({ kind: "location", start, end: stop, message: MSG.location, priority: 8 }));
  const after = POSTCODE_AFTER_TOWN_RE.exec(text.slice(end, end + 90));
  if (after) {
    const at = end + after.index + after[0].length - after[1]!.length;
    add({ kind: "postcode", start: at, end: at + after[1]!.length, message: MSG.postcode, priority: 7 });
  }
  const before = POSTCODE_BEFORE_TOWN_RE.exec(text.slice(end, end + 60));
  if (before) {
    const at = end + before[0].indexOf(before[1]!);
    add({ kind: "postcode", start: at, end: at + before[1]!.length, message: MSG.postcode, priority: 7 });
    const town = before[2]!.toLowerCase();
    if (isProper(town) || dictionaries().places.has(town)) add({ kind: "location", start: end + before[0].length - before[2]!.length, end: end + before[0].length, message: MSG.location, priority: 8 });
  }
}

export const detectAddress: Detector = (text, add) => {
  // Cheap tests first: a house number before a capital, a long suffix, a box (decision 111, CPU).
  const res = MAY_HAVE_STREET.test(text) ? [ADDRESS_RE, STREET_NAMED_RE, PO_BOX_RE].filter((re) => re !== STREET_NAMED_RE || MAY_HAVE_NAMED_STREET.test(text)).filter((re) => re !== PO_BOX_RE || /Box|BOX|box|RR|R\.R\.|HC|Rural|RURAL/.test(text)) : [];
  for (const re of res) {
    for (const s of spans(re, text)) {
      // "pillar B. Crescent sign", "the Hill sign": a sign's name, not a street (decision 123).
      // "@ 1200, PERSISTENT ST ELEVATION": the ST segment of an ECG (decision 140).
      if (/^[ \t]+(?:sign|signs|deformity|pattern|elevations?|depressions?|segments?|changes|waves?|abnormalit(?:y|ies))(?![\p{L}])/iu.test(text.slice(s.end, s.end + 16)) && !s.match[0].endsWith(".")) continue;
      // "KEEP HCT >28, WATCH CT OUTPUT": a chest tube's or a scan's "CT" after a lab's number (decision 143).
      if (/ct$/i.test(s.match[0]) && /^[ \t]+(?:output|outputs|drainage|scan|tubes?|site|sites|dsg|to|@|x\d)(?![\p{L}])/iu.test(text.slice(s.end, s.end + 12))) continue;
      add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
      // "612 w ridge rd 78577": a ZIP code right after the street, without its town (decision 138).
      const zip = /^,?[ \t]+(\d{5}(?:-\d{4})?)(?![\d\-])/.exec(text.slice(s.end, s.end + 16));
      if (zip) add({ kind: "postcode", start: s.end + zip[0].length - zip[1]!.length, end: s.end + zip[0].length, message: MSG.postcode, priority: 8 });
      // "623 Rietscher Road, Palm Beach": the town after the street.
      if (text.charCodeAt(s.end) === 44) addressTail(text, s.end, add);
    }
  }
  for (const s of /[a-z][ \t]+(?:St|Rd|Ave|Blvd|Ln|Ct|Hwy|Pkwy|Pl|Sq|Dr)\b/.test(text) ? spans(SHORT_STREET_AFTER_ON_RE, text, 1) : []) {
    const first = s.match[1]!.split(/[ \t]+/)[0]!.toLowerCase();
    if (!dictionaries().clinical.has(first) && !GENERIC_WARD.has(first)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  }
  for (const s of /Route|ROUTE|Rte|RTE|Highway|HIGHWAY|Hwy|HWY|Interstate|INTERSTATE|Road|Exit|EXIT|exit \d|I-\d/.test(text) ? spans(ROUTE_RE, text) : []) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  if (/\d(?:st|nd|rd|th)[ \t]/.test(text)) for (const s of spans(ORDINAL_STREET_RE, text)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  for (const s of spans(ZIP_AFTER_CUE_RE, text)) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  for (const s of /[A-Z]\d[A-Z][ \-]\d/.test(text) ? spans(CA_POSTCODE_RE, text) : []) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  for (const s of /[A-Z]\d[\dW][ \t]/.test(text) ? spans(EIRCODE_RE, text) : []) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  for (const s of /(?:Via|Viale|Corso|Piazz[a-z]*|Largo|Rue|Avenida|Calle|Carrera|Rua|Praça|Plaza|Paseo|Camino|Carrer|Ulica|ul\.|Boulevard|Bd|Chemin|Allée|Quai|Place) (?:(?:d[a-z]{0,3}|la|le|les|du|da|do|von|van)[ '’]+){0,2}[A-ZÀ-Ý]|\d,? (?:rue|avenue|boulevard|chemin|allée|impasse|quai|via|viale|calle|rua) |(?:straße|strasse|str\.|weg|gasse|allee|platz|straat|laan|gracht|gatan|vägen|vej|gade|veien|gata) \d/.test(text) ? spans(STREET_KIND_FIRST_RE, text) : []) {
    // A number or a street cue makes it an address ("Via Roma 12", "lives on Rue Cler"); "Place" and
    // "Boulevard" need the number ("Place of birth").
    const m = s.match[0];
    if (/\d/.test(m) || /(?:lives|living|lived|resides|residing|moved|address|on|at|in)[ \t:]+$/i.test(text.slice(Math.max(0, s.start - 14), s.start)) && !/^(?:Place|Boulevard|Bd|Plaza)[ \t]/.test(m)) {
      add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
      if (text.charCodeAt(s.end) === 44) addressTail(text, s.end, add);
    }
  }
  for (const s of /Apartments|Apts|Residenc|Mansions|Condo|Villas|APARTMENTS|RESIDENCY/.test(text) ? spans(BUILDING_RE, text) : []) {
    const words = s.match[0].split(/[ \t]+/).slice(0, -1);
    let k = 0;
    while (k < words.length && /^(?:The|At|In|From|To|Of|Our|Her|His|Their|A|An|Lives|Resides)$/.test(words[k]!)) k++;
    // One ordinary word names a kind ("Serviced Apartments"); two, or a proper noun, name the building.
    if (k === words.length || words.slice(k).some((w) => dictionaries().clinical.has(w.toLowerCase()) || GENERIC_WARD.has(w.toLowerCase())) || (words.length - k < 2 && !isProper(words[k]!))) continue;
    add({ kind: "address", start: s.start + s.match[0].indexOf(words[k]!), end: s.end, message: MSG.address, priority: 8 });
  }
  for (const s of /\d\.\d{3,}[ \t]*°?[ \t]*[NS]?[ \t]*,?[ \t]+(?:lon|lng|long|longitude)?[ \t:]*-?\d{1,3}\.\d{3}/.test(text) ? spans(COORDINATES_RE, text) : []) {
    const [lat, lon] = [Math.abs(Number(s.match[1])), Math.abs(Number(s.match[4]))];
    const cued = /(?:GPS|gps|[Cc]oordinates|COORDINATES|[Ll]at(?:itude)?|[Ll]ocation|[Ll]ocated)[^\n\d]{0,16}$/.test(text.slice(Math.max(0, s.start - 24), s.start));
    if (lat <= 90 && lon <= 180 && ((s.match[2] || s.match[3]) && s.match[5] || cued)) add({ kind: "location", start: s.start, end: s.end, message: MSG.location, priority: 8 });
  }
  for (const s of /(?:No\.?|Number|#)[ \t]*:?[ \t]*\d|(?:Sector|Blk|BLK)\.?[ \t]+\d/.test(text) ? spans(HOUSE_NUMBER_RE, text) : []) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  for (const s of spans(SUITE_RE, text)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  for (const s of /#[0-9B]\d-\d\d/.test(text) ? spans(UNIT_NUMBER_RE, text) : []) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  for (const s of /\d\/F|G\/F/.test(text) ? spans(HK_FLOOR_RE, text) : []) {
    if (s.match[1] || /G/.test(s.match[2]!) || /^,[ \t]*(?:Block|Blk|Tower|Phase)/.test(s.match[3]!)) add({ kind: "address", start: s.start, end: s.end, message: MSG.address, priority: 8 });
  }
  for (const s of /[a-z][ \t]+(?:road|street|avenue|lane|drive|close|crescent|terrace|gardens|grove|way|place|court)(?![a-z])/.test(text) ? spans(LOWER_STREET_RE, text) : []) {
    const words = s.match[2]!.trim().split(/[ \t]+/);
    const d = dictionaries();
    if (words.some((w) => NOT_A_STREET_NAME.test(w) || d.clinical.has(w) || d.abbreviations.has(w)) || /^one[ \t]+way/.test(s.match[0])) continue;
    add({ kind: "address", start: s.start, end: s.start + s.match[1]!.length, message: MSG.address, priority: 8 });
    // A known town that is no English word may close the line: "... station road thornbury".
    const town = s.match[3];
    if (town && d.places.has(town) && !d.common.has(town) && !d.clinical.has(town)) add({ kind: "location", start: s.end - town.length, end: s.end, message: MSG.location, priority: 8 });
  }
  for (const s of /[Ss][Tt][Aa][Tt][Ee][ \t]*:/.test(text) ? spans(STATE_LABEL_RE, text) : []) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  for (const s of /[A-Za-z][ \t]+\d{5}/.test(text) ? spans(STATE_NAME_ZIP_RE, text) : []) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  for (const re of [UK_POSTCODE_RE, US_STATE_ZIP_RE, US_ZIP4_RE]) {
    for (const s of spans(re, text)) add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
  // "Springfield, IL": a state code without a ZIP needs a town before it: a known one, one
  // after a place cue ("from Tuscola, IL"), or a proper noun that is no English or clinical word.
  // "Smith, MD" and "Jones, PA" are credentials, and "CAD, MI" in a list of diagnoses is no town.
  for (const s of spans(US_STATE_AFTER_CITY_RE, text)) {
    // "Neighborhood Health Plan, ID NHP4471902": an identifier's label, not Idaho.
    // "Screened by P. Ranganathan, CT(ASCP)", "Devora Siegel, MS, CGC": a credential's letters.
    if (text[s.end] === "(" || /^[ \t]*,[ \t]*(?:CGC|PhD|RN|MD|NP|PA-C|PA|LCSW|LICSW|MPH|RD|CNM|DNP|FNP|CCC|OTR|DPT|PharmD)(?![\p{L}])/u.test(text.slice(s.end, s.end + 12))) continue;
    if (s.match[0] === "ID" && /^[ \t]*(?:#|:|[A-Z]{0,5}\d)/.test(text.slice(s.end, s.end + 8)) && !/^[ \t]+\d{5}(?!\d)/.test(text.slice(s.end, s.end + 8))) continue;
    const windowStart = Math.max(0, s.start - 60);
    const head = text.slice(windowStart, s.start);
    const city = CITY_BEFORE_COMMA_RE.exec(head);
    let cityText = city?.[1] ?? "";
    let cityStart = city ? windowStart + city.index : s.start;
    // "FROM ELK RAPIDS, MI": a cue word written in capitals is not part of the town.
    while (city && / /.test(cityText) && /^(?:FROM|IN|AT|TO|NEAR|OF|AND|THE|PT|LIVES|RESIDES|TRANSFERRED|MOVED)[ \t]/.test(cityText)) {
      const cut = /^\S+[ \t]+/.exec(cityText)![0].length;
      cityText = cityText.slice(cut);
      cityStart += cut;
    }
    const words = cityText.split(/[ \t]+/).map((w) => w.toLowerCase().replace(/\.$/, ""));
    const d = dictionaries();
    const known = d.places.has(words.join(" ")) || d.places.has(words[words.length - 1] ?? "") || (words.length === 3 && d.places.has(words.slice(1).join(" ")));
    const code = s.match[0].slice(0, 2);
    const zip = /\d/.test(s.match[0]);
    // "Theodore J. Hammond, MD": a town's name after a first name or an initial is a surname.
    const lastWordStart = cityStart + cityText.length - (cityText.split(/[ \t]+/).pop() ?? "").length;
    const personBefore = /(?:\p{Lu}\.|\p{Lu}\p{Ll}+)[ \t]+$/u.exec(text.slice(Math.max(0, lastWordStart - 30), lastWordStart));
    const firstBefore = !!personBefore && (personBefore[0].trim().length <= 2 || d.firstNames.has(personBefore[0].trim().toLowerCase()));
    if (CREDENTIAL_STATES.has(s.match[0].slice(0, 2)) && !/\d/.test(s.match[0]) && firstBefore) continue;
    // "Gauteng, ID 3104125034081": a code before a number that is no ZIP is the number's label.
    if (!zip && /^[ \t]*[:#]?[ \t]*\d/.test(text.slice(s.end, s.end + 4))) continue;
    let accepted = zip || known;
    // "CXR IN AM, CT TO SXN": a time of day or an abbreviation is no town, nor its comma a state's.
    if (!zip && !known && words.every((w) => /^(?:am|pm|noc|hs)$/.test(w) || d.abbreviations.has(w))) continue;
    if (!accepted && city) {
      const capsTown = cityText === cityText.toUpperCase();
      const line = text.slice(text.lastIndexOf("\n", cityStart) + 1, cityStart);
      const cued = PLACE_CUE_BEFORE_CITY_RE.test(line.slice(-40));
      const proper = words.some((w) => !d.abbreviations.has(w) && isProper(w) && !d.eponyms.has(w));
      // Decision 134: after a street ("88 Cedar Hollow Rd, Hazard, KY") any town is one; a credential's
      // letters ("PA", "MD") count only after a street.
      const afterStreet = STREET_BEFORE_TOWN_RE.test(text.slice(Math.max(0, cityStart - 30), cityStart));
      accepted = afterStreet || (!CREDENTIAL_STATES.has(code) && (cued || (!capsTown && proper)));
    }
    if (accepted) {
      add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
      if (city) add({ kind: "location", start: cityStart, end: cityStart + cityText.length, message: MSG.location, priority: 8 });
    }
  }
  for (const s of spans(POSTCODE_LABELLED_RE, text, 1)) {
    add({ kind: "postcode", start: s.start, end: s.end, message: MSG.postcode, priority: 7 });
  }
};
