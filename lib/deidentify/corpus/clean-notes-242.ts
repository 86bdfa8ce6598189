// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008: MICU night shift
// notes typed almost all in lower case by a tired nurse, with run-on sentences, dropped letters,
// typos, abbreviations without periods and floor slang ("pt tanked sats", "brady'd down"). They cover
// sepsis, GI bleeds, DKA, alcohol withdrawal and COPD, with family lines by role only and talks about
// code status and comfort care. They are by "an eighty-fourth writer who had not read the guard's
// rules". Every note should pass through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 242: thirty long clean MICU night nursing notes (1,000 to 2,500 characters each). */
export const DECISION_242_LONG_CLEAN: string[] = [
  "micu npn 7p-7a\n" +
    "pt is 71 yo m w/ copd on 2l home o2, admitted w/ rll pna and sepsis, came up from ed around 2000 on levo @ .08 mcg/kg/min, full code for now\n" +
    "neuro: a&ox3 on arrival, anxious, asking for his nebs over and over, ativan .5mg iv x1 at 2300 w/ good effect, slept on and off, mae, no focal deficits\n" +
    "cv: hr 100-120s st, occ pvc, bp 80s-90s/40s on levo, titrated up to .14 around 0100 when map drifted to 58, now back down to .1 w/ maps 62-68, got 1l lr bolus x2 overnight, cvp 6-9 via l ij tlc placed in ed, lactate 4.1 -> 2.9, pulses palp, ext cool to touch\n" +
    "resp: on 4l nc on arrival sats 91-93%, at 0330 pt tanked sats to 82% while turning, wheezy and using accessory muscles, rr 30s, put on bipap 12/5 fio2 .5 and albuterol/atrovent nebs given by rt, sats back up to 92-94%, abg on bipap 7.31/58/71, ho aware, will repeat at 0800. ls tight exp wheeze throughout, dim rll. cough weak, not bringing anything up\n" +
    "gi: npo while on bipap, abd soft obese +bs, no bm, protonix iv\n" +
    "gu: foley placed in ed, uo 15-30cc/hr, dark amber, bun/cr 38/1.9 (baseline ~1.1 per team)\n" +
    "id: tmax 38.6 ax, wbc 19.4 w/ bands, on vanco/zosyn/azithro, bld cx x2 sputum cx sent, urine legionella ag pending\n" +
    "endo: fs 160-190, ssri coverage, on solumedrol 60 iv q8\n" +
    "skin: coccyx pink blanchable, turned q2, heels floated on pillows\n" +
    "social: wife at bedside til 2200, pretty upset, she says he 'never gets this bad', updated by ho about poss intubation if bipap fails, wife says pt always told her he doesnt want to 'live on a machine' but no hcp form signed, pt himself said ok to breathing tube 'if its short' so stays full code, team to readdress w/ pt and wife in am\n" +
    "a/p: septic shock from pna + copd flare, cont levo to map >65, bipap and nebs q2-4, abx, follow lactate, watch closely may need tube\n",
  "micu nursing 1900-0700\n" +
    "58 yo f w/ etoh cirrhosis, known grade 3 varices, came in w/ hematemesis x3 at home, in ed vomited ~500cc bright red, got 2u prbc and octreotide started, here since 1830\n" +
    "neuro: a&o x2 on arrival, knew she was in hospital not why, got more confused around 2200 and picking at air, ? early withdrawl vs enceph, last drink per son was yest am, ciwa 12-16, ativan 1mg iv x2, ammonia 88, lactulose held while actively bleeding per gi\n" +
    "cv: hr 110s st, bp 90s/50s, at 0015 pt had another large coffee grounds/brb emesis ~400cc and brady'd down to 40s for a few sec w/ vagal, bp dipped to 70s/30s, ho at bedside, 2 more units prbc hung wide open through 16g x2, ffp x2, hr back to 100s bp 100s/60s\n" +
    "resp: intubated 0100 for airway protection before egd, cmv 500x14 peep 5 fio2 .5, sats 98-100%, ls clear upper coarse bases, sx small bloody secretions likely from the emesis\n" +
    "gi: egd at bedside 0130 w/ gi fellow, 4 bands placed on bleeding varix, no further emesis since, ogt to lcws now w/ small amt old dark blood only, octreotide @ 50mcg/hr, protonix gtt @ 8mg/hr, abd distended firm ? ascites, hypoactive bs\n" +
    "gu: foley, uo 20-40/hr yellow, cr 1.3\n" +
    "heme: hct 19.8 -> 24.1 after 4u, plt 61, inr 2.2, got vit k 10mg iv, recheck hct q4\n" +
    "id: cipro iv for sbp ppx, afeb\n" +
    "social: son here all night, very tearful, says his mom has been drinking 'since dad passed' and nobody could stop her, son is hcp, full code for now, he wants everything done, updated by fellow post egd\n" +
    "plan: serial hct, keep plt >50 inr <1.5 per gi, cont octreotide x72h, sedation w/ fent/versed, ciwa once extubated, sw consult\n",
  "micu npn nocs\n" +
    "24 yo m type 1 dm since childhood, ran out of insulin for 4 days, n/v, abd pain, came in dka w/ glu 612, ag 31, ph 7.02, bicarb 5, k 5.8 on admit, came up to unit at 2030\n" +
    "neuro: drowsy but arousable, a&ox3, answers slow, kussmaul resp on arrival, more awake as night went on, by 0400 joking w/ me about hospital food\n" +
    "cv: hr 130s st -> 100s w/ fluids, bp 110s/60s, got 3l ns in ed + 1l here then switched to 1/2ns @ 250/hr once na corrected, d5 1/2ns added when glu <250 at 0300\n" +
    "resp: rr 28-32 deep, now 20s, sats 98-100% ra, ls clear\n" +
    "endo: insulin gtt @ 7u/hr per dka protocol, glu 612 -> 480 -> 355 -> 271 -> 220 -> 198 hourly fs, ag 31 -> 24 -> 17 -> 13 at 0500, bicarb up to 14, k dropped 5.8 -> 3.6 so 40meq kcl iv given via cvl and 20meq in fluids, phos 1.4 repleted w/ kphos 15mmol\n" +
    "gi: nauseated early, zofran 4mg iv x2, then had sips of water and ginger ale w/o vomiting, abd soft mild diffuse tenderness much better\n" +
    "gu: voiding lg amts in urinal, 3200 out overnight, no foley\n" +
    "access: 18g l ac, 20g r hand, r fem cvl from ed, plan to pull once off gtt\n" +
    "social: mother called twice overnight, updated on labs, says pt lost his job and his insurance and 'tried to make the insulin last', sw and case mgmt consult placed re meds at d/c, pt a little embarrassed but engaged, asked about cheaper insulin\n" +
    "code: full code\n" +
    "plan: cont gtt til ag closed x2 then overlap w/ lantus sq 2h before stopping gtt, diet in am, dm teaching, k/mg/phos q4\n",
  "micu nsg note 7p-7a\n" +
    "pt 49 yo m admitted for etoh withdrawal w/ hx of dts and w/d seizures, last drink ~36h prior to admit per pt, came in tremulous diaphoretic hr 140s, here since yest\n" +
    "neuro: rough night. started out a&ox3 ciwa 18, by 2200 ciwa 28-32, visual hallucinations seeing bugs on the ceiling and 'the dog' under the bed, pulling at tele leads, trying to climb oob x3, got valium 20mg iv x4 and ativan 2mg iv x3 with minimal effect, 4 pt restraints on for safety at 2330 w/ order, ho aware, phenobarb 130mg iv x2 given per team, precedex gtt started 0130 @ .4 mcg/kg/hr titr to .7, calmer by 0300, ciwa 10-12 by am, sleeping in short stretches, restraints off 0530\n" +
    "cv: hr 130s st -> 90s, at 0410 on precedex brady'd down to 48 for ~1 min, asymptomatic, decreased gtt to .5, hr 60s-70s since, bp 160s/90s -> 130s/70s\n" +
    "resp: 2l nc sats 95-97%, ls clear, no aspiration episodes, hob 30+\n" +
    "gi: vomited x1 bilious early, zofran x1, abd soft, no bm, lfts elevated ast>alt, lipase nl\n" +
    "gu: voiding in urinal when calm, incont x1, uo ok\n" +
    "lytes: k 3.1 mg 1.2 phos 1.9, all repleted, recheck 0600 k 3.8 mg 1.9\n" +
    "nutrition: thiamine 100 iv, folate, mvi in banana bag running @ 100/hr\n" +
    "skin: wrists intact after restraints, abrasion l shin from climbing attempt, cleaned\n" +
    "social: no family in to visit, pt says he lives w/ his brother, brother called at 2100, says pt has been to detox 'more times than i can count' and has never been this bad, pt full code\n" +
    "plan: wean precedex as tol, ciwa q1h, seizure precautions, sw re detox program at dc, thiamine x3 days\n",
  "micu npn 1900-0700\n" +
    "pt 66 yo f severe copd (fev1 0.6 last yr), on 3l home o2, multiple admits this yr for flares, dnr/dni confirmed w/ pt and hcp (dtr) at admission, bipap ok per pt\n" +
    "resp: on bipap 14/6 40% most of night, rr 24-30, sats 88-92% which is her goal per team (88-92), pt pulled mask off x4 to talk and each time tanked sats to high 70s within a minute, coached and mask back on w/ sats back up, abg at 0200 7.28/74/62, ho aware, pt aware of results and again said 'no tube, i mean it', nebs albuterol/atrovent q2h, solumedrol 40 iv q8, ls diminished throughout w/ faint exp wheeze, tripoding in bed\n" +
    "neuro: a&ox3, lucid, very anxious when short of breath, morphine 1mg iv x2 for air hunger per team w/ some relief, no resp depression noted, no benzos given\n" +
    "cv: hr 100-110 st/mat at times, bp 130s/70s, lasix 20 iv x1 for ? component of chf, neg 600cc at 0600\n" +
    "gi: npo except ice chips and meds w/ mask briefly off, abd soft, bm x1 soft\n" +
    "gu: voiding on bedpan, would not tolerate commode\n" +
    "skin: bridge of nose red from mask, mepilex on, rotating masks\n" +
    "id: levaquin for ? bronchitis, afeb, wbc 13 (on steroids)\n" +
    "social: dtr (hcp) here until 2300, stepped out to cry a few times, talked w/ me about what happens if bipap doesnt work, explained pt's wishes are dnr/dni and that we can focus on comfort w/ morphine if it comes to that, dtr said 'that's what she wants, i just dont want her to suffer', asked for family meeting w/ attending in am, son on his way by car, wants a call if anything changes\n" +
    "plan: cont bipap, nebs, steroids, abx, family mtg in am re goals, comfort meds prn, may need to discuss cmo if co2 keeps climbing\n",
  "micu npn 7p-7a\n" +
    "pt made cmo this eve after family mtg w/ attending, fellow, sw, chaplain and family (husband, 2 sons, sister). pt is 83 yo f w/ septic shock from ? cholangitis, on 3 pressors x48h, anuric, intubated, not a candidate for ercp per gi, family felt she would not want this, code status changed to dnr then cmo\n" +
    "at 2030 levo, vaso and neo off, pt received morphine 4mg iv bolus then gtt started @ 4mg/hr, ativan 1mg iv, glyco .2 for secretions, extubated to room air at 2045 w/ family at bedside, rt present\n" +
    "post extubation: rr 28-34 w/ some mild grimacing, morphine bolused 2mg x2 and gtt up to 6mg/hr per order, rr then 18-22, face relaxed, some gurgling, glyco repeated 2300, repositioned on l side which helped\n" +
    "hr 120s on pressors -> 90s -> 60s by 0300, no bp cuff per family request, tele turned off at central station and monitor in room off at 2100\n" +
    "mouth care q2h, lips moistened w/ swabs, eyes lubricated, foley left in for comfort, turned q2-3h w/ pillows\n" +
    "family: husband held her hand most of the night, sons took turns sitting w/ him, sister went home at 0100 and asked to be called, chaplain came back at 2200 and prayed w/ them at husband's request, family brought in a radio and played her favorite old records, very peaceful in room, husband thanked staff a lot\n" +
    "at 0415 resp became irregular w/ long apneic pauses, family gathered, pt passed peacefully at 0452, pronounced by ho, family stayed w/ her til 0600, declined autopsy, organ bank notified per protocol (not a candidate), post mortem care done, belongings (wedding ring, glasses) given to husband, pt to morgue at 0645\n" +
    "sw to f/u w/ family re bereavement\n",
  "micu npn nights\n" +
    "pt 77 yo m from nursing facility, w/ urosepsis, chronic suprapubic cath, dementia at baseline (per staff there oriented to self only), admitted yest\n" +
    "neuro: oriented to self, moaning w/ cares, does not follow commands reliably, mae, grabs at sp tube, mitts on\n" +
    "cv: hr 90s nsr w/ pacs, bp soft 80s-90s/40s, on levo .05 -> off at 0200, maps 60-66 after off, cvp 10, got 500cc ns bolus x1 at 0100 for map 57, lactate 1.8 from 3.4\n" +
    "resp: 2l nc sats 96%, ls coarse, weak cough, sx orally for thick white, hob up\n" +
    "gu: sp cath changed in ed, draining cloudy yellow w/ sediment 30-60/hr, cr 2.1 -> 1.7\n" +
    "id: tmax 38.9 at 2100, tylenol pr 650, blankets off, now 37.4, on cefepime, ucx from old cath grew pseudomonas >100k at nursing facility last mo, bcx pending\n" +
    "gi: tf jevity @ 40/hr via peg, residuals <30, bm x1 loose, c diff sent to r/o\n" +
    "skin: stage 2 on coccyx 2x3cm cleaned and duoderm on, heels boggy, waffle boots on, turned q2\n" +
    "code: talked w/ pt's hcp (nephew) on phone at 2130 bc he asked about code status, he said pt was full code because 'nobody ever asked', ho joined call, explained what cpr and intubation would mean for someone w/ advanced dementia and sepsis, nephew asked good questions, said pt's late wife used to say neither of them wanted 'any of that machine stuff', nephew agreed to dnr/dni, ok to cont pressors abx and fluids, order written, nephew to come in tomorrow to meet team\n" +
    "plan: keep map >60 off pressors, f/u cx, wound care consult, dnr/dni\n",
  "micu npn 7p-7a\n" +
    "69 yo m w/ hx diverticulosis, afib on coumadin, adm w/ bright red blood per rectum, maroon clots, inr 3.4 on admit\n" +
    "neuro: a&ox3, pleasant, embarrassed about the mess, reassured\n" +
    "cv: afib 90-110s, bp 100s-110s/60s, at 2315 had lg maroon bm w/ clots ~600cc and went pale and diaphoretic, bp dropped to 78/40 hr 130s, ho called, 1l ns wide open + 2u prbc, bp back to 100s, 2nd large bloody bm at 0100 ~400cc, another 2u given, total 4u tonight 6u since admit\n" +
    "heme: hct 30 -> 22.8 -> 26.4 after 2u -> 28 after 4u, inr 3.4 -> 1.6 after ffp x4 and vit k, plt 210\n" +
    "gi: ngl done in ed neg for blood, bile seen, tagged rbc scan done 0030 showed bleed in region of splenic flexure, ir called in, to angio 0200, embolization of small branch done, returned 0400 r groin sheath pulled in ir, site soft no hematoma, distal pulses dp/pt palp, bedrest 6h flat, no further bloody stools since 0130\n" +
    "resp: ra sats 97%, ls clear\n" +
    "gu: foley placed for accurate i/o, uo 40-80/hr, i/o +3.2l\n" +
    "social: wife came in at 2300 very anxious, updated about ir procedure and consented over phone w/ ir fellow as pt was a little fuzzy after versed in ir, daughter called at 0200, wife went home at 0530 to sleep\n" +
    "code: full, discussed w/ pt who wants everything\n" +
    "plan: serial hct q6, hold coumadin, gi to scope when stable, groin checks q15 x4 then q30 x2 then q1h, call for any more brbpr\n",
  "micu npn nocs\n" +
    "pt 32 yo f w/ type 1 dm, recurrent dka (4th admit this yr), poor adherence, came in w/ glu 540 ag 26 ph 7.12, transferred from floor at 2100 bc gtt needed\n" +
    "neuro: a&ox3, irritable, wanting to leave ama around 2330, said 'i know how this goes, i can do this at home', ho and i talked w/ her for a long time, she agreed to stay til gap closed, calmer after that, slept 0200-0500\n" +
    "cv: hr 110s -> 90s, bp 120s/70s\n" +
    "resp: rr 24 deep -> 18, ra sats 100%\n" +
    "endo: insulin gtt 6u/hr, fs hrly 540 -> 402 -> 330 -> 288 -> 240 (d5 added) -> 210 -> 185 -> 170, ag 26 -> 19 -> 14 -> 11 at 0500, k 4.9 -> 3.4 repleted 40 meq po + 20 iv, mg 1.6 repleted 2g, phos 2.2, ab lost most of her home insulin supply per pt\n" +
    "fluids: ns 2l -> 1/2ns @ 200 -> d5 1/2ns @ 150, total in 4.2l out 2.9l\n" +
    "gi: n/v resolved, tolerated crackers and diet ginger ale at 0400, abd pain gone\n" +
    "psych: pt tearful later in the night, talked about being tired of the disease and 'everyone lecturing me', denies si when asked directly, asked for someone to talk to, sw and diabetes educator consult placed, maybe psych for coping\n" +
    "social: boyfriend in early eve, left by 2200, pt asked that her mother not be called, respected\n" +
    "access: 20g x2 piv\n" +
    "code: full code\n" +
    "plan: lantus 20u sq given at 0600, d/c gtt at 0800 if gap still closed, carb consistent diet, call-out to floor likely today\n",
  "micu npn 7p-7a\n" +
    "52 yo m hx heavy etoh (a fifth of vodka daily), adm w/ acute pancreatitis lipase 2100, ranson 4, now day 2 of admit, withdrawing overnight\n" +
    "neuro: a&ox3 at start of shift, by 2300 tremors ++, diaphoretic, ciwa 19, valium 10mg iv q15min x4 til ciwa <10, at 0200 yelling out for his dog and thought he was at work, reoriented multiple times, sitter at bedside from 0230, ciwa 8-14 rest of night, valium total 70mg iv this shift\n" +
    "cv: hr 100-125 st, bp 150s/90s, no ectopy\n" +
    "resp: 4l nc sats 93-95%, shallow resp d/t pain, ls dim bilat bases, encouraged is, pulling 750\n" +
    "gi: npo, ngt to lis w/ 300cc bilious drainage this shift, abd distended tender diffusely, guarding, hypoactive bs, dilaudid 1mg iv q2h prn given x4 w/ pain from 9/10 -> 5/10, bladder pressure 14\n" +
    "gu: foley uo 30-50/hr, bun 30 cr 1.4, iv ns @ 250/hr, i/o +2.8l\n" +
    "endo: fs 180s-220s, riss coverage\n" +
    "lytes: ca 7.6 (ionized 1.02) given ca gluc 2g, mg 1.4 given 4g, k 3.5 given 40meq\n" +
    "id: tmax 38.1, wbc 16, no abx at this time per team, ct abd showed no necrosis\n" +
    "social: wife called at 2100, said they are separated, she doesnt want updates except if he is dying, pt's adult son is emergency contact, son left msg, returned his call, updated on withdrawal and pain\n" +
    "code: full code\n" +
    "plan: aggressive ivf, pain ctl, ciwa q1h, thiamine/folate/mvi, watch resp status closely, may need icu for longer\n",
  "micu npn 1900-0700\n" +
    "pt 61 yo f s/p recent abx for dental abscess, now w/ severe c diff colitis, wbc 38, lactate 5, septic on arrival, surg following for ? colectomy\n" +
    "neuro: a&ox3 early in shift, more lethargic after 0100, arousable to voice, oriented x2, dilaudid .5mg iv x3 for abd pain\n" +
    "cv: hr 120s st, bp 80s/40s on levo .2 mcg/kg/min + vaso .04 since 2200, maps 60-64, got 3l lr total overnight, cvp 4 -> 9, lactate 5 -> 4.2 -> 3.8, art line r radial placed by ho at 2130 after 2 tries, waveform good, correlates w/ cuff\n" +
    "resp: 4l nc -> 6l face tent, sats 93-95%, rr 26-30, ls crackles bases, abg 7.26/30/78/13, team aware, not intubated yet but close, talked w/ pt about poss tube, she is ok w/ it\n" +
    "gi: abd very distended, firm, tender diffusely, bs absent, kub at 0000 showed colon dilated to 9cm, surgery saw pt at 0030 and again 0430, rectal tube placed w/ ~400cc liquid brown green stool, vanc po 500 q6 and pr vanc enemas, iv flagyl, npo, ngt to lis 250cc bilious\n" +
    "gu: foley uo 10-20/hr, cr 1.2 -> 2.0, bladder pressure 18\n" +
    "id: tmax 39.2, cooling blanket, tylenol pr not given (rectal tube) so iv acetam given, contact precautions, bcx x2 pending\n" +
    "skin: perineum red from stool, barrier cream, no breakdown\n" +
    "social: partner here all night, very worried, asking lots of appropriate questions, surgery spoke w/ partner and pt at 0430 about colectomy, pt signed consent, partner is hcp, pt full code\n" +
    "plan: to or in am for subtotal colectomy, cont pressors, abx, fluid, npo, type and cross 2u, notify surg of any change\n",
  "micu npn nights\n" +
    "56 yo m w/ copd (still smoking 1ppd), etoh abuse, found down at home by neighbor w/ emesis around mouth, etoh level 310 in ed, intubated in ed for airway, cxr rul infiltrate c/w aspiration\n" +
    "neuro: sedated on propofol 40mcg/kg/min, rass -3, withdraws x4, perrl 3mm, on ciwa but hard to score while sedated so going by hr/bp/diaphoresis\n" +
    "resp: ac 550x16 peep 8 fio2 .6 on arrival, at 0130 pt desat to 84% after turning and coughing alot, bagged by rt w/ 100% and sx copious thick tan, sats up to 94%, fio2 up to .7 then weaned back to .55 by am, abg 7.34/48/71, peak pressures 38-42 plateau 24, wheezy, albuterol mdi 8 puffs q4 via vent, solumedrol 40 iv q8\n" +
    "cv: hr 90-110 st, bp 120s/70s -> 90s/50s w/ propofol up, 500cc ns bolus x1, no pressors\n" +
    "gi: ogt placed, placement ok on cxr, to lcws, dark bilious 150cc, abd soft\n" +
    "gu: foley, clear yellow 50-100/hr\n" +
    "id: tmax 38.4, unasyn for aspiration pna, sputum cx sent\n" +
    "lytes: k 3.2 repleted, mg 1.3 repleted, phos low repleted\n" +
    "skin: abrasions to l forehead and l elbow from fall, cleaned, ct head neg in ed, c spine cleared by ct\n" +
    "social: no family here, per ed note pt has a sister who lives out of state, called her at 2200, she said they are not close but she will try to come, she doesnt know what his wishes are, pt full code by default\n" +
    "plan: cont vent, wean fio2 as tol, sedation holiday in am, ciwa, thiamine/folate/mvi, sw consult re family and etoh\n",
  "micu npn 7p-7a\n" +
    "pt 64 yo m w/ hep c + etoh cirrhosis, meld 28, on tx list eval (not listed yet due to recent drinking), adm w/ melena and worsening enceph\n" +
    "neuro: grade 3 enceph, responds to sternal rub and loud voice only, moans, does not follow commands, asterixis hard to assess, lactulose 30ml via ngt q2h titrate to 3-4 bm/day, rifaximin 550 bid, ammonia 142 -> 118\n" +
    "resp: ra -> 2l nc, sats 95%, gag weak, airway watched closely, ho aware, plan to intubate if gcs drops below 8, currently gcs 9 (e2 v2 m5)\n" +
    "cv: hr 80s-90s nsr, bp 100s/50s, map >65, no pressors\n" +
    "gi: melena x3 overnight, large, black tarry, guiac +, hct 27 -> 24.5 at 0200, 1u prbc given, recheck 26.9, octreotide gtt @ 50, protonix 40 iv bid, egd planned for am, abd distended w/ tense ascites, tapped in ed 4l removed, albumin 25g x2\n" +
    "gu: foley, uo 20-30/hr, cr 1.8 (baseline 1.0), ? hrs, team following, albumin challenge running\n" +
    "id: afeb, cefotaxime for sbp ppx, para fluid cx pending, pmn 180 not c/w sbp\n" +
    "skin: jaundiced, sclera icteric, spider angiomas, ecchymoses on arms, stage 1 sacrum\n" +
    "social: sister (hcp) at bedside til 0100, knows he is very sick, asked me straight out if he was dying, i told her he is very very sick and team is worried, ho came in and talked w/ her about code status, she said pt would want cpr 'if theres any chance', she is not ready to change anything right now, will meet w/ hepatology and attending in am, she is going to call her other brother\n" +
    "code: full code\n" +
    "plan: lactulose/rifaximin, egd, octreotide, serial hct, family mtg re goals\n",
  "micu npn nocs\n" +
    "72 yo f w/ end stage copd, trached and peg'd after prolonged intubation this admit, now day 24 in unit, on vent at night and trach collar trials during day\n" +
    "resp: placed back on vent at 2000 after 6h trach collar 40%, cpap/ps 10/5 overnight, vt 300-380, rr 18-24, sats 91-94% fio2 .35, sx q2-3h for mod thick white secretions, one large plug at 0200 when pt tanked sats to 79% and got very anxious, bagged and lavaged by rt, cleared w/ sats back to 92%, ls coarse bilat, inner cannula changed, trach site slightly red w/ scant yellow drainage, trach care done, ties changed w/ rt\n" +
    "neuro: a&ox3, communicating by mouthing words and letter board, clear she knows where she is, asked for her glasses and tv on, slept 0300-0600 w/ seroquel 25\n" +
    "cv: hr 80s-90s nsr, bp 130s-150s/60s, lopressor 25 via peg\n" +
    "gi: tf promote @ 55/hr (goal), residuals <50, bm x1 soft brown, peg site clean\n" +
    "gu: voids on bedpan, had incont x1\n" +
    "skin: stage 2 coccyx healing, allevyn changed, turned q2, on air bed\n" +
    "social: dtr-in-law called at 2100 for update, says her son (pt's son) will visit tomorrow, pt wanted to tell him about the trach trial going well. pt mouthed to me around 0100 that she is 'so tired of this' and asked if she has to stay on the machine forever, i listened, she said she wants to talk w/ the lung team about options, she does not want to go to a long term vent place, reassured her and passed on to team, pt is full code at this time but has said before she might reconsider\n" +
    "plan: tc trials in am, goal 12h, pulm and pall care to talk w/ pt re goals, cont tf, skin care\n",
  "micu npn 7p-7a\n" +
    "pt 67 yo m w/ type 2 dm on metformin and glipizide, adm w/ lll pna and dka / hhs mixed pic, glu 980, osm 342, ag 22, na corrected 151, confused on arrival\n" +
    "neuro: a&o x1 on arrival, mumbling, by 0300 a&ox2-3 and talking in full sentences, neuro checks q2 no focal changes, family says this is way better\n" +
    "endo: insulin gtt 8u/hr -> 5 -> 4 per protocol, glu 980 -> 812 -> 640 -> 518 -> 430 -> 360 -> 305, careful not to drop too fast per ho (target ~50-75/hr), ag 22 -> 15, d5 not yet started\n" +
    "fluids: ns 1l/hr x2 then 1/2ns @ 300/hr, total in 6.1l, out 2.8l, na 151 -> 148\n" +
    "cv: hr 110s -> 90s st, bp 100s/50s -> 130s/70s, no pressors needed, lactate 3.1 -> 1.4\n" +
    "resp: 3l nc sats 94-96%, rr 20s, ls crackles lll, productive cough of rusty sputum, sputum cx sent\n" +
    "id: tmax 38.8, ceftriaxone/azithro, bcx x2, urine legionella/strep ag neg\n" +
    "gi: dry mucous membranes improving, ice chips, no n/v, abd soft\n" +
    "gu: foley, uo 150-300/hr early (osmotic) now 80-100\n" +
    "lytes: k 5.4 -> 3.9 (20meq kcl added to fluids), phos 1.8 repleted, mg ok\n" +
    "skin: intact, heels floated\n" +
    "social: wife and dtr here til 2330, wife says he 'stopped his pills a few weeks ago bc they made his stomach hurt', dtr very involved, asked about code status as they had talked about it at home, pt himself said 'full court press, i aint going anywhere' when i asked him at 0300, wife agrees, full code confirmed\n" +
    "plan: cont gtt, q1h fs, lytes q2, transition to sq insulin when gap closed and eating, dm education w/ pt and wife, diabetic teaching consult\n",
  "micu npn nights\n" +
    "pt 45 yo f w/ short gut on home tpn via r chest hickman, adm w/ fever, rigors, hypotension after tpn hookup at home, ? line sepsis\n" +
    "neuro: a&ox3, anxious, tearful at times, knows her line may have to come out and really doesnt want that, ativan .5 iv x1\n" +
    "cv: hr 130s st on arrival, bp 70s/40s, 3l ns + levo started @ .05 via piv until new access, ho placed r fem tlc at 2145, levo up to .12 at 2300, weaned to .04 by 0600, maps 65-72, lactate 4.4 -> 2.1. during cvl placement in trendelenburg pt got vagal and brady'd down to 38 for ~20 sec, atropine drawn up but not needed, hr back up on its own\n" +
    "resp: 2l nc sats 97%, ls clear, no resp distress\n" +
    "id: tmax 39.7 w/ rigors at 2030, bcx drawn from hickman x2 lumens and periph x1, hickman culture both lumens, vanco/cefepime/micafungin started per id, cooling measures\n" +
    "access: hickman clamped and not being used per id, r fem tlc new, 18g l ac\n" +
    "gi: ostomy w/ high output 1.2l overnight, watery green, replacing 1:1 w/ lr per order, abd soft nontender, tpn on hold, d10 via fem line @ 50/hr for glu, fs 80-140\n" +
    "gu: voids, uo ok\n" +
    "skin: hickman exit site w/ redness ~2cm and small amt purulent drainage, swabbed and cx sent, marked w/ pen\n" +
    "social: husband here til 0100, says this is her 3rd line infection in 2 yrs, knows the drill, very supportive, 2 teen kids at home w/ grandmother\n" +
    "code: full\n" +
    "plan: likely pull hickman tomorrow if cx +, ir for new tunneled line after cx clear, ostomy replacement, wean levo\n",
  "micu npn 7p-7a\n" +
    "80 yo m w/ duodenal ulcer bleed from nsaid use for arthritis, s/p egd w/ epi + 2 endoclips this am, dnr but ok w/ transfusions and scope per pt, dni discussed below\n" +
    "neuro: a&ox3, hoh, needs hearing aid in r ear (in drawer), pleasant, keeps apologizing for being a bother\n" +
    "cv: hr 70s-80s nsr, bp 110s/60s til 0215 when pt had large dark melena + some bright red ~500cc, bp 82/44 hr 108, pale, c/o dizziness, 1l lr bolus, 2u prbc, gi fellow called, hct 29 -> 23. bp back to 110s after, hr 90s\n" +
    "resp: ra sats 96%, no sob, ls clear\n" +
    "gi: protonix gtt @ 8mg/hr, npo, second look egd planned 0600 and done at bedside w/ 2 more clips and cautery, no active bleed seen after, ir aware as backup for embolization\n" +
    "heme: hct 23 -> 28.1 after 2u, plt 220, inr 1.1, type and cross 2 more units on hold\n" +
    "gu: foley placed, uo 30-60/hr\n" +
    "code status: talked w/ pt before egd bc fellow wanted clarification about intubation if he aspirated during scope, pt said very clearly 'no breathing tube, no shocks, ive had a good long life', ok w/ blood, meds, scopes, and pressors if needed, so dnr/dni w/ full medical mgmt, order updated, pt asked me to make sure his son knew\n" +
    "social: son called at 0100 and again at 0630, updated, son said he respects his dad's choice and will be in after work\n" +
    "plan: serial hct q6, protonix gtt x72h, no nsaids ever, h pylori bx pending, dnr/dni\n",
  "micu npn nocs\n" +
    "pt 38 yo m w/ severe etoh withdrawal / dts, intubated yest for agitation and unable to control w/ benzos, now on propofol + precedex\n" +
    "neuro: propofol 50mcg/kg/min, precedex .7mcg/kg/hr, rass -2, when propofol lightened at 2300 pt became wildly agitated, thrashing and trying to bite tube, rass +3, bolused and back up to 50, calmer, valium 10mg iv q6 scheduled + prn, ciwa not reliable while intubated\n" +
    "resp: cmv 500x14 peep 5 fio2 .4, sats 97-100%, abg 7.41/39/112, ls clear, sx small white, minimal vent needs, extubation depends on agitation\n" +
    "cv: hr 80s-90s, brady'd down to 40s twice around 0300 on precedex + propofol, bp ok, precedex decreased to .4, hr 60s after\n" +
    "labs: tg 410 (on propofol 2 days), team aware, may switch to versed gtt, lipase 98, lfts ast 220 alt 98\n" +
    "gi: ogt, tf not started yet, abd soft, bm x0\n" +
    "gu: foley, uo good\n" +
    "lytes: k 3.4, mg 1.5, phos 1.2 all repleted\n" +
    "skin: old scars on forearms, multiple tattoos, no breakdown\n" +
    "social: girlfriend and pt's mother came in at 2000, both very upset, girlfriend says he tried to quit cold turkey bc he wanted to 'do it for the baby', they are expecting in the spring, mother says pt has been drinking since he was 15, both asked about detox and rehab after, sw consult placed, pt full code\n" +
    "plan: switch propofol to versed, sedation vacation am, cont thiamine/folate, check tg again in am, extubate when calm, seizure precautions\n",
  "micu npn 1900-0700\n" +
    "pt 78 yo m w/ end stage copd on 4l home o2, cor pulmonale, 3 icu admits this yr, here w/ hypercarbic resp failure on bipap, pt has been clear he does not want intubation, dnr/dni\n" +
    "resp: bipap 16/6 fio2 .4 most of shift, abg at 2200 7.22/92/64, worse than am, pt more sleepy, rt and ho at bedside, nebs q2, steroids cont, rr 28-34 shallow, sats 86-89%, ls very distant\n" +
    "neuro: sleepy but wakes to voice and knows his family, oriented x2, says he is 'worn out'\n" +
    "cv: hr 110s, bp 100s/60s, bilat le edema 3+, lasix 40 iv given w/ 500cc out\n" +
    "family mtg: at 2300 attending came in (called by ho) and met w/ pt, wife, 2 dtrs and son in the room. pt was able to say he wants to 'go home and be done with the machines'. family cried, agreed this is what he has said many times. plan is to keep bipap tonight for comfort and time w/ family, start morphine for air hunger, and look at hospice at home vs comfort care here if he cant make the trip. code status cmo w/ bipap as comfort measure, pt ok w/ this, wife is hcp and agrees\n" +
    "comfort: morphine 2mg iv q1h prn started, given x3 w/ good relief of air hunger, rr 22-26 after, face much more relaxed, pt said 'thats better' through mask, ativan .5 x1 for anxiety, fs checks stopped, labs stopped, vs q4 only\n" +
    "gi: taking sips of ice water and a few spoons of ice cream w/ mask off briefly, which he enjoyed\n" +
    "social: family stayed overnight in room w/ cots, son brought in a photo album, chaplain visited at their request\n" +
    "plan: case mgmt + pall care in am re home hospice, keep comfortable, family at bedside\n",
  "micu npn 7p-7a\n" +
    "pt 84 yo f from home w/ urosepsis and new afib w/ rvr, septic on arrival, got 4l ns in ed, here since 1600\n" +
    "neuro: a&o x1-2 (baseline mild dementia per granddaughter, usually a&ox2-3), sundowning after 2100, pulling at iv, reoriented, family photos brought in which helped, no sedation given\n" +
    "cv: afib 130s-150s, bp 90s/50s, dilt bolus 10mg at 1930 and bp dropped to 72/38, held further dilt per ho, levo started @ .04 for map <60, amio bolus 150 over 10 min then gtt @ 1mg/min at 2030, converted to nsr 80s at 0130, maps 65-70 on levo .03, trop .08 -> .11 ? demand, cards aware\n" +
    "resp: 2l nc sats 95%, ls crackles bases after all the fluid, cxr mild pulm edema, lasix held for now bc of bp\n" +
    "gu: foley, cloudy urine w/ sediment, uo 20-30/hr, cr 1.9\n" +
    "id: tmax 38.7, ceftriaxone, ucx gnr, bcx pending\n" +
    "gi: poor po, sips of juice, abd soft\n" +
    "skin: thin, skin tears on both forearms from iv removal at some point, steri stripped and dressed, coccyx intact, waffle cushion\n" +
    "social: granddaughter (hcp) here til midnight, pt lives w/ her, very attentive, says grandma 'wouldnt want to be kept alive on machines', discussed w/ ho, granddaughter made pt dnr/dni but ok w/ pressors and amio for now, also said if she gets much worse she wants to talk about comfort, will come back in am w/ her mother (pt's dtr)\n" +
    "plan: amio gtt, wean levo, abx, dnr/dni, family mtg if declines\n",
  "micu npn nights\n" +
    "pt 44 yo m w/ etoh abuse, binge drinking x1 wk then retching all day, hematemesis, egd in ed showed mallory-weiss tear no active bleed, now also withdrawing\n" +
    "neuro: a&ox3, tremulous, anxious, sweaty, ciwa 15 at 2000, 22 at 2300, valium 20 po x1 then 10 iv q1h x3, ciwa down to 6-9 by 0300, no hallucinations, no sz activity, slept after 0330, says 'this is the worst ive ever felt'\n" +
    "cv: hr 110s-120s -> 80s-90s after benzos, bp 160s/100 -> 130s/80s\n" +
    "resp: ra sats 97%, ls clear, no aspiration\n" +
    "gi: 1 small emesis w/ streaks of bright red at 2130 ~50cc, nothing since, protonix 40 iv bid, zofran 4 iv prn given x2, npo til am then clears if no further bleeding, abd soft mildly tender epigastric\n" +
    "heme: hct 38 -> 36.4 -> 36.9, stable, plt 98, inr 1.3\n" +
    "gu: voiding, uo 600 overnight, i/o +1.9l\n" +
    "lytes: k 2.9 -> 3.6 after 60meq iv, mg 1.2 -> 1.8 after 4g, phos 1.6 repleted\n" +
    "nutrition: banana bag (thiamine 100, folate 1, mvi) @ 125/hr\n" +
    "social: pt's roommate brought him in, no family in area per pt, he said his parents are both gone and he has a brother he 'doesnt talk to', pt gave permission to share info w/ roommate, roommate called at 2200 and was updated. pt talked at 0400 about wanting to stop drinking and asked what programs there are, sw consult placed for am. code status discussed on admit, full code\n" +
    "plan: ciwa q1h, serial hct q8, diet as tol, thiamine, sw/addiction consult, may call out to floor later today if ciwa stays <10\n",
  "micu npn 7p-7a\n" +
    "pt 70 yo f w/ pna and septic shock, now day 4, on cvvh since yesterday for anuric arf and acidosis, intubated\n" +
    "neuro: fent 100mcg/hr, versed 2mg/hr, rass -3 to -4, does not open eyes to voice, withdraws to pain all 4, perrl 2mm sluggish, sedation vacation held d/t high peep\n" +
    "resp: ac 400x24 peep 14 fio2 .6, pplat 29, abg 7.29/44/68, ards per team, low tv strategy, sats 89-92%, sx moderate thin blood tinged, ls coarse throughout, at 0230 pt tanked sats to 80% w/ turn to r side, back to supine and sats up to 90 in ~5 min, prone positioning talked about but team holding off\n" +
    "cv: levo .3 + vaso .04 + neo 2mcg/kg/min, maps 58-64, hr 110s st, cvp 16, echo done yest ef 45%, hydrocortisone 50 iv q6\n" +
    "renal: cvvh running 2l/hr replacement, net even to -50/hr as tol but pulled even most of the night d/t bp, filter clotted at 0100, new circuit set up and restarted 0200 w/ citrate, ionized ca 1.1 post filter, i/o -320\n" +
    "gi: tf on hold d/t high pressors, ogt to lis, no bm\n" +
    "id: tmax 38.3, meropenem/vanco/levaquin, bal grew pseudomonas\n" +
    "skin: anasarca, weeping from arms, stage 2 coccyx, specialty bed, turned q2 (as tol w/ sats)\n" +
    "social: son and dtr in at 1930 and met w/ attending at 2000 re poor prognosis, attending recommended dnr, kids need time, son says pt 'is a fighter', dtr more realistic and tearful, they agreed to dnr (no cpr/shocks) but want to cont everything else for 48h and then reassess, if no improvement they will consider comfort care, order changed to dnr\n" +
    "plan: cont pressors/cvvh, abx, dnr, family mtg in 48h w/ pall care\n",
  "micu npn nocs\n" +
    "19 yo f, new onset dm (no prior hx), 2 wks of thirst polyuria wt loss ~15 lbs, came in w/ vomiting and abd pain, glu 488, ph 6.98, bicarb <5, ag 34, k 6.1, started on insulin gtt in ed\n" +
    "neuro: a&ox3, tired, scared, neuro checks q1h first 6h for cerebral edema watch, no ha, no change in loc, pupils equal brisk\n" +
    "resp: kussmaul breathing rr 32 -> 22, ra sats 100%, ls clear\n" +
    "cv: hr 140s -> 100s, bp 100s/60s, ns 20ml/kg bolus then 1/2ns @ 200\n" +
    "endo: insulin gtt 0.1u/kg/hr = 6u/hr, glu 488 -> 401 -> 350 -> 290 -> 245 -> d5 1/2ns started -> 220 -> 205 -> 190, ag 34 -> 28 -> 22 -> 18 -> 14 at 0600, bicarb 5 -> 12, k 6.1 -> 4.2 -> 3.3 w/ kcl 20meq added to each bag, phos 1.1 repleted\n" +
    "gi: vomited x2 early, zofran 4 iv x2, sips of water at 0400 tolerated, abd pain improving\n" +
    "gu: voided 2400 overnight, urine ketones large\n" +
    "access: 18g x2\n" +
    "social: mom and dad at bedside all night, sleeping in chairs, dad keeps asking 'did we miss something', reassured them, explained dka, mom says pt has been 'drinking gallons of juice' for weeks, parents very worried about school and whether she will be on shots forever, endocrine to see in am w/ diabetes educator, pt asked good questions about pump vs shots, mostly wants to know when she can eat\n" +
    "code: full\n" +
    "plan: cont gtt til gap closed x2, lantus + humalog sliding scale, teaching, check anti-gad/islet abs (sent), transfer to floor once off gtt\n",
  "micu npn 7p-7a\n" +
    "66 yo m w/ bullous copd, adm w/ spont l pneumo, l chest tube placed in ed 28fr, also w/ copd flare\n" +
    "resp: 3l nc sats 90-93%, rr 20s, l chest tube to -20 sx via pleur-evac, + air leak 3/7 on arrival, down to 2/7 by 0300, crepitus l chest wall and neck unchanged, marked w/ pen, ls dim l base, wheezes r, nebs q4, prednisone 40\n" +
    "at 0140 pt coughed hard and c/o sudden sob, tanked sats to 84%, rr 36, ho called, cxr stat: tube in place, pneumo slightly bigger, suction checked, found a loose connection at the pleur-evac tubing, fixed and taped, air leak back up to 4/7 briefly, sats back to 91% on 4l, repeat cxr at 0400 improved\n" +
    "cv: hr 100s st, bp 140s/80s, no ectopy\n" +
    "neuro: a&ox3, anxious esp after sob episode, ativan not given per team (co2), talked him through it, pain 6/10 at ct site, oxycodone 5mg x2 w/ relief to 3/10\n" +
    "gi: reg diet, ate some crackers and toast, bm x1\n" +
    "gu: voids in urinal 900 overnight\n" +
    "ct: dressing dry and intact, output 40cc serosang this shift, tubing w/o dependent loops\n" +
    "social: wife at bedside til 2100, went home and called at 0200 after i left a msg about the loose connection, reassured. she says he still sneaks cigarettes in the garage, pt admitted this to me too, wants help quitting, nicotine patch on, smoking cessation counseling requested\n" +
    "code: full code, discussed w/ pt, says he wants everything for now but wants to talk w/ his wife about a living will\n" +
    "plan: cxr in am, keep ct to sx, thoracic surg f/u re pleurodesis/vats if persistent leak, nebs, steroids\n",
  "micu npn nocs\n" +
    "pt 53 yo m brought in after witnessed generalized sz at home ~24h after last drink, second sz in ed, loaded w/ ativan and keppra, adm for etoh w/d w/ sz\n" +
    "neuro: post-ictal on arrival, sleepy, a&ox1, by 2200 a&ox2, by 0300 a&ox3, no further sz, ciwa 12-18, ativan 2mg iv q2h prn given x4, keppra 500 iv bid, tongue bitten on l side, ct head neg, no focal deficits, pupils 3mm brisk\n" +
    "cv: hr 100s-110s st, bp 150s/90s, no ectopy\n" +
    "resp: ra sats 95-98%, ls clear, aspiration precautions, hob 30\n" +
    "gi: npo until more awake then clears at 0400 tolerated, abd soft, no n/v, lft ast 180 alt 90 ggt high\n" +
    "gu: incont of urine x1 with sz in ed, now voiding in urinal\n" +
    "lytes: na 131, k 3.3 repleted, mg 1.4 repleted, phos 2.0\n" +
    "nutrition: thiamine 100 iv given before glucose, folate, mvi\n" +
    "safety: sz pads on rails, bed low, bed alarm, suction set up at bedside, pt slept w/o incident after 0400\n" +
    "social: pt's wife brought him in, she left at 2300, very upset, said he tried to stop on his own because his doctor told him his liver was getting bad, she doesnt want him going home to detox alone again, asked about inpt detox, pt agreeable when more awake, says he 'scared himself this time'. code status confirmed w/ pt once oriented: full code\n" +
    "plan: ciwa q1h, keppra, sz precautions, sw re detox program, neuro sign off if no further sz, hep consult re liver\n",
  "micu npn 7p-7a\n" +
    "pt 88 yo f w/ advanced dementia (nonverbal at baseline, bedbound), adm w/ aspiration pna and septic shock, intubated in ed before family could be reached, on levo and vaso\n" +
    "neuro: off sedation except fent prn, does not open eyes, grimaces w/ sx, no purposeful movement\n" +
    "resp: ac 450x16 peep 8 fio2 .5, sats 93%, sx thick yellow/brown q1-2h\n" +
    "cv: levo .18 vaso .04, maps 60s, hr 100s afib, lactate 3.6\n" +
    "gu: foley uo 10-20/hr, cr 2.5\n" +
    "family: 3 children here this evening (2 sons, 1 dtr), dtr is hcp. big disagreement. dtr says mom told her many times she would never want a tube or machine and wants to go to comfort care tonight. older son wants 'everything done' and says stopping would be 'killing her'. younger son quiet, said he goes w/ whatever his sister decides. attending met w/ all 3 at 2030 and again at 2330, explained poor prognosis and that cpr would not help her. dtr kept asking for it to be written down that this is her mom's wish. older son walked out at one point, came back after talking to chaplain. at the end all agreed to dnr (no cpr no shocks), no escalation of pressors, and to meet again w/ pall care at 1000 to talk about cmo. older son asked for 1 more day. ethics not called yet, attending will call if no agreement. order changed to dnr, no escalation\n" +
    "comfort: fent 25mcg iv prn for grimacing w/ sx, mouth care q2, lips w/ vaseline, repositioned q2 w/ pillows, hair brushed by dtr\n" +
    "social: family went home at 0100 except dtr who slept in chair, sw notified for am, chaplain to f/u\n" +
    "plan: dnr no escalation, pall care mtg in am re cmo\n",
  "micu npn nights\n" +
    "pt 74 yo m w/ gallstones, adm w/ ascending cholangitis (charcot's triad: fever, ruq pain, jaundice), tbili 6.8, septic shock on levo\n" +
    "neuro: a&ox2, confused at times, pleasant, reoriented easily, no sedation until ercp\n" +
    "ercp: done at bedside 2230 by gi w/ anesthesia, propofol sedation, sphincterotomy + stone extraction, lots of pus drained per gi, stent placed. during procedure pt brady'd down to 38 w/ bp 70s/30s, atropine .5 given by anesthesia, hr back to 70s, levo up to .2 for a bit. after procedure woke up ok, back to baseline mental status by 0100\n" +
    "cv: hr 80s-100s nsr/st, bp 100s/50s, levo .2 -> .08 by 0600, maps 65-70, got 1.5l lr, lactate 4.2 -> 2.3\n" +
    "resp: 3l nc sats 94%, 6l face mask briefly post procedure, back to 3l, ls dim bases\n" +
    "gi: npo, abd soft, mild ruq tenderness, no n/v, lft q6\n" +
    "gu: foley, tea colored urine 30-60/hr\n" +
    "id: tmax 39.4 prior to ercp, now 37.9, zosyn, bcx gnr in 2/2 bottles per micro call at 0300, ho notified\n" +
    "heme: plt 88, inr 1.6, no bleeding from sphincterotomy site, hct stable 31\n" +
    "social: wife and son at bedside til 2200, wife asked about surgery for gallbladder later, updated by gi. son asked about code status since his dad 'has a paper somewhere', pt said he wants to be full code 'but if im a vegetable pull the plug', son and wife agree, full code for now, encouraged them to bring in the paper and talk w/ team about hcp\n" +
    "plan: wean levo, abx, trend lfts, surgery consult for ccy once stable\n",
  "micu npn 7p-7a\n" +
    "pt 59 yo m etoh cirrhosis, massive variceal bleed, banding failed x2 today, blakemore tube placed by gi at 1900, intubated since this am\n" +
    "resp: cmv 500x14 peep 5 fio2 .5, sats 97-99%, ls coarse bilat, sx thick blood tinged\n" +
    "gi: blakemore in place, gastric balloon inflated w/ 250cc air, esoph balloon at 35 mmhg checked q2h w/ manometer, traction w/ 1lb weight off helmet, scissors taped at hob, gastric port to lis w/ 300cc dark old blood then clearing to pink by 0100, esoph port to lis minimal. octreotide 50/hr, protonix gtt, ir aware for tips in am\n" +
    "cv: hr 120s st, bp 80s-90s/50s, levo .1, got 6u prbc, 4 ffp, 2 plt, 1 cryo overnight via level 1 rapid infuser at 2000-2200, bp better after, hr 100s by 0400\n" +
    "heme: hct 18 -> 26 -> 28.5, plt 42 -> 88, inr 2.8 -> 1.7, fib 90 -> 150, ca repleted w/ transfusion (ionized .89 -> 1.1)\n" +
    "neuro: fent 100 + versed 4, rass -4, keeping deep d/t blakemore, perrl\n" +
    "gu: foley, uo 10-25/hr, cr 2.1\n" +
    "id: ceftriaxone for sbp ppx, afeb\n" +
    "social: wife and dtr at bedside, very scared, wife asked 'is he going to die tonight', fellow and i sat w/ her and dtr at 2300 and explained how serious this is, tips is a bridge and he may not make it. discussed code status, wife is hcp, she said he would want to try tips but if he is going to die she doesnt want them 'pounding on his chest', wife decided dnr (no cpr) but cont all other tx including tips, order in. dtr upset but agreed\n" +
    "plan: tips w/ ir in am, keep blakemore ~24h, serial hct q2, dnr\n",
  "micu npn nocs\n" +
    "pt 62 yo f w/ copd + flu a, adm w/ hypoxic/hypercarbic resp failure, intubated yest after failing bipap, droplet precautions\n" +
    "resp: ac 420x20 peep 10 fio2 .7 -> .6, pplat 31, abg 7.19/78/60 at 2200 on arrival, severe bronchospasm, auto-peep 6 on expiratory hold, rr decreased to 16 and i:e lengthened per rt/ho, abg 7.24/70/66 at 0200, sats 88-92%, peak pressures 45-50, continuous albuterol via vent, solumedrol 60 iv q6, mag 2g iv x1, ls tight wheezes, minimal air movement\n" +
    "neuro: fent 150, versed 4, propofol 30 added, then cisatracurium started at 0100 for vent dyssynchrony per team, tof 1/4-2/4, eyes taped and lubed, bis not available\n" +
    "cv: hr 110s st, bp 90s/50s, levo .06 since starting paralytic, cvp 14\n" +
    "id: tmax 38.9, tamiflu 75 bid via ogt, ceftriaxone/vanco for ? superinf, bcx pending, respiratory panel + for flu a\n" +
    "gi: ogt to lcws, tf held, abd soft, no bm\n" +
    "gu: foley uo 30-50/hr\n" +
    "skin: intact, turned q2 w/ 2 people\n" +
    "social: husband called at 2100 and again at 0400 (he is home sick w/ flu too and cant visit), very worried, updated, he said she quit smoking 2 yrs ago and was doing good. discussed code status on phone w/ ho, husband says full code 'she would want a chance', aware that she is very sick\n" +
    "plan: paralytic + deep sedation, continuous nebs, steroids, tamiflu, abg q4, wean paralytic when co2 improves\n",
  "micu npn 7p-7a\n" +
    "pt 47 yo m, homeless, heavy etoh, found in shelter vomiting, came in w/ alcoholic ketoacidosis: glu 92, ph 7.18, ag 28, b-hydroxybutyrate high, lactate 3.9, etoh level 0, also starting to withdraw\n" +
    "neuro: a&ox3, shaky, ciwa 14-20, ativan 2 iv x3, calm by 0200, no hallucinations\n" +
    "endo/renal: d5ns @ 200/hr + thiamine first, no insulin needed per team, ag 28 -> 20 -> 14 by 0500, k 3.0 repleted 60meq, phos 1.0 repleted, mg 1.1 repleted 4g\n" +
    "cv: hr 120s -> 90s, bp 110s/70s, no pressors\n" +
    "resp: ra sats 96%, ls clear\n" +
    "gi: vomited x2 clear/bilious, zofran x2, guaiac neg, lipase 240, tolerating sips at 0500\n" +
    "gu: voiding, uo 1.1l overnight\n" +
    "skin: feet macerated and cracked, foot care done, podiatry consult, lice check neg, clothes bagged, clean gown\n" +
    "social: pt has no family involved per pt, says his sister 'gave up on me years ago', no hcp. around 0300 pt couldnt sleep and we talked a while, i asked about what he would want if he got really sick, he said 'nobody ever asked me that', thought about it, said he would want cpr and a breathing tube 'if i could come back and be myself, but not to be a vegetable', said he would want his old friend from the shelter staff to be his hcp, told him sw can help w/ the form in am. currently full code, documented his wishes in note for team\n" +
    "plan: d5 fluids, lytes q4, ciwa, sw for housing/hcp/detox, podiatry, call out when gap closed\n",
];

/** Decision 242's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision242Corpus(): Corpus {
  return { notes: [], clean: DECISION_242_LONG_CLEAN };
}
