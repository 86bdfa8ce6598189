// Decision 120's batch: clinical text typed without capitals, or with hardly any, as it really
// comes: nurses and residents typing on phones or in a hurry, lower-case nursing progress notes,
// handover texts, pager messages, chat-style MDT messages, speech-recognition output, emails between
// clinicians, phone-autocorrect text where only the first letter of a sentence and abbreviations
// ("CT", "MRI", "BP") are capitalised, and otherwise normal text in which only the names and places
// are lower case. US, UK, Irish, Australian, Canadian, New Zealand and Indian settings; names of many
// origins (Irish, Nigerian, Ghanaian, Indian, Chinese, Vietnamese, Polish, Maori, Arabic, Hispanic)
// and names that are also ordinary words ('will', 'rose', 'hope', 'grace', 'mark', 'bill', 'faith',
// 'dawn', 'summer', 'joy', 'frank', 'victor', 'sandy', 'sunny'); hospitals, practices, care homes,
// wards, towns, suburbs, streets, postcodes and employers; dates in lower-case forms; phones, pagers,
// extensions and fax; ages over 89; record, NHS, insurance, claim and account numbers; emails and a
// URL. Dates are labelled only when more specific than a year; weekdays are labelled only when they
// point to one date ('seen tues', 'for theatre wed'), not when routine ('every monday'); 'today',
// 'tomorrow' and 'yesterday' are not labelled. Titles ('dr', 'mr', 'mrs') stay outside the spans.
// Clean items are in the same styles and as dense with what must not be flagged: eponyms used as
// diseases and signs, drugs and doses, scores, levels, sequences, times, durations, ordinary words
// that are also first names or towns, unnamed relatives, ward words and routine weekdays. Written
// for this project (CC0, see LICENSE.md): every name, number, address and date is invented; no real
// patient text was used. Markup as in fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style = "nursing-lower" | "handover-text" | "pager" | "mdt-chat" | "dictation-lower" | "email-lower" | "autocorrect" | "mixed-names-lower";

/**
 * The twenty-sixth batch (decision 120's), written before decision 120's rules.
 * First run, with the guard before decision 120: 52.4% (152/290; name 52.5%, 64/122; location
 * 34.1%, 30/88; date 45.2%, 14/31; age 80.0%, 12/15; id 90.9%, 10/11; phone 100%, 20/20; contact
 * 66.7%, 2/3), precision 100%, 0 of 56 clean items flagged. By style: nursing notes 56.1%, handover
 * texts 54.1%, pagers 64.0%, MDT chat 31.4%, dictation 64.3%, emails 58.7%, autocorrect 52.5%, names
 * alone in lower case 42.1%.
 * With decision 120's reading as first written, before this batch was scored: 81.7% (237/290; name
 * 82.0%, location 80.7%, date 67.7%, age 86.7%), precision 96.7%, 6 of 56 clean items flagged.
 * After decision 120's rules: 86.2% (250/290; name 86.1%, location 87.5%, date 71.0%, age 86.7%),
 * precision 98.4%, 2 of 56 ('victoria line', 'stevens johnson').
 * Still missed: names the lists lack or hold as frequent words ('bill hartnett', 'aroha ngata',
 * 'son will', 'partner jun', 'thx, dev', 'hey raj', '- kelsey'), weekdays after a time or a noun
 * ('1000 tues', 'a bed monday') and short ones that are words ('sat', 'wed'), places named by
 * ordinary words with no kind ('mercy north', 'the golden dragon', 'moss side', 'helping hands'),
 * streets after "on" in a sentence that begins with a capital ('on 4th st', 'on grafton st'), a
 * hospital number spelled out, bare ages after a name the lists lack ('bill hartnett, 91').
 */
export const DECISION_120_FIRST: Array<[Style, string]> = [
  // --- lower-case nursing progress notes (US, UK, Irish) ----------------------------------------
  ["nursing-lower", "0300 pt agitated, trying to climb out of bed. daughter {name:rose} called, says he gets like this at night. dr {name:okonkwo} paged, haldol 0.5mg im given w/ good effect."],
  ["nursing-lower", "pt is a {age:94 yo} f from {loc:maple grove assisted living}, hx chf, afib on eliquis. son {name:will} is hcp, will come in tomorrow am, cell {phone:(608) 555-0173}."],
  ["nursing-lower", "wife {name:grace} at bedside all shift, very tearful. chaplain fr {name:tomas wojcik} visited at 1500. pt resting comfortably on morphine gtt 2mg/hr."],
  ["nursing-lower", "pt lives w/ husband {name:frank} on {loc:birch hollow rd} in {loc:eau claire}, was independent until fall {date:last thursday}. pcp is dr {name:lindqvist} at {loc:chippewa valley family practice}."],
  ["nursing-lower", "bay 4 bed 1 - mrs {name:ngozi adeyemi}, settled overnight, obs stable news 1. daughter {name:chiamaka} rang at 0645 from {loc:peckham}, updated re plan."],
  ["nursing-lower", "mr {name:o'sullivan} (bed 12) keeps asking for his wife {name:dawn}, reoriented x3. she is in {loc:st brendan's nursing home} in {loc:tralee} per son {name:ciaran}."],
  ["nursing-lower", "pt's niece {name:joy okafor-hale} dropped off clothes & phone charger. states pt was working nights at the {loc:amazon fulfilment centre} in {loc:dunstable} before admission."],
  ["nursing-lower", "she's {age:96} and still lives alone on {loc:orchard lane}, {loc:little haywood}. neighbour {name:sandy} checks in daily. 2 falls since {date:christmas}."],
  ["nursing-lower", "mrn {id:00718834}: pt {name:li mei zhang}, mandarin interpreter booked for 1000 {date:tues} via language line. son {name:wei} prefers calls after 6pm {phone:617-555-0139}."],
  ["nursing-lower", "pt refused meds again, says she only takes them from nurse {name:joy}. will try again at 2200."],
  ["nursing-lower", "pt {name:harvey mcleod} {age:aged ninety-two} pulled out ng tube again, mittens discussed. son {name:angus} phoned from {loc:inverness}, will come in {date:sat}."],
  // --- handover texts ---------------------------------------------------------------------------
  ["handover-text", "hi, handing over bed 7 - {name:bill hartnett}, {age:91}, urosepsis, on iv gent, levels due 2200. wife {name:hope} going home tonight, lives in {loc:kettering}."],
  ["handover-text", "bay 2: {name:aroha ngata}, 58f, dka resolving, vrii stopped at 0400. whanau here - sister {name:mereana} & partner {name:wiremu te awa}, all from {loc:rotorua}."],
  ["handover-text", "bed 14 mr {name:pham van duc} {age:aged 93} for d/c home to {loc:bankstown} on {date:thurs} if ot happy. nok son {name:tuan} {phone:0412 555 281}."],
  ["handover-text", "side room 1 {name:agnieszka wojcik} c diff, on oral vanc. husband {name:krzysztof} v anxious, pls ring him on {phone:07700 900 512} if any change. seen by dr {name:bhattacharya} today."],
  ["handover-text", "bed 3 - {name:faith mensah-boateng}, {age:97}, end of life, syringe driver. family want a call overnight, daughter {name:abena} {phone:020 7946 0318}. she was a nurse at the {loc:whittington} for 30 yrs."],
  ["handover-text", "pt {name:summer rodriguez}, 24f, pod 1 lap chole, tolerating diet. mum {name:guadalupe} staying overnight, they go home to {loc:el paso} {date:3/14}."],
  ["handover-text", "bed 9 {name:padraig mac giolla}, 81, #nof for theatre {date:wed}, gp is dr {name:ni bhriain} in {loc:ennis}. daughter {name:niamh} is in {loc:dublin}, {phone:087 555 0192}."],
  ["handover-text", "bed 6 - {name:dorothy}, cellulitis L leg, she's {age:98} and v hard of hearing, speak into R ear."],
  ["handover-text", "all quiet on {loc:rowan ward}, bed 4 for 6am bloods, bed 5 nbm from midnight."],
  // --- pager and bleep messages -----------------------------------------------------------------
  ["pager", "pls call re bed 22 mr {name:victor huang} k 6.1 thx ext {phone:4417} - {name:jo} rn"],
  ["pager", "dr {name:sanjay venkatesh} pls review {name:lakshmi iyer} bed 5 bp 82/50 hr 118 call {phone:x3392}"],
  ["pager", "bleep {phone:2274} - {loc:seacole ward} bed 4 {name:mark o'brien} fallen, no head injury, obs stable, pls review when free"],
  ["pager", "page from {loc:st jude's} er re transfer: {name:alhassan al-rashid} {age:90 yo} m, nstemi, accepting dr {name:feldman}, callback {phone:312-555-0177}"],
  ["pager", "pt {name:rose delaney} mrn {id:4482917} needs repeat trop at 0400, ordered by dr {name:kwame asante}"],
  ["pager", "hi its {name:grace} on {loc:willow ward}, bed 11 mr {name:youssef haddad} spiked 38.9, cultures sent, pls prescribe abx. ext {phone:5502}"],
  ["pager", "fyi k 2.9 on {name:kowalski} bed 8, replacing per protocol"],
  ["pager", "2am: mr {name:dubois} rm 412 c/o cp, ecg done, no st changes, pls review - {name:sandy} ext {phone:3318}"],
  // --- chat-style MDT messages ------------------------------------------------------------------
  ["mdt-chat", "morning all - {name:frank delgado} from bay 3 got his mri last night, l4/5 disc, no cauda eq. {name:priya} can you let dr {name:mcnamara} know?"],
  ["mdt-chat", "ot here - home visit for mrs {name:edna pickering} done at {loc:14 lime tree ave}, {loc:harrogate} {loc:hg2 7jn}. needs rails + perching stool. daughter {name:bev} happy to be there for d/c."],
  ["mdt-chat", "sw update: {name:chukwuemeka obi} can't go back to his flat on {loc:kelvin way} ({loc:gorbals}), housing officer {name:fiona mactavish} at {loc:glasgow city council} working on it. tel {phone:0141 555 0427}"],
  ["mdt-chat", "can someone chase {name:hope adeleke}'s echo? booked for the {date:14th} at {loc:kings mill} but she's still an inpatient here"],
  ["mdt-chat", "mdt: {name:wiremu parata}, 67, new dx nsclc. lives in {loc:kaitaia}, whanau support strong, nephew {name:hemi} is main contact. referral to {loc:auckland city} oncology sent {date:12/6}."],
  ["mdt-chat", "re mr {name:lakhani}: his blister packs come from {loc:lloyds pharmacy} on {loc:soho road}, {loc:handsworth}. gp is dr {name:rashid} at {loc:villa road surgery}."],
  ["mdt-chat", "{name:victor}'s daughter {name:joy} asked about hospice - {loc:st columba's} have a bed {date:monday}, can we discuss at 2pm huddle?"],
  ["mdt-chat", "physio: {name:bob brown} walked 20m with frame, needs stairs assessment before home, 3rd floor flat in {loc:moss side} with no lift"],
  ["mdt-chat", "anyone know if {loc:st kilda road clinic} takes walk ins? pt wants hep c tx closer to home"],
  // --- speech-recognition output in lower case --------------------------------------------------
  ["dictation-lower", "this is doctor {name:harriet kimani} dictating a clinic letter for mr {name:desmond fairclough} date of birth {date:fourteenth of march nineteen fifty two} hospital number {id:k four four seven one two nine} seen today in the {loc:ashgrove} diabetes clinic"],
  ["dictation-lower", "he is a {age:ninety four year old} retired postman from {loc:wigan} who lives with his daughter {name:dawn} full stop"],
  ["dictation-lower", "please copy this letter to his gp doctor {name:ifeoma nwosu} at {loc:the limes medical centre} {loc:forty two station road} {loc:leighton buzzard}"],
  ["dictation-lower", "history of presenting complaint comma mrs {name:mary kate brennan} attended {loc:our lady of lourdes} emergency department on {date:the third of june} with central chest pain"],
  ["dictation-lower", "social history she lives in {loc:saskatoon} with her husband {name:gord} who works at {loc:prairie potash co-op} new paragraph"],
  ["dictation-lower", "follow up with doctor {name:sandhu} at {loc:brampton civic} on {date:october the ninth} her health card number is {id:4412 887 905 kt}"],
  ["dictation-lower", "seen with her son {name:mark} who is her main carer he confirms she turned {age:ninety one} on {date:boxing day}"],
  ["dictation-lower", "the patient was reviewed by professor {name:eamon whelan} at {loc:beaumont} in {date:february twenty twenty two} who felt this was not bells palsy"],
  // --- lower-case emails between clinicians -----------------------------------------------------
  ["email-lower", "hi {name:tom}, re mrs {name:winifred agbaje} (nhs no {id:485 777 3456}), her daughter {name:faith} rang again about the delayed d/c to {loc:meadowbank care home}. can you call her on {phone:07700 900 661}? thanks {name:lucy}"],
  ["email-lower", "hey {name:raj} - quick one re {name:joseph mwangi}, mrn {id:nh-0048817}. his claim number is {id:clm 2291-44718}, insurer rejected the mri. can you send the appeal to {contact:appeals.desk@northhaven-health.org} by {date:fri 21st}? - {name:kelsey}"],
  ["email-lower", "dear all, the m&m for mr {name:arthur pennington} ({age:aged 99}, died on {loc:heron ward} {date:2nd feb}) is now up at {url:https://intranet.stmarks-trust.nhs.uk/mm/case-0417}. please read before {date:thursday}."],
  ["email-lower", "hi dr {name:chen}, thanks for seeing {name:nguyen thi hoa} in clinic. her husband {name:minh} is the best contact ({phone:(02) 9555 0183}), they live in {loc:cabramatta}. cheers, {name:sophie} (gp registrar, {loc:fairfield heights medical practice})"],
  ["email-lower", "{name:ahmed}, can you add mrs {name:fatima el-sayed} to the {date:march 12th} list? she's {age:92} so anaesthetics want her first. her son {name:omar} works at {loc:heathrow} & can only come mornings"],
  ["email-lower", "hi {name:marie-claude}, re your pt {name:yvon tremblay} - ohip {id:5583-221-904-ab}, referred to {loc:sunnybrook} for tavi, clinic fax {phone:416-555-0102}. thx, {name:dev}"],
  ["email-lower", "all - rota for {date:xmas eve} attached, pls swap directly with each other. {name:sunny} is covering the {loc:blackrock} clinic"],
  ["email-lower", "hi, billing query for acct {id:00448-2197-3} ({name:luis hernandez}, dos {date:6/2}) - please resend the eob to {contact:luis.hernandez77@example.net}"],
  // --- phone autocorrect: first letter and abbreviations capitalised ----------------------------
  ["autocorrect", "Pt seen in ED at {loc:mercy north}, CT head clear. Wife {name:dolores} says he fell at the {loc:walmart} on {loc:route 9} {date:sat}."],
  ["autocorrect", "BP 180/100 on arrival. Daughter {name:ruth} says he stopped his amlodipine after seeing dr {name:greenhalgh} on the {date:3rd}. Lives in {loc:stockport}."],
  ["autocorrect", "MRI booked for {date:7/22} at {loc:valley imaging} on {loc:4th st}. Pls remind mrs {name:o'hara} she needs to fast."],
  ["autocorrect", "Spoke to dr {name:adeyemi} re ECG changes. Pt {name:hamid karimi} {age:93yo} for echo at {loc:st vincent's}, his GP is in {loc:darlinghurst}."],
  ["autocorrect", "CXR done. Sister {name:bernadette} from {loc:ballymena} phoned ({phone:028 2555 0419}), wants update from consultant {name:mcallister}."],
  ["autocorrect", "Pt works as a chef at {loc:the golden dragon} on {loc:grafton st}. Cut hand {date:tues}, tetanus given. Partner {name:jun} to collect."],
  ["autocorrect", "Pt {name:ramesh krishnan} {age:90 yrs} from {loc:koramangala}, UHID {id:mh-2291-0447}, referred by dr {name:sunita rao}. Son {name:arjun} {phone:+91 98455 01234}."],
  ["autocorrect", "Pt's son {name:hemant} says she had a similar episode at his house in {loc:leicester} at {date:diwali} last year. ECG today NSR."],
  ["autocorrect", "MRI C-spine done {date:nov 2}. Seen by dr {name:oyelowo} in the {loc:kingsbury} spinal clinic, wife {name:kemi} at appt."],
  // --- normal case except the names and places --------------------------------------------------
  ["mixed-names-lower", "Pt's wife {name:mary} called from {loc:boston} asking when he can be transferred to {loc:newton-wellesley}. Told her Dr. {name:abernathy} would call back."],
  ["mixed-names-lower", "Seen by Dr. {name:okeke} on the ward round. Daughter {name:grace} visiting from {loc:leeds}; she is a teacher at {loc:roundhay school}."],
  ["mixed-names-lower", "Discharged to {loc:fernlea rest home} in {loc:timaru}. Niece {name:kiri} aware. Follow-up with Dr {name:van der berg} at {loc:timaru hospital} on {date:3rd march}."],
  ["mixed-names-lower", "Patient is a {age:95-year-old} woman from {loc:kilkenny} who lives with her son {name:seamus}. She was previously seen in {loc:st luke's} in {date:jan 2019}."],
  ["mixed-names-lower", "Transferred from {loc:ridgeview medical center} on {date:march 3rd}. His brother {name:bill} is POA, reachable on {phone:(952) 555-0145}. MRN {id:rmc-7721904}."],
  ["mixed-names-lower", "Lives at {loc:12 kowhai street}, {loc:hamilton east} {loc:3216}. Emergency contact: partner {name:hine walker}, {phone:021 555 0934}."],
  ["mixed-names-lower", "Referred by his optometrist at {loc:specsavers} in {loc:croydon}. Previous eye surgery by Mr {name:kapoor} at {loc:moorfields} on {date:8th may}."],
  ["mixed-names-lower", "Her husband {name:victor} died at {loc:st christopher's} in 2021; she has lived alone since. Carer {name:marisol} visits four times a day from {loc:helping hands} agency."],
];

/** Identifier-free items in the same lower-case styles, dense with what must not be flagged. */
export const DECISION_120_FIRST_CLEAN: string[] = [
  "0200 pt settled, will reassess pain at 0400. wife at bedside, son updated by phone.",
  "hx bells palsy, parkinsons on sinemet 25/100 qds, time critical meds given on time.",
  "crohns flare, on pred 40mg od reducing by 5mg every week, calprotectin sent.",
  "lisfranc injury L foot, nwb in boot x6 weeks, f/u in fracture clinic.",
  "murphys sign positive, ruq tender, lfts sent, us abdo booked for tomorrow am.",
  "gcs 15, news 2, wells score 4 so ctpa requested.",
  "MRI c-spine: disc bulge c5-c6 with mild cord contact, t2 and stir no signal change.",
  "bay 3 bed 2 moved to side room for barrier nursing, c diff toxin pending.",
  "will mark the site in the morning, consent signed, nbm from 2am.",
  "pt has a rose coloured rash on trunk, ?pityriasis rosea, no new meds.",
  "bath given, skin intact, pressure areas checked, waterlow 14. reading glasses in locker.",
  "hope to step down to ward tomorrow if lactate stays under 2. may need another 500ml bolus.",
  "pt says she has strong faith, chaplaincy referral done at her request.",
  "victoria line down so family running late, no issue, visiting til 8pm.",
  "warfarin 3mg every monday wednesday friday, 2mg other days, inr weekly at the anticoag clinic.",
  "k 5.9, calcium resonium 15g qds, repeat u&e in 4 hrs, ecg no peaked t waves.",
  "abx: co-amox 1.2g iv tds x3 days then oral, review at 48hrs, micro aware.",
  "frank haematuria overnight, 3 way catheter in, irrigation running, hb 112.",
  "bm 14 at 0700, likely dawn phenomenon, diabetes team to adjust basal.",
  "pt anxious about the hospital bill, sw referral made re insurance.",
  "joy to see him smiling today, mood much better on sertraline 50mg.",
  "summer holidays coming up so d/c planning started early, pt keen to go home end of the week.",
  "addisons on hydrocortisone 10/5/5, sick day rules reviewed, steroid card given.",
  "hodgkins lymphoma ann arbor stage iia treated with abvd, in remission.",
  "cushings ruled out, dexamethasone suppression test normal.",
  "graves disease, carbimazole 20mg od, tsh suppressed, free t4 32.",
  "sats 94% on 2L nc, rr 22, cxr R lower lobe consolidation, curb-65 2.",
  "chads-vasc 4, has-bled 2, apixaban 5mg bd, no bleeding.",
  "rovsings positive, tender at mcburneys point, surgical reg to review.",
  "pt in a lot of pain tonight, oramorph 5mg x2 given with good effect, pain 3/10 at 0300.",
  "handover: bed 6 chest pain, trop pending, repeat ecg at 2200. bed 7 ?sepsis, cultures sent, tazocin started.",
  "ot saw pt, needs raised toilet seat and perching stool, family to bring in walking stick.",
  "daughter called x2 asking for update, told her the dr will ring after ward round.",
  "mri brain t1 and flair with gad, no enhancing lesion, dwi clear.",
  "charcot foot on the L, total contact cast, reviewed in podiatry every tuesday.",
  "dialysis mon/wed/fri via L av fistula, thrill present, bruit audible.",
  "guillain barre suspected, fvc 2.1L, neuro aware, ivig started.",
  "wernickes risk, pabrinex 2 pairs tds iv, ciwa 14, lorazepam prn.",
  "pt moved from resus to majors at 1430, obs stable, awaiting medical clerking.",
  "BP 142/88, HR 76, temp 36.8, sats 97% RA, NEWS 0, for d/c home in am.",
  "reading: bm 6.2 pre breakfast, 8.4 pre lunch. will continue current insulin.",
  "Pt mentions she may be able to go home to her own flat with a package of care qds.",
  "bakers cyst R knee on us, dvt excluded, ice and nsaids.",
  "dr on call aware, happy with plan, no new orders overnight.",
  "lying and standing bp done, postural drop 25, fludrocortisone discussed with reg.",
  "hb 78, 2 units prbc, 1st unit over 2 hrs, obs pre and post transfusion fine.",
  "sent to cath lab at 0915 for pci to lad, door to balloon 62 mins.",
  "still nbm, ng feed per dietitian regime, refeeding bloods daily x3 days.",
  "mum at bedside, dad on his way, sibling at school. paeds reg aware of temp 39.1.",
  "christmas disease (haemophilia b), factor ix 3%, txa before dental work.",
  "Pt comfortable, family visited this evening. Will review in the morning with the team.",
  "mobilising with zimmer frame and 1 assist, falls risk high, sunny day so sat out in the garden.",
  "stevens johnson excluded by derm, rash likely viral, emollients qds.",
  "pt for ercp at 2pm, consent done, inr 1.1, plt 210.",
  "this is the registrar dictating a ward round note for bed eleven full stop wernickes and korsakoff discussed with the family new paragraph",
  "hi all, mdt moved to 1pm thursdays from next month, same room, dial in details unchanged. thanks",
];

/** Decision 120's batch in corpus.json's shape, for score.ts. */
export function decision120Corpus(): Corpus {
  return { notes: DECISION_120_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_120_FIRST_CLEAN };
}
