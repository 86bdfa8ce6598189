// Neuro ICU and stroke-unit nursing notes typed at a Boston teaching hospital around 2000-2008, in the
// manner of the public PhysioNet ICU nursing-note corpus: admission and transfer notes after strokes and
// brain bleeds, shift notes on aneurysm, EVD and tPA patients, night notes, family meetings, comfort-care
// and death notes, therapy updates and discharges to rehab, nursing homes and hospice. About half are
// typed entirely in lower case. They are by "a seventy-fifth writer who had not read the guard's rules",
// whose habits are: stroke and hemorrhage timelines with dates ("last seen well 2200 on 9/14", "tpa given
// at osh 9/15 0130", "coiled 9/16 by dr. ng"); the outside hospital and its town in brackets; big
// families listed member by member with the towns they drive in from; phone numbers in every format
// (dashes, dots, spaces, brackets, bare digits, "x" extensions); neurosurgery and neurology doctors by
// surname but speech, PT and OT therapists by first name; hospice agencies, palliative care and clergy
// of every faith; patients over 89 in about a quarter of the notes; and lower-case initials as the
// signature ("-ck", "c.k. rn"), left off about a third of the notes.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "admit-note"
  | "stroke-npn"
  | "night-npn"
  | "family-mtg"
  | "comfort-care"
  | "addendum"
  | "neuro-npn"
  | "dispo-note"
  | "therapy";

/**
 * The batch of decision 233: neuro ICU and stroke-unit nursing notes on strokes, hemorrhages, families,
 * hospice and clergy, by a writer who had not read the guard's rules.
 */
export const DECISION_233_FIRST: Array<[Style, string]> = [
  ["admit-note", "snicu admit note\npt is a 67 yo rhm, last seen well 2200 on {date:9/14} watching tv per wife. found down by wife ({name:marjorie}) {date:9/15} 0545 w/ r sided weakness, aphasic. taken to {loc:milford regional} in {loc:milford}, ct neg for bleed, nihss 17. no tpa (outside window). transferred by air for ?ia intervention. angio 1130 by dr. {name:ng} - l m1 clot, partial recanalization.\nneuro- eyes open to voice, l gaze pref, dense r hemi, global aphasia.\ncv- sbp goal <180, labetalol 10 iv x2.\nfam- wife, son ({name:kevin}) and his wife driving up from {loc:woonsocket}. wife's cell {phone:508-555-0148}.\n-{name:ck}"],
  ["stroke-npn", "NEURO ICU NPN 7a-7p\n{age:91 yo} F w/ R ICH (thalamic, 22cc) on coumadin for afib. LSW {date:10/3} @ 1930 per dtr, found by granddaughter @ 2300 slumped in chair. Seen at {loc:Beverly Hospital}, INR 3.4, given FFP x4 + vit K 10mg IV prior to transfer. Repeat CT here 0600 stable.\nNEURO- lethargic, opens eyes to loud voice, L hemiplegia, L facial droop. Pupils 3mm brisk.\nCV- SBP 130-150s on nicardipine 2.5.\nSOCIAL- Dtr ({name:Noreen Costigan}) is HCP, lives in {loc:Danvers}, home {phone:(978) 555-0112}, cell {phone:978.555.0163}. Brothers in {loc:Gloucester}. Nsurg (Dr. {name:Halloran}) - not a surgical candidate.\n{name:c.k.} rn"],
  ["night-npn", "npn 19-07\nsah day 6. hh 3/ fisher 3, acomm aneurysm coiled {date:9/16} by dr. {name:ng}. tcd's this am w/ ? mild vasospasm l mca (mfv 140). nimodipine 60 q4, ns @ 150.\nevd open @ 10 cm, icp 8-14, drained 12-15 cc/hr blood-tinged.\nhusband ({name:ray}) called @ 0100 from the {loc:hampton inn} in {loc:dedham}, # {phone:781 555 0127}."],
  ["family-mtg", "FAMILY MTG {date:9/19} 1400\nPRESENT: DR. {name:VASQUEZ} (STROKE FELLOW), SW ({name:PEGGY}), PALLIATIVE CARE NP, RN. FAMILY: WIFE ({name:THERESA}), SONS {name:MARK} AND {name:BRIAN}, DTR {name:KATHLEEN} AND HER HUSBAND, PT'S BROTHER FROM {loc:SCITUATE}.\nPT IS {age:NINETY-ONE}, LARGE L MCA INFARCT, GLOBAL APHASIA, FAILED S&S X2 W/ {name:GRETCHEN} (SPEECH). DISCUSSED PEG VS COMFORT. WIFE: \"HE SAID AFTER HIS BROTHER'S STROKE, NEVER A TUBE.\" FAMILY CHOSE CMO. PARISH PRIEST TO COME TONIGHT. REFERRAL TO {loc:OLD COLONY HOSPICE}.\n-{name:jt}"],
  ["stroke-npn", "stroke unit npn 7p-7a\npt is 78 yo lhm, s/p iv tpa given at osh {date:9/15} 0130 ({loc:sturdy memorial}, {loc:attleboro}) for r hemi + aphasia, lsw 2340 {date:9/14}. nihss 14 -> 6 this am. 24 hr ct neg for hemorrhage.\nneuro- awake, expressive aphasia, r arm 3/5, r leg 4/5.\ncv- sbp 140-170s, held po labetalol x1 for sbp 118 @ 0400.\nspeech ({name:gretchen}) to see in am for bedside swallow, npo until then.\ndtr ({name:lisa}) and son-in-law in until 2230, drove in from {loc:north attleboro}. other dtr in {loc:tampa} calling for updates: {phone:813-555-0175}.\n-{name:dl}"],
  ["comfort-care", "CMO note\nPt is a {age:94 yo} woman w/ massive L MCA stroke, LSW {date:Sun} evening at her NH in {loc:Quincy}. Made CMO today after fam mtg w/ Dr. {name:Lindgren}. MS 2mg IV q1h prn, scopolamine patch. Pt comfortable, RR 12-18.\nFam at bedside: 2 dtrs, grandsons, great-granddaughter (4 yrs old). Rev. {name:Whitcomb} from {loc:Wollaston Congregational} prayed w/ them @ 1630.\nHospice to eval tomorrow for inpt bed at {loc:Sherrill House}."],
  ["addendum", "addendum 2215: son ({name:bobby}) called back from {loc:worcester}, will be in by 0800. best # is cell {phone:508.555.0139}.\n{name:c.k.} rn"],
  ["neuro-npn", "NEURO ICU NPN 7A-7P\nSAH DAY 3, HH 2. L PCOMM ANEURYSM CLIPPED {date:9/12} BY DR. {name:HALLORAN}. CRANI SITE D+I, STAPLES INTACT.\nNEURO- A+OX3, C/O HA 5/10 -> PERCOCET 1 TAB. NO DRIFT. L PUPIL 4MM SLUGGISH (BASELINE PER NSURG).\nCV- SBP 130-150S. NIMODIPINE 60MG Q4H. NA 136.\nSOCIAL- HUSBAND ({name:DAVE}) AND KIDS (17 AND 14) IN AFTER SCHOOL. THEY LIVE IN {loc:STOUGHTON}, HUSBAND WORKS NIGHTS AT {loc:STOP & SHOP} DISTRIBUTION.\n-{name:rs}"],
  ["dispo-note", "d/c to {loc:spaulding} {date:10/2} for acute rehab. report to {name:maureen} rn on 6 ({phone:617-555-0184}). pt ({name:ramon}) and ot ({name:jen}) notes sent. wife to follow by car from {loc:chelsea}."],
  ["family-mtg", "fam mtg w/ stroke team (dr. {name:vasquez}), palliative care (dr. {name:bissonnette}) and sw. pt is {age:ninety-three} w/ r mca stroke, hemorrhagic conversion on {date:9/17} ct. present: wife of 66 yrs ({name:ruth}), son from {loc:bedford nh}, dtr + husband from {loc:marblehead}, granddaughter (an rn). fam agreed to dnr/dni, no peg. pt's minister (rev. {name:akers}, {loc:beverly}) called, # {phone:978-555-0121}.\ncont to support fam.\n-{name:ap}"],
  ["night-npn", "NPN 19-07\nQuiet night. NIHSS unchanged at 4 (R facial, R arm drift, mild dysarthria). Neuro checks q2h. BS 140-180, SSI per scale.\nWife ({name:Irene}) stayed overnight in chair.\n-{name:kf}"],
  ["admit-note", "ADMIT NOTE\n58 YO M, PMH HTN (NONCOMPLIANT), C/O WORST HA OF LIFE WHILE SHOVELING {date:1/22} ~1500. WENT TO {loc:NASHOBA VALLEY MEDICAL CENTER} IN {loc:AYER}, CT W/ DIFFUSE SAH. TRANSFERRED BY {loc:BOSTON MEDFLIGHT} ARR 2140. HH 3, FISHER 3.\nEVD PLACED AT BEDSIDE BY DR. {name:PATEL-ROSS} (NSURG) @ 2230, OPENING PRESSURE 28.\nFAMILY- WIFE ({name:DEBRA}) CELL {phone:978-555-0190}, BROTHER {phone:(978)555-0151}. BOTH FROM {loc:GROTON}."],
  ["addendum", "addendum: spoke w/ {loc:milford regional} er rn ({name:dottie}) re: time of tpa - she confirms bolus @ 0130, infusion done 0235. her # {phone:508 555 0117}.\n-{name:ck}"],
  ["neuro-npn", "neuro icu npn 7a-7p\npt {age:90 y/o} f, l parietal ich, hd#2. dnr/dni per hcp (niece).\nneuro- opens eyes to voice, says \"hello\" then perseverates. r arm 2/5.\ncv- sbp goal <160, on nicardipine 5mg/hr.\nresp- 2l nc, sats 96%.\ngi- npo, failed bedside swallow w/ {name:gretchen}. ngt placed for meds.\nsocial- niece in from {loc:andover}; pt lived alone in {loc:lawrence} until this. niece's work # {phone:978-555-0144 x212}.\n-{name:jt}"],
  ["addendum", "Sr. {name:Agnes Mulcahy} (chaplain) in w/ pt's wife and sons @ 1000, anointing done. Wife asks that their pastor Fr. {name:Dacey} at {loc:St. Brigid's} in {loc:Lexington} be called - left msg at rectory {phone:781-555-0108}."],
  ["stroke-npn", "stroke unit npn 7a-7p\n82 yo f s/p l ica stent {date:9/20} by dr. {name:ng} for symptomatic stenosis. r groin soft, no hematoma, +dp.\nneuro- intact, speech clear.\npt ({name:ramon}) walked her 200 ft w/ rw. ot - adl's at baseline.\nhusband (87) in all day. their son picking them up tomorrow, drives in from {loc:hudson}.\n{name:c.k.} rn"],
  ["comfort-care", "COMFORT CARE NOTE\nPT IS {age:96 YO} M, MASSIVE CEREBELLAR HEMORRHAGE W/ HYDROCEPHALUS, FOUND DOWN AT {loc:BROOKHAVEN} {date:10/8} AM, LSW PRIOR EVENING AT DINNER. NSURG (DR. {name:HALLORAN}) - FAMILY DECLINED EVD PER PT'S WISHES.\nEXTUBATED TO COMFORT @ 1520. MS GTT 2MG/HR.\nAT BEDSIDE: WIFE ({name:MIRIAM}, {age:93}), SONS AND GRANDCHILDREN. RABBI {name:FELDSTEIN} FROM {loc:TEMPLE ISAIAH} HERE, # {phone:781-555-0196}.\n-{name:mb}"],
  ["neuro-npn", "Neuro ICU NPN 19-07\nSAH day 9 - R MCA aneurysm coiled {date:9/16} (Dr. {name:Ng}). Pt more confused @ 0200, new L pronator drift. TCDs called, stat CTA -> spasm R M1. To angio @ 0415 for intra-arterial verapamil, back @ 0620.\nHHH: SBP goal 180-200, on neo 1.2mcg/kg/min.\nHusband ({name:Tom}) called @ 0300 and updated - coming in from {loc:Braintree}, {phone:(781)555-0105}."],
  ["dispo-note", "D/C NOTE\nPT ({age:NINETY-FOUR}) D/C'D TO {loc:JML CARE CENTER} IN {loc:FALMOUTH} {date:10/11} VIA {loc:BREWSTER AMBULANCE}. L PONTINE INFARCT ON ADMIT, DYSARTHRIA IMPROVING - SPEECH ({name:KRISTIN}) RECOMMENDS SOFT SOLIDS, THIN LIQ W/ CHIN TUCK. REPORT TO RN {phone:508.555.0133}. DTR MEETING PT THERE.\n-{name:kf}"],
  ["night-npn", "npn 19-07\nl cerebellar stroke, hd#3. neuro checks q1h - stable, mild l dysmetria, no ha, no n/v. ct in am to r/o swelling.\nwife ({name:sheila}) calls every few hrs, # {phone:6175550156}.\n-{name:rs}"],
  ["admit-note", "admit note - neuro icu\n71 yo m, last seen well 0615 {date:10/14} getting in car for work at {loc:raytheon} in {loc:tewksbury}, coworker found him slumped @ 0650. to {loc:saints memorial} in {loc:lowell}, ct neg, nihss 21, tpa given at osh 0755 (0.9mg/kg, 80mg total). transferred for ia - angio 1100 by dr {name:ng}: l ica terminus occlusion, merci x2, timi 2.\nneuro- intubated for procedure, propofol off @ 1400, opens eyes, r hemi, not following.\nfam- wife ({name:bev}), 2 sons, dtr flying in from {loc:denver}. wife's cell {phone:978-555-0172}."],
  ["addendum", "Addendum @ 1700: Palliative care (Dr. {name:Bissonnette}, NP {name:Lucy Tran}) met w/ wife and dtrs. Hospice info given for {loc:VNA Hospice of Greater Lowell}. Pt's priest Fr. {name:Beauchesne} ({loc:St. Jean Baptiste}) anointed pt.\n{name:j.t.} rn"],
  ["therapy", "ot ({name:jen}) and pt ({name:ramon}) in to eval. pt dangled 5 min, sbp 142 -> 128 sitting, no sx. plan oob to chair tomorrow.\n-{name:mb}"],
  ["neuro-npn", "NEURO ICU NPN 7A-7P\n{age:92 YO} WOMAN W/ SDH (R, ACUTE ON CHRONIC), FELL AT HOME IN {loc:WEST ROXBURY} {date:SAT} NIGHT, FOUND {date:SUN} AM BY NEIGHBOR. SEEN AT {loc:FAULKNER}, TX'D HERE FOR NSURG EVAL. DR. {name:PATEL-ROSS} - BURR HOLES IF FAMILY AGREES.\nNEURO- DROWSY, ORIENTED TO SELF, L ARM DRIFT.\nSOCIAL- NEPHEW ({name:EDWARD KEANEY}) IS HCP, {phone:781-555-0119}. PT NEVER MARRIED, RETIRED TEACHER."],
  ["stroke-npn", "Stroke unit NPN 7a-7p\n64 yo F, LSW 0920 {date:11/2} at the {loc:Market Basket} in {loc:Reading} where she works as cashier - manager called 911 @ 0935 for slurred speech, L face/arm weakness. Came to our ED, tPA @ 1040, NIHSS 9 -> 3 at 24 hr.\nNEURO- mild L facial, L arm drift, speech clear.\nCV- SBP 150-170, goal <180 post-tPA.\nHusband ({name:Bernie}) and 2 dtrs here.\n-{name:ap}"],
  ["dispo-note", "d/c'd to {loc:whittier rehab} in {loc:haverhill} @ 1130 via chaircar. pt is {age:91} and walking 50 ft w/ {name:ramon}. swallow: thin liquids ok per {name:kristin}. report to rn there, {phone:978-555-0147}. grandson drove pt's wife up to meet him."],
  ["night-npn", "NPN 19-07\nSAH DAY 5. EVD @ 15 CM, ICP 5-12, OUTPUT 8-10CC/HR. NIMODIPINE GIVEN ON TIME. NA 132 -> SALT TABS 2G TID STARTED, 3% NS DISCUSSED W/ DR. {name:OYELARAN}.\nPT SLEEPING BETWEEN CHECKS, A+OX3 WHEN AWAKE.\nMOTHER SLEPT IN FAMILY ROOM; SHE IS FROM {loc:PITTSFIELD}, STAYING AT {loc:YAWKEY FAMILY INN} THIS WEEK.\n-{name:kf}"],
  ["comfort-care", "pt expired @ 0340, wife ({name:dolores}) and sons at bedside. dr {name:lindgren} pronounced. organ bank notified, ref # {id:neob-4471-09}, not a candidate. fr. {name:grogan} from {loc:sacred heart} in {loc:weymouth} was in @ 2300 for last rites. body to {loc:mcdonald funeral home}.\n-{name:ck}"],
  ["family-mtg", "Family meeting {date:11/7} 1100, 11th floor conf rm.\nPresent: Dr. {name:Lindgren}, SW, PT, speech, RN.\nFamily: wife {name:Carmen}, 2 sons, dtr {name:Marisol}, pt's sister from {loc:Lawrence}, cousin (interpreting).\nDiscussed rehab vs NH. Family wants pt home w/ them in {loc:Revere}. Will try {loc:Whittier} first for 2-3 wks."],
  ["neuro-npn", "neuro icu npn 19-07\n{age:ninety-five} yo m w/ r lobar ich (?amyloid), found down at home in {loc:milton} by daughter-in-law {date:11/10} @ 0800, lsw {date:11/9} @ 2100 when son ({name:ken}) dropped off dinner.\nneuro- arousable to sternal rub, l hemiplegia, r gaze pref.\ncv- sbp 150s.\nfam wants comfort if no improvement by {date:fri}. chaplain aware.\n-{name:jt}"],
  ["neuro-npn", "NEURO ICU NPN 7a-7p\nPt s/p R crani for AVM resection {date:11/12} (Dr. {name:Halloran}). Drain removed. Neuro intact except L homonymous hemianopia.\nPt's mother asked for updates by phone; home {phone:413-555-0192} is wrong, use cell {phone:413.555.0107}. Father works at {loc:UMass Amherst}.\n-{name:ck}"],
  ["neuro-npn", "cont on nimodipine. tcd's today per dr {name:oyelaran}: no spasm. husband in."],
  ["addendum", "ADDENDUM 1430: DR. {name:NG} IN TO SPEAK W/ FAMILY RE: ANGIO RESULTS - 2ND ANEURYSM (R MCA, 4MM) TO BE COILED {date:TUES}. SIGNED CONSENT W/ HUSBAND ({name:TOM MCNAMARA}).\n-{name:ap}"],
  ["stroke-npn", "stroke unit npn 7a-7p\n88 yo f, l mca stroke {date:10/30}, hd#8, peg placed yesterday. tf @ goal 55/hr.\nfam has decided on home w/ hospice: {loc:hospice of the good shepherd} intake rn ({name:valerie}) saw fam today, # {phone:617-555-0143}. hospital bed to be delivered to son's house on {loc:corey st} {date:thurs}.\n-{name:dl}"],
  ["admit-note", "TRANSFER NOTE\nPT RECEIVED FROM {loc:CAPE COD HOSPITAL} ({loc:HYANNIS}) BY HELICOPTER @ 1845. 53 YO M W/ L PUTAMINAL ICH, 35CC, SX ONSET 1400 {date:11/15} WHILE GOLFING W/ FRIENDS. GCS 8 ON ARRIVAL, INTUBATED AT OSH.\nDR. {name:PATEL-ROSS} (NSURG) AT BEDSIDE - EVD PLACED 2000.\nWIFE ({name:LYNN}) DRIVING UP W/ SON, ETA 2200. WIFE CELL {phone:508-555-0181}."],
  ["therapy", "speech ({name:gretchen}) did fees: silent aspiration w/ thin. pt to stay npo, dobhoff placed, kub confirms.\ndtr upset, feels pt \"was eating fine at home in {loc:waltham}.\" explained.\n{name:c.k.} rn"],
  ["night-npn", "NPN 19-07\nPt ({age:97 yo}) sundowning, calling for husband ({name:Angelo}) who died in 1988 per dtr. Reoriented, seroquel 12.5 given. R MCA stroke hd#5, L neglect - keep call bell on R.\nDtr called @ 2200 from {loc:Medford}, {phone:781 555 0166}.\n-{name:kf}"],
  ["neuro-npn", "neuro icu npn 7a-7p\npod#1 l crani for sdh evac, dr. {name:halloran}. jp drain 40cc sang. neuro: a+ox3, r grip improved 4+/5.\ncoumadin held since {date:11/18}, inr 1.2.\npt is retired {loc:mbta} bus driver, lives in {loc:hyde park}. wife and grandson visited; grandson's # {phone:617.555.0129}."],
  ["family-mtg", "fam mtg by speakerphone {date:11/21}. stroke team (dr {name:lindgren}), palliative, sw. on phone: son in {loc:san diego} ({phone:619-555-0114}), dtr {name:beth}. in room: wife and pt's brother-in-law. agreed to extubate tomorrow @ 1000 once {name:beth} arrives. chaplain to be here.\n-{name:ck}"],
  ["addendum", "Addendum: pt's MR# on OSH transfer papers ({id:0091-4432}) does not match ours - admitting aware.\n-{name:rs}"],
  ["stroke-npn", "STROKE UNIT NPN 7P-7A\n{age:90 YO} M, R PCA INFARCT, L HEMIANOPIA. NEURO STABLE. ON ASA 325 + PLAVIX LOAD PER DR. {name:VASQUEZ}.\nPT'S WIFE LIVES AT {loc:NORTH HILL} IN {loc:NEEDHAM}, CAN'T VISIT. DTR ({name:CAROLE}) CALLED, # {phone:781-555-0150}."],
  ["comfort-care", "cmo cont. rr 6-10, mottled feet. sons at bedside, dtr on her way from {loc:logan}. ms gtt 4mg/hr.\n-{name:jt}"],
  ["stroke-npn", "Neuro ICU NPN 7a-7p\n76 yo M. LSW 2200 on {date:9/14} per wife, woke 0530 w/ aphasia -> {loc:Emerson Hospital} ({loc:Concord}), not tPA candidate (wake-up stroke). MRI here: L MCA superior division infarct.\nNEURO- nonfluent aphasia, follows 1-step cmds, R face/arm weak.\nOT ({name:Lisa}) eval today.\nWife and dtr here; son coming {date:Sat} from {loc:Portsmouth}.\n-{name:ap}"],
  ["dispo-note", "pt d/c'd home w/ {loc:caritas home care} hospice @ 1500. dtr ({name:sue}) and son-in-law took pt by car to their house in {loc:franklin}. comfort kit sent. hospice rn to visit tonight, {phone:508-555-0169}."],
  ["night-npn", "wife ({name:anita}) called @ 2100, update given. says pt's sister will visit {date:sun} from {loc:leominster}.\n-{name:mb}"],
  ["comfort-care", "Pt is a {age:98 yo} retired nun (Sr. {name:Mary Cecilia}) from {loc:Marian Manor} w/ large L MCA stroke. Her order's superior is HCP, # {phone:617-555-0109}. DNR/DNI, comfort-focused. Fr. {name:Kiely} said mass at bedside @ 1600 w/ 6 sisters present. Plan return to {loc:Marian Manor} w/ hospice."],
  ["stroke-npn", "stroke unit npn 7p-7a\npt s/p r cea {date:12/4} (dr {name:weintraub}, vasc). neck dsg dry, no hematoma, tongue midline. sbp 110-150.\npt asked for his wife ({name:ellie}) to bring in his glasses. she lives in {loc:somerville}, {phone:617-555-0131}.\n-{name:dl}"],
  ["night-npn", "npn 19-07\npt {age:94 y/o}, l cerebellar ich, hd#2, q1h neuro checks. slight worsening @ 0200 - more sleepy. stat ct: 4th ventricle effacement. dr {name:patel-ross} aware, son called @ 0230 at {phone:(617) 555-0197} - declines evd/surgery per pt's wishes. dnr.\n-{name:rs}"],
  ["addendum", "ADDENDUM: IMAM {name:ABDULLAHI} FROM {loc:ISLAMIC SOCIETY OF BOSTON} IN TO PRAY W/ PT'S SONS. FAMILY REQUESTS BED TURNED FOR PRAYER - DONE."],
  ["neuro-npn", "neuro icu npn 7a-7p\nsah day 11, hh 4, fisher 4. r pica aneurysm coiled {date:12/2} (dr {name:ng}). trached {date:12/9} by thoracic.\nneuro- opens eyes spont, tracks, mouths words. l side 3/5, r 4/5.\nresp- trach 8 portex, 40% tc, sats 97.\nid- tmax 101.2, sputum gpc, vanc started.\ngi- peg in, tf at goal.\nfam- partner ({name:dana}) here daily 1-8pm, drives in from {loc:northampton}; pt's parents in from {loc:albany}. sw working w/ them on rehab list.\n-{name:ck}"],
  ["family-mtg", "FAM MTG {date:12/12} 1500\nPT {age:NINETY-NINE} YO F W/ L ICH INTO VENTRICLES, GCS 5. PRESENT: DR. {name:HALLORAN}, PALLIATIVE CARE, SW, RN, AND FAMILY: 3 DTRS, SON {name:EDDIE}, GRANDCHILDREN. FAMILY CAME FROM {loc:DORCHESTER}.\nALL AGREED PT WOULD NOT WANT TO LIVE LIKE THIS. CMO TONIGHT AFTER FR. {name:LYNCH} FROM {loc:ST. GREGORY'S} COMES.\n-{name:dl}"],
  ["therapy", "pt therapist ({name:ramon}) walked pt 100 ft w/ quad cane. ot - shower tomorrow. d/c planning for {loc:braintree rehab} {date:mon}."],
  ["stroke-npn", "Stroke unit NPN 7a-7p\n69 yo M from {loc:Landmark Medical Center} ({loc:Woonsocket, RI}), tPA given at OSH {date:12/14} 1915 for L hemi, LSW 1810 at a restaurant in {loc:Burrillville}. NIHSS 12 -> 5.\nNEURO- L arm 4/5, L leg 4+/5, mild neglect.\nWife ({name:Claudette}) + son ({name:Marc}) came up, staying w/ cousin. Home # {phone:401-555-0183}.\n{name:c.k.} rn"],
  ["comfort-care", "comfort care note\npt {age:93 yo} m, l mca stroke, cmo since {date:12/15}. ms 2-4mg q1h prn, given x3. rr 14-20, no distress.\nwife ({name:gertrude}) and dtr at bedside; dtr's husband went home to {loc:natick} to sleep. rev. {name:pettingill} from {loc:eliot church} visited.\ncont to support.\n-{name:kf}"],
  ["addendum", "ADDENDUM: PT'S PCP DR. {name:SHAPIRO} ({loc:HARVARD VANGUARD}, {loc:WELLESLEY}) RETURNED CALL, {phone:781-555-0158}. CONFIRMS PT ON COUMADIN FOR MECHANICAL AVR, INR GOAL 2.5-3.5."],
  ["night-npn", "npn 19-07\nsah day 4. pt complaining of ha 7/10 -> fioricet. nimodipine q4. ns @ 125, i/o +800. na 138. evd clamp trial started 0600 per dr {name:oyelaran}.\nmom at bedside all night.\n-{name:ap}"],
  ["comfort-care", "Palliative care (Dr. {name:Bissonnette}) and chaplain Rev. {name:Oduya} met w/ pt's wife ({name:Phyllis}) and sons from {loc:Rockland} and {loc:Hanover}. Plan: {loc:Old Colony Hospice} residence when bed opens, ~2-3 days.\n-{name:jt}"],
  ["admit-note", "received from {loc:south shore hospital} ({loc:weymouth}) @ 1620. {age:91} yo f w/ l frontal ich + ivh, on plavix. lsw {date:1/3} 1100 at her apt, found 1330 by aide. plts given x1 at osh.\nneuro- opens eyes to voice, r hemi, mute.\nfam- son ({name:john}) and his wife here from {loc:hingham}; dtr on way. john's cell {phone:781-555-0122}."],
  ["neuro-npn", "Neuro ICU NPN 7p-7a\nPt w/ R temporal ICH {date:1/5}, had GTC sz @ 0215 x90 sec - ativan 2mg IV, keppra load 1g. EEG called, tech hooking up @ 0400. Dr. {name:Oyelaran} aware.\nWife notified @ 0230, {phone:508-555-0135}.\n-{name:mb}"],
  ["stroke-npn", "stroke unit npn 7a-7p\nl pontine lacune, nihss 3. worked w/ {name:ramon} (pt) and {name:lisa} (ot) - stairs ok. {name:kristin} (speech) - mild dysarthria, no dysphagia.\nplan home w/ vna {date:fri}, dtr to stay w/ him first week.\n-{name:ck}"],
  ["comfort-care", "PT EXPIRED @ 2215 W/ DTR ({name:ALICE}) AND GRANDDAUGHTER AT BEDSIDE. PT WAS {age:102}. DR. {name:VASQUEZ} PRONOUNCED. BODY TO {loc:GORMLEY FUNERAL HOME}. CHAPLAIN ON CALL CAME."],
  ["addendum", "addendum: {loc:beverly hospital} called, ct disc w/ osh images from {date:10/3} sent by courier. contact in radiology {name:gail} {phone:978-555-0141}.\n-{name:ck}"],
  ["family-mtg", "fam in all afternoon - wife ({name:pat}), 4 kids (oldest {name:tommy}) and about 8 grandkids. came in 3 cars from {loc:brockton}, {loc:easton} and {loc:bridgewater}. asked fam to limit to 3 at bedside.\n-{name:jt}"],
  ["admit-note", "ADMIT NOTE - NEURO ICU\n44 YO F, SUDDEN HA + NECK STIFFNESS @ 0630 {date:1/12} AT HER GYM IN {loc:SAUGUS}. TO {loc:MELROSE-WAKEFIELD HOSPITAL}, CT: SAH, HH 2. TX'D HERE, ARR 1150. ANGIO 1400 (DR. {name:NG}): R PCOMM ANEURYSM, COILED.\nHUSBAND ({name:RICH}) AND HER SISTERS IN WAITING RM. HUSBAND CELL {phone:781-555-0173}. KIDS (11, 9) W/ GRANDMOTHER."],
  ["night-npn", "npn 19-07\nsdh pod#2. pt confused overnight, trying to get oob, bed alarm on. haldol 1mg x1. son called from work at {loc:gillette} (night shift), {phone:617-555-0161 x4410}.\n-{name:rs}"],
  ["dispo-note", "D/C to {loc:HealthSouth New England Rehab} in {loc:Woburn} {date:1/16}. Report to {name:Colleen} RN, {phone:781-555-0152}. Wife and son aware. F/U stroke clinic 6 wks, angio 6 months.\n{name:c.k.} rn"],
  ["stroke-npn", "stroke unit npn 7a-7p\npt is {age:ninety-two}, r mca stroke hd#4, from {loc:goddard house}. l hemi, l neglect, anosognosia.\nspeech ({name:gretchen}): puree/nectar.\nniece ({name:lorraine}) visits daily from {loc:newton}; pt's only other family a brother ({age:96}) in {loc:sarasota}."],
  ["neuro-npn", "NEURO ICU NPN 7A-7P\nEVD D/C'D {date:1/20} BY DR. {name:PATEL-ROSS}, SITE D+I. NEURO STABLE. TO STEP-DOWN IF BED.\n-{name:jt}"],
  ["addendum", "deacon {name:bob ferreira} from {loc:st. anthony's} in {loc:fall river} came w/ pt's wife to pray. wife speaks portuguese only - interpreter used for update.\n-{name:dl}"],
  ["admit-note", "Transfer in from {loc:Jordan Hospital} in {loc:Plymouth}. 81 yo F, LSW 1945 on {date:1/24} at bingo at her church hall, collapsed w/ R hemi + aphasia. tPA at OSH 2110. Post-tPA NIHSS 18, CTA: L M1 occlusion, to angio w/ Dr. {name:Ng} 0020, penumbra device, TICI 2b.\nHusband ({name:Al}), sons and dtr-in-law in waiting rm - came up from {loc:Kingston}."],
  ["addendum", "addendum 1600: {loc:beacon hospice} liaison met w/ fam, accepting pt for home hospice in {loc:malden}. liaison pager {phone:555-0188}.\n-{name:mb}"],
  ["comfort-care", "COMFORT MEASURES ONLY\nPT {age:95 Y/O} W/ BASILAR OCCLUSION, LOCKED-IN. PER PT'S LIVING WILL AND SON ({name:WARREN}), CMO @ 1100 {date:1/27}. EXTUBATED 1130.\nFAMILY: SON + WIFE, DTR FROM {loc:KEENE}, GRANDSONS. PASTOR {name:HOLLIS} OF {loc:FIRST CONGREGATIONAL}.\n-{name:ck}"],
  ["neuro-npn", "neuro icu npn 7a-7p\n59 yo m, r basal ganglia ich (htn), hd#2. sbp goal <160 - nicardipine off 1300, on po labetalol 200 tid. neuro stable, l arm 3/5.\npt a cook at {loc:the barking crab}, coworkers calling - only giving info to fiancee per pt. her # {phone:857-555-0145}."],
  ["family-mtg", "Family mtg {date:Tues} w/ Dr. {name:Vasquez} and SW. Pt is {age:90} w/ R MCA stroke, dysphagia. Wife (88), dtrs in {loc:Sudbury}, son on phone from {loc:Phoenix} ({phone:602-555-0103}). Fam wants PEG and rehab trial. Plan {loc:Youville} next wk.\n-{name:jt}"],
  ["addendum", "cont neuro checks q2h. dtr ({name:amy}) visited, brought pt's rosary from {loc:st. joseph's}.\n-{name:ap}"],
  ["addendum", "ADDENDUM: SPOKE W/ {loc:EXETER HOSPITAL} ER (DR. {name:PAQUETTE}) RE: TIME OF SX ONSET - LSW 0700 {date:2/2}, TPA 0915. HIS #: {phone:603-555-0118}."],
  ["night-npn", "npn 19-07\nsah day 8. evd @ 20, icp 10-16. tcd's this am: l mca mfv 170 -> dr {name:ng} to angio at 0800 for ia nicardipine.\nhusband ({name:luis}) + pt's mother slept in waiting rm, they live in {loc:east boston}. husband's cell {phone:617-555-0126}.\n-{name:dl}"],
  ["dispo-note", "Pt ({age:ninety-six}) returned to {loc:Hebrew Rehab} in {loc:Roslindale} on {date:2/6} w/ hospice following. Report to {name:Svetlana} RN {phone:617.555.0159}. Son aware.\n{name:j.t.} rn"],
  ["admit-note", "admit to stroke unit from ed. 66 yo f, lsw 1400 {date:2/8}, found 1600 by husband ({name:gil}) w/ r hemi. outside tpa window. mri: l ica territory infarcts, cta: l ica occluded. permissive htn, sbp <220.\nhusband drives a truck, gone 3-4 days/wk; dtr in {loc:lynn} is backup: {phone:781-555-0137}."],
  ["night-npn", "NPN 19-07\n{age:93 YO} F, L MCA STROKE, GLOBAL APHASIA. RESTLESS 0100, PULLING NGT - MITTS ON. NO FAMILY CALLS. DTR ({name:VIRGINIA}) ASKED TO BE CALLED ONLY FOR MAJOR CHANGE.\n-{name:mb}"],
  ["neuro-npn", "seen by neuro-onc (dr {name:feinberg}) re: ?tumor vs infarct on mri. bx discussed w/ dr {name:halloran}. pt's wife wants second opinion at {loc:dana-farber}.\n-{name:rs}"],
  ["stroke-npn", "Stroke unit NPN 7a-7p\n73 yo M, L MCA stroke {date:2/10} (LSW 0500, tPA at {loc:Lawrence General} 0710). HD#4.\nNEURO- expressive aphasia improving, names 3/5 objects. R arm 3/5, leg 4/5.\nCV- SR 70s, SBP 130-150.\nGI- passed S&S w/ {name:Kristin}, ground solids/thin.\nACTIVITY- {name:Ramon} walked him 40 ft w/ 2 assist.\nFAMILY- wife ({name:Gloria}) + 3 dtrs and their husbands, from {loc:Methuen}. Grandson is a firefighter, came in uniform."],
  ["comfort-care", "pt made cmo @ 1400 per hcp (wife) after mtg w/ dr {name:lindgren} and palliative np ({name:lucy}). fam from {loc:gardner} and {loc:fitchburg}. pastor came down w/ them.\n-{name:dl}"],
  ["admit-note", "ADMIT NOTE\nPT {age:NINETY} YO M FROM {loc:HEARTHSTONE} ASSISTED LIVING IN {loc:BELMONT}, LSW 0800 {date:2/14} AT BREAKFAST, FOUND 1000 W/ L HEMI. TO {loc:MOUNT AUBURN}, CT NEG, OUT OF WINDOW. TX'D FOR STROKE UNIT BED.\nSON ({name:RUSSELL}) HCP, {phone:617-555-0178}.\n-{name:kf}"],
  ["addendum", "addendum: dr {name:ng} spoke w/ son by phone re: 6 month angio f/u. son will bring pt from {loc:nantucket} by ferry."],
  ["neuro-npn", "Neuro ICU NPN 7a-7p\nPt s/p VP shunt {date:2/16} (Dr. {name:Patel-Ross}), programmable valve set at 1.5, serial # {id:CV-88214-0637} recorded for chart. Neuro: more alert, oriented x2.\nWife + son in.\n-{name:ck}"],
  ["dispo-note", "{age:97 yo} f, massive r mca stroke {date:2/18}, dnr/dni. fam chose hospice at {loc:sherrill house}. grandson ({name:dmitri}) translating for his grandmother's sister ({age:91}). transport set for {date:2/20} am.\n-{name:mb}"],
  ["stroke-npn", "STROKE UNIT NPN 7P-7A\nPT S/P TPA AT {loc:ANNA JAQUES} ({loc:NEWBURYPORT}) {date:2/21} 1650, LSW 1520. NIHSS 7 -> 2. NEURO CHECKS Q1H X 24 HR. SBP 130-175.\nWIFE ({name:JOYCE}) STAYING AT HOTEL NEARBY, {phone:617-555-0123}."],
  ["family-mtg", "fam mtg: pt {age:95}, large l ich. dr {name:halloran} (nsurg) - not surgical. dr {name:lindgren} - poor prognosis. present: sons {name:walter} ({loc:wakefield}) and {name:jack} (on phone from {loc:ormond beach}, {phone:386 555 0104}), granddaughters. family to decide by am; fr. {name:mulvey} coming tonight.\n-{name:rs}"],
  ["night-npn", "NPN 19-07\nSAH day 2, coiled {date:2/24}. Neuro stable. Nimodipine, NS @ 125. Boyfriend stayed, lives w/ pt in {loc:Allston}.\n-{name:dl}"],
  ["dispo-note", "d/c to {loc:fairlawn rehab} in {loc:worcester} {date:2/27} via ambulance. report to {name:kelli} rn @ {phone:(508) 555-0111}. wife + son driving behind."],
  ["addendum", "ADDENDUM: DTR ({name:KRISTEN}) IN {loc:LONDON} ASKS FOR UPDATES BY EMAIL - OK'D BY HCP. EMAIL {contact:KBRENNAN77@HOTMAIL.COM}. SW AWARE.\n-{name:ck}"],
  ["night-npn", "npn 19-07\npt {age:ninety-one}, l thalamic ich hd#3. sleepy but arousable, r sided numbness. sbp 140s. no family calls overnight - son said he'd call at 0700 before work at {loc:general dynamics} in {loc:taunton}.\n-{name:kf}"],
  ["neuro-npn", "Neuro ICU NPN 7a-7p\n55 yo F w/ cerebellar AVM bleed, transferred from {loc:Elliot Hospital} ({loc:Manchester, NH}) {date:3/1}. Suboccipital crani {date:3/2} w/ nsurg, EVD in. POD#1: extubated 1100, cough/gag intact, mild R dysmetria.\nHusband ({name:Mark}) and her sister from {loc:Goffstown}. Cell {phone:603.555.0193}."],
  ["comfort-care", "pt expired @ 1025 {date:3/4}. {age:ninety-eight} y/o. dtrs at bedside, son on the way from {loc:nashua}. pronounced by dr {name:vasquez}. body to {loc:o'brien funeral home}. sr. {name:joan kelleher} (chaplain) in.\n-{name:jt}"],
  ["stroke-npn", "STROKE UNIT NPN 7A-7P\nR MCA STROKE HD#6. OT ({name:LISA}) - L NEGLECT STILL SIGNIFICANT. PT ({name:RAMON}) - MAX ASSIST TRANSFERS. SPEECH - DYSARTHRIA MILD.\nSCREENED BY {loc:SPAULDING} LIAISON - ACCEPTED FOR {date:3/7}.\n-{name:ck}"],
  ["addendum", "addendum: pt's masshealth # {id:100298455671} given to {loc:youville} admissions, fax {phone:617-555-0171}."],
  ["family-mtg", "Met w/ pt's wife ({name:Edna}, {age:92}) and son ({name:Roger}) from {loc:Swampscott}. Discussed stroke team recommendations; wife wants to \"take him home to die in his own bed.\" Referral to {loc:Hospice of the North Shore}.\n-{name:ap}"],
  ["stroke-npn", "stroke unit npn 7a-7p\n80 yo m, lsw {date:christmas eve} 2300 after midnight mass, found {date:christmas} am by wife w/ aphasia. came to our ed 1030, out of window.\nneuro- mixed aphasia, r face.\nfam in w/ leftovers from dinner - wife ({name:rosemary}), kids, grandkids. they drove in from {loc:walpole}.\n-{name:rs}"],
  ["night-npn", "NPN 19-07\nNO EVENTS. NEURO CHECKS STABLE. WIFE CALLED @ 2200, # {phone:617-555-0115}."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_233_FIRST_CLEAN: string[] = [
  "neuro icu npn 7a-7p\nsah day 7, hh 3, fisher 3. evd @ 10 cm h2o, icp 6-12. tcd's: r mca mfv 110, no spasm. nimodipine 60 q4h, ns @ 150. na 134.\nneuro- a+ox3, mae, no drift. perrl 3mm.",
  "STROKE UNIT NPN 7P-7A\n78 YO M S/P IV TPA, NIHSS 11 -> 4. NEURO CHECKS Q1H. SBP 150-175, LABETALOL 10MG IV X1 @ 0200 FOR SBP 184. NO BLEEDING FROM GUMS/IV SITES. 24 HR CT @ 1900 TONIGHT.",
  "npn 19-07\nl cerebellar stroke hd#2. mild dysmetria l, nystagmus on l gaze. no n/v. head of bed 30. ct in am.",
  "Pt seen by speech, bedside swallow failed (wet voice after 3oz water). NPO, meds via NGT. FEES scheduled.",
  "fam mtg w/ stroke team, palliative care, sw and pt's wife + 3 children. prognosis for meaningful recovery poor. fam agreed to dnr/dni, no peg. will reassess in 48 hrs.\ncont to support fam.",
  "COMFORT CARE\nPT MADE CMO @ 1300 PER HCP. MS 2MG IV Q1H PRN, SCOPOLAMINE PATCH, ATIVAN 0.5 PRN. ALL MONITORING OFF EXCEPT HR. FAMILY AT BEDSIDE, CHAPLAIN IN.",
  "neuro icu npn 19-07\npod#1 r crani for sdh. jp drain 60cc sang overnight. dilantin level 14.2. neuro: a+ox3, l grip 4/5. sbp <160.",
  "EVD CLAMP TRIAL STARTED @ 0800. ICP 8-14 X 12 HRS. HEAD CT @ 2000 - NO HYDROCEPHALUS. NSURG AWARE, PLAN D/C EVD IN AM.",
  "Pt is an 86 yo woman w/ L MCA stroke, Broca's aphasia. Follows 1-step commands. R hemiparesis, R arm 2/5. Foley d/c'd, voiding. Up w/ PT to chair x2.",
  "npn 19-07\npt restless, c/o ha 6/10. fioricet x1. neuro checks unchanged. glasgow 14 (confused).\nno family calls.",
  "NEURO ICU NPN 7A-7P\nNEURO- GCS 6T (E1 VT M5). PUPILS R 4 SLUGGISH, L 3 BRISK. + CORNEALS, + COUGH/GAG.\nCV- SBP 140S ON NICARDIPINE 7.5.\nRESP- CMV 500X14, PEEP 5, FIO2 .40.\nGI- OGT, TF @ 20.\nGU- FOLEY, UO 60-100CC/HR.\nICP- CAMINO 8-15.",
  "palliative care in to see pt and wife. symptom mgmt reviewed. wife would like hospice info for home, sw to follow up.",
  "d/c to rehab @ 1100 via chaircar. report called. copy of mar, d/c summary and stroke education sent. wife aware.",
  "Pt expired @ 0420. Pronounced by neuro resident. Family at bedside. Organ bank called, not candidate. Autopsy declined. Body to morgue.",
  "ADDENDUM: 24 HR POST TPA CT NEG FOR HEMORRHAGE. ASA 325 STARTED PER STROKE TEAM.",
  "stroke unit npn 7a-7p\n72 yo m, r pca infarct, l homonymous hemianopia. a+ox3. walked 150 ft w/ pt. tol regular diet. plan mri/mra, holter, tte w/ bubble.",
  "NPN 19-07\nSAH DAY 9. NEW CONFUSION @ 0300, NA 129. HO AWARE, 3% NS @ 30CC/HR STARTED. NA Q6H. TCDS IN AM.",
  "Pt had 2 min GTC sz @ 1415. Ativan 2mg IV, keppra 1g IV load. Post-ictal, Todd's paralysis R arm resolved by 1600. EEG done.",
  "npn\nquiet night. pt slept. vss. neuro stable.\n-cont plan",
  "Chaplain in to see pt and family this afternoon, prayed w/ them. Family requests anointing, priest on call paged.",
  "neuro icu npn 7a-7p\npt is a 45 yo f, hh 1 sah, pcomm aneurysm coiled yesterday. r groin d+i, +dp. ha 3/10 on percocet. a+ox3, no focal deficits. ambulated to bathroom w/ assist.",
  "NEURO ICU NPN 7P-7A\nBP 210/110 @ 2300 -> LABETALOL 20MG IV X2 + NICARDIPINE GTT STARTED 5MG/HR, TITRATED TO 10. SBP NOW 150S. REPEAT CT STABLE ICH, NO EXPANSION.",
  "Stroke education done w/ pt and wife: warning signs, call 911, ASA/Plavix, statin, BP goal <130/80. Both verbalize understanding.",
  "pt 89 y/o f w/ l thalamic ich, hd#3. sleepy, r sided numbness. sbp 130s. dnr/dni.",
  "FAMILY MTG\nPRESENT- NEURO ATTG, NSURG, SW, RN, PT'S HUSBAND AND 2 DTRS. DISCUSSED VP SHUNT VS CONTINUED EVD WEAN. FAMILY WANTS SHUNT. CONSENT SIGNED.",
  "OT eval: L neglect, impulsive, needs mod assist for ADLs. Recommends acute rehab. Pt agreeable.",
  "npn 19-07\ncheyne-stokes resp overnight, sats 88-92% on 4l. hob up. abg 7.44/36/64. ho aware.",
  "COMFORT CARE CONT. PT APPEARS COMFORTABLE, RR 8-12 W/ APNEIC PERIODS 20-30 SEC. MOTTLED LE. FAMILY AT BEDSIDE, MUSIC PLAYING. MS GTT @ 3MG/HR.",
  "Pt passed S&S w/ speech, mech soft/thin liquids w/ supervision. Meds whole in applesauce. HOB >45 for meals.",
  "neuro icu npn 7a-7p\ns/p l cea. neck soft, no hematoma. tongue midline, smile symmetric. sbp 100-140. hr 60s. a+ox3.",
  "ADDENDUM: PT'S HCP FORM LOCATED, COPY IN CHART. SON IS AGENT. ATTENDING AWARE.",
  "stroke unit npn 7p-7a\npt w/ afib, new l mca stroke, heparin on hold x 48 hr per neuro for hemorrhagic conversion risk. hr 90-110 on dilt 60 po q6h.",
  "NPN 19-07\nPT W/ MOYAMOYA, S/P EDAS. NEURO STABLE. KEEP NORMOVOLEMIC, AVOID HYPERVENTILATION. MOTHER AT BEDSIDE.",
  "Pt with Horner's on R (ptosis, miosis), R ICA dissection on CTA. Heparin gtt per protocol, PTT 68 @ 1800.",
  "fam in all afternoon, many visitors. asked to limit to 2 at bedside. wife given parking vouchers and cafeteria passes.",
  "D/C NOTE\nPT TO LTAC FOR TRACH/VENT WEAN. TRACH 8 PORTEX, PEG. REPORT GIVEN. DAUGHTER AWARE AND WILL MEET PT THERE.",
  "npn 19-07\nevd @ 15, output 180cc/24h. csf slightly xanthochromic. icp 5-10. nimodipine held x1 for sbp 98, given 30mg.",
  "Pt refusing NGT, states \"I'm 84 and I've had enough.\" Has capacity per neuro. Palliative consulted.",
  "Neuro checks q1h: GCS 15, pupils 3 brisk, MAE, no drift, speech clear. Babinski neg bilat.",
  "COMFORT CARE NOTE\nPT EXTUBATED TO COMFORT @ 1045. FAMILY PRESENT. PT EXPIRED @ 1132. FAMILY SPENT TIME WITH PT. BODY TO MORGUE, FUNERAL HOME TO BE CALLED BY FAMILY.",
  "npn 19-07\nsdh, burr holes x2 yesterday. subdural drain 30cc overnight, removed 0800 by resident. neuro improving, oriented x3.",
  "Stroke unit NPN 7a-7p\nTIA x2 (R hand numbness 15 min each). ABCD2 score 5. MRI neg for infarct. Carotid US: L ICA 80-99%. Vasc consult for CEA.",
  "pt's wife asked about driving. explained no driving until cleared by neuro at f/u, at least 3 months.",
  "HOSPICE REFERRAL MADE, FAMILY PREFERS INPT HOSPICE RESIDENCE. LIAISON TO CALL FAMILY. SW FOLLOWING.",
  "npn 19-07\n88 yo m, l mca stroke hd#5. peg placed yesterday, tf started @ 20cc/hr, advance 10 q4h to goal 60. site d+i.",
  "Pt w/ Wallenberg syndrome (L lateral medullary), hoarse, hiccups, L Horner's. NPO. Chlorpromazine 25 for hiccups, good effect.",
  "ADDENDUM 1900: PT HAD 8 BEAT RUN VT, ASYMPTOMATIC. K 3.3, MG 1.6 - REPLETED. HO AWARE.",
  "stroke unit npn 7a-7p\nmri shows punctate infarcts bilat, ?embolic. tee tomorrow, npo after mn. heparin not started per stroke fellow.",
  "Fam mtg: pt's 2 sons and dtr. Wife died 2 yrs ago. Kids agree pt would not want PEG. Made DNR/DNI, comfort feeds only.",
  "NPN 19-07\nNO EVENTS. NEURO STABLE. SLEPT 0100-0500. SBP 120-140. I/O +400.",
  "pt became more lethargic @ 1500, r pupil 5mm nonreactive. stat ct: rebleed w/ midline shift 8mm. mannitol 1g/kg, hyperventilated. nsurg to or @ 1610.",
  "Speech f/u: pt naming 8/10, repetition improving. Pt tearful when she can't find words, reassured.",
  "NEURO ICU NPN 7A-7P\nPT W/ GBS, NIF -30 -> -22, FVC 1.2L. IVIG DAY 3 OF 5. MONITORING Q4H. ICU TEAM AWARE, INTUBATION IF NIF < -20.",
  "npn 19-07\npt w/ myasthenic crisis on bipap overnight, nif -18. plasmapheresis #2 today via quinton. mestinon held.",
  "Clergy visit: priest in, sacrament of the sick given. Family thankful.",
  "trendelenburg x10 min for sbp drop to 88 during hhh, neo increased 0.5 -> 1.0. sbp now 170s.\ncont to support pt/fam.",
];

/** Decision 233's batch in corpus.json's shape, for score.ts. */
export function decision233Corpus(): Corpus {
  return { notes: DECISION_233_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_233_FIRST_CLEAN };
}
