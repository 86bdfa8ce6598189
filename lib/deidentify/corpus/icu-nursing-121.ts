// Decision 121's batch: US intensive-care and step-down nursing progress notes in the style of large
// academic hospitals around 2000-2010: shift notes ("NPN 7a-7p", "Nursing progress note 1900-0700")
// with system-by-system sections (Neuro, CV, Resp, GI/GU, ID, Skin, Social, Plan, Dispo), dense
// abbreviations, times and values, in mixed case, all capitals and mostly lower case, with sloppy
// punctuation. Identifiers sit mostly in the Social, Plan and Dispo sections and the narrative:
// family members, doctors, residents, fellows and nurses, transfers from and to hospitals and units
// named after people or places, towns, nursing homes and rehabs, phone numbers, pagers and
// extensions, dates (some with far-future surrogate years), ages over 89, MRNs and account numbers,
// an email or two. Clean items are as dense with what must not be flagged: eponyms used as
// diseases, signs and devices, drug names and doses, scores, vent settings, lines, times, ordinary
// words that are also names or towns, unnamed relatives, routine weekdays and unit words. Written
// for this project (CC0, see LICENSE.md): every name, number and date is invented and no real
// patient text was used; real hospital names appear only as places. Markup as in fragments.ts
// (`{kind:text}`).
import type { Corpus } from "./generate";
import { parseFragment } from "./fragments";

type Style =
  | "npn-mixed"
  | "npn-caps"
  | "npn-lower"
  | "social-section"
  | "dispo-plan"
  | "event-note"
  | "family-meeting"
  | "transfer-note";

/**
 * The twenty-seventh batch (decision 121's), written before decision 121's rules.
 * First run, with every rule before it (decision 120's reading of lower-case text included): 95.1%
 * (332/349; name 95.7%, 156/163; location 91.5%, 86/94; date 94.1%, 32/34; age, phone, id and
 * contact 100%), precision 94.1%, 9 of 44 clean items flagged (shifts "1900-0700" as record
 * numbers, "HOB 30" and "RSBI 62" as floors, "per DKA protocol", "Abd soft", "Salem sump",
 * "(Wenckebach)"). By style: mixed-case notes 93.3%, notes in capitals 100%, lower-case notes 100%,
 * social sections 93.7%, dispositions 93.0%, event notes 100%, family meetings 90.0%, transfers
 * 96.1%. With the guard before decision 120: 85.7% (299/349; lower-case notes 55.9%).
 * After decision 121's rules: 96.8% (338/349), precision 100%, 0 of 44.
 * Still missed: "missed Monday session", "SAT AM", "ON THE CAPE", "VNA OF CAPE COD", "at Sacred
 * Heart", "AT KINDRED.", "daughter-in-law Pina", "TRACY-ANN" in a list in capitals, "cm roz",
 * "sw deb", "Nurse there Precious".
 */
export const DECISION_121_FIRST: Array<[Style, string]> = [
  // --- whole shift notes, mixed case ------------------------------------------------------------
  ["npn-mixed", "NPN 7a-7p\nNeuro: A&O x2, pleasant, intermittently confused to time. MAE, follows commands. No sedation.\nCV: NSR 80s-90s, no ectopy. SBP 110-130s. K 3.2 repleted w/ 40 meq KCl IV. Hct 28.1, stable.\nResp: 2L NC, sats 95-97%. LS coarse bases, diminished R. Strong cough, sputum thick tan.\nGI/GU: Abd soft, +BS. Tolerating clears. Foley draining 40-60cc/hr clear yellow.\nSocial: Wife {name:Yvonne} in to visit this afternoon, updated by Dr. {name:Okafor}. Daughter {name:Merle} calling from {loc:Worcester}, can be reached at {phone:508-555-0143}.\nPlan: Cont abx, advance diet as tol, c/o to {loc:Farber 8} when bed available."],
  ["npn-mixed", "Nursing progress note 1900-0700\nEndo: Insulin gtt per protocol, FS q1h 380->140s. AG closed at 0400, gap 12. D5 1/2NS @ 150cc/hr, K 3.6.\nNeuro: A&O x3, anxious, ativan 1mg iv x1 at 2330 w/ effect.\nCV: ST 110s -> 80s w/ IVF. BP 100-118/60s.\nResp: RA, sats 98%. Kussmaul resp resolved.\nSocial: Pt is 19 yo college student at {loc:Northeastern}, roommate {name:Priyanka} brought her in. Mother {name:Genevieve Thibodeaux} driving up from {loc:Lafayette, LA}, expected {date:Saturday}.\nPlan: Transition to SC insulin when tol POs, endocrine fellow Dr {name:Esposito} to see in am."],
  ["npn-mixed", "NPN 7a-7p\nNeuro: lethargic but arousable to voice, CAM-ICU positive. Haldol 2mg IV x1 at 1000. No restraints needed, 1:1 sitter.\nCV: AF 90s, rate controlled on dilt 30 po q6. SBP 120-140s.\nResp: 3L NC sats 93-95%. Nebs q4.\nGU: Foley d/c'd 1200, DTV by 2000.\nSocial: Wife {name:Fenella} and friend/neighbor {name:Obadiah Rusk} in this afternoon. Wife reports pt fell at home in {loc:Marblehead} on {date:March 3rd} and was not found until {date:3/5}.\nPlan: Geri consult, Dr {name:Mirabelli} aware. PT/OT eval."],
  ["npn-mixed", "Step-down NPN 7a-7p\nNeuro: intact.\nCV: SR 60s, s/p CABG x3, POD 3. Pacing wires capped. Lopressor 25 po bid. Chest tube sites w/ dsd, small amt serous drng.\nResp: RA sats 95%, IS to 1000.\nGI: tol reg diet, +flatus, no BM yet, colace/senna given.\nActivity: ambulated 3x in hall w/ PT, tol well.\nSocial: Pt is a {age:90 y/o} retired priest who lives at {loc:St. Jerome Residence}. Friend Fr. {name:Okonkwo} visited. Niece {name:Aoife Mulcahy} is HCP, {phone:617-555-0161}.\nDispo: Screening for {loc:Youville} vs home w/ services, possibly {date:Monday}."],
  ["npn-mixed", "NPN 7a-7p\nRenal: Pt is HD dependent, M/W/F at {loc:DaVita Dorchester}. Last HD {date:Friday}, missed {date:Monday} session per wife. K 6.1 on arrival, kayexalate 30g po given, insulin/D50 given in ED.\nCV: Tele w/ peaked T waves, resolved.\nPlan: Nephrology (Dr {name:Kuznetsova}) aware, plan HD this afternoon via L AVF, +thrill/bruit.\nSocial: Pt's wife {name:Lorna} states pt has been more confused since {date:Sunday}."],
  ["npn-mixed", "SICU NPN 7a-7p\nS/p ex-lap, LOA for SBO, POD 1.\nPain: thoracic epidural bupi/fentanyl @ 8cc/hr per APS (Dr {name:Gudmundsdottir}), pain 3/10.\nCV: SR 80s, SBP 110s. LR @ 125.\nResp: 4L NC sats 96%.\nGI: NGT to LCWS, 350cc bilious. Abd distended, midline inc w/ staples, CDI.\nSocial: Pt's partner {name:Tobias} present all day. Pt teaches at {loc:Malden High School}. Pt requests no info be given to her parents in {loc:Columbus}."],
  ["npn-mixed", "Nursing note 1900-0700\nNeuro: MS unchanged, nods appropriately. PERRL.\nCV: NSR 70s. Heparin gtt @ 1250u/hr, PTT 72 at 0200, no change. Lovenox d/c'd.\nResp: Trach collar 40%, sats 96%. Sxn q2-3h for mod thick white.\nGI: TF Nutren 1.5 @ 40cc/hr via PEG, residuals <30.\nSkin: coccyx stage II, duoderm intact.\nSocial: Son {name:Tadeusz Wierzbicki} called at 2100 from {loc:Chicago}, updated. He is flying in {date:11/14}. HCP is pt's daughter {name:Ewa}, {phone:781-555-0129}.\nPlan: Screening for {loc:Kindred} LTACH, CM {name:Roz} following."],
  ["npn-mixed", "NPN 7p-7a\nNeuro: Pt more awake tonight, mouthing words, wrote note asking for 'my {name:Beatriz}' (wife). Wife called 2200, told pt she would come at 0900. Pt calmer after. Propofol 20 mcg/kg/min, RASS 0 to -1.\nResp: CPAP 5/PS 10 overnight, RR 18-22, Vt 450s, tolerating.\nPlan: SBT in am w/ RT {name:Kwame}. Attending Dr {name:Santangelo} aware of progress."],

  // --- whole shift notes, all capitals ----------------------------------------------------------
  ["npn-caps", "NURSING PROGRESS NOTE 1900-0700\nNEURO: SEDATED ON PROPOFOL 30 MCG/KG/MIN, RASS -2. PERRL 3MM BRISK.\nCV: AFIB 100-120S, DILTIAZEM GTT @ 10MG/HR. MAP >65. HEPARIN GTT @ 1100 U/HR, PTT 78 @ 0300.\nRESP: ETT 7.5 @ 23 LIP. AC 500X14 PEEP 8 FIO2 50%. ABG 7.36/42/88.\nGI: OGT TO LCS, TF ON HOLD.\nSOCIAL: SON {name:DARIUSZ} CALLED @ 2200, UPDATED. HCP IS SISTER {name:HALINA OKONSKI} ({phone:781-555-0177}). FAMILY FROM {loc:CHELSEA}.\nPLAN: ?EXTUBATE IN AM PER DR {name:LINDHOLM}."],
  ["npn-caps", "NPN 0700-1900\nPT TRANSFERRED FROM {loc:LAHEY} ICU ON {date:3-14} W/ UGIB. S/P 6U PRBC THERE.\nGI: HCT 24.9->29.3. EGD BY DR {name:SARRAFZADEH} @ 1100: 2 CLEAN-BASED DU ULCERS. PROTONIX GTT @ 8MG/HR. NPO.\nSOCIAL: DAUGHTER {name:NADIA HADDAD} IN ALL DAY, WANTS CALL W/ ANY CHANGES {phone:617-555-0148}."],
  ["npn-caps", "NPN 7P-7A\nNEURO: UNRESPONSIVE OFF SEDATION X 12 HRS, PUPILS 4MM NONREACTIVE, +CORNEAL L, NO GAG, NO COUGH.\nCV: SBP 90S ON LEVOPHED 0.12, VASOPRESSIN 0.04. CVP 14.\nRESP: AC 500X16 PEEP 10 FIO2 60%, SATS 93%.\nRENAL: UOP 10-15CC/HR. CR 3.4.\nSOCIAL: WIFE {name:PATRICIA} AND SON {name:KEVIN} IN UNTIL 0100. OPO NOTIFIED PER PROTOCOL, REF # {id:44719-B}. FR. {name:DONNELLY} FROM {loc:ST. BRENDAN'S PARISH} GAVE SACRAMENT OF THE SICK."],
  ["npn-caps", "NPN 7A-7P\nNEURO: A+OX3, HOH, HEARING AIDS IN.\nCV: SR 70S, SBP 100-110. LASIX 40 IV BID, NEG 1.2L.\nRESP: 2L NC, SAT 95%. CRACKLES BASES.\nGI: TOL CARDIAC DIET, FAIR APPETITE.\nSOCIAL: {age:95 YO} WIDOW. DAUGHTER {name:OKSANA} AND SON-IN-LAW {name:VIKTOR MELNYK} VISITED, BROUGHT HEARING AIDS. THEY LIVE IN {loc:BROOKLINE}. PT WAS AT {loc:HEBREW REHAB} UNTIL {date:6/12}, THEN HOME W/ VNA."],
  ["npn-caps", "NPN 1900-0700.\nNEURO: INTACT, ANXIOUS ABOUT CATH, ATIVAN 0.5 PO X1.\nCV: SR 60-70S, NO CP. HEPARIN GTT @ 900U/HR. INTEGRILIN @ 2MCG/KG/MIN.\nRESP: RA. GU: VOIDING.\nSOCIAL: MR. {name:ABERCROMBIE}'S WIFE {name:DELPHINE} CALLED X3 OVERNIGHT, VERY ANXIOUS. SHE CAN BE REACHED AT {phone:(508) 555-0124} OR CELL {phone:555-0190}.\nPLAN: CATH IN AM W/ DR {name:BRZEZINSKI}, NPO AFTER MN."],
  ["npn-caps", "NPN 7A-7P\nPT IS A {age:93 YO} M ADMITTED FROM {loc:LINDEN TERRACE NURSING HOME} W/ ASP PNA. ON ZOSYN/VANCO.\nSWALLOW EVAL: AT RISK, NPO. MRN {id:3381027}.\nSOCIAL: PT'S ONLY CONTACT IS GUARDIAN {name:MILO FARRINGTON-DIAZ}, ESQ., {phone:617-555-0166}."],

  // --- whole shift notes, mostly lower case ------------------------------------------------------
  ["npn-lower", "npn 7p-7a\nneuro: pt alert, oriented x3, c/o incisional pain 6/10, mso4 2mg iv x2 w/ good effect. slept in naps.\ncv: sr 70s, bp 100-120/50s. ci 2.1 on swan, svr 1100. cvp 12.\nresp: 4l nc sats 94-96, ls clear upper diminished bases. ics 750.\ngi/gu: npo, ngt to lws 200cc bilious. foley uop 30-50cc/hr.\nskin: sternal dsg d+i.\nsocial: husband {name:ramon} and niece {name:consolata baptiste} in til 2030. husband lives in {loc:revere}, cell {phone:555-8812}.\nplan: ?d/c swan in am, oob to chair, dr {name:achterberg} to see."],
  ["npn-lower", "nursing 7a-7p\npt is a {age:ninety-one year old} female s/p fall at {loc:youville} w/ r hip fx, to OR {date:tuesday}. confused overnight per report, ativan 0.5mg x1 at 0200. today calmer, rass 0.\nsocial: son {name:tadeusz} visited, states pt was at baseline when he saw her {date:sunday}. pt's pcp dr {name:feeney} at {loc:cambridge hospital} faxed med list.\nplan: pt/ot eval, ?back to {loc:youville} vs {loc:kindred}."],
  ["npn-lower", "npn 7a-7p\npt remains intubated sedated on fent/versed, rass -3 ..  vent ac 450x18 peep 12 fio2 .6 abg 7.30/48/72 .. levophed weaned off at 1300 .. cvvh running w/o issue ...\ntf promote @ 40cc/hr goal 60 residuals <50 ...\nwife {name:anh} at bedside most of day, speaks limited english, vietnamese interpreter {name:thuy} via phone, son {name:bao} to translate when here ..  renal fellow dr {name:okereke} following ... cont plan"],
  ["npn-lower", "npn 1900-0700\nneuro- sleeping in naps, easily woken, mae\ncv- nsr 80s no ectopy, sbp 130s, hydral 10 iv x1 for sbp 172 at 0100\nresp- ra sats 97 lungs clear\ngi- tol po, +bm x1 guaiac neg\nsocial- pt's friend/neighbor {name:gert} brought in pt's dentures & glasses, she has key to pt's apt in {loc:east boston}. pt's only family is brother {name:elmer schiavone} in {loc:sarasota}, ph {phone:941-555-0135}. pt states he is {age:92}, confirmed w/ chart.\nplan- c/o to {loc:blake 12} when bed"],
  ["npn-lower", "npn 7a-7p\nid: tmax 101.8 at 1000, pan cx'd, vanc/cefepime cont. wbc 17.2.\ncv: st 100-110s, map 60s, bolus 500cc lr x2, cvp 8->11.\nresp: 2l nc sats 94.\nsocial: pt lives w/ girlfriend {name:shawna} in {loc:everett}. works as roofer for {loc:d'angelo bros roofing}. hx ivdu, clean since {date:christmas} per pt. mother {name:rita} in {loc:somerville} is contact {phone:617-555-0199}.\nplan: tee {date:thursday} to r/o endocarditis, id consult dr {name:nakagawa-reyes}."],

  // --- Social sections ---------------------------------------------------------------------------
  ["social-section", "Social: Pt is a {age:93 y/o} widow who lives alone in {loc:Quincy}. Son {name:Bartholomew Nkemelu} is HCP and lives in {loc:Braintree}; home {phone:617-555-0192}.\nHe works in pharmacy here, {phone:x5-7721}. Daughter {name:Ifeoma} is in {loc:Atlanta}, flying in {date:Friday}."],
  ["social-section", "SOCIAL:\nPT IS MARRIED, LIVES W/ WIFE {name:ROSALIND} IN {loc:SAUGUS}. RETIRED BUS DRIVER FOR THE {loc:MBTA}. 2 DAUGHTERS, {name:JOLENE} AND {name:TRACY-ANN}, BOTH LOCAL.\n+ETOH 6 BEERS/DAY, LAST DRINK {date:SUNDAY} PER WIFE. SUMMER HOME ON THE {loc:CAPE}."],
  ["social-section", "Social: Pt is homeless, usually stays at the {loc:Kingsley Street Shelter}, has outreach worker {name:Abdirahman} ({phone:617-555-0102}).\nSister {name:Charlene Pruitt} in {loc:Lowell} is emergency contact but has not seen pt since {date:Thanksgiving}."],
  ["social-section", "SOCIAL: {age:96 YO} WIDOWER, WWII VET.\nLIVES AT {loc:BRIARCLIFF ASSISTED LIVING} IN {loc:WALTHAM}. HCP IS NEPHEW {name:LEOPOLD STRAUSS-MBEKI} ({phone:339-555-0108}, EMAIL {contact:lstrauss.mbeki@examplemail.com}). PCP DR {name:WEISSBERG}."],
  ["social-section", "Social: Pt is originally from {loc:New Bedford}, lives w/ partner {name:Jessamyn Arroyo-Pike} in {loc:Dorchester}. Works at {loc:Logan} as a baggage handler. Partner cell {phone:857-555-0119}. Pt's mother {name:Edwina} lives in {loc:Mattapan}, not involved.\nDispo: home w/ partner when stable."],
  ["social-section", "SOCIAL: LIVES W/ HUSBAND {name:ARMANDO} IN {loc:LAWRENCE}. 4 CHILDREN. DAUGHTER {name:YESENIA} IS SPOKESPERSON, {phone:978-555-0193}. PT SPANISH SPEAKING ONLY, FROM {loc:SANTO DOMINGO}, MOVED HERE 1990.\nINTERPRETER {name:MILAGROS} USED FOR ADMISSION."],
  ["social-section", "Social: Pt is a retired longshoreman from {loc:East Boston}, {age:97 yo}, lives w/ son {name:Salvatore} and daughter-in-law {name:Pina}. Other son {name:Vito} lives in {loc:Naples, FL}, was last up for {date:Easter}.\nPt is a daily communicant at {loc:Sacred Heart}."],
  ["social-section", "social: pt is a 54 yo M, married to {name:thanh huong delacroix}, 2 kids.\nlives in {loc:framingham}, works as an engineer at {loc:raytheon}. wife's cell {phone:508.555.0137}, work {phone:508-555-0150 x211}. no etoh/tob.\npt's brother {name:luc} is a nurse at {loc:metrowest}."],
  ["social-section", "SOCIAL: PT LIVES W/ HIS MOTHER {name:DOROTHEA KWIATKOWSKI} ({age:91}) IN {loc:CHICOPEE}. HE IS HER PRIMARY CAREGIVER.\nSISTER {name:BERNADETTE} IN {loc:SPRINGFIELD} WILL STAY W/ MOTHER WHILE PT HOSPITALIZED. SISTER {phone:413-555-0171}."],

  // --- Dispo and Plan sections -------------------------------------------------------------------
  ["dispo-plan", "Plan: PT/OT, cont lovenox, d/c foley.\nDispo: Screened by {loc:Spaulding Rehab}, accepted for {date:3/14}. Case mgmt {name:Lucinda} ({phone:x4-3390}) and NP {name:Jones} aware. If no bed, backup is {loc:Hebrew Rehab}."],
  ["dispo-plan", "dispo: plan for d/c to {loc:sunnyridge nursing home} in {loc:weymouth} when medically cleared, pt was ltc resident there x2 yrs. nh contact {name:bev} {phone:781-555-0134}.\nambulance booked for {date:friday} 1000."],
  ["dispo-plan", "DISPO: HOME W/ VNA WHEN STABLE.\n{loc:VNA OF CAPE COD} NOTIFIED, INTAKE NURSE {name:SHARON} {phone:508-555-0187}. WIFE TO PICK UP, LIVES IN {loc:HYANNIS}.\nF/U W/ DR {name:KAPLAN-ODUYA} ON {date:11/02/2094} AT 0930."],
  ["dispo-plan", "Plan: cont heparin gtt, goal PTT 60-80, coumadin 5mg started tonight. Echo in am. EP consult, Dr. {name:Vandersloot}.\nDispo: home to {loc:Nashua} when INR therapeutic, INR to be followed at {loc:Southern NH Medical Center} anticoag clinic, first check {date:6/30}."],
  ["dispo-plan", "plan: trach/peg done, cont abx x7d.\ndispo: pt's insurance approved {loc:kindred} ltach in {loc:peabody}, bed available {date:wednesday}. cm {name:roz} {phone:x4-2217} to confirm. pt's wife {name:marguerite} aware and agrees."],
  ["dispo-plan", "plan: wean vent, sbt in am if sats ok on peep 5.\nid: f/u bcx from {date:10/17}. id (dr {name:nakagawa-reyes}) recs: cont vanc/zosyn x14d.\nsocial: pt's wife {name:gwen} would like to be called at {phone:978-555-0152} before any procedures."],
  ["dispo-plan", "Dispo: Pt to return to {loc:Linden Terrace Nursing Home} in {loc:South Boston} once off O2. Contact there is Sister {name:Agnes} at {phone:617-555-0157}. Will need PASRR screen.\nD/C summary to be faxed to {phone:617-555-0158}, attn Dr {name:Ferrante}."],
  ["dispo-plan", "DISPO: D/C TO {loc:SPAULDING NORTH SHORE} IN {loc:SALEM} TODAY 1400 VIA AMBULANCE. ACCT # {id:55201847}.\nREPORT CALLED TO {name:JOYCE} RN, {phone:978-555-0126}. PT'S SON {name:HOLLIS} TO MEET PT THERE."],

  // --- event notes -------------------------------------------------------------------------------
  ["event-note", "Event note\n0315: Pt found w/ SBP 70s, HR 130s ST, mottled. Fluid bolus 1L NS, levophed started @ 0.05 mcg/kg/min via R IJ TLC. Resident {name:Kim} and fellow Dr {name:Alvarez} at bedside. Lactate 4.8. Cultures x2 sent.\n0340: Wife {name:Teodora} called at {phone:978-555-0116}, on her way in from {loc:Methuen}."],
  ["event-note", "EVENT NOTE\n0420 RAPID RESPONSE CALLED FOR SAT 82% ON 4L. PLACED ON NRB, SAT UP TO 92%. CXR: NEW RLL INFILTRATE. LASIX 40MG IV GIVEN.\n0440 DR {name:MBATHA} (MICU FELLOW, PAGER {phone:3-4412}) IN TO EVAL, PT TRANSFERRED TO {loc:SHAPIRO ICU} BED 6 @ 0510. WIFE {name:ELEANOR} NOTIFIED BY MD."],
  ["event-note", "2am pt pulled out ngt, attempted to pull ett, restrained per protocol, md aware. propofol increased to 40. dobhoff to be placed by dr {name:chiu} in am under fluoro.\n3am daughter {name:yvette} called from {loc:providence}, updated, upset re restraints, asked to speak w/ attending dr {name:vasquez} in am."],
  ["event-note", "EVENT: @ 1640 PT W/ 12 BEATS NSVT, ASYMPTOMATIC. LYTES SENT, K 3.4, MG 1.6, REPLETED. DR {name:FORTESCUE} AWARE.\nALSO PT'S SON {name:GIUSEPPE} UPSET THAT HE WAS NOT CALLED RE PROCEDURE ON {date:9/4}. NURSING SUPERVISOR {name:ANNMARIE FLAHERTY} SPOKE W/ HIM."],
  ["event-note", "0530 Hct 21.4 from 27.9. Pt w/ melena x2. Dr {name:Santangelo} notified, 2u PRBC ordered, GI (Dr {name:Ng}) paged x2, pager {phone:6-1193}. T&C sent 0545.\nWife {name:Beatriz} called, will come in at 7."],
  ["event-note", "0200 PT C/O CP 7/10 SUBSTERNAL, NON-RADIATING. EKG DONE, NO CHANGES PER DR {name:BOATENG}. NTG SL X1 W/ RELIEF. TROP SENT.\nPT STATES SAME PAIN AS WHEN SEEN AT {loc:CARNEY HOSPITAL} IN {date:AUGUST}."],
  ["event-note", "@0045 pt became acutely agitated, trying to climb oob, yelling for {name:teresa} (late wife per son {name:luigi}). haldol 2mg iv x1 per dr {name:hanrahan}.\nsitter requested, {name:rosemarie} in staffing office says none avail until 0300."],
  ["event-note", "Code blue called 0612, PEA arrest. CPR x 8 min, epi x3, ROSC at 0621. Code led by Dr {name:Ravindran}, anesthesia Dr {name:Kovac} intubated. Post-code ABG 7.18/52/210.\nWife {name:Henrietta} notified by Dr at 0650, coming from {loc:Framingham}."],

  // --- family meetings ---------------------------------------------------------------------------
  ["family-meeting", "Family meeting 1400\nPresent: attending Dr. {name:O'Neil}, SW {name:Greer Whitcombe}, pt's wife {name:Ingrid}, sons {name:Erik} and {name:Anders}, and HCP {name:Kirsi Lindqvist} (pt's sister, by phone from {loc:Duluth}).\nDiscussed poor prognosis. Family agreed to DNR/DNI, no escalation.\nPlan: Will reconvene {date:Thursday} when daughter {name:Sigrid} arrives from {loc:Minneapolis}."],
  ["family-meeting", "family mtg today 1500\nteam: dr {name:raghunathan}, palliative care np {name:judith ocampo}, sw {name:deb}.\npresent: wife {name:consuelo}, son {name:hector jr}, dtr {name:marisol} and her husband {name:brian}.\nfamily wants full code for now, will readdress after son {name:ignacio} flies in from {loc:san juan} on {date:12/3}."],
  ["family-meeting", "Family meeting\nMet w/ family at 1100 with Dr. {name:Nwachukwu} and SW {name:Helga}. Pt's husband {name:Kwabena} and daughters {name:Abena} and {name:Efua} present. Brother-in-law {name:Kofi Asante-Mensah} on speakerphone from {loc:Toronto}.\nDecision made for comfort care; morphine gtt per CMO protocol.\nFamily requesting their pastor, Rev. {name:Ofori}, from their church in {loc:Worcester}."],
  ["family-meeting", "FAMILY MTG 1300: ATTENDING DR {name:HOLLOWAY-GRANT}, RESIDENT DR {name:PATEL}, RN {name:BRIDGET}, SW.\nFAMILY: WIFE {name:MARY-CLAIRE}, SONS {name:SEAMUS} AND {name:COLM}.\nDISCUSSED TRACH/PEG VS CMO. FAMILY WILL DECIDE BY {date:MONDAY}. PT HAD SAID HE NEVER WANTED TO END UP LIKE HIS BROTHER DID AT {loc:KINDRED}."],
  ["family-meeting", "family mtg w/ hcp {name:yvonne quarles} (pt's niece) and her husband {name:delroy}.\ndr {name:obi} explained mri results. niece states pt would not want long term vent, has health care proxy and living will dated {date:01/09/2091}.\nniece will bring copy from pt's lawyer {name:arnold tisch} in {loc:newton}."],
  ["family-meeting", "FAMILY MEETING: PRESENT DR {name:ACHEAMPONG} (MICU ATTENDING), DR {name:LIEBERMAN} (NEURO), SW {name:NOREEN}, RN.\nPT'S PARTNER {name:DARIUSZ OKAFOR} AND PT'S BROTHER {name:FLORIAN} (FROM {loc:PORTLAND, ME}). EEG/MRI RESULTS REVIEWED.\nPLAN TERMINAL EXTUBATION {date:SAT} AM AFTER PT'S DAUGHTER ARRIVES."],

  // --- transfer notes ----------------------------------------------------------------------------
  ["transfer-note", "Transfer note: Pt is a {age:91 yo} M transferred from {loc:Mount Auburn} on {date:7/22} for cath. S/p cath, 2 stents to LAD.\nNow transferring to {loc:Ellison 4}, report given to RN {name:Maria}. Belongings w/ pt, glasses given to wife {name:Merle Vasquez-Tran}."],
  ["transfer-note", "Accepted from {loc:St. Elizabeth's} for ERCP. Pt is {age:94 yo} F, h/o CAD, CHF (EF 30%), DM2.\nOutside MRN {id:0047712}. Records sent w/ pt on CD. Daughter {name:Philippa Osei-Bonsu} followed ambulance, lives in {loc:Brighton}.\nAdmitting resident Dr {name:Huang}, attending Dr {name:Feinstein-Moreau}."],
  ["transfer-note", "Pt arrived to unit 1830 from ED. ID band checked: MRN {id:2231984}, unit # {id:417-66-02}. Admitting dx urosepsis.\nPt a&ox1, speaks Haitian Creole only, interpreter {name:Jean-Baptiste} via phone. Nephew {name:Wilner Dorsainvil} at bedside, lives in {loc:Mattapan}.\nPt's PCP is Dr {name:Beaubrun} at {loc:Codman Square Health Center}."],
  ["transfer-note", "TRANSFER NOTE: PT TRANSFERRED TO {loc:BLAKE 12} @ 1600, REPORT TO {name:MARGIT} RN.\nVSS. HEP LOCK R FA. PICC L BASILIC.\nWIFE {name:JUNE} AWARE OF TRANSFER, WILL COME TONIGHT. CONTACT {phone:(617) 555-0128}."],
  ["transfer-note", "transfer from {loc:caritas norwood} ed: pt {age:92 yo} m w/ sob, bnp 2300, found to have nstemi. sent here for cath, arrived 2215 via ambulance. outside films w/ pt.\nson {name:marcus} accompanied, lives in {loc:walpole}. ed attending there dr {name:quintanilla} can be reached {phone:508-555-0170}."],
  ["transfer-note", "TRANSFER FROM {loc:BRIGHAM AND WOMEN'S} ICU {date:11/14}, OSH MRN {id:8801442}. PT S/P OLT {date:10/28} THERE, TRANSFERRED FOR INSURANCE REASONS.\nTX COORDINATOR {name:LYNETTE} {phone:617-555-0181}. HEPATOLOGY DR {name:VOSKRESENSKY} TO FOLLOW."],
  ["transfer-note", "Called out to floor. Report given to {name:Desmond} RN on {loc:Farber 8} at 1545. Pt transferred via bed w/ tele at 1615.\nWife {name:Cordelia} informed and will meet pt there.\nReceiving team: resident Dr {name:Abernathy}, intern Dr {name:Sokolova}."],
  ["transfer-note", "Admit note: Pt admitted to MICU from {loc:Winchester Hospital} ED w/ hypoxic resp failure, intubated there at 1140.\nOSH acct # {id:W-2209176}. Pt is a {age:ninety-four-year-old} nursing home resident from {loc:Glenwood Gardens} in {loc:Woburn}. Nurse there {name:Precious} {phone:781-555-0145} gave hx.\nNo family known; state guardian {name:Ignatius Bello} notified at {contact:ibello@guardianship-example.org}."],
];

/** Clean items: the same style, no identifiers, as dense as the batch with what must not be flagged. */
export const DECISION_121_FIRST_CLEAN: string[] = [
  "NPN 7a-7p\nNeuro: A&O x3, MAE, follows commands. Babinski neg bilat.\nCV: NSR 70s-80s, SBP 110-130s. Swan-Ganz: PA 38/18, wedge 16, CI 2.4, SVR 1050.\nResp: AC 500x14, PEEP 5, FiO2 40%, sats 97%.\nGU: Foley to gravity, UOP 50-70cc/hr.\nPlan: Will wean FiO2 as tol. Wife in to visit, updated by team.",
  "NURSING PROGRESS NOTE 1900-0700\nNEURO: RASS -2 ON PROPOFOL 25 MCG/KG/MIN, GCS 10T.\nCV: MAP 60S ON LEVOPHED 0.08 MCG/KG/MIN VIA R IJ TLC. L RADIAL A-LINE, GOOD WAVEFORM.\nRESP: ETT 7.5 @ 22 AT LIP, CPAP 5/PS 8.\nPLAN: CONT TO MONITOR. FAMILY MEETING TOMORROW AT 1400.",
  "npn 7p-7a\nneuro: cam-icu neg, sleeping in naps.\ncv: sr 60s, heparin gtt @ 1000u/hr, ptt 68 at 0300, no change.\ngi: dobhoff in place, tf @ 40cc/hr, goal 60.\ngu: foley uop 40-80cc/hr.\nskin: braden 14, turned q2h, heels floated on pillows.",
  "Cushing's triad noted at 0300: SBP 190s, HR 50s, irregular resp. Neurosurg resident paged, mannitol 50g IV given, HOB 30, pt to CT at 0330.",
  "Cheyne-Stokes resp pattern overnight w/ apneic periods up to 20 sec, sats nadir 86%. MD aware, ABG 7.41/38/72. Will cont to monitor.",
  "Kussmaul resp on arrival, AG 28, BS 540. Insulin gtt started at 0200 per DKA protocol. K 3.2, 20 meq KCl added to each liter.",
  "Homans sign neg bilat, no calf tenderness. Pneumoboots on, SQ heparin 5000u tid. Ambulated in hall w/ walker x2.",
  "Pt placed in Trendelenburg for R IJ placement, tol well. CXR confirmed placement, no PTX. Line ok to use per resident.",
  "HD M/W/F via L AVF, +thrill/bruit. Last HD this am, 2.5L off. Coumadin clinic every Tuesday per pt. Next HD on schedule.",
  "DNR/DNI, confirmed w/ wife this afternoon. Pt's son will be in tomorrow. Daughter called x2, updated by RN.",
  "MICU to floor when bed available; if no floor bed, will go to step-down. CCU aware pt may need to come back if pressors restarted.",
  "SICU NPN: s/p Whipple POD 2. JP x2 draining serosang, 120cc total. Salem sump to LCWS, 300cc. NPO, TPN @ 85cc/hr via L SC PICC.",
  "Mark on L groin site w/ pen, hematoma marked at 0200 for comparison. Site soft, no bruit, distal pulses dopplerable.",
  "Pt hopes to go home soon. Will discuss w/ team. Pt worried about hospital bill, SW to see re: free care application.",
  "Pt may have clears, advance as tol. Bed bath given, linen changed. Pt said grace before dinner w/ wife present.",
  "BP reading 182/94 in R arm, 164/88 in L arm. Hydralazine 10 mg IV x1 w/ effect, SBP 150s after. Will recheck in 1 hr.",
  "Pt able to march in place w/ PT, then to chair x1 hr. Tol well, HR up to 110s, back to 90s w/ rest. Will cont OOB tid.",
  "CIWA 18 at 0100, ativan 2mg iv given, CIWA 8 at 0200. No hallucinations. Thiamine, folate, MVI given. Banana bag infusing.",
  "Pt w/ h/o Parkinson's, sinemet 25/100 tid given on time. Also h/o Alzheimer's, baseline oriented x1 per wife.",
  "GBS (Guillain-Barre) on IVIG day 3 of 5. NIF -30, VC 1.2L, both stable from am. Will check q4h.",
  "Sengstaken-Blakemore tube in place, gastric balloon inflated, traction 1 kg. Octreotide gtt @ 50 mcg/hr. Hct 24.1 -> 26.8 after 2u PRBC.",
  "ECG: Mobitz I (Wenckebach), rate 50s, pt asymptomatic. Atropine at bedside. Pacer pads on.",
  "Mallory-Weiss tear on EGD, no active bleeding. Protonix 40 IV bid. Tol clears this evening.",
  "Kerley B lines on CXR, BNP 1400. Lasix 80 IV x1, UOP 1.2L over 3 hrs. Neg 900 for shift.",
  "Bair hugger on for temp 35.1. Rewarmed to 36.4 by 0400. Arctic Sun d/c'd per protocol after 24 hrs of cooling.",
  "Hoyer lift used to transfer to chair. KinAir bed ordered for stage III coccyx. Mepilex to heels, Sage wipes for peri care.",
  "Allen test neg L, a-line placed L radial by anesthesia at 0230. Waveform dampened at 0500, flushed, ok now.",
  "PLAN: SBT IN AM, RSBI 62. IF PASSES, EXTUBATE TO 4L NC. HOLD TF AT 0400. MD TO SEE AT 0700 ROUNDS.",
  "chvostek and trousseau signs neg. ca 7.9, alb 2.4, ionized ca 1.05. ca gluconate 2g iv given at 2200.",
  "Murphy's sign positive, RUQ US shows gallbladder wall thickening. Surgery resident aware, NPO after MN for possible lap chole.",
  "Grey Turner and Cullen's signs absent. Lipase 1800. NPO, IVF LR @ 200cc/hr, dilaudid 0.5mg IV q2h prn.",
  "Wife in to visit at 1800, brought pt's slippers and reading glasses. Son called, will visit tomorrow evening.",
  "Pt 88 yo F, lives w/ daughter. Daughter in at 1900, stayed until 2200. Pt oriented x2, knows she is in hospital.",
  "Pt refused 2200 dose of lovenox, states 'I bruise too easily.' MD aware, will readdress in am. SCDs on.",
  "NPN 0700-1900: no acute events. VSS. Insulin gtt off at 1100, started lantus 20u SC. FS 120-160s. Transferring to floor this evening.",
  "Stevens-Johnson suspected, derm consult called. Bactrim d/c'd. Pt to burn unit if skin sloughing progresses.",
  "Minnesota tube removed at 1400 per GI. No further hematemesis. Hct stable x2. Will restart clears tomorrow.",
  "Port-a-cath R chest accessed, + blood return. Hickman removed last admit. Jackson-Pratt removed this am, drsg dry.",
  "Pt's daughter will bring in pt's living will and HCP form. SW aware. Chaplain to visit this evening per pt request.",
  "ID: afebrile x48h, vanco trough 15.2, zosyn q8h, flagyl d/c'd. C diff neg x1. Contact precautions for MRSA.",
  "Buck's traction R leg, 5 lbs, pt comfortable. Ortho to OR tomorrow am, NPO after MN, consent signed by pt.",
  "TF @ 40cc/hr via OGT, residuals 20-40cc. Reglan 10 IV q6h. Abd soft, +BS, no BM x3 days, dulcolax pr given.",
  "Austin Flint murmur noted by cards fellow. TTE scheduled for am. Tele: SR 70s, occasional PVCs.",
  "Sleep: pt up most of night, melatonin 3mg given at 2200, slept 0200-0500. Lights dimmed, door closed per ICU delirium bundle.",
];

/** Decision 121's batch in corpus.json's shape, for score.ts. */
export function decision121Corpus(): Corpus {
  return { notes: DECISION_121_FIRST.map(([style, marked]) => parseFragment(style, marked)), clean: DECISION_121_FIRST_CLEAN };
}
