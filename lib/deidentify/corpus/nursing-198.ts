// Neuro ICU, trauma SICU and MICU nursing notes at a Boston teaching hospital around 2000-2006, in the
// manner of the public PhysioNet ICU nursing-note corpus: long shift notes, brief event notes, social
// work and case-management notes, many about patients past ninety. By "a forty-ninth writer who had
// not read the guard's rules", whose habits are: systems run as "NEURO >>", "CARDIAC >>", "PULM >>";
// relatives written as title and surname then the relation after a comma ("Mrs. Dufresne, wife,");
// outside places given as "OSH = Milford Regional" or "from home (Revere)"; weekdays glued to slashed
// dates ("Thurs 3/9") and two-digit years ("3/9/04"); phones with a slash after the area code
// ("617/555-0148"), pagers as "pg 2-3381" and extensions as "x4-6012"; notes signed with a slash
// ("/ M. Castellanos RN") and case-management notes ending with the writer's pager.
// Written for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital and town names appear only as places. Markup as in
// fragments.ts (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "nicu-shift"
  | "tsicu-shift"
  | "micu-shift"
  | "social-work"
  | "case-mgmt"
  | "family-update"
  | "event-note";

/**
 * The batch of decision 198: neuro, trauma and medical ICU nursing notes, social-work and case-management
 * notes and family updates, about half in capitals, by a writer who had not read the guard's rules.
 */
export const DECISION_198_FIRST: Array<[Style, string]> = [
  ["nicu-shift", "NEURO ICU NSG 0700-1900\n{age:93YO} F S/P FALL AT {loc:BRIGHAM MANOR} {date:SAT 3/4}, L SDH, NONOP PER NSGY (DR {name:OKONKWO}).\nNEURO >> OPENS EYES TO VOICE, FOLLOWS SIMPLE CMDS R SIDE, L PRONATOR DRIFT. PERRL 3MM. GCS 13.\nCARDIAC >> NSR 70S, SBP GOAL <160, ON NICARDIPINE 2.5.\nPULM >> 2L NC, LS CLEAR UPPER, DIM BASES.\nSOCIAL >> MRS. {name:HALLORAN}, DAUGHTER, IS HCP, CELL {phone:508/555-0163}. SHE WILL BE IN {date:TUES} W/ HER BROTHER FROM {loc:WORCESTER}.\n/ {name:M. CASTELLANOS} RN"],
  ["social-work", "SW NOTE: Met w/ pt's wife, Mrs. {name:Nguyen}, and son {name:Bao} at bedside. Pt is a 58yo M, works at {loc:Raytheon} in {loc:Andover}, s/p MVC {date:11/19/03}. {loc:State Police} have his wallet. Wife requests interpreter (Vietnamese) for all mtgs. SW pg {phone:2-4417}.\n/ {name:Delphine Achterberg}, LICSW"],
  ["event-note", "event: pt self-extubated @ 0340 {date:wed 5/17}. reintubated by anesthesia (dr {name:feeney}). sats nadir 84%. wife mrs. {name:castro} called at home {phone:617/555-0129}, aware.\n/ {name:t. o'rourke} rn"],
  ["tsicu-shift", "TSICU NSG PROGRESS NOTE 7P-7A\n28YO M, UNRESTRAINED DRIVER, ROLLOVER IN {loc:LEOMINSTER}, MEDFLIGHTED FROM SCENE {date:FRI 8/11}. INJURIES: L PTX, L 5-8 RIB FX, GRADE III SPLEEN LAC, R FEMUR FX (IM NAIL {date:8/12}).\nNEURO >> INTUBATED, PROPOFOL 30MCG/KG/MIN + FENTANYL 100MCG/HR. AROUSABLE, NODS APPROPRIATELY. MAE.\nCARDIAC >> ST 100-115, HCT 24.1 -> 1U PRBC, REPEAT 27.8.\nPULM >> CMV 600X14, PEEP 8, FIO2 .50. L CT TO -20 SXN, NO AIR LEAK, 90CC SEROSANG.\nGI/GU >> OGT TO LCWS, FOLEY 60-100CC/HR.\nSOCIAL >> MOTHER, MRS. {name:DESROSIERS}, AND GIRLFRIEND {name:KAYLA} AT BEDSIDE UNTIL 0100. {loc:LEOMINSTER PD} (SGT. {name:BOUCHARD}) CALLED RE: BAC, REFERRED TO ATTENDING. PT EMPLOYED BY {loc:NYPRO} - MOTHER WILL CALL HIS SUPERVISOR.\n/ {name:R. ADEYEMI} RN"],
  ["micu-shift", "MICU Nsg Note 0700-1900\n{age:96 y/o} woman from {loc:Sherrill House} ({loc:JP}), adm {date:Thurs 1/13/05} w/ aspiration PNA.\nNEURO >> lethargic but arousable, oriented to self only, baseline per NH staff is \"chatty, knows everyone by name.\"\nCARDIAC >> AFib 90-110, dilt 30mg po q6h, K 3.4 repleted.\nPULM >> 4L NC -> 50% shovel mask for sats 89-91%. weak cough, NT sx x2 for thick tan.\nID >> vanc/zosyn. tmax 100.9.\nSOCIAL >> nephew, Mr. {name:Papadopoulos} ({name:Stavros}), is closest family, lives in {loc:Nashua NH}, h {phone:603/555-0170}. Her longtime friend Miss {name:Ivy Oduya} visited, brought rosary from {loc:St. Thomas Aquinas} parish. Code status DNR/DNI, discussed w/ Dr {name:Reinholt}.\n/ {name:Aurelia Mancuso} RN"],
  ["nicu-shift", "NEURO ICU NSG 1900-0700\n51YO F, HUNT-HESS 3 / FISHER 3 SAH FROM ACOM ANEURYSM, COILED {date:6/2}. POST BLEED DAY 6.\nNEURO >> A&OX3, C/O HA 6/10 -> FIORICET. NO NEW DEFICITS. EVD @ 20CMH2O, ICP 6-11, 10CC/HR BLOOD TINGED.\nCARDIAC >> SBP 150-180 ON TRIPLE H GOALS, NIMODIPINE 60 Q4.\nTCDS IN AM (VASOSPASM WATCH).\nSOCIAL >> HUSBAND, MR. {name:ABERNETHY}, CELL {phone:781/555-0114}, WENT HOME TO {loc:MEDFORD} @ 2200. PT TEACHES 3RD GRADE AT {loc:BROOKS ELEMENTARY} - PRINCIPAL CALLED UNIT, NO INFO GIVEN.\n/ {name:J. KWIATKOWSKI} RN"],
  ["case-mgmt", "CASE MGMT NOTE {date:10/3/04}\nPt is a {age:91yo} M admitted from home in {loc:Quincy} w/ R MCA stroke. Lives alone in 2nd fl apt on {loc:Hancock St}, son, Mr. {name:Gallagher} ({name:Dennis}), in {loc:Braintree} checks daily. Referrals faxed to {loc:John Adams Nursing Home} and {loc:Marina Bay Skilled Nursing}; {loc:John Adams} screening {date:Mon}. Insurance: Medicare A/B + {loc:Tufts Health Plan} secondary, member # {id:TH4471902-01}. Son's cell {phone:617/555-0192}.\n/ {name:Priya Ramaswamy} RN CM pg {phone:3-2290}"],
  ["event-note", "2215 called to room for pt seizing - generalized tonic-clonic ~90 sec. ativan 2mg iv x1, keppra load 1g. resolved. pt postictal. dr {name:havlicek} at bedside. wife, mrs. {name:pereira}, notified {phone:508/555-0148}.\n/ {name:l. mbeki} rn"],
  ["family-update", "FAMILY UPDATE {date:SUN 2/20}: PT'S THREE DAUGHTERS (MRS. {name:KEANE}, MRS. {name:O'SULLIVAN-BRACKETT}, MS. {name:FIONA DOLAN}) MET W/ DR {name:SZYMANSKI} + THIS RN. PT IS {age:NINETY-ONE}, INTUBATED X9 DAYS, FAILED SBT X3. DAUGHTERS SAID \"DAD NEVER WANTED A TRACH.\" PLAN: CMO TOMORROW AFTER GRANDSON ARRIVES FROM {loc:CHICAGO}. FR. {name:ESTRADA} FROM {loc:ST. BRENDAN'S} TO GIVE SACRAMENT.\n/ {name:N. OYELOWO} RN"],
  ["tsicu-shift", "TSICU nsg 7a-7p\n19yo M GSW x2 to abd, ex-lap {date:12/24} night (splenectomy, small bowel resx, abd left open). Back to OR {date:Christmas Day} for washout + closure.\nNEURO >> sedated on versed/fent, RASS -2.\nCARDIAC >> HR 110s, MAP 70s off pressors since 0900.\nPULM >> SIMV 500x12, PEEP 5, 40%. ABG 7.38/41/112.\nGI >> JP x2 serous. NPO, TPN started.\nSOCIAL >> {loc:Boston PD} detective (Det. {name:Lamarre}) here @ 1100, pt not able to talk. Mother, Ms. {name:Fontaine} ({name:Yvette}), and aunt stayed most of day, both tearful. Pt is a senior at {loc:Madison Park High}. Per mother, no gang involvement - \"wrong place wrong time.\" SW ({name:Achterberg}) following. Pt on privacy list, no info to callers.\n/ {name:S. Bjorklund} RN"],
  ["micu-shift", "micu rn 7p-7a\n{age:94yo} m w/ hx chf, ckd, a-fib on coumadin, p/w gi bleed. inr 4.2 on adm.\nneuro >> a&ox2 (not to date), pleasant, hoh - aids in.\ncardiac >> hr 80-90s afib, bp 100s-120s/50s. s/p 2u prbc + 2 ffp, hct 22.9 -> 28.4.\npulm >> ra, sats 96%.\ngi >> 1 lg maroon stool @ 0200, gi fellow (dr {name:anand}) aware. egd planned in am.\nsocial >> wife died last yr. lives w/ daughter, mrs. {name:lindqvist}, in {loc:wellesley}, h {phone:781/555-0135}, she called x2 overnight. pt a retired engineer from {loc:polaroid}, proudly told me he \"designed cameras for the moon.\"\n/ {name:d. haruna} rn"],
  ["social-work", "SW F/U NOTE: PT IS A 34YO F, STABBED BY EX-PARTNER {date:FRI 7/7}. RESTRAINING ORDER IN PROCESS VIA {loc:CHELSEA DISTRICT COURT}. {loc:CHELSEA PD} (OFFICER {name:MENDES}, {phone:617/555-0107}) AWARE PT IS HERE; PT LISTED AS \"NO INFO\". PT'S SISTER, MS. {name:RIVERA} ({name:MARISOL}), WILL TAKE PT'S 2 CHILDREN (AGES 4, 7) TO HER HOME IN {loc:EVERETT}. DV ADVOCATE ({name:JOANNE PIKE}) FROM {loc:HARBORCOV} TO MEET PT {date:MON}.\n/ {name:D. ACHTERBERG}, LICSW, PG {phone:2-4417}"],
  ["nicu-shift", "Neuro ICU nsg, nights. {age:90 y/o} M w/ SDH, s/p burr holes {date:4/9/05} (Dr {name:Vasquez-Ortiz}). Sleepy but oriented x2. Subdural drain 40cc/shift. Wife, Mrs. {name:Ferreira}, wants call if any change, h {phone:508/555-0152} - do not call after 2200 unless emergent per her request.\n/ {name:G. Tchamba} RN"],
  ["case-mgmt", "cm: pt {age:97} yrs, from {loc:youville place} assisted living in {loc:lexington}. al will take pt back if transfers w/ 1 assist only. pt will need pt/ot f/u - referral to {loc:vna of middlesex-east}. niece, ms. {name:haddad} (hcp), updated by phone, {phone:339/555-0181}. anticipate d/c {date:fri}.\n/ {name:pr} cm {phone:x4-6012}"],
  ["tsicu-shift", "TSICU NSG NOTE 0700-1900\n{age:92 YR OLD} F, FELL DOWN 6 STAIRS AT HOME IN {loc:NEWTON} ON {date:THANKSGIVING}, FOUND BY GRANDSON NEXT AM. C2 (TYPE II DENS) FX IN ASPEN COLLAR, R 4-7 RIB FXS, SMALL R HTX.\nNEURO >> A+OX3, SHARP. PAIN 4/10 W/ EPIDURAL (APS FOLLOWING).\nPULM >> IS 500, STRONG COUGH. 3L NC.\nSOCIAL >> GRANDSON, MR. {name:LEVIN} ({name:ARI}), VERY INVOLVED, C {phone:617/555-0198}. PT STILL DRIVES (!) - FAMILY WANTS HELP TAKING KEYS. REFERRED TO SW.\n/ {name:S. BJORKLUND} RN"],
  ["family-update", "Spoke w/ pt's partner, Mr. {name:Oduya} ({name:Femi}), by phone @ 1630 - he is in {loc:Atlanta} for work, flying back {date:Thurs 9/21}. Updated on trach/peg plan. He asks we call his sister Mrs. {name:Adebayo} ({phone:617/555-0176}) in meantime. Pt's employer ({loc:State Street}) HR has been calling; no info given per partner.\n/ {name:A. Mancuso} RN"],
  ["event-note", "0510 - PT'S SBP 210/110, PT C/O WORST HA. STAT CT -> NEW IVH. NSGY (DR {name:OKONKWO}) PLACING EVD AT BEDSIDE. HUSBAND, MR. {name:FAIRWEATHER}, CALLED, ON HIS WAY FROM {loc:MARBLEHEAD}.\n/ {name:JK} RN"],
  ["micu-shift", "MICU NSG NOTE 3P-11P\n67YO M W/ ESLD (ETOH), TRANSFERRED FROM {loc:STURDY MEMORIAL} {date:5/30/06} W/ HEPATIC ENCEPH + SBP.\nNEURO >> GRADE 3 ENCEPH, MOANS, NOT FOLLOWING. LACTULOSE Q2H TITRATE TO 3-4 BM.\nCARDIAC >> SBP 90S, MAPS 62-68 ON NEO 1.2.\nRENAL >> UO 10-20/HR, CR 3.1 (HRS?), ALBUMIN 25G Q6.\nSOCIAL >> ESTRANGED FROM FAMILY. LANDLORD, MR. {name:GIORDANO}, IN {loc:ATTLEBORO} IS ONLY CONTACT, {phone:508/555-0124}. SW TRYING TO LOCATE BROTHER THRU {loc:ATTLEBORO PD}. PT'S MRN AT OSH {id:00-48-2291}.\n/ {name:C. LEFEBVRE-OKAFOR} RN"],
  ["nicu-shift", "neuro icu nsg 7a-7p\n{age:ninety-two} yo f w/ l mca stroke, s/p tpa @ {loc:beverly hospital} {date:sun}, transferred here for ?thrombectomy - not candidate. global aphasia, dense r hemi. nihss 21.\nfamily >> son, mr. {name:kourakos}, + his wife {name:eleni}, they are from {loc:peabody}. also pt's church friend mrs. {name:theodora pappas}. family asking about \"feeding tube or not\" - palliative consult called (dr {name:winslow}).\n/ {name:g. tchamba} rn"],
  ["case-mgmt", "CM NOTE - {date:WED 8/2/06}\nPT IS 44YO M, C6 ASIA A SCI FROM DIVING ACCIDENT AT {loc:WALDEN POND}. REHAB SCREENING BY {loc:SPAULDING} DONE TODAY, ACCEPTED PENDING AUTH. INS: {loc:HARVARD PILGRIM}, ID {id:HP8840271155}. PT'S WIFE, MRS. {name:OKAFOR-BELL}, WORKING W/ HIS EMPLOYER ({loc:FIDELITY}) ON SHORT TERM DISABILITY. WIFE CELL {phone:978/555-0140}.\n/ {name:T. NAKASHIMA} RN CM PG {phone:3-5508}"],
  ["tsicu-shift", "tsicu 7p-7a. 23yo f ped struck by car on {loc:comm ave} near {loc:bu}, {date:10/28} ~2300. grade 2 dai, l tib/fib fx. icp bolt - icps 12-18, cpp >65. roommate {name:hannah whitcomb} here, called pt's parents in {loc:dayton}. parents, mr. and mrs. {name:szalai}, landing at {loc:logan} 0900. {loc:boston pd} accident reconstruction team called x2.\n/ {name:r.a.}"],
  ["micu-shift", "MICU Nsg 7A-7P, {date:Sat}.\nPt is {age:99} (turns {age:100} next mo per dtr!), from {loc:Armenian Nursing Home} in {loc:Jamaica Plain}, adm w/ urosepsis, E. coli.\nNEURO >> baseline dementia, speaks Armenian only, dtr interprets.\nCARDIAC >> MAP 60s on levo .06 -> off @ 1400.\nRENAL >> UO picking up 40-50/hr after 2L NS.\nSOCIAL >> dtr, Mrs. {name:Der Kazarian} ({name:Siran}), at bedside all day, she is a retired nurse from {loc:Mount Auburn Hospital}. Pls call her {phone:617/555-0185} if pt becomes more agitated, she can calm her.\n/ {name:M. Castellanos} RN"],
  ["social-work", "SW note: pt {age:95yo} widower, adm from home in {loc:Lowell}. Neighbor, Mrs. {name:Chhim} ({name:Sokha}), found pt on floor, pt had been down ?2 days. Concern re: self-neglect; report filed w/ {loc:Elder Services of Merrimack Valley} ({phone:978/555-0121}). Nephew, Mr. {name:Bettencourt}, in {loc:Fall River} is only family - not HCP, pt has no HCP. Will meet w/ pt when more alert.\n/ {name:D. Achterberg}, LICSW"],
  ["event-note", "EVENT 1420: PT FOUND W/ FOLEY AND PICC PULLED. RESTRAINTS REAPPLIED PER MD ORDER (DR {name:SZYMANSKI}). PICC TIP INTACT, PRESSURE HELD. SITTER REQUESTED.\n/ {name:N.O.}"],
  ["nicu-shift", "NEURO ICU NSG 1500-2300\n{age:90YO} M W/ PARKINSON'S + DBS, ADM W/ FALL/SDH. DBS DEVICE SERIAL {id:NFM-22B7714} - {loc:MEDTRONIC} REP ({name:KEVIN SAUNDERS}, PG {phone:888/555-0130}) CALLED TO TURN OFF STIM FOR MRI. WIFE, MRS. {name:WEXLER}, AT BEDSIDE, GOING HOME TO {loc:BROOKLINE} TONIGHT.\n/ {name:J. KWIATKOWSKI} RN"],
  ["event-note", "FAM CALLED 2300 - DTR, MS. {name:WASHINGTON-REID}, FROM {loc:BALTIMORE}. UPDATED. WILL FLY IN {date:12/31}.\n/ {name:R.A.} RN"],
  ["nicu-shift", "nsg addendum 1800: mri c-spine done, c5-6 cord contusion, no compression. nsgy (dr {name:pham}) ok to cont collar. pt's boss from {loc:suffolk construction} visited, brought card signed by crew.\n/ {name:lmb}"],
  ["social-work", "SW: PT'S PARTNER, MR. {name:DELACROIX} ({name:JULIEN}), IS HCP PER PROXY FORM SIGNED {date:3/14/02}. PT'S MOTHER, MRS. {name:HOLLOWAY}, FROM {loc:SPRINGFIELD} DISPUTES THIS. COPY OF PROXY IN CHART. RISK MGMT ({name:A. GREENBAUM}, {phone:X2-9034}) AWARE.\n/ {name:D. ACHTERBERG}, LICSW"],
  ["micu-shift", "MICU RN 7P-7A: Pt {age:102} yo F, DNR/DNI, on bipap overnight for hypercarbia, tolerated. Granddaughter {name:Mei-Ling} stayed in recliner. Pt asked for \"the priest from {loc:St. Anthony's}\" - paged chaplain (Fr. {name:Kasprzak}, pg {phone:1-7745}).\n/ {name:d. haruna} RN"],
  ["case-mgmt", "CM {date:MONDAY 11/7}: SCREENED BY {loc:NEW ENGLAND SINAI} FOR VENT WEAN. BED AVAIL {date:WED}. AMBULANCE BOOKED W/ {loc:FALLON} FOR 1000. DAUGHTER AWARE ({phone:508/555-0111}).\n/ {name:T.N.} CM"],
  ["tsicu-shift", "TSICU NSG NOCS: 37YO M, FELL 20FT FROM ROOF, WORKS FOR {loc:JOHNSON ROOFING} OF {loc:WALTHAM}. T12 BURST FX, S/P T10-L2 FUSION {date:1/5}. LE 0/5 BILAT, SENSATION INTACT TO T11.\nCARDIAC >> MAP GOAL >85 X7 DAYS, ON NEO .8.\nSOCIAL >> EMPLOYER'S INS CALLED, WORKERS COMP CLAIM # {id:WC-0399-17745}. WIFE, MRS. {name:KOVALENKO} ({name:OKSANA}), SPEAKS LITTLE ENGLISH, USED UKRAINIAN INTERPRETER ({name:IRYNA}) FROM LANG SVC.\n/ {name:R. ADEYEMI} RN"],
  ["family-update", "update to wife @ 2000: pt more awake, squeezing hands. she's staying at the {loc:yawkey family inn} tonight, rm phone {phone:617/555-0160}. her sister {name:bernadette} driving down from {loc:bangor} in am."],
  ["nicu-shift", "NEURO ICU NSG 7A-7P {date:4TH OF JULY}\nQUIET DAY. {age:95 YO} M W/ CEREBELLAR BLEED, PROGNOSIS POOR. FAMILY WATCHED FIREWORKS FROM WINDOW W/ PT. SON, MR. {name:MCAVOY}, ASKS FOR DR {name:LINDGREN} TO CALL HIM AT WORK ({loc:NSTAR}), {phone:781/555-0150 X233}.\n/ {name:J. KWIATKOWSKI} RN"],
  ["micu-shift", "micu nsg 3-11. pt w/ dka, ag closed @ 1900, insulin gtt -> sq. 22yo, student at {loc:umass boston}. roommate {name:tamika} brought phone charger. mom in {loc:brockton} updated, {phone:508/555-0133}.\n/ {name:ivb} rn"],
  ["event-note", "PT EXPIRED @ 0415 {date:11/2/05}. PRONOUNCED BY DR {name:ANAND}. SON, MR. {name:YAMAMOTO}, PRESENT. {loc:NEBO} CALLED, REF # {id:0511-02-447}. BODY TO {loc:LEHMAN REILLY SINGER} FUNERAL HOME.\n/ {name:C. LEFEBVRE-OKAFOR} RN"],
  ["social-work", "SW NOTE {date:Tues 6/6}: Pt is {age:ninety-six}, lives w/ 70yo son in {loc:Dorchester} ({loc:Savin Hill}). Son is main caregiver, works nights at {loc:Logan Airport} for {loc:JetBlue}. Son overwhelmed, agreeable to {loc:Harbor Health Elder Service Plan} referral. Son h {phone:617/555-0164}.\n/ {name:Delphine Achterberg}, LICSW"],
  ["tsicu-shift", "TSICU 7A-7P - pt s/p motorcycle crash in {loc:Saugus} {date:Sat} pm, helmeted. L femur ex-fix, pelvic binder, IR embolized R int iliac branch. Girlfriend {name:Tiffany Marchetti} at bedside, she's 6 mo pregnant - asked her to sit, felt faint. Pt's father, Mr. {name:Rocha}, in from {loc:New Bedford}.\n/ {name:S.B.}"],
  ["nicu-shift", "NEURO ICU 11P-7A: S/P CRANI FOR GBM RESECTION {date:2/29}, POD 1.\nNEURO >> A&OX3, MILD R FACIAL DROOP (NEW?) - DR {name:HAVLICEK} AWARE, NO CHANGE IN PLAN. DECADRON 4 Q6. SLEEPING BTWN CHECKS.\nSOCIAL >> WIFE, MRS. {name:BEAUREGARD}, WILL BE IN AFTER SHE DROPS KIDS AT {loc:BELMONT DAY SCHOOL}.\n/ {name:L. MBEKI} RN"],
  ["case-mgmt", "CM: pt's {loc:MassHealth} # {id:100283746521} verified. pt lives in shelter ({loc:Pine Street Inn}). Outreach worker Mr. {name:Haile} ({phone:617/555-0108}). Plan respite at {loc:Barbara McInnis House} when medically ok.\n/ {name:PR}, CM {phone:x4-6012}"],
  ["micu-shift", "MICU NSG 0700-1900, {date:New Year's Day}\n{age:91} y.o. M, COPD exac, intubated {date:12/30}. Weaned to PS 10/5, RSBI 62. Plan extubate in am. Wife, Mrs. {name:Kaminski}, brought grandkids - children under 12 allowed per charge RN. Pt a retired {loc:Gillette} machinist, talks about the plant in {loc:South Boston}.\n/ {name:A.M.}"],
  ["event-note", "2ND HCT 21 -> 2U PRBC ORDERED, CONSENT PER WIFE BY PHONE ({phone:978/555-0187}) W/ WITNESS {name:K. DOHERTY} RN."],
  ["family-update", "FAMILY MTG {date:10/14/03} @ 1400, CONF RM 4. PRESENT: WIFE, MRS. {name:ABARA}, SONS {name:CHIDI} + {name:EMEKA}, PASTOR {name:OLUWASEUN ADE} FROM {loc:REDEEMED CHRISTIAN CHURCH} IN {loc:LYNN}, DR {name:REINHOLT}, SW. FAMILY NOT READY FOR DNR, WANT FULL CODE \"UNTIL GOD DECIDES.\" WILL MEET AGAIN {date:FRI}.\n/ {name:N. OYELOWO} RN"],
  ["nicu-shift", "neuro icu nights. pt w/ gbs on ivig day 3/5. nif -28, vc 1.1l (was 1.4). neuro resident ({name:dr. bergstrom-ali}) aware, recheck q4. pt anxious, wife at {loc:ramada} in {loc:dedham}, cell {phone:781/555-0147}.\n/ {name:g.t.}"],
  ["tsicu-shift", "TSICU NSG: PT TRANSFERRED FROM {loc:CAPE COD HOSPITAL} {date:SUN 7/23} BY MEDFLIGHT AFTER BOATING ACCIDENT OFF {loc:HYANNIS}. PROPELLER INJ R LEG, AKA {date:7/24}. PT IS A SUMMER WORKER AT {loc:CHATHAM BARS INN}, HOME IS {loc:DUBLIN, IRELAND}. FRIEND {name:CIARAN} CONTACTING FAMILY. CONSULATE # {phone:617/555-0101}.\n/ {name:R. ADEYEMI} RN"],
  ["social-work", "sw: pt is {age:93}, dx new met lung ca. lives w/ wife (she is {age:91}) in {loc:brighton}, {loc:oak square}. both get meals on wheels thru {loc:ethos}. son {name:vincent} in {loc:boca raton} calls daily ({phone:561/555-0199})."],
  ["micu-shift", "MICU NSG 7P-7A\n39YO F, INFLUENZA A -> ARDS. PRONED 0200.\nPULM >> APRV, FIO2 .80, PAO2 62. PARALYZED ON CISATRACURIUM, TOF 1/4.\nCARDIAC >> NE 12MCG/MIN, VASO .04.\nECMO CONSULT CALLED (DR {name:FAIRBANKS}, PG {phone:4-8813}).\nSOCIAL >> HUSBAND, MR. {name:TRAN} ({name:MINH}), AT BEDSIDE. KIDS AT {loc:QUINCY HIGH} + {loc:BROAD MEADOWS MIDDLE}. HUSBAND WORKS AT {loc:STOP & SHOP} IN {loc:WEYMOUTH}, MGR GAVE HIM THE WK OFF.\n/ {name:C. LEFEBVRE-OKAFOR} RN"],
  ["case-mgmt", "CM addendum: {loc:Blue Cross} auth for {loc:Braintree Rehab} approved {date:6/19}, ref # {id:BCBS-77120459}. Transfer {date:6/20} by {loc:Brewster Ambulance} @ 1100.\n/ {name:T. Nakashima}"],
  ["event-note", "pt's friend from work ({loc:Dunkin'} on {loc:Blue Hill Ave}), {name:Shanice}, called asking for condition. not on list, no info given."],
  ["nicu-shift", "NEURO ICU NSG 0700-1900\n89YO M, R ICH 40CC, ON KEPPRA. DAUGHTER, MRS. {name:STRZELECKI}, SAYS PT'S WIFE IS {age:92} AND LIVES AT {loc:BEAR HILL} NURSING CTR IN {loc:STONEHAM}, CAN'T VISIT - ASKED IF WE CAN CALL HER THERE, NH PHONE {phone:781/555-0119}.\n/ {name:J. KWIATKOWSKI} RN"],
  ["micu-shift", "micu 7a-7p - uneventful. pt extubated 1030 to 4l nc. speaking, hoarse. asked for her cat. husband, mr. {name:lacroix}, going home to feed it, back {date:fri}.\n/ {name:a.m.}"],
  ["nicu-shift", "NEURO ICU NSG PROGRESS NOTE 0700-1900\n\nS: \"I WANT TO GO HOME.\"\n\nO: 74YO M W/ R MCA INFARCT -> MALIGNANT EDEMA, S/P HEMICRANI {date:WED}. BONE FLAP IN ABD.\nNEURO >> LETHARGIC, OPENS EYES TO NAME, L HEMIPLEGIA, R GAZE PREF. PUPILS 3->2 BRISK. NA 148 ON 3% @ 30 (GOAL 145-155).\nCARDIAC >> SR 60S-70S, SBP 130-150. SQ HEPARIN.\nPULM >> EXTUBATED {date:FRI}, 2L NC, WEAK COUGH, NT SX X1.\nGI >> NPO, FAILED BEDSIDE SWALLOW. DOBHOFF PLACED, CXR PENDING.\nGU >> FOLEY, UO 60-120/HR.\nSKIN >> CRANI INCISION C/D/I, STAPLES. HELMET WHEN OOB.\n\nA: STABLE NEURO EXAM, DYSPHAGIA.\n\nP: SPEECH EVAL {date:MON}, ?PEG. CONT NA CHECKS Q6.\n\nSOCIAL >> WIFE, MRS. {name:VANTERPOOL}, AT BEDSIDE ALL DAY, ASKED ABOUT REHAB NEAR {loc:FRAMINGHAM}.\n/ {name:L. MBEKI} RN"],
  ["micu-shift", "micu nsg 7p-7a\n\nneuro >> alert, anxious overnight, ativan 0.5 x1 w/ good effect. oriented x3.\n\ncardiac >> hr 110s st, bp 90s-100s/50s. lactate 3.1 -> 1.8 after 2l lr.\n\npulm >> 6l nc -> 40% face tent, sats 92-95%. cxr bilat infiltrates. abg 7.44/32/71.\n\nid >> tmax 102.3 @ 0200. bld cx x2, urine cx sent. cefepime + vanc.\n\ngi >> tolerating sips. no bm.\n\ngu >> uo 30-50/hr.\n\nsocial >> pt's girlfriend {name:renata} called 0100, she works nights at {loc:star market}. pt asked that his parents not be called.\n\n/ {name:ivb} rn"],
  ["event-note", "{date:XMAS EVE} 2240: PT'S DAUGHTER {name:ANNA-LISE} ARRIVED FROM {loc:STOCKHOLM}, STAYED OVERNIGHT IN ROOM. SANTA (VOLUNTEER) VISITED UNIT EARLIER."],
  ["case-mgmt", "CM: pt accepted to {loc:Kindred Stoughton} LTAC, bed {date:Thurs}. Wife signed consent. Kindred liaison {name:Gwen Tillinghast}, {phone:781/555-0193}.\n/ {name:P. Ramaswamy} RN CM pg {phone:3-2290}"],
  ["tsicu-shift", "tsicu nsg days: 61yo m s/p fall from ladder cleaning gutters, sdh + c7 fx. a&ox3 but impulsive. sitter at bedside. wife, mrs. {name:doucette}, very worried - pt was \"not himself\" for weeks before fall. pcp is dr {name:ohanian} at {loc:harvard vanguard} {loc:kenmore}.\n/ {name:s.b.}"],
  ["social-work", "SW: MET W/ PT'S SON, MR. {name:AL-SAYED}, AND HIS WIFE {name:NOUR}. PT IS {age:NINETY}, SPEAKS ARABIC. FAMILY REQUESTS FEMALE NURSES FOR PERSONAL CARE; CHARGE RN AWARE. IMAM FROM {loc:ISLAMIC SOCIETY OF BOSTON} IN {loc:CAMBRIDGE} TO VISIT {date:FRIDAY} AFTER PRAYERS.\n/ {name:D.A.}, LICSW"],
  ["family-update", "called niece, Ms. {name:Gutiérrez}, at {phone:413/555-0172} - no answer, left msg to call unit {phone:x6-3300}."],
  ["nicu-shift", "NEURO ICU NSG 1900-0700, {date:LABOR DAY}\nSTATUS EPILEPTICUS, ON PROPOFOL + MIDAZ, CEEG BURST SUPPRESSION. EEG TECH ({name:RAJESH}) CHECKED LEADS 0300. MOM, {name:LORRAINE BICKFORD}, CALLING Q2H FROM HOME IN {loc:PLYMOUTH}.\n/ {name:G. TCHAMBA} RN"],
  ["tsicu-shift", "TSICU 7P-7A. PT HERE FROM {loc:MCI-CEDAR JUNCTION}, STABBED IN YARD. 2 DOC OFFICERS AT BEDSIDE AT ALL TIMES, PT SHACKLED L ANKLE. OFFICER {name:PELLETIER} GAVE # {phone:508/555-0177} FOR SHIFT SUPERVISOR. INMATE # {id:W-88217}.\n/ {name:R.A.}"],
  ["micu-shift", "Micu RN nocs: {age:98}yo f, cmo since {date:Sun}. morphine gtt 4mg/hr, comfortable, RR 8-10, mottled LE. dtrs {name:Gert} and {name:Eileen} here all night, Irish music on. Fr. {name:Mulcahy} (pg {phone:0-5512}) gave last rites @ 0230."],
  ["case-mgmt", "CM NOTE: PT HOMELESS, VETERAN. {loc:VA BOSTON} ({loc:WEST ROXBURY}) CONTACTED FOR TRANSFER, VA CLAIM # {id:C-29 477 116}. VA LIAISON MS. {name:GUERRERO}, {phone:857/555-0104}."],
  ["event-note", "0900 - pt's wife brought in health care proxy form dated {date:9/9/99}; copy made for chart. names son {name:Terrence Obi} as alternate."],
  ["nicu-shift", "neuro icu nsg 0700-1900\n\n72yo f w/ myasthenic crisis, intubated {date:tues}, plex #3 today via r ij quinton.\n\nneuro >> alert, nods/mouths words. ptosis bilat, neck flexion 3/5. mestinon held.\n\ncardiac >> sr 70s. bp dropped to 88/50 during plex -> 250cc alb, resolved.\n\npulm >> ps 12/5, vt 300s, nif -16.\n\ngi >> tf @ goal 55cc/hr, +bm.\n\nsocial >> husband (mr. {name:aukstikalnis}) visits daily after his shift at {loc:the globe} pressroom. he'd like a call from neuro team - dr {name:dasgupta} aware.\n\n/ {name:l.m.} rn"],
  ["social-work", "SW: Pt's daughter, Ms. {name:Aponte}, reports pt's SS check stolen; pt's SSN {id:027-55-8813} given to bank fraud dept by daughter w/ pt's permission. Referred to {loc:Chelsea Senior Center} and {loc:Bay Cove} for money mgmt."],
  ["micu-shift", "MICU NSG 7A-7P {date:FRI 10/13/06}\n{age:ninety-seven} yo M, CHF/ARF, on CVVH since {date:10/10}. Filter clotted x1, replaced. UF goal -100/hr met.\nSOCIAL >> son, Mr. {name:Chang} ({name:Wen-Hao}), and pt's caregiver {name:Rosalinda} (from {loc:Home Instead}) visited. Son asked re: code status - pt is full code per previous MOLST; Dr {name:Reinholt} to meet w/ son {date:Sat} @ 1000.\n/ {name:Aurelia Mancuso} RN"],
  ["tsicu-shift", "TSICU NSG 7A-7P\nPT IS {age:94} Y/O M, STRUCK BY HIS OWN CAR BACKING OUT OF DRIVEWAY ON {loc:PROSPECT ST} IN {loc:SOMERVILLE}. PELVIC FX, L TIB PLATEAU FX. ON WARFARIN -> REVERSED W/ FFP + VIT K. WIFE, MRS. {name:DIBIASE}, {age:91}, AT BEDSIDE W/ SON {name:FRANKIE}.\n/ {name:S. BJORKLUND} RN"],
  ["case-mgmt", "cm: insurance is {loc:neighborhood health plan}, mbr id {id:NHP 5520183}. pcp at {loc:east boston neighborhood health center}. d/c plan home w/ {loc:partners home care}, start of care {date:7/17}."],
  ["family-update", "PT'S EX-WIFE, MRS. {name:OSEI}, CALLED 1500 - NOT HCP, NO INFO GIVEN. PT'S BROTHER {name:KWAME} IS HCP (PAPERS FROM {loc:ST. ELIZABETH'S} IN CHART), REACH AT {phone:617/555-0183}."],
  ["nicu-shift", "NEURO ICU: ADM FROM {loc:LAWRENCE GENERAL} {date:3/3/04} W/ BASILAR THROMBOSIS, LOCKED-IN. COMMUNICATES W/ BLINKS (1=YES 2=NO). WIFE {name:MARGARIDA} READS TO HIM FROM THE {loc:EAGLE-TRIBUNE} EACH AM."],
  ["micu-shift", "micu 3-11: tox - pt took ~40 tylenol pm @ home in {loc:malden}. nac gtt bag 3. sitter at bedside, section 12 per psych (dr {name:friedlander-sow}). mom {name:deb} here, says pt lost job at {loc:cvs} last wk."],
  ["event-note", "{date:Wed} 0300 - pt fell attempting to get OOB, found on floor by bed. no LOC per pt. CT head neg. incident report filed (# {id:IR-06-3391}). daughter, Mrs. {name:Villanueva}, notified @ 0700 per her wish not to be woken."],
  ["social-work", "SW {date:12/26}: family very stressed, pt's accident happened coming home from {date:Christmas} party at brother's in {loc:Marshfield}. Pt's wife, Mrs. {name:Lindahl}, asked about parking vouchers - given. {loc:Marshfield PD} report # {id:05-11874-AC} for insurance."],
  ["nicu-shift", "Neuro ICU 7a-7p: {age:100} yo F (!!) w/ small L thalamic bleed, BP control on labetalol. Sharp as a tack, told me about teaching school in {loc:Fitchburg} \"before the war.\" Great-niece, Ms. {name:Pellegrino}, visiting from {loc:Providence}.\n/ {name:J.K.}"],
  ["case-mgmt", "CM NOTE {date:FRI 1/20}: PT FROM {loc:WINDSOR NURSING + RETIREMENT} IN {loc:SOUTH YARMOUTH}. NH WILL HOLD BED THRU {date:1/24}. NH DON ({name:C. MACINNIS}) {phone:508/555-0145}. FAXED W-10 TO {phone:508/555-0146}.\n/ {name:T. NAKASHIMA} RN CM PG {phone:3-5508}"],
  ["tsicu-shift", "tsicu nsg: burn 32% tbsa from house fire on {loc:adams st} in {loc:dorchester}, {date:2/2}. intubated for inhal injury, parkland resus, uo 30-50/hr. dog died in fire, pt asks about it - family says don't tell yet. grandmother, ms. {name:ocasio}, {age:90}, raising pt, staying w/ cousin in {loc:hyde park}.\n/ {name:r.a.}"],
  ["case-mgmt", "CM: clinicals emailed to {contact:intake.mbsn@marinabayskilled.org} per their request, cc'd DON."],
  ["event-note", "1700 pt's son {name:Dmitri} arrived. updated by resident."],
  ["nicu-shift", "NEURO ICU NSG 7P-7A: GCS 3T, PUPILS FIXED 6MM, NO CORNEALS/COUGH/GAG. APNEA TEST PLANNED 0800. {loc:NEBO} COORDINATOR PAGED (PG {phone:7-2261})."],
  ["family-update", "wife asks that all calls go to her work # ({phone:617/555-0138}, {loc:mass eye and ear} billing) between 9-5."],
  ["micu-shift", "MICU RN: PT STABLE, TO FLOOR (11 WEST) WHEN BED AVAIL. GRANDSON {name:TREVOR} TAKING PT'S BELONGINGS HOME."],
  ["social-work", "SW: pt's brother {name:Yusuf} requests letter for his employer ({loc:MBTA}) re: FMLA. Letter given {date:3/8}."],
  ["tsicu-shift", "TSICU: PT'S COACH FROM {loc:BC HIGH} + 3 TEAMMATES IN WAITING RM. VISITS LIMITED TO FAMILY PER MOM."],
  ["case-mgmt", "CM NOTE - 5 MORE DAYS OK'D BY {loc:AETNA} NURSE REVIEWER ({name:LYNETTE}), REF {id:AE-20060417-883}."],
  ["event-note", "rapid response called 1845 for sbp 70s - 1L bolus, resolved. dr {name:mcgillicuddy} aware."],
  ["micu-shift", "MICU NSG NOCS: {age:NINETY-FIVE} Y/O M W/ C. DIFF COLITIS, FLEXISEAL IN PLACE. NO ACUTE EVENTS."],
  ["nicu-shift", "neuro icu: sister {name:oona} will email pt's med list from home to resident ({contact:jbergstrom2@partners.org})."],
  ["social-work", "SW: FAMILY FROM {loc:BURLINGTON VT} GIVEN LODGING LIST. SISTER WILL STAY W/ COUSIN IN {loc:ARLINGTON}."],
  ["family-update", "Daughter {name:Perpetue} called from {loc:Port-au-Prince}, updated via Creole interpreter {name:Jean-Robert} ({phone:x5-1207})."],
  ["micu-shift", "micu 7a-7p {date:sun}. pt cmo, peaceful. family here."],
  ["case-mgmt", "cm: wife's email for d/c paperwork: {contact:kaminski.fam.qy@comcast.net}. prefers that to fax."],
  ["tsicu-shift", "TSICU NSG: {age:91}YO F, HIP FX + SAH AFTER FALL AT {loc:STOP & SHOP}. NEURO INTACT. SON CALLED."],
  ["nicu-shift", "Neuro ICU 7a-7p - ICP spike to 32 @ 1400 w/ suctioning, mannitol 50g, back to 14. Dr {name:Okonkwo} aware. Family meeting moved to {date:Thurs 4/6}."],
  ["social-work", "sw f/u {date:4/11}: pt wants no contact w/ father. father, mr. {name:reardon}, told by security not to come on unit."],
  ["event-note", "RECEIVED PT 1630 FROM {loc:MELROSE-WAKEFIELD} VIA {loc:LIFELINE} AMB. REPORT FROM THEIR ICU RN ({name:TAMMY})."],
  ["micu-shift", "micu nsg: pt asked me to call her boss at {loc:dana-farber} (she's a lab tech) - pt called herself from bedside phone instead."],
  ["family-update", "HUSBAND VISITING FROM {date:FRI} TO {date:SUN}, STAYING AT {loc:HOLIDAY INN} {loc:BROOKLINE}."],
  ["case-mgmt", "CM: PT OK FOR HOME W/ {loc:VNA OF BOSTON}, SOC {date:10/30}. HHA 3X/WK."],
  ["event-note", "{date:Halloween} nite - pt agitated, pulling at lines, seroquel 25mg. calmer @ 0100.\n/ {name:IVB}"],
  ["nicu-shift", "NEURO ICU NOCS: {age:90}YO F S/P CAROTID STENT, BP 140S. QUIET NIGHT.\n/ {name:G.T.}"],
  ["social-work", "SW: Pt's friend {name:Marguerite Lapointe} (not family) has been visiting daily; pt asked she be added to info list. Done."],
];

/** Texts of the same kinds with no identifier at all. */
export const DECISION_198_FIRST_CLEAN: string[] = [
  "NEURO ICU NSG 1900-0700\nNEURO >> GCS 9 (E2 V2 M5). EVD OPEN @ 15 CMH2O, ICP 8-14, DRAINING 8-12CC/HR CLEAR.\nCARDIAC >> SR 80S, SBP 120-140.\nPLAN >> Q1H NEURO CHECKS, CT HEAD IN AM.",
  "event: pt pulled out ngt. replaced, cxr confirms placement. tf back on @ 40cc/hr.",
  "TSICU NSG PROGRESS NOTE 7P-7A\n44YO M S/P FALL FROM SCAFFOLD. L 3-9 RIB FXS, FLAIL SEGMENT, L HTX.\nNEURO >> A+OX3, PAIN 7/10 -> EPIDURAL RATE UP TO 10CC/HR PER APS.\nCARDIAC >> ST 100S, SBP 130S.\nPULM >> 4L NC, SATS 93-95%. L CT TO -20, 120CC SEROSANG, NO LEAK. IS 750.\nGI/GU >> CLEARS, FOLEY DRAINING WELL.\nPLAN >> AGGRESSIVE PULM TOILET, CXR IN AM.",
  "micu rn 7a-7p\nneuro >> sedated, rass -3 on propofol 40.\ncardiac >> sr 90s, map 65-70 on levophed 0.1.\npulm >> ac 450x18, peep 12, fio2 .60. abg 7.31/48/68.\nid >> tmax 101.8, zosyn/vanc/cipro.\nplan >> cont current mgmt, wean fio2 as tol.",
  "NEURO >> PT WITH NEW L BABINSKI, R PRONATOR DRIFT UNCHANGED. PUPILS 4->3 BRISK BILAT. CUSHING'S TRIAD NOT PRESENT.",
  "89 yo M, baseline Parkinson's w/ resting tremor, on sinemet q3h - timing important, do not hold.",
  "SW NOTE: MET W/ PT'S WIFE AND TWO ADULT CHILDREN AT BEDSIDE. PROVIDED EMOTIONAL SUPPORT, EXPLAINED ROLE OF HCP. FAMILY COPING APPROPRIATELY. WILL FOLLOW.",
  "CM: pt screened for acute rehab. awaiting insurance auth. anticipate d/c in 2-3 days if medically cleared.",
  "event: pt desatted to 82% w/ turning, increased fio2 to 100%, bagged, suctioned copious thick yellow secretions. sats back to 96%, fio2 weaned to 50%.",
  "NEURO ICU NSG 0700-1900\nSAH DAY 8. TCDS: MCA VELOCITIES 180 L, 150 R -> ANGIO, INTRA-ARTERIAL VERAPAMIL X2. RETURNED 1530, GROIN SITE C/D/I, PEDAL PULSES +2.\nNIMODIPINE 60 Q4. NA 136. HHH: CVP 10-12.",
  "Miami J collar on at all times, pads changed, skin intact under occiput. Logroll w/ 3 assist, spine precautions maintained.",
  "PHILADELPHIA COLLAR SWITCHED TO ASPEN PER SPINE TEAM. C5-6 ALIGNMENT STABLE ON FLEX/EXT FILMS.",
  "Pt 84yo F from NH, comfort care. Morphine 2mg IV prn, given x2. Family at bedside. Chaplain visited.",
  "GCS 6T (E1 VT M4). ICP 24-28 despite CSF drainage and sedation. Hypertonic saline 23.4% 30cc given x1. Resident and attending at bedside.",
  "tsicu nsg nocs: uneventful night. pt slept 4-5 hrs. pain controlled w/ pca dilaudid 0.2/10min lockout. ambulated to chair x1 w/ pt.",
  "MICU NSG 3P-11P\nDKA: AG 24 -> 14. INSULIN GTT 6U/HR, D5 1/2NS @ 150. K 3.6, REPLETED 40MEQ IV. FS Q1H.\nPT TEARFUL, ASKS FOR HER MOTHER - MOTHER CALLED, ON HER WAY.",
  "Foley d/c'd @ 0600, due to void by 1400. Bladder scan prn.",
  "SWAN-GANZ PLACED R IJ: PA 48/22, WEDGE 22, CO 3.1, CI 1.7, SVR 1650. DOBUTAMINE STARTED @ 2.5.",
  "pt's wife and son updated by attending at bedside re: poor prognosis. family wants time to talk among themselves. will readdress code status in am.",
  "CASE MGMT: PT LIVES ALONE, NO STAIRS, HAS WALKER. NEEDS VNA FOR WOUND CARE + PT. PCP AWARE. WILL ARRANGE.",
  "EVD clamped x24h trial, ICP 8-16, neuro exam stable. If tolerated will d/c drain in am.",
  "NEURO >> GLASGOW COMA SCALE 14. ORIENTED TO PERSON/PLACE, NOT TIME. NO DRIFT. NIHSS 2 (MILD DYSARTHRIA, L FACIAL).",
  "event 0215: new onset afib rvr 150s, bp stable. lopressor 5mg iv x3 -> hr 90s. ekg done, team aware.",
  "SOCIAL >> PT'S DAUGHTER CALLED X2, UPDATED. SHE WILL VISIT AFTER WORK.",
  "SW: pt expressed passive SI ('what's the point'), no plan. psych consulted. sitter not required per psych.",
  "TSICU 7A-7P: S/P EX-LAP, ABD VAC CHANGED AT BEDSIDE BY SURGICAL TEAM, 125MMHG CONTINUOUS. OUTPUT 300CC SEROSANG. JP X2 MINIMAL.",
  "hoyer lift to chair x2 hrs, tolerated. roho cushion. heels floated, bair hugger for temp 35.6.",
  "NEURO ICU NSG 1900-0700\nHUNT-HESS 4, FISHER 4. INTUBATED, PROPOFOL 20. EVD @ 10, ICP 12-20. PUPILS 3MM SLUGGISH. WITHDRAWS X4.\nCARDIAC >> TROPONIN 1.2 (STUNNED MYOCARDIUM?), ECHO EF 35%.\nPLAN >> COIL IN AM, NPO AFTER MN.",
  "MICU RN: PT TRANSFERRED TO FLOOR @ 1430. REPORT GIVEN TO RECEIVING RN. BELONGINGS SENT W/ PT.",
  "Pleur-evac changed, water seal maintained. Tidaling present, no air leak. CT dsg changed, site clean.",
  "family meeting held w/ team: pt's code status changed to dnr/dni. family understands cpr would be futile. continue current tx otherwise.",
  "NSG ADDENDUM: K 2.9 -> 20MEQ KCL X3 IV VIA CVL. MG 1.5 -> 2G MGSO4. RECHECK @ 2200.",
  "PT EXPIRED @ 0620 W/ FAMILY PRESENT. PRONOUNCED BY COVERING RESIDENT. FAMILY DECLINED AUTOPSY. BODY TO MORGUE.",
  "CM: PT WILL NEED LTAC FOR VENT WEAN. FAMILY GIVEN LIST, WILL TOUR OPTIONS. INSURANCE AUTH PENDING.",
  "Jackson-Pratt drain from craniotomy site pulled by NSGY, dressing dry. Staples intact.",
  "pt w/ etoh w/d, ciwa 18 -> valium 10mg po. hx dts. tremulous, diaphoretic. seizure precautions.",
  "SW FOLLOW UP: PT'S HUSBAND ASKED ABOUT DISABILITY FORMS AND PARKING. GIVEN INFO. HE REMAINS TEARFUL BUT COPING.",
  "NEURO >> MOVES L SIDE SPONTANEOUSLY, R SIDE 0/5. APHASIC, FOLLOWS MIDLINE CMDS ONLY. GAZE PREFERENCE L.",
  "tsicu: trauma tertiary survey done. new finding - r 5th metacarpal fx. ortho to splint.",
  "CARDIAC >> NSR 70S, SBP GOAL 100-140 AFTER TPA. LABETALOL 10MG IV X1 FOR SBP 182. NEURO CHECKS Q15MIN X2H, THEN Q30.",
  "Pt on CIWA scale, scores 4-6 overnight, no prn needed. Thiamine/folate/MVI given.",
  "EVENT: VENT ALARM HIGH PRESSURE, PT BITING ETT. BITE BLOCK PLACED, FENT BOLUS 50MCG. RESOLVED.",
  "micu nsg: 76yo m, copd, on bipap 12/5 @ 40% overnight, off for meals. co2 68 -> 58. son at bedside, supportive.",
  "CM: PT TO RETURN TO PREVIOUS NH AT D/C. NH AWARE, WILL NEED NEW MED LIST AND W-10. TRANSPORT BY AMBULANCE.",
  "NEURO ICU 7A-7P\nGUILLAIN-BARRE, IVIG DAY 2 OF 5. NIF -30, VC 1.8L, STABLE. DTRS ABSENT. AUTONOMIC INSTABILITY - HR 50S-120S.",
  "pt asked for a priest. chaplain paged, visited and prayed w/ pt and wife.",
  "TSICU NSG: TRACH (#8 SHILEY) + PEG PLACED IN OR TODAY. TOLERATING TRACH MASK 40%. TF TO START IN 24H.",
  "Pt's family brought in music and photos. Pt calmer w/ familiar voices. Encouraged family to talk to pt.",
  "MICU: LACTATE 6.2 -> 3.4 AFTER 4L NS. SCVO2 68%. LEVO 0.15. SEPSIS BUNDLE COMPLETE.",
  "Spine precautions: T4 fx, TLSO when HOB >30. Log roll q2h, skin checks q shift, coccyx intact.",
  "SW: DV SCREEN NEGATIVE. PT DENIES FEELING UNSAFE AT HOME. GIVEN RESOURCE CARD.",
  "NEURO >> SEIZURE ACTIVITY: R ARM CLONIC X45 SEC, NO GENERALIZATION. ATIVAN 1MG. LEVEL SENT.",
  "micu: tolerated sbt 30 min, rsbi 48, extubated to 4l nc @ 1015. good cough. voice hoarse.",
  "FAMILY UPDATE: WIFE PREFERS CALLS ONLY FOR MAJOR CHANGES OVERNIGHT. NUMBER ON FACE SHEET.",
  "Case mgmt: pt declines rehab, wants to go home. OT/PT recommend 24h supervision. Team to discuss w/ pt and family.",
];


/** Decision 198's batch in corpus.json's shape, for score.ts. */
export function decision198Corpus(): Corpus {
  return { notes: DECISION_198_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_198_FIRST_CLEAN };
}
