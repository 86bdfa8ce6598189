// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008: night shift notes
// from a nurse floating between neuro ICU, burn unit and renal (CVVH/CRRT) patients, typed mostly in
// lower case as run-on lines with few full stops, misspellings ("pt restles", "abd distened",
// "tolerting"), made-up shorthand, burn percentages and dressings (Silvadene, Acticoat, Xeroform,
// allograft), CRRT settings and filter changes, EVD and ICP numbers, seizure precautions,
// Keppra/Dilantin levels, restraints and sitters, and family calling overnight. They are by "a
// ninety-fourth writer who had not read the guard's rules". Every note should pass through the
// guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 252: thirty long clean ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_252_LONG_CLEAN: string[] = [
  "nsicu npn 1900-0700\n" +
    "pt 54 yo f sah hh 3 fisher 3 s/p coil of acomm aneurysm, bleed day 4 full code\n" +
    "neuro: opens eyes to voice, follws simple cmds L side, slow on R, speech garbled at times, perrl 3mm brisk, R arm drift noted @ 2200 new from days, resident in to see, stat head ct neg for new bleed or hydro, tcd ordered for am, q1 nc cont. evd open @ 15 above tragus drng blood tinged csf 8-14cc/hr total 240 for shift, icp 5-12 w/ one spike to 21 w/ sx'ing came down on own w/in 2 min, good waveform, drsg dry/intact. nimodipine 60 q4 via ngt, keppra 500 bid, sz prec pads up suction set up no sz activity seen\n" +
    "cv: hr 70s-90s nsr no ectopy, sbp 150s-170s early in shift goal <160 per nsurg, labetalol 10 ivp x2 w/ good effect now 130s-140s, kept even to slight pos for vasospasm, ns w/ 20k @ 125/hr, 25% albumin x1 @ 0300 for cvp 4, na 138 -> 134 md aware will recheck w/ 0600 labs\n" +
    "resp: ra sats 96-99, ls clear dim bases, strong cough, is to 750 w/ coaching\n" +
    "gi: abd soft nt nd bs +, tolerting ngt feeds probalance @ 40 goal 60, no bm, colace senna given\n" +
    "gu: foley clear yellow 80-200/hr\n" +
    "skin: intact, heels floated, turned q2\n" +
    "social: husband called @ 2300 and again @ 0415 cant sleep, updated on the arm weakness and ct, he will come in early. son at bedside til midnight, appropriate, asking good questions\n" +
    "plan: tcd in am, watch for vasospasm, q1 nc, keep sbp<160, lytes q6, call nsurg for any change",
  "burn icu nsg 7p-7a\n" +
    "pt 38 yo m house fire, 42% tbsa mixed partial/full thickness face neck ant chest bilat arms + hands, L thigh, inhalation inj, intubated in field, arrived by air from outside hosp @ 2030\n" +
    "resp: ett 8.0 23 @ lip tied w/ umbilical tape not tape to face, ac 600x16 peep 8 fio2 .60, sats 94-97, carbonaceous sputum sx'd q1-2 thick black, bronch by burn fellow @ 2200 showed mod inhalation inj, abg 7.31/44/88/-4, cohb 9 on arrival now 2\n" +
    "cv: hr 120s st, bp 100s-110s/60s, parkland 4cc x 80kg x 42 = 13440 for first 24h half in first 8 hrs from time of burn not time of arrival, lr @ 840/hr titrated to uo 30-50, uo 15-25 first 2 hrs so lr up to 1000/hr per burn team, now 40-60/hr, a-line R fem, L subclavian tlc placed thru unburned skin\n" +
    "extremities: bilat arms tight, doppler pulses getting fainter by 2245, escharotomy bilat arms + R hand done at bedside w/ bovie @ 2300, pulses palpable after, hands elevated on pillows, cap refill <3 sec\n" +
    "skin: silvadene to chest arms thigh, bacitracin to face, sulfamylon to ears, kerlix wraps, face swelling alot eyes swollen shut lacrilube q4\n" +
    "neuro: fentanyl gtt 150mcg/hr + versed 4mg/hr, pt restles w/ any care, extra bolus before escharotomy, moves all 4\n" +
    "gi: ogt lis, pepcid, tf to start in am per burn protocol, abd soft\n" +
    "gu: foley, urine dark tea colored initially now clearing, ck sent\n" +
    "social: wife + sister in waiting rm, updated by burn attending and this rn, chaplain in, wife called back @ 0400 from home, told stable but very sick\n" +
    "plan: cont resus to uo, q1 pulse cks, recheck ck lytes hct at 0600",
  "micu npn 11p-7a\n" +
    "pt 67 yo m urosepsis arf anuric on cvvh since yest via R IJ vascath, prisma bfr 150 repl 2000/hr prefilter, uf goal net neg 50-100/hr as bp tol, heparin 500u/hr into circuit ptt 48\n" +
    "crrt: filter clotted @ 0140, tmp creeping up 180 -> 260 since midnight, unable to return blood ~150cc lost, md aware, new set primed + restarted @ 0250, down ~70 min, renal fellow ok'd heparin up to 700u/hr, filter pressures stable since. net for shift -420\n" +
    "cv: levophed .08 -> .05 mcg/kg/min, map 60s-70s, hr 90s afib rate controlled on dilt gtt 5mg/hr, cvp 12-14\n" +
    "resp: intubated cpap 10/5 fio2 .40 sats 97-100, sx'd small thin white, ls coarse R base\n" +
    "neuro: propofol 20mcg/kg/min, rass -1, follows cmds intermittently, pt restles @ 0300 pulling at ett and lines, bilat soft wrist restraints applied, order renewed by covering md, q2 release + skin ck documented, propofol up to 30\n" +
    "labs: k 4.1 bun 62 cr 3.8, phos 2.1 repleted w/ kphos 15mmol, mg 1.9 repleted 2g, ica 1.08 ca gluc 2g given, hct 26 post clot will recheck\n" +
    "gi: abd distened but soft, hypoactive bs, tf impact @ 20 residuals 30-60, no bm\n" +
    "gu: anuric, foley stays per team\n" +
    "skin: coccyx stg 2 duoderm intact, turned q2\n" +
    "id: tmax 38.2, zosyn vanco, vanco level in am since on crrt\n" +
    "family: dtr called @ 0030 asking if dialysis will be permanent, told renal team will talk to her at rounds, she will come in\n" +
    "plan: cont cvvh, keep filter running, lytes q6, wean pressors as tol",
  "nsicu nsg note nights\n" +
    "pt 23 yo m unrestrained driver mvc, severe tbi, R sdh s/p evac + L frontal contusions, camino bolt in R frontal, gcs 6t (e1 vt m5)\n" +
    "neuro: icp 18-28 most of nite, cpp 60-72, icp 32 w/ turning @ 0100 sustained >5 min, gave mannitol 50g + 3% bolus 250, hob 30, neck midline c-collar on, hyperventilated briefly w/ bag per resident, icp down to 19, serum osm 304 at 0200 so mannitol held per nsurg, 3% saline @ 50/hr na 148 goal 145-155, pupils R 4 sluggish L 3 brisk unchanged, no posturing, keppra 1g bid, sz prec\n" +
    "sedaton: propofol 50mcg/kg/min + fentanyl 100/hr, vecuronium gtt started @ 0130 for icp, tof 2/4, eye lube, bilat soft wrist restraints remain on for safety pt was reaching for ett earlier before paralytic, will d/c restraints if stays paralysed per policy md aware\n" +
    "cv: hr 60s-80s nsr, map 85-95 w/ neo 1mcg/kg/min to keep cpp >60, cvp 10\n" +
    "resp: ac 550x16 peep 5 fio2 .40, paco2 goal 35-38, abg 7.42/36/140, ls clear, sx'd scant\n" +
    "gi: ogt to lis, no tf yet, abd soft, pepcid\n" +
    "gu: foley 100-300/hr, watching for di, urine sg 1.012, md aware\n" +
    "skin: intact, scalp incision clean, staples, abrasions L arm + hip bacitracin\n" +
    "social: mom + dad stayed in family rm all night, updated @ 0130 w/ resident, very tearful, mom asked about brain death, told not at that point. grandmother called from home @ 0500 and spoke to mom\n" +
    "plan: repeat ct in am, cont hypertonic, q1 nc, ? craniectomy if icp stays up",
  "burn unit npn 7p-7a\n" +
    "45 yo f flame + scald 28% tbsa, hd 9, pod 2 excision + allograft to chest and L arm, autograft to R hand from L thigh donor\n" +
    "wounds: allograft chest + L arm bolster dsg intact dry, no strikethrough, R hand splinted in position of function, elevated, fingers warm pink cap refill brisk, L thigh donor site xeroform open to air w/ heat lamp on 20 min q2, drying well, small ooze at lower edge. back + buttock w/ acticoat wet w/ sterile water q4 (not saline), chg due tomorrow\n" +
    "pain: morphine pca 1mg q10 min lockout, 22mg used overnight, oxycodone 10 extra x1 @ 0300 for back pain, rated pain 8 -> 4\n" +
    "neuro: a+o x3 until ~0100 then more confused, pulling at hand dsg, trying to get oob, hx etoh daily per husband, ciwa 14 -> ativan 2mg iv, ciwa 16 @ 0330 ativan 2 more, sitter called in @ 0200 for safety, sitter at bedside, no restraints needed so far\n" +
    "cv: hr 100s-120s st, bp 130s/80s, afebrile 37.6\n" +
    "resp: 2L nc sats 95-98, is 1000, ls clear\n" +
    "gi: tolerting reg diet + boost tid, calorie count cont, ate 60% dinner, no bm x2 days, senna + colace, abd soft nd\n" +
    "gu: foley clear uo 50-90\n" +
    "labs: hct 28 from 31, albumin 2.1, k 3.6 repleted\n" +
    "social: husband called @ 2200 and @ 0500, updated on confusion and sitter, he said she drinks 'a bottle of wine a nite', md aware, mvi thiamine folate ordered\n" +
    "plan: ciwa q2, keep sitter, protect grafts, first look at grafts pod 5",
  "cvicu/renal npn nights\n" +
    "59 yo f s/p cabg x3 + avr, pod 6, arf on cvvhdf w/ citrate since pod 3 via L fem vascath\n" +
    "crrt: prisma bfr 150, dialysate 1000/hr repl 1000/hr, acd-a @ 180/hr, ca chloride gtt 40/hr, post filter ica 0.32-0.38, systemic ica 1.05 @ 2200 -> ca gtt up to 50 per protocol, 1.14 @ 0400, total ca 9.8, ratio ok, uf net neg 100/hr goal neg 1.5L, acheived neg 1.2L, filter on since yest afternoon, tmp 120-140 stable\n" +
    "lytes: k 4.0, bicarb 29 -> 31 md aware, renal fellow turned down acd-a a bit to 170, mg 2.2 phos 2.8\n" +
    "cv: hr 80s nsr w/ occ pacs, epicardial wires capped, sbp 100s-120s, no pressors since days, cvp 9-11, pa line out yest\n" +
    "resp: 3L nc sats 94-97, ls crackles bilat bases, cxr this am? effusions, coughs w/ pillow splinting, is 600\n" +
    "neuro: a+o x3 sleepy, slept in naps, no delirium, oriented well\n" +
    "gi: abd soft slightly distened, bs +, tolerting renal diet small amts, bm x1 soft\n" +
    "skin: sternal incision clean dry steristrips, L leg vein harvest site small serous drng, fem line site clean no hematoma\n" +
    "pain: tylenol, oxycodone 5 x1\n" +
    "social: husband called @ 2330 and 0530, updated. pt's sister called from out of town asking for details, pt gave ok to speak w/ her briefly but husband is the hcp so most info thru him. sister wants to visit this wkend\n" +
    "plan: cont cvvhdf, keep neg, ica q6, hopefully renal recovery, uo 5-10/hr so far",
  "nsicu npn 7p-7a\n" +
    "31 yo m h/o sz d/o noncompliant w/ meds, found down, status in ed, loaded fosphenytoin 20 PE/kg, ativan 8mg total, intubated for airway\n" +
    "neuro: propofol gtt titrated for burst suppression per cont eeg, now 60mcg/kg/min, eeg tech here @ 2100 to fix leads, neuro fellow watching eeg remotely and called x2 to adjust propofol. sz @ 0215 R face twitching + R arm jerking 40 sec, ativan 2mg ivp, stopped. dilantin level 9.8 (alb 2.9 so corrected higher) extra 500mg given, free level pending, keppra 1000 bid started tonight. pupils 3mm brisk, no response to voice, withdraws x4 to pain\n" +
    "cv: hr 80s-100s, bp 110s-130s/60s, no pressors, map >65, propofol may drop bp watch it\n" +
    "resp: ac 500x14 peep 5 .40, sats 100, abg 7.38/40/160, ls clear, sx'd small thick white\n" +
    "gi: ogt placed placement confirmed by cxr, lis, no tf until eeg stable\n" +
    "gu: foley 50-100/hr, cpk 2400 from sz, ivf ns @ 150\n" +
    "skin: tongue lac from sz, lips swollen, bite block in, L elbow abrasion\n" +
    "safety: sz pads on all rails, suction at hob, bilat soft wrist restraints on from ed, d/c'd @ 2200 since pt deeply sedated\n" +
    "social: mom called @ 0100 crying, she said he stopped his meds because they made him tired, she will come at 0700, updated by this rn, roommate called also, told to contact mom for info\n" +
    "plan: cont eeg, propofol titrate to bs, dilantin level in am, keppra, ? wean propofol in 24h if sz free",
  "burn icu nsg 11-7\n" +
    "71 yo m 35% tbsa flame burn from brush fire, hd 6, course compl by arf (rhabdo + underresus at outside hosp) now on cvvh via R IJ trialysis\n" +
    "wounds: silvadene bid to bilat legs + back, acticoat to arms chg due today, face healing well bacitracin, scattered blisters R foot, OR for excision planned hd 8 if stable\n" +
    "crrt: bfr 150 repl 1500/hr postfilter, heparin 400u/hr ptt 52, uf 50/hr, heparin and repl fluid on seperate pumps, filter #3 changed @ 0315 for clotting, blood returned this time, new filter fine. net -300 for shift\n" +
    "cv: hr 90s-100s st, bp 100s/50s, levophed .03 barely on, trying to wean off, map 65-70\n" +
    "resp: intubated ac 500x16 peep 10 fio2 .50, sats 93-96, ards picture on cxr, sx'd thin tan\n" +
    "neuro: fentanyl 200/hr + ketamine for dsg chgs, rass -2, pt restles w/ turns, grimaces\n" +
    "gi: tf impact glutamine @ 70 goal 80, abd distened firm bs hypo, kub ordered, residual 250 @ 0200 held x2hrs then resumed @ 40, md aware\n" +
    "gu: anuric, foley d/c'd yest\n" +
    "labs: k 4.6, hct 24 -> 1u prbc given @ 0100, alb 1.8, glc 180s insulin gtt 4-6u/hr\n" +
    "id: tmax 38.7, wound cx back w/ pseudomonas, zosyn + tobra, pan cx sent\n" +
    "social: wife called @ 2230 and son called @ 0300 from across the country, both updated, wife aware of possible OR and wants to be here before\n" +
    "plan: cont cvvh, wean levo, consider ihd once off pressors, OR hd 8",
  "nsicu nursing 7p-7a\n" +
    "72 yo f L thalamic ich w/ ivh, hd 8, evd clamped @ 0800 yest for trial\n" +
    "neuro: evd clamped whole shift, icp 10-16 transduced thru clamped system q1, no sustained >20, pt lethargic arousable to voice, aphasic, follows 1 step cmds w/ L hand, dense R hemiplegia, pupils 3 brisk, no change from days. dilantin 100 tid level 12.4, no sz. around 0100 pt became very restles, sundowning, pulling at evd tubing, mitts on both hands, sitter called + at bedside from 0130, no restraints required, haldol 1mg iv x1 md aware w/ decent effect, reoriented frequently\n" +
    "cv: hr 60s-70s sb/nsr, sbp 120s-140s goal <160, lopressor 25 bid, hydralazine 10 iv x1 for sbp 168 @ 0500\n" +
    "resp: 2L nc 95-98, weak cough, ls coarse upper, sx'd orally, speech eval to do swallow study\n" +
    "gi: npo until swallow eval, dobhoff in place tolerting jevity @ 50 goal 60, abd soft, bm x1 incontinent loose, heme neg\n" +
    "gu: foley, uo 40-80, na 136\n" +
    "skin: coccyx red blanchable, turned q2 w/ wedge, waffle cushion, heels up\n" +
    "social: dtr called @ 2300 and said family meeting is planned w/ the team, son lives far and calls most nites, he called @ 0400 and was updated on clamp trial. dtr wants to be called if evd opened\n" +
    "plan: repeat head ct in am, if vents stable and icp ok evd out, q1 nc, sitter cont as long as pulling",
  "micu/renal npn nights\n" +
    "26 yo m found down after cocaine + etoh binge, rhabdo ck 85,000 on arrival now 61,000, arf anuric, hyperkalemia, L leg compartment syndrome s/p fasciotomy L lower leg, on cvvh via R fem quinton\n" +
    "crrt: bfr 200 repl 2500/hr prefilter, no anticoag due to fasciotomy bleeding, saline flushes 100cc q1h to keep filter going, filter clotted @ 2330 (was only up since 1800), new one up @ 0030, filter clotted again @ 0540, renal fellow notified, discussion re citrate in am, k 5.8 -> 5.1 -> 5.6 during downtime md aware, kayexalate not given since on crrt, insulin + d50 x1 @ 0600\n" +
    "wounds: L leg fasciotomy w/ wound vac at 125 cont, drng 150cc bloody over shift, dsg intact, foot warm, dp doppler, toes move\n" +
    "cv: hr 110s st, bp 140s/90s, cocaine so no bb, ativan for agitation\n" +
    "neuro: a+o x3, very anxious, pt restles, wants to leave ama at 0200, threatened staff verbally, security at door, psych consult tomorrow, ativan 2mg iv x2, ciwa 12-18, sitter placed @ 0230, pt calmer after and slept 3 hrs\n" +
    "resp: ra sats 98\n" +
    "gi: abd soft, tolerting clears only, nausea x1 zofran\n" +
    "gu: foley, scant dark urine 10cc/hr\n" +
    "social: girlfriend called @ 0100 and was told info only w/ pts ok, pt said ok to tell her he is on dialysis, mom called too and was updated\n" +
    "plan: citrate for crrt, lytes q4, wound vac, psych, ciwa",
  "nsicu npn 7p-7a\n" +
    "61 yo m pod 1 R frontal crani for resection of mass (path pending), hx htn, full code\n" +
    "pt awake alert oriented x3 most of the nite, mild L pronator drift unchanged from post op, face symm, speech clear, perrl 3 brisk, q1 nc then q2 after 0200 per nsurg, c/o ha 6/10 at incision, tylenol + dilaudid 0.5 iv x2 w/ relief. dilantin 100 tid, level 8.1 this eve so 300mg extra load given over 1 hr, on tele during load no ectopy. decadron 4 q6, fs 180-240 sliding scale covering, reg insulin 6u @ 0000 and 4u @ 0600. sz prec pads up, no sz activity. jp drain from incision 40cc serosang, dsg dry, head wrap intact\n" +
    "cv hr 60s-70s nsr, sbp 130s-150s goal <160, hydralazine 10 x1 @ 2300 for 164\n" +
    "resp ra 96-98, ls clear dim bases, coughs, is 1250 good effort\n" +
    "gi abd soft, tolerting clears, advanced to full liquids in am if ok, no bm, colace, nausea x1 zofran 4 w/ effect\n" +
    "gu foley d/c'd @ 0500 per order, due to void by 1100\n" +
    "skin intact, incision r frontal staples clean\n" +
    "pt worried about the path and kept asking, told team will discuss once its back, he slept well after 0200. wife called @ 2200 to say goodnight, and again @ 0600 asking if he ate. pt got up to chair w/ assist x1 @ 0530 steady, no dizziness\n" +
    "plan oob to chair tid, pt/ot eval, dilantin level in am, jp likely out in am, mri w/ and w/o",
  "burn icu nsg 7p-7a\n" +
    "33 yo m electrical injury high voltage at work, entry R hand exit L foot, approx 15% tbsa incl deep burns R forearm, hd 2, s/p fasciotomy R forearm + carpal tunnel release yesterday\n" +
    "cv: on tele for 48h after electrical inj, hr 80s-100s nsr, no ectopy, no st changes, troponin neg x2\n" +
    "renal: ck 38,000 -> 46,000 -> 44,000, urine reddish brown at start of shift, bicarb gtt 150meq in d5w @ 150/hr, urine ph 6.5 -> 7.0, lr @ 250 also, uo goal 100/hr acheived 100-180/hr, cr 1.2 stable, k 4.8, md aware ck still up, will trend q6\n" +
    "extremities: R arm fasciotomy open w/ xeroform + moist kerlix, elevated on 2 pillows, hand cool at start 0200 warmer, radial dopplerable, fingers move weakly, numb. L foot exit wound full thickness heel silvadene bid. compartment cks q1 both legs soft\n" +
    "neuro: a+o x3, remembers shock, says 'felt like my whole body lit up', no loc reported, hearing ok, eyes no cataract c/o but will need ophtho f/u, morphine pca 1mg q8 lockout used 18mg, pain 5-7\n" +
    "resp: ra sats 99, ls clear\n" +
    "gi: regular diet, ate little, nausea x1, abd soft nd\n" +
    "psych: pt anxious re job, cant sleep, ambien 5mg x1 @ 2330 slept till 0400\n" +
    "social: wife at bedside till 2100 then went home w/ kids, called back @ 0230 when she could not sleep, updated. foreman from work called @ 2200, no info given, referred to pt in am\n" +
    "plan: cont bicarb to uo >100 and clearing urine, OR hd 3-4 for debridement R forearm, ck q6",
  "micu npn 7p-7a renal liver pt\n" +
    "48 yo m etoh cirrhosis w/ hepatorenal, meld high, on cvvh since 3 days via L IJ vascath, listed? not a candidate at this time per liver team\n" +
    "crrt bfr 120, repl 1500/hr prefilter, no anticoag (inr 2.8 plt 42), filter lasting ~18 hrs on avg, changed @ 2300 as scheduled, blood returned, uf 0-50/hr as bp allows, net even for shift\n" +
    "neuro pt encephalopathic grade 2-3, confused, trying to get oob all nite, pulling at vascath dsg x2 — line secured, dsg redone sterile, bilat soft wrist restraints on @ 0030 after pulling, covering md wrote order, q2 release + rom + skin cks done. lactulose 30 q4 via ngt, 4 liquid bm, rifaximin. asterixis present\n" +
    "cv hr 90s-100s st, map 60-68, albumin 25% 25g q6, no pressors, midodrine + octreotide\n" +
    "resp 2L nc 94-96, abd distened tense, tapped yest 4L, ls dim bases\n" +
    "gi ngt to feeds nepro @ 30, residuals low, flexiseal in for the stool, skin protected\n" +
    "labs k 3.9, na 129, glc 60 @ 0400 -> d50 1/2 amp then 110, md aware, d10 started @ 40/hr, fs q2 now\n" +
    "heme oozing from old a-line site, pressure dsg, ffp x2 given before ngt replaced @ 0500\n" +
    "skin jaundiced, coccyx stg 2, heels boots on, turned q2\n" +
    "social wife called @ 2300 asking about transplant again, told team is meeting w/ her tomorrow afternoon. brother also called and wife asked that he get updates as well, she will add him to the list\n" +
    "plan cont cvvh, glc q2, lactulose titrate to 3-4 bm/day, family mtg",
  "nsicu npn 1900-0700\n" +
    "44 yo f sah hh 2 s/p clip of R mca aneurysm, bleed day 7, clinical vasospasm started on days, to angio @ 1600 got intra-arterial verapamil to R mca w/ improved flow, back @ 1830\n" +
    "neuro: before angio L arm weak 3/5 and drift, after angio improved to 4+/5, drift subtle, a+o x3 slow to answer, perrl, L nasolabial flat mild. q1 nc. evd open @ 10 drng 5-10cc/hr yellow csf, icp 4-9, waveform ok. triple h: sbp goal 160-200 on neo 2-4 mcg/kg/min to keep 170s, cvp goal 8-10 got albumin 5% 500 x2, hct 31 goal ~30. nimodipine 60 q4, keppra 500 bid, sz prec\n" +
    "cv: hr 70s-90s nsr, neo running thru R IJ cordis, R fem angio site soft no hematoma, pedal pulses dopplerable unchanged, groin flat x6h done @ 0030\n" +
    "resp: 2L nc sats 96-100, ls crackles bases from fluid? lasix held to stay euvolemic/hypervol per plan, md aware of crackles, cxr in am\n" +
    "gi: tolerting regular diet slowly, abd soft, no bm x3 days, dulcolax pr w/ results\n" +
    "gu: foley, uo 150-300 some cerebral salt wasting ?, na 133 started salt tabs 2g tid, fludrocort added\n" +
    "skin: intact, R groin clean\n" +
    "social: husband at bedside till 0100 sleeping in chair then sent home, teen dtrs called him overnight, he called back @ 0500 to check, told stable and arm better\n" +
    "plan: tcd am, cont triple h, repeat angio if worse, neuro cks q1, any weakness call nsurg stat",
  "burn icu npn 7p-7a\n" +
    "55% tbsa flame burn, 41 yo m, hd 14, multiple OR trips, allograft on back + both legs, autograft to hands/arms, septic picture tonite\n" +
    "id: tmax 39.6 @ 2200, cooling blanket on, tylenol, pan cx x2 + wound cx from back where allograft is sloughing w/ green drng and odor, pseudomonas hx, burn fellow in, abx changed to meropenem + tobra + vanco, tobra level with 3rd dose\n" +
    "cv: hr 130s st, sbp 80s-90s @ 2300 lr 1L bolus x2, levophed started 0.04 now 0.1 mcg/kg/min map 65, cvp 8 -> 12, lactate 3.4 -> 2.6, a-line L radial\n" +
    "resp: trach ventilator ac 500x18 peep 10 fio2 .60, sats 91-94, sx'd thick yellow q1-2, abg 7.30/48/68 md aware, peep up to 12\n" +
    "wounds: dsg chg done @ 2000 pre fever, back allograft about 40% sloughed, removed loose pieces, silvadene to open areas, sulfamylon soaks to legs q4 (5% solution), acticoat arms intact, moisten q4 w/ sterile water. tubbing planned in am if stable, likely back to OR for excision and new allograft\n" +
    "neuro: fentanyl 250/hr, versed 5, rass -3, moves all ext slightly to pain, ketamine available for dsg chgs\n" +
    "gi: tf oxepa @ 90 goal 100, residuals 100s, abd distened soft, bm x2 loose c diff sent\n" +
    "gu: foley uo 30-50 after bolus, was 15-20 before, cr 1.4 up from 0.9\n" +
    "labs: glc 200s insulin gtt 8u/hr, wbc 21 from 14, plt 98\n" +
    "social: mom called @ 2330 and 0300, told he has a fever and needed bp meds, she is coming in am, dad on his way from out of state\n" +
    "plan: cont abx, levo wean, OR for back, watch uo + cr, ? crrt if worse",
  "micu npn nights crrt pt\n" +
    "57 yo f sepsis from pneumonia, arf, hit + (heparin stopped, argatroban for dvt), on cvvhdf via R IJ vascath day 4\n" +
    "crrt no heparin in circuit since hit, argatroban runs systemically @ 0.5mcg/kg/min ptt 58-64 goal 50-70, filter clotted x2 this shift @ 2215 and @ 0410, tmp up, effluent pressure dropping, first time blood returned, second time lost ~100cc, md aware, renal fellow says can try citrate but pt has liver issue? lft up, holding off til rounds. bfr 150, dialysate 1L/hr repl 1L/hr, uf 75/hr, net -600 goal -1L\n" +
    "cv hr 100s st, bp 100s-110s/50s no pressors since yest, cvp 10\n" +
    "resp intubated ac 450x20 peep 12 .50, ards, sats 92-95, not proned, sx'd mod thick tan, abg 7.34/50/71\n" +
    "neuro sedated versed 3 + fentanyl 100, rass -3, pupils equal brisk, no restraints needed while this sedated\n" +
    "gi ogt tf peptamen @ 45, residuals 50s, abd soft, bm x1 brown, heme neg\n" +
    "gu foley, uo 5-10/hr, was anuric so small improvement\n" +
    "heme plt 48 (was 160 on admit), hct 25 stable, argatroban labs q6, L arm dvt swollen, arm elevated\n" +
    "skin all intact, turned q2, waffle mattress\n" +
    "social son called @ 0200, works nights, asked lots of questions about hit and clotting the machine, updated, he will call again tomorrow nite. husband deceased, son is hcp\n" +
    "plan citrate discussion, keep ptt 50-70, lytes q6, wean peep as tol",
  "nsicu npn 7p-7a\n" +
    "36 yo f hsv encephalitis? vs other, admitted from ed w/ fever confusion and new sz, lp done in ed, csf wbc 240, acyclovir 10mg/kg q8 running, contact/droplet prec until mening r/o\n" +
    "neuro: confused, oriented to self only, agitated at times, answers w/ odd words, had 2 sz this shift: @ 2340 gtc 90 sec w/ desat to 88, ativan 2mg iv stopped it, post ictal 1 hr, @ 0430 L face + L arm focal 30 sec self limited. keppra 1g bid -> loaded 1.5g extra per neuro fellow, dilantin added load 1g, level to be drawn 2 hrs after. eeg started @ 0100 cont. pupils 4 brisk\n" +
    "safety: sz pads, suction, oral airway at hob, bed low, pt restles + tried to climb out @ 0200, sitter requested + arrived @ 0245, mitts on, no restraints\n" +
    "cv: hr 100s-120s st w/ fever, bp 110s/70s, ns @ 100\n" +
    "resp: 2L nc after sz, sats 96-99 now, ls clear, no aspiration noted\n" +
    "id: tmax 39.1, tylenol, cooling, blood cx x2, csf pcr pending, vanco ctx amp continuing until cx back\n" +
    "gi: npo for now d/t sz + confusion, ivf, no bm\n" +
    "gu: voiding in bedpan w/ help then incontinent x2, foley placed @ 0300 for i+o\n" +
    "skin: intact, tongue bitten L side\n" +
    "social: partner at bedside most of nite, scared, saw both sz, educated on sz prec and what to do (call rn, dont put anything in mouth). partner's mom and pts sister called overnight, updated briefly w/ partners ok\n" +
    "plan: mri brain am, cont acyclovir (watch cr), eeg, dilantin level, sitter cont",
  "burn unit nsg 7p-7a\n" +
    "52 yo m grease fire in kitchen, 18% tbsa face neck bilat hands + forearms partial thickness, not intubated, airway cks q1 stable, singed nasal hair on admit, no stridor, voice hoarse but unchanged\n" +
    "neuro: a+o x3 until ~2200 then tremulous, sweaty, seeing bugs on the wall, hx heavy etoh per wife, ciwa 18 -> 24, ativan 2 + 2 + 4 over 2 hrs, phenobarb 130 iv x1 per md, pt calmer by 0200, ciwa 9 @ 0400. pt tried to pull off hand dsg + iv x3, bilat soft wrist restraints applied @ 2315 (padded over hand dsg, checked circ q15 min first hour), sitter arrived @ 0030 and restraints off @ 0130 w/ sitter at bedside\n" +
    "wounds: face bacitracin q4 + prn, sulfamylon to ears, hands + forearms silvadene + kerlix, dsg chg done at 2000, hands elevated, splints at nite, edema 2+ both hands\n" +
    "cv: hr 110s-130s st w/ w/d, bp 150s-170s/90s, lopressor 5 iv x1\n" +
    "resp: 2L nc sats 95-98, ls clear, voice same, no carbonaceous sputum\n" +
    "gi: diet regular but not eating, boost x1, thiamine folate mvi given, no bm\n" +
    "gu: voiding urinal, 200-350 each\n" +
    "labs: k 3.3 repleted 40meq po, mg 1.5 repleted 2g iv, phos 1.9\n" +
    "social: wife called @ 2300 worried, said he usually drinks 'a 12 pack after work', updated on w/d + sitter. she will bring glasses in am\n" +
    "plan: ciwa q1-2, keep sitter, first tubbing am, ot for hand splints",
  "renal/micu nursing note 7p-7a\n" +
    "64 yo m ckd 4 baseline cr 3.2, now arf on ckd after contrast + sepsis, on cvvh x6 days, plan to transition to ihd tomorrow if bp stays ok\n" +
    "crrt: bfr 180 repl 2000 postfilter, citrate, post filter ica 0.35, systemic 1.12, uf 150/hr to get fluid off, pt up ~14L since admit, anasarca, scrotal edema elevated on towel roll, net neg 1.9L this shift best so far, filter changed @ 0100 (72 hr limit)\n" +
    "cv: hr 80s nsr/occ pvcs, sbp 110s-130s off pressors x2 days, tolerated uf 150 w/o drop, cvp 16 -> 13\n" +
    "resp: 4L nc sats 92-95, ls crackles 1/2 up bilat, cxr improving per team, orthopneic so hob 45\n" +
    "neuro: a+o x3, pleasant, pt restles at times w/ lines, no restraints, asks for tv at nite, slept 0200-0530\n" +
    "gi: renal diet, 1.2L fluid restriction, ate ok, abd distened w/ edema, bm x1 formed\n" +
    "gu: anuric, foley out, uses urinal if any (none this shift)\n" +
    "skin: weeping from legs, abd pads wrapped, stg 1 on sacrum, turned q2, lotion to dry areas\n" +
    "labs: k 4.3, bun 48, hct 27, alb 2.4\n" +
    "access: R IJ vascath site clean, L arm saved for possible fistula sign on wall, no bp or sticks L arm\n" +
    "social: wife called @ 2130 to say goodnight and ask about moving to regular dialysis, explained plan, son called @ 0530 before work. pt anxious about being on dialysis forever, renal team to discuss, social work referral placed\n" +
    "plan: ihd tomorrow, stop cvvh after am labs per renal, continue neg, skin care",
  "nsicu npn 7p-7a\n" +
    "68 yo m R basal ganglia ich 60cc w/ ivh + hydro, evd placed hd 1, now hd 3, icp rising today\n" +
    "neuro: gcs 7 (e2 v1 m4) at start of shift, down from 9 yest, R pupil 5 sluggish L 3 brisk, icp 20-30 sustained, evd open @ 10 drng 15-20/hr dark bloody csf, 2 times evd stopped draining @ 2300 + 0230, flushed by nsurg resident w/ 1.5cc preservative free ns w/ return of flow, mannitol 1g/kg @ 2330 + 25g q6, serum osm 318 @ 0500 so held, 23.4% saline 30cc via cvl x1 @ 0300 icp down to 18 briefly, hob 30, sedated w/ propofol 40. neurosurg does not think surgery would help per resident\n" +
    "cv: hr 50s-60s sb, sbp 180s-200s @ start, nicardipine gtt 5 -> 12.5 mg/hr, sbp now 140s-160s, map 100s, cpp 70-80\n" +
    "resp: intubated ac 500x14 peep 5 .40, sats 98-100, resp pattern irreg w/ cheyne-stokes before sedation, abg 7.44/34/150\n" +
    "gi: ogt lis, tf on hold\n" +
    "gu: foley 200-400/hr, na 152 on hypertonic\n" +
    "family: wife + 3 kids in at 2100, family meeting w/ nsicu attending + resident + this rn @ 2200, discussed poor prognosis, wife says he would not want to live like this, code status changed to dnr, no escalation, cont current care overnight and decide re comfort in am when other son arrives from far away. wife called @ 0100 and @ 0430 from home, updated on icp, she is calm but very sad\n" +
    "plan: dnr, cont current tx, no further osmotherapy escalation per fam, chaplain in am, pupils q1",
  "burn unit 7p-7a\n" +
    "64 yo f dm2 on insulin, scald from bath water, bilat lower legs + feet 12% tbsa partial + some full thickness on dorsum of feet, neuropathy so didnt feel how hot it was per pt, hd 3\n" +
    "pt awake a+o x3 pleasant, pain 3-5 w/ dsg, percocet 1 tab x2, sleeping on and off. legs elevated on pillows, edema 2+, dp pulses dopplerable bilat not palpable (baseline per pt pvd), feet cool but same as days. wounds: legs acticoat, moistened w/ sterile water q4 (did 2000, 0000, 0400), feet silvadene bid + kerlix, small blisters R shin intact left alone per burn np. glc running high 280-340, insulin gtt started @ 2200 per protocol now 5u/hr, fs q1, last 198, lantus held tonight per md. diet diabetic 1800 cal, ate half of snack, tolerting. hr 80s nsr, bp 150s/70s, home meds lisinopril amlodipine resumed. ra sats 96, ls clear. voiding w/ bedpan, uo ok 200-400 q void, cr 1.3. no bm x2 days, senna. skin: heels offloaded on pillows, no boots due to dsgs, sacrum intact. ambulation not yet, pt/ot to eval, likely needs rehab at d/c. son called @ 2100 and dtr called @ 0630, both updated, dtr upset mom was alone when it happened, asking about getting a home safety eval, sw to f/u. plan: insulin gtt to goal 120-160, OR for feet possible, wound care, dm education when able",
  "nsicu nsg 7p-7a\n" +
    "49 yo m pod 1 clip of L pcomm aneurysm (hh 3 sah bleed day 2), evd R frontal open @ 10 above tragus\n" +
    "neuro: arousable to voice, oriented to self + hospital not year, follows cmds all 4 ext, L ptosis partial from cn3 stable, pupil L 5 sluggish R 3 brisk unchanged from post op. icp 8-14, csf drng 10-15/hr blood tinged clearing. sz @ 0115: eyes deviated R, rhythmic jerking both arms ~60 sec, sats to 86 on 2L, put on nrb, ativan 2mg ivp, stopped, post ictal ~45 min then back to baseline. nsurg resident + neuro aware, stat head ct no new blood, dilantin level drawn 7.2 (was on 100 tid), reloaded 15mg/kg fosphenytoin over 30 min, keppra 500 bid added. sz prec cont, pads up, suction checked. no more sz rest of nite\n" +
    "cv: hr 80s-100s, sbp 120s-150s goal <160, no pressors, nimodipine 60 q4 held x1 for sbp 108 after ativan md ok'd\n" +
    "resp: back to 2L nc sats 97-100 post sz, ls clear, cough ok\n" +
    "gi: sips + meds crushed in applesauce after swallow screen passed on days, npo after sz til reassessed in am, ivf ns @ 100\n" +
    "gu: foley, uo 100-180/hr, na 137\n" +
    "skin: crani incision clean, staples, evd site dry\n" +
    "social: wife called @ 0230, told about sz + reloaded, she was upset she wasnt called right away, explained we were stabilizing him first, she said she understands. she is the hcp, brother also called @ 0600\n" +
    "plan: eeg in am, dilantin level am, swallow re-eval, tcd",
  "micu npn 7p-7a\n" +
    "73 yo m sepsis ? source abd vs c diff, arf, on cvvhdf since yest via L fem trialysis, citrate anticoag\n" +
    "crrt bfr 150, dialysate 1200/hr, repl 800/hr, acd-a 190/hr, ca chloride 45/hr, post filter ica 0.30 -> 0.41 @ 0300 so acd-a up 10 per protocol, systemic ica 1.10-1.16, uf 25-50/hr only due to bp, net +150 for shift. filter changed @ 0400 for rising tmp 240, blood returned, new filter primed + running by 0430\n" +
    "cv hr 100s-110s afib, levophed 0.12 + vasopressin 0.04, map 60-65, cvp 14, lactate 2.9 steady\n" +
    "resp ac 500x18 peep 8 .50, sats 94-97, sx'd thin white small\n" +
    "neuro sedated fentanyl 75 propofol 15, rass -2, moves all 4 weakly, pt restles w/ turns, no restraints\n" +
    "gi abd distened firm, bs absent, bladder pressure 18 @ 2200 and 19 @ 0400, surgery resident aware, ct abd planned if pt can travel w/ crrt, liquid green stool via flexiseal 600cc over shift, c diff toxin sent x2, po vanco + iv flagyl started, tf held\n" +
    "gu anuric\n" +
    "id tmax 38.4, wbc 28, zosyn + vanco, flagyl, po vanco\n" +
    "labs k 4.2, phos 1.8 repl 15mmol kphos, mg 2.0\n" +
    "skin sacral stg 2 unchanged, perianal red, barrier cream, turned q2\n" +
    "social wife called @ 2200 and @ 0300, very worried, asked if they should come in now, covering md spoke w/ her @ 0330, she will come at 0700 w/ son. code status full for now, family meeting to be set up\n" +
    "plan ct abd?, surgery following, cont crrt citrate, wean pressors, bladder pressures q4",
  "nsicu npn 7p-7a\n" +
    "27 yo m tbi from fall off ladder, s/p L hemicraniectomy hd 2, bone flap stored in abd, icp monitor in\n" +
    "neuro: gcs 8t (e2 vt m5) unchanged, L side skin flap soft, bulging slightly, icp 10-18 lower than before surgery, cpp 70s, R pupil 3 brisk L 4 slug (post op baseline), dilantin 100 q8 level 14.8, sz prec, helmet at bedside for when oob, no bone so turn carefully off L side, signs posted over bed 'no bone L side'\n" +
    "sedaton: propofol 30, fentanyl 50, sedation held @ 0500 for neuro exam, opened eyes to voice, localizing w/ R, moving L weaker, restarted at lower dose. pt reaching for ett during sed hold, bilat soft wrist restraints on, q2 release, order renewed\n" +
    "cv: hr 60s-80s, sbp 120s-150s, no pressors, prn labetalol not needed\n" +
    "resp: ac 500x14 peep 5 .40 -> cpap 5/5 trial @ 0600 rsbi 62, sats 98\n" +
    "gi: ogt tf impact @ 60 goal, abd soft, incision LUQ where flap is buried dsg dry, bm x1\n" +
    "gu: foley uo 80-150/hr, na 141\n" +
    "skin: scalp incision c shape staples clean, abd incision clean, abrasions face + L arm healing bacitracin\n" +
    "social: mom at bedside till 0000, went to family lodging, dad called @ 0300 from work, sister texted mom who then called rn @ 0530 to check in. mom asking for a sitter when he's awake since 'he's always been impulsive', told we'll arrange when sedation is off\n" +
    "plan: ?extubate if wean ok, trach discussion later, helmet for oob, dilantin cont",
  "burn icu npn 7p-7a\n" +
    "38 yo f flame burn 22% tbsa (bonfire accident), hd 10, pod 1 excision + sheet autograft to R thigh + R flank from L thigh + back donor sites\n" +
    "grafts: R thigh + flank grafts covered w/ xeroform + bolster + wound vac @ 75 cont, vac seal held all nite, 1 minor leak at groin edge @ 0100 patched w/ drape, drng 40cc serosang. R leg immobilized in knee immobilizer, bedrest, no turning onto R side, log roll to L only. donor sites L thigh + back xeroform, open to air L thigh w/ heat lamp, back under kerlix, oozing some on back, reinforced x1 per burn np dont remove xeroform\n" +
    "pain: hydromorphone pca 0.2 q10, used 3.4mg, oxycontin 20 bid, pain 4-6 mostly the donor sites 'worse than the burns'\n" +
    "neuro: a+o x3, pt restles from being flat in bed, frustrated, ambien 10 x1, slept 0100-0500\n" +
    "cv: hr 90s-100s st, bp 110s/60s, tmax 37.9\n" +
    "resp: ra sats 97, is 1500, ls clear, coughs\n" +
    "gi: high cal high protein diet, ate 75%, ensure plus tid, calorie count, tolerting, no bm x2, senna colace, abd soft\n" +
    "gu: foley in while on bedrest, uo 60-120\n" +
    "dvt: lovenox 40 daily, pneumoboot L leg only\n" +
    "labs: hct 27 post op from 32, md aware, no transfusion, alb 2.6\n" +
    "social: pt called her partner @ 2200 from bedside phone, pt asked rn to call partner again @ 0200 when she couldnt sleep, done. mom called @ 0600\n" +
    "plan: vac to stay till pod 5 take down, bedrest, pain control, nutrition",
  "ccu/renal npn 7p-7a\n" +
    "66 yo m cardiogenic shock after large anterior mi, s/p stent to lad, iabp 1:1 via L fem, arf on cvvh via R IJ vascath day 2\n" +
    "iabp: 1:1 augmentation, augmented diastolic 110s, timing checked, L leg pulses dopplerable, foot warm, hob <30, L leg straight, heparin gtt for iabp 1000u/hr ptt 62, also anticoagulates circuit so no extra for crrt\n" +
    "crrt: bfr 150, repl 1800/hr prefilter, uf 50/hr, net -400, filter ok tonight, tmp 140, changed last at 1600\n" +
    "cv: dobutamine 5, levophed 0.06, map 65-75 augmented, ci 2.1 on swan, pa 38/22, wedge 19, cvp 14, svr 1100, hr 90s st w/ runs of nsvt 6-8 beats x3 overnight, k 4.4 mg 2.3, amio gtt 0.5mg/min started @ 0230 per cardiology fellow\n" +
    "resp: intubated ac 500x14 peep 8 .50, sats 96-98, ls crackles bases, sx'd pink frothy small amt\n" +
    "neuro: fentanyl 50 + versed 2, rass -2, opens eyes, follows some cmds, no restraints while sedated\n" +
    "gi: ogt, tf trophic 10/hr, abd soft, no bm\n" +
    "gu: foley uo 5-15/hr making a little\n" +
    "skin: intact, cant turn fully due to balloon, small turns w/ pillows, sacrum checked ok\n" +
    "labs: trop 48, ck peaking, lactate 2.2 down, plt 110\n" +
    "social: wife stayed in waiting area, updated @ 2300 + @ 0400 when she woke, she asked re heart transplant, told would be a question for the cardiology team. dtr called from overseas @ 0500, updated w/ wifes ok\n" +
    "plan: wean iabp when able, cont crrt, amio, swan numbers q4",
  "nsicu npn nights\n" +
    "42 yo f refractory status epilepticus, hd 5, on pentobarbital coma for burst suppression, cont eeg\n" +
    "neuro: pentobarb gtt 2mg/kg/hr, burst suppression 8-12 sec interburst per eeg reader, no clinical sz, pupils 2 sluggish (expected on pentobarb), no corneals, no response to pain, icp bolt placed hd 3 for edema, icp 8-15, cpp 65-75. keppra 1500 bid, dilantin 150 q8 level 19.6, free 2.4 (high end), depakote 500 q8 level 68, topamax via ogt. pentobarb level drawn @ 0400. sz prec maintained, no paralytic, barb coma only\n" +
    "cv: hr 60s sb, bp drops w/ pentobarb, neo 0.5-1.5 mcg/kg/min map 70-80, cvp 9, ivf ns @ 80\n" +
    "resp: ac 450x14 peep 5 .40, sats 99, no spont breaths, sx'd q2 mod thick white, vap bundle\n" +
    "gi: ileus from barb, abd distened, bs absent, ogt to lis 300cc bilious over shift, tpn @ 85 started yest, reglan held per team\n" +
    "gu: foley uo 60-100/hr\n" +
    "skin: intact, eye lube q2 w/ lids taped, heels floated, turned q2, oral care chg q4\n" +
    "temp: 35.6, bair hugger on for hypothermia from barb, 36.4 now\n" +
    "social: husband called @ 0200 and @ 0530, wants to know when coma will be lightened, told neuro team plans to wean pentobarb in 24-48 hrs if eeg stays quiet, husband's mother watching kids, husband will come at noon\n" +
    "plan: cont pentobarb, eeg cont, aed levels am, wean in 1-2 days per neuro",
  "burn icu npn 7p-7a\n" +
    "46 yo m 30% tbsa flame, hd 4, intubated for inhalation inj + facial edema, on cvvh started today for arf + volume overload after big resus\n" +
    "resp: ac 550x18 peep 10 .50, sats 94-97, sx'd q1-2 black flecks decreasing, bronch hd 2 showed mod inj, heparin + albuterol nebs q4 per burn protocol, abg 7.35/42/82. face edema improving, eyes opening slightly, ett secured w/ umbilical ties checked q4\n" +
    "crrt: bfr 150 repl 1500/hr prefilter, citrate, post filter ica 0.35, systemic 1.08 -> 1.15 after ca gtt up, uf 100/hr, net -800 since start, pt tolerated, filter ok\n" +
    "cv: hr 110s st, bp 110s-120s/60s, levophed off @ 0100, cvp 16 -> 12\n" +
    "wounds: silvadene to chest + abd, acticoat arms + legs wet w/ sterile water q4, bacitracin face + lacrilube eyes, ears sulfamylon, escharotomy sites bilat arms + chest clean. dsg chg @ 2000 took 2 hrs, ketamine 50 + fentanyl boluses\n" +
    "neuro: fentanyl 200/hr, versed 4, rass -2 to -3, pt restles + bucking vent @ 0300, extra versed 2, bilat soft wrist restraints on for ett safety, order renewed, q2 checks ok, arms elevated in restraints on pillows\n" +
    "gi: ngt tf impact glutamine @ 60 goal 85, residuals <100, bm x1, abd soft\n" +
    "gu: foley uo 5-20/hr, urine dark\n" +
    "labs: k 4.9, hct 34, alb 1.9, glc 150-190 insulin gtt 3u/hr\n" +
    "id: tmax 38.3 expected, no abx\n" +
    "social: girlfriend + his mom visited till 2200, mom called @ 0200 could not sleep, updated, told about dialysis machine and that its to help kidneys + take off fluid. brother called @ 0500 and was referred to mom for updates per family request\n" +
    "plan: cont crrt, OR hd 5-6 for excision chest, cont resp care",
  "nsicu/renal npn 7p-7a\n" +
    "70 yo f cerebellar ich s/p suboccipital crani + evd, esrd on hd at home 3x/wk, now on cvvh (no anticoag) because ihd may raise icp per nsurg, hd 4\n" +
    "neuro: a+o x2 (not time), dysarthric, R dysmetria, follows cmds, pupils 3 brisk, evd open @ 10 drng 5-8/hr clear yellow, icp 3-10, no spikes. nc q1 stable. keppra 500 bid (renal dose), no sz\n" +
    "crrt: bfr 120, repl 1200/hr prefilter, no heparin due to recent crani, filter clotted @ 0230 after 12 hrs, blood returned, new set up @ 0300, uf 50/hr, net -350, k 4.6\n" +
    "cv: hr 70s nsr, sbp goal <140 per nsurg, nicardipine 2.5 mg/hr off @ 0100, sbp 120s-130s\n" +
    "resp: ra sats 95-98, ls clear, cough weak, aspiration prec\n" +
    "gi: dysphagia, npo except meds in puree per speech, dobhoff tf nepro @ 35, tolerting, bm x1\n" +
    "gu: anuric at baseline, L arm av fistula w/ good thrill + bruit, no bp/sticks L arm sign posted\n" +
    "skin: incision post neck clean staples, coccyx stg 1, turned q2\n" +
    "safety: pt restles @ 0100 trying to get oob, unsteady, tugging evd, bed alarm on, mitts, sitter requested and here @ 0200, reoriented, quieter\n" +
    "social: dtr called @ 2130, she normally takes pt to her outpt dialysis 3x/wk, asked if the unit will know she's here, told renal team notifies them. husband called @ 0600\n" +
    "plan: evd wean when ok, cvvh til evd out then back to ihd, sitter, swallow re-eval",
  "burn unit nsg 7p-7a\n" +
    "29 yo m 20% tbsa flame burn bilat legs + R arm (gas can fire), hd 21, grafts taking ~95% per burn team, plan transfer to floor tomorrow\n" +
    "wounds: R arm + bilat leg autografts open to air, lotion to healed areas, small open areas L calf xeroform, donor sites back 90% healed, itching alot, benadryl 25 at hs + atarax prn given x1 @ 0200. pressure garments measured, ace wraps to legs when oob\n" +
    "pain: oxycodone 10 q4 prn used x2, pain 2-4, pt wants to cut down\n" +
    "neuro: a+o x3, mood low tonite, talking about nightmares of the fire, tearful @ 0100, sat w/ pt ~20 min, slept after, pt ok w/ psych/sw referral for possible ptsd, md aware\n" +
    "cv: hr 80s nsr, bp 120s/70s, afebrile\n" +
    "resp: ra 98, ls clear\n" +
    "gi: regular diet, eating well, ensure bid, wt stable, bm daily\n" +
    "gu: voiding in urinal, no issues\n" +
    "activity: amb in hall w/ pt x2 today, tonight walked to bathroom independently w/ legs wrapped, steady\n" +
    "skin: some hypertrophic area R arm beginning, ot to address w/ garments\n" +
    "social: girlfriend visited til 2100, his mom called @ 2200 to ask about going to rehab vs home, explained likely home w/ outpt burn clinic + ot, dad called @ 0600 to say hi before work\n" +
    "plan: transfer to floor, psych/sw consult, ot for garments, outpt burn f/u",
];

/** Decision 252's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision252Corpus(): Corpus {
  return { notes: [], clean: DECISION_252_LONG_CLEAN };
}
