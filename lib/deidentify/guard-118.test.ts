// Decision 118's rules, each with text it must find and text of the same shape it must leave alone
// (the rules came from the batch of dictation, new countries' formats and EHR exports in
// corpus/sentences-118.ts, scored before them; the examples here are variations the batch lacks).
import type { IdentifierKind } from "./guard";
import { describeRules } from "./rule-tables";

const FOUND: Array<[string, IdentifierKind, string]> = [
  // Dates as dictation writes them: ordinals and years in words, lower-case months and weekdays.
  ["seen on the twenty first of may", "date", "twenty first of may"],
  ["date of birth third february nineteen twenty eight", "date", "third february nineteen twenty eight"],
  ["she was born on the first of the eleventh nineteen thirty one", "date", "first of the eleventh"],
  ["operated on the 4th march last year", "date", "4th march"],
  ["we will see her again on the ninth.", "date", "ninth"],
  ["seen last wednesday and again in november", "date", "wednesday"],
  ["seen last wednesday and again in november", "date", "november"],
  ["Thank you for your letter of the 3rd ult. about her.", "date", "3rd ult."],
  // Phones read out digit by digit, addresses read out, short links, eight-digit numbers after a cue.
  ["ring him on zero two zero seven nine four six oh double one eight", "phone", "zero two zero seven nine four six oh double one eight"],
  ["email j dot murphy at hse dot ie with the results", "email", "j dot murphy at hse dot ie"],
  ["Rebook online at bit.ly/opd-rb27", "url", "bit.ly/opd-rb27"],
  ["Please call son 6123 4567 if worse.", "phone", "6123 4567"],
  ["whatsapp 9988 7766 for updates", "phone", "9988 7766"],
  // Numbers after the labels of other countries' records, cards and vehicles.
  ["Folder no: KH 221 0934 at reception.", "mrn", "KH 221 0934"],
  ["OPD no: 4471-22, seen today.", "mrn", "4471-22"],
  ["Registration No. 2024/55871 issued.", "mrn", "2024/55871"],
  ["PhilHealth PIN 12-345678901-2 on file.", "mrn", "12-345678901-2"],
  ["Medical aid no GM 7712 0091 verified.", "mrn", "GM 7712 0091"],
  ["Vehicle reg KCA 123B parked outside.", "mrn", "KCA 123B"],
  ["Sort code 40-11-62 for the refund.", "mrn", "40-11-62"],
  ["born in march nineteen twenty nine which makes her ninety six", "age", "ninety six"],
  // Addresses: streets in capitals, a Singapore block and unit, a Hong Kong floor, lower-case postcodes and streets.
  ["ADDRESS: 7 MEADOW CLOSE, TRALEE", "address", "7 MEADOW CLOSE"],
  ["Blk 22 Toa Payoh Lor 7 #B1-12", "address", "#B1-12"],
  ["Blk 22 Toa Payoh Lor 7 #B1-12", "address", "Blk 22"],
  ["Room 1203, 12/F, Tower 2, Harbour Centre.", "address", "12/F"],
  ["G/F, 22 Nathan Road, Jordan.", "address", "G/F"],
  ["her postcode is ls6 2ab", "postcode", "ls6 2ab"],
  ["she lives at twenty four kingsway gardens", "address", "twenty four kingsway gardens"],
  ["copy to 9 mill lane thornbury", "location", "thornbury"],
  ["Boise, ID 83702", "postcode", "ID 83702"],
  // Places: Irish counties, an HL7 identifier's facility, hospitals and towns in a lower-case note.
  ["She lives in County Mayo.", "location", "County Mayo"],
  ["Lives in Dingle, Co. Kerry.", "location", "Co. Kerry"],
  ["PID|1||A1234567^^^QEH^MR||LEE^KA WING", "location", "QEH"],
  ["follow up at queens medical centre in six weeks", "location", "queens medical"],
  ["she was transferred from kings mill last night", "location", "kings mill"],
  ["admitted from rosebank lodge nursing home", "location", "rosebank lodge"],
  ["her gp is at the limes practice", "location", "limes"],
  ["her son lives on his own in tewkesbury", "location", "tewkesbury"],
  ["referred to the team at tameside for rehab", "location", "tameside"],
  // Names: lower-case titles spelled out with the whole name, a dictation's subject and typist,
  // a name before an identity label, Spanish titles, and a surname ending in "is" ("ferr" was found).
  ["dictated by doctor siobhan keane consultant geriatrician", "name", "siobhan keane"],
  ["mister ahmed raza attended with his wife", "name", "ahmed raza"],
  ["letter regarding tobias fenwick date of birth to follow", "name", "tobias fenwick"],
  ["typed by sk", "name", "sk"],
  ["Lim Boon Huat, NRIC S7712345D, lives in Tampines.", "name", "Lim Boon Huat"],
  ["Referred by Dra. Liza Santos.", "name", "Liza Santos"],
  ["dictated by mr callum ferris consultant orthopaedic surgeon", "name", "callum ferris"],
];

const CLEAN: string[] = [
  "The second may be needed if the first fails; march on with the plan.",
  "A fracture of the distal third of the fifth metatarsal.",
  "A 2nd may be required.",
  "On the second day she improved; on the second and third toes; by the third week it healed.",
  "every monday she goes to the day centre, and on mondays her son visits",
  "The 3rd instalment of the fee was paid.",
  "count one two three four five, sodium one three two",
  "Her son walked 5000 6000 steps a day.",
  "File 3 of the report; folder 2; registration pending; pin site clean.",
  "vehicle accident at 40 mph",
  "plan 1000 mL, group 2",
  "which makes him ninety percent sure",
  "FOLLOW UP IN 2 WEEKS, CLOSE MONITORING.",
  "fracture of ribs #10-12",
  "Age/Sex: 45/F. Pt is 72/F, Chinese.",
  "her post code is unknown",
  "ran two miles down the road and down a one way street",
  "Smith & Co. Solicitors wrote to the County Council.",
  "OBX|1|NM|2345-7^Glucose^LN||6.1|mmol/L",
  "royal jelly and the royal college of nursing",
  "she had knee surgery at the district general hospital",
  // "moved from bath" is a town since decision 120 read lower-case text as in capitals ("LIVES IN READING."): guard-120.test.ts.
  "lives in a flat with a walk-in bath",
  "referred to orthogeriatrics, seen at bedside",
  "the doctor reviewed the bloods and the doctor on call agreed",
  "letter regarding the results; report on the ct",
  "signed by me, checked by rn",
  "Patient details (DOB, NHS number) confirmed.",
  "a FreeStyle Libre 2 and a SenSura Mio pouch",
  "Stoma appliance: Coloplast SenSura Mio, 38 mm.",
  "Canon Aquilion ONE CT, Siemens Magnetom Vida 3T",
  "Truelove and Witts severe colitis",
  "Paris 0-IIa polyp, 12 mm",
  "Barcelona Clinic Liver Cancer stage B",
  "Booked via the Pre-admission Unit.",
  "TEWS 6, PEWS 3, SATS orange",
  "Eircode and postcode to be confirmed.",
];

// A label's letters are no place and no name when something beside them is an identifier.
const NOT_FLAGGED: Array<[string, string]> = [
  ["Gauteng, ID 3104125034081", "ID"],
  ["Loc: 5E  Adm: 3/4/24", "Loc"],
  ["Loc: 5E  Adm: 3/4/24", "Adm"],
  ["Blue Badge no. BB 44 71 20 9", "Blue"],
  ["Hi Sue, your Eircode is D02 X285.", "Eircode"],
];

describeRules("guard rules of decision 118", { found: FOUND, clean: CLEAN, notFlagged: NOT_FLAGGED });
