// Long ICU nursing notes that hold no identifier at all. They are made to look like the public
// PhysioNet MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008: night
// shift notes typed fast by a MICU nurse, most of them wholly in lower case, abbreviations run
// together, misspellings and run-on lines, question marks for doubt, arrows, vent and bipap settings,
// blood gases, clock times, family known only by relation, and plain words that are names elsewhere
// (will, hope, faith, mark, bill, sterling). They are by "an eightieth writer who had not read the
// guard's rules". The guard should hand every one of them back unchanged.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 238: thirty long clean MICU night nursing notes (1,000 to 2,500 characters each). */
export const DECISION_238_LONG_CLEAN: string[] = [
  "micu nursing note nights\n" +
    "52 yo m w/ long hx etoh abuse, admitted to floor for etoh withdrawal, transferred to micu this eve for ^ciwa scores despite high dose ativan. last drink per pt ~2 days prior to admit, hx of dts and withdrawal szs in past.\n" +
    "neuro: on arrival pt tremulous, diaphoretic, picking at the air, seeing bugs on the walls, ciwa 28. got ativan 4mg iv x3 in first hr w/ little effect -> started on ativan gtt at 2mg/hr per team, titrated up to 6mg/hr by 0100. pt now drowsy but arousable to voice, a&ox1 (self only), mae, perrla 3mm. ciwa now 8-10. haldol 2mg iv x1 at 0030 for agitation w/ good effect. bilat soft wrist restraints on for safety after pt tried to climb oob and pulled his piv, restraint order renewed, skin checks q2h, no breakdown.\n" +
    "cv: hr 120s sinus tach on arrival -> 90s now. bp 160s/90s -> 130s/70s. no ectopy.\n" +
    "resp: 2l nc, spo2 95-97%. ls clear but dim at bases. no resp depression on gtt so far, will watch closely, rr 14-18.\n" +
    "gi: abd s/nt/nd +bs. npo except meds for now d/t sedation. no bm. lft's mildly elevated. thiamine, folate, mvi given.\n" +
    "gu: foley placed for strict i/o, uo 60-100cc/hr clear yellow.\n" +
    "id: afebrile.\n" +
    "lytes: k 3.1 and mag 1.4 repleted, recheck at 0400 pending.\n" +
    "access: 20g piv l forearm, 18g piv r ac (replaced after pulled).\n" +
    "social: wife called x2, updated on condition, states pt has tried to quit many times, she sounds tired but supportive. she will come in am. hcp is wife.\n" +
    "plan: cont ativan gtt titrate to ciwa <10, watch airway, lytes, restraints as needed, ?needs intubation if further ^ in gtt.",
  "nursing progress note 7p-7a\n" +
    "61 yo m w/ esld from hcv + old etoh, known grade 3 varices, admitted thru ed w/ hematemesis x3 at home, ~1l frank blood per wife. hct 22 on arrival.\n" +
    "gi: ngt placed in ed, initially frank blood -> lavaged ~1500cc ns until pink tinged, now clearing to coffee grounds. octreotide bolus then gtt at 50mcg/hr, protonix gtt 8mg/hr. egd at bedside at 2200 by gi fellow, 4 bands placed on distal esophageal varices, no active bleed at end of procedure. ceftriaxone started for sbp ppx. lactulose held while npo, will resume once ok w/ gi. 1 large melena stool at 0300, black tarry, ~400cc.\n" +
    "cv: hr 110s -> 90s after volume. bp 88/50 on arrival, now 110s/60s. received 4u prbc, 2u ffp, 1 plt pack. post transfusion hct 27.4, repeat at 0500 pending. inr 2.1.\n" +
    "resp: intubated for egd for airway protection. ac 500x14 peep 5 fio2 40%. abg 7.38/39/142. ls clear, sxn for small clear secretions.\n" +
    "neuro: sedated on propofol 20mcg/kg/min, opens eyes to voice, mae, perrla. no asterixis noted prior to intubation per ed.\n" +
    "access: r ij cvl placed in ed, 2 large bore piv's, aline r radial w/ good waveform.\n" +
    "gu: foley, uo 30-50cc/hr. cr 1.4.\n" +
    "social: wife and son in to visit until 0100, very upset, updated by team and this rn. hcp is wife. full code for now, wife states pt has been sober 6 yrs and was hoping to get on the transplant list this year.\n" +
    "plan: serial hct q6h, transfuse for hct <25, cont octreotide and ppi gtt, watch for rebleed, ?tips if rebleeds.",
  "micu npn nights\n" +
    "27 yo f w/ type 1 dm since childhood, frequent dka admits, presented w/ n/v x2 days, ran out of insulin. initial glucose 640, ag 31, hco3 6, ph 7.04 on vbg, k 5.8.\n" +
    "endo: insulin gtt started in ed at 7u/hr, fsbg q1h: 512 -> 430 -> 366 -> 298 -> 251 -> 230. at 250 changed ivf to d5w w/ 20meq kcl per protocol. gap closing, last ag 16 at 0400. k dropped to 3.4 -> 40meq kcl iv given, mag 1.8, phos 1.9 repleted w/ kphos.\n" +
    "neuro: a&ox3 but sleepy, appropriate, mae. c/o ha, got tylenol.\n" +
    "resp: kussmaul breathing on arrival rr 30s, now rr 18-20, ra spo2 98%.\n" +
    "cv: hr 130s sinus tach -> 90s after 5l ns total. bp 100s-120s/60s.\n" +
    "gi: abd soft, mild diffuse tenderness, +bs, vomited x1 small bilious at 2200, zofran 4mg iv w/ effect. sips of water tolerated.\n" +
    "gu: voiding in commode, uo large initially, now 100-150/hr.\n" +
    "id: afebrile, wbc 16 likely stress, ua neg, cxr clear.\n" +
    "social: pt states she lost her job and her insurance lapsed, the grace period on her coverage ran out and she couldnt afford insulin, was rationing for 2 wks before this. very tearful talking about it. mother called, updated w/ pt permission. sw consult placed for am re meds and coverage.\n" +
    "plan: cont insulin gtt until gap closed x2, then overlap w/ sc lantus 2hr before stopping gtt, advance diet, diabetes teaching, sw.",
  "MICU Nursing Progress Note, nights\n" +
    "Pt is 78 yo F w/ hx dementia, chf (ef 30%), recurrent uti's, sent in from home by family for lethargy and fever. In ED temp 39.4, bp 70s/30s, lactate 5.1. Dx urosepsis ?also line infection from old port.\n" +
    "CV: Started on levophed in ED, titrated up to 0.2mcg/kg/min overnight to keep map >65. Added vasopressin at 0230 for persistent map 55-60, now levophed weaned to 0.14. Hr 100s-110s afib, rate ok. Cvp 12-14 after 4L ivf, team reluctant to give more d/t chf, lungs now w/ crackles at bases. Aline l radial placed at 2200, correlates w/ cuff.\n" +
    "Resp: 4L nc -> 50% face tent, spo2 92-95%. Rr 24-28. Abg 7.29/31/71/15. Team discussing bipap vs intubation, family does not want tube, ok w/ bipap. Trial of bipap ipap 10 epap 5 at 0400, pt pulling at mask, now back on face tent.\n" +
    "ID: On zosyn and vanco, blood cx x2, urine cx, port tip sent after port removed by surgery at bedside. Tmax rose to 39.8 at midnight, tylenol pr x1, cooling blanket.\n" +
    "Neuro: Lethargic, moans to voice, not following commands, baseline per daughter is a&ox1 and conversant. Mae weakly.\n" +
    "GU: Foley, thick cloudy urine w/ sediment, uo 10-20cc/hr. Cr 2.6.\n" +
    "GI: Npo, abd soft. No stool.\n" +
    "Access: R ij cvl (placed in ed), l radial aline.\n" +
    "Social: Daughter is hcp, at bedside most of night, updated by icu team re poor prognosis. Pt is dnr/dni, ok w/ pressors. Daughter will call her brother and hopes to have a family meeting in am.\n" +
    "Plan: Cont pressors, abx, follow lactate q4h, family meeting in am re goals of care.",
  "npn 7p-7a\n" +
    "34 yo f admitted after intentional ingestion of ~40 tabs extra strength tylenol + unknown amt of her ssri (?citalopram) + etoh, found by roommate ~8 hrs after ingestion. 4 hr level not obtainable, apap level on arrival 212, lft's rising, alt 860 at 2200 -> 2140 at 0400. inr 1.6 -> 2.2.\n" +
    "tox: nac iv protocol started in ed, now on 3rd bag. poison control following per team. no qrs widening, qtc 480 on ekg, repeat ekg in am.\n" +
    "neuro: a&ox3, flat affect, answers questions briefly, states she wanted to die and still feels that way at times. denies ah/vh. perrla, mae, no clonus, no tremor.\n" +
    "safety: on 1:1 sitter at all times, belongings searched and removed per protocol, no restraints needed, pt cooperative. psych consult placed, pt on involuntary hold per psych.\n" +
    "cv: hr 90s sr, bp 110s/70s.\n" +
    "resp: ra, spo2 99%, ls clear.\n" +
    "gi: nausea, vomited x2 w/ nac, zofran given w/ some relief. abd soft, mild ruq tenderness. sips only.\n" +
    "gu: voiding qs. cr 0.9.\n" +
    "endo: fsbg 70s-90s, monitoring q2h for hypoglycemia as lft's rise.\n" +
    "social: mother called x3 overnight, very distraught, updated. pt asked that her father not be told anything. liver team aware, ?transplant eval if worsens, hope is that the nac was started in time.\n" +
    "plan: cont nac, lft/inr/glucose q6h, sitter, psych in am, watch for encephalopathy.",
  "micu nursing 1900-0700\n" +
    "70 yo m w/ severe copd on home o2 2l, ^co2 retainer, admitted w/ copd flare + ?pna. came up from ed on bipap ipap 14 epap 5 fio2 40%.\n" +
    "resp: initial abg on bipap 7.22/78/64. increased ipap to 16, repeat at 2300 7.27/70/72. pt tolerating mask better after small dose ativan 0.5mg, also got morphine 2mg for air hunger per team. at 0300 pt somnolent, abg 7.24/81/69 -> team to bedside, discussed intubation w/ pt and son, pt wants everything including tube but asked to try bipap a little longer. ipap ^18. 0500 abg 7.30/68/75, more awake. nebs q2h albuterol/atrovent, solumedrol 125 iv q8h. ls very diminished throughout w/ insp and exp wheezes, using accessory muscles. cxr ?rll infiltrate.\n" +
    "neuro: somnolent as above, now arousable, oriented x2-3, mae.\n" +
    "cv: hr 100-120 sinus tach w/ occ pac's, bp 140s/80s.\n" +
    "id: tmax 38.3, levofloxacin started, sputum cx sent, thick yellow.\n" +
    "gi: npo on bipap, abd soft +bs.\n" +
    "gu: urinal, uo adequate.\n" +
    "skin: red area bridge of nose from mask, duoderm applied.\n" +
    "social: son is hcp, called at 0300 and came in, at bedside now. pt full code.\n" +
    "plan: abg at 0800, if ph drops again -> intubate, cont nebs/steroids/abx, wean fio2 for spo2 88-92%.",
  "Nursing Note 1900-0700\n" +
    "84 yo M w/ metastatic lung ca, admitted w/ post obstructive pna and sepsis, intubated x5 days. After family meeting this afternoon w/ micu team and palliative care, family decided to make pt comfort measures only. Full details of meeting in team note.\n" +
    "At 2000 family gathered at bedside, pt's wife, 2 sons and a daughter, grandchildren in and out. Family has strong faith and asked for the chaplain, who came at 2030 and prayed w/ family at bedside. Levophed turned off at 2045. Morphine gtt started at 2mg/hr w/ 2mg bolus, ativan 1mg iv for anxiety/agitation. Pt extubated to room air at 2110 w/ family present, scopolamine patch on for secretions, glyco iv x1.\n" +
    "After extubation pt w/ agonal resps, rr 8-30, some grimacing -> morphine gtt ^ to 4mg/hr w/ bolus, appeared comfortable after. Hr 120s -> 60s over several hours. Mottling noted to knees and feet by 0100. Oral care and repositioning q2h, lips moisturized. Monitor off in room per family request, watched at central station only.\n" +
    "Family very appreciative, wife states she has been ready and said her goodbyes weeks ago but it is still hard. Wife asked for a little grace period before staff came back in, family given time alone w/ door closed, staff checking in quietly.\n" +
    "Pt expired at 0440, family present. Death pronounced by covering resident. Family stayed ~1hr after, postmortem care done after they left. Wife declined autopsy. Donation referral made per policy, pt not a candidate. Belongings given to son. Body to morgue at 0630.",
  "npn nights\n" +
    "29 yo m w/ hx ivdu (heroin), hcv+, found down in a public bathroom, ems gave narcan 2mg w/ brief response. in ed resp depressed again, rr 6, given narcan x2 more, started on narcan gtt. tox screen + opiates, benzos, cocaine. etoh neg.\n" +
    "neuro: on narcan gtt at 0.4mg/hr. pt intermittently somnolent then waking up angry, c/o being put into withdrawal, tried to pull out piv x2. cows 12 at 0100. sitter at bedside, no restraints needed once sitter present. perrla pupils 3mm, mae, a&ox3 when awake.\n" +
    "resp: 2l nc spo2 96%, rr 12-16 on gtt. ls w/ rhonchi r base, ?aspiration while down, cxr w/ rll opacity. unasyn started.\n" +
    "cv: hr 80s-100s, bp 120s/70s. new soft systolic murmur heard by team, ?endocarditis w/ ivdu hx, bcx x2 sent, echo in am.\n" +
    "gu: foley placed for strict uo given ck 4200, uo 150-200/hr on ivf ns at 200/hr. urine tea colored initially, clearing. ck trending q6h.\n" +
    "gi: abd s/nt/nd +bs. tolerating po, ate crackers.\n" +
    "skin: track marks bilat ac's, old healed abscess scar l forearm, small area of pressure redness on r hip where he was lying, marked w/ pen to monitor.\n" +
    "social: pt states he has been using since he was 19, was in a program but relapsed a few wks ago. pt asked us not to call his family. no hcp on file, pt able to make own decisions when awake. sw and addiction consult placed.\n" +
    "plan: wean narcan gtt as tolerated, cont ivf, ck q6h, abx, echo, addiction consult.",
  "micu npn 7p-7a\n" +
    "57 yo f w/ esld d/t etoh and hcv, s/p tips 3 yrs ago, multiple admits for encephalopathy, presented w/ confusion, fever, abd pain. dx para done in ed, 2800 pmn's -> sbp.\n" +
    "neuro: very confused, a&ox1, + asterixis, trying to get oob, sitter at bedside since 2100, bilat mitts on so she stops pulling ngt. no restraints. calm by 0200 after lactulose working.\n" +
    "gi: lactulose 30ml q2h via ngt until bm's, then titrate to 3-4 soft bm's/day. rifaximin started. had 3 large loose brown stools since 2300, guaiac neg. abd distended, firm, diffusely tender, ascites ++. team plans therapeutic para in am.\n" +
    "id: tmax 38.6, ceftriaxone 2g iv. bcx pending. albumin 25% given per team for sbp protocol.\n" +
    "cv: hr 90s, bp 90s/50s (baseline low per chart, mapps 60s), no pressors.\n" +
    "resp: ra spo2 95%, shallow resps, ls dim bases.\n" +
    "gu: foley, uo 20-30cc/hr, cr 1.8 up from 1.1, ?hrs, team following.\n" +
    "heme: inr 2.4, plt 48, hct 29 stable.\n" +
    "skin: jaundiced, sclera icteric, multiple bruises bilat arms, coccyx intact.\n" +
    "social: husband called x2, updated, will visit in am. pt's hcp is husband.\n" +
    "plan: cont lactulose/rifaximin, abx, albumin on day 3, watch cr and uo, therapeutic para in am.",
  "MICU NPN 1900-0700\n" +
    "66 yo M w/ sepsis from cholangitis s/p ercp w/ stent, course c/b ards and arf, on cvvh since 3 days ago. Intubated day 6.\n" +
    "Neuro: Sedated on fentanyl 100mcg/hr and versed 2mg/hr. Sedation holiday at 0500 per protocol: off gtts, pt opened eyes, nodded to questions, followed simple commands, mae. No agitation. Restarted fentanyl at half dose only, versed kept off per team.\n" +
    "Resp: Ac 450x18 peep 10 fio2 50% -> peep weaned to 8, fio2 40% overnight w/ spo2 94-96%. Abg 7.36/44/88. Sbt not done this am, fio2/peep still too high for protocol, will reassess. Sxn small thin white secretions. Ls coarse bilat.\n" +
    "CV: Hr 80s-90s sr, bp 110s-130s/60s. Off levophed since yesterday. Cvp 9-11.\n" +
    "Renal: cvvh running w/o interruption overnight, filter changed at 2300 after clotting, replacement fluid per renal, net neg goal 100cc/hr, achieved -1.2l for shift. K 4.1, ica 1.08, citrate protocol, calcium gtt adjusted per sliding scale.\n" +
    "GI: Tube feeds at goal 60cc/hr, residuals <50. Abd soft, +bs. Small brown stool x1.\n" +
    "ID: Tmax 37.8, meropenem. Wbc 12 down from 19.\n" +
    "Access: L ij dialysis line for cvvh, r sc cvl, r radial aline.\n" +
    "Skin: Coccyx stage 1, waffle mattress, turning q2h.\n" +
    "Social: Wife called at 2200, updated, will be in after work. Hcp is wife.\n" +
    "Plan: Sbt in am if vent settings allow, cont cvvh, wean sedation.",
  "nursing note nights\n" +
    "45 yo m w/ hx asthma, admitted w/ severe cap, intubated 4 days ago for hypoxic resp failure. improving.\n" +
    "resp: psv 10 peep 5 fio2 40% overnight, rsbi 62 at 0500, passed sbt x30 min w/ rr 18-22, vt 450-500, spo2 97%. abg on sbt 7.41/40/96. team aware, plan to extubate after am rounds, ?sooner. cuff leak present. sxn q3-4h for small amts thick tan sputum. ls coarse rll, otherwise clear.\n" +
    "neuro: propofol off at 0400 for sbt, pt awake, nodding appropriately, writes on clipboard asking when tube is coming out, mae, follows commands. wrist restraints d/c'd at 0430 as pt calm and understands not to touch tube, will re-eval if agitated. no sedation since.\n" +
    "cv: hr 70s-90s sr, bp 120s-140s/70s-80s w/ waking up. no ectopy.\n" +
    "id: afebrile x24h, wbc 11 from 22. on ceftriaxone/azithro day 5. sputum cx strep pneumo.\n" +
    "gi: tf held at 0400 for possible extubation, abd soft +bs, bm x1 soft brown.\n" +
    "gu: foley, uo 60-120cc/hr, will d/c once extubated and oob.\n" +
    "endo: fsbg 140s-180s on steroids, ssi coverage.\n" +
    "skin: intact.\n" +
    "social: girlfriend at bedside until 2200, left after seeing him so awake, very relieved. she will bring his inhalers from home. pt's mother is hcp and called once, updated.\n" +
    "plan: extubate this am, then cool neb face mask, incentive spirometer, oob to chair, possible call out to floor tomorrow if stable.",
  "npn 7p-7a\n" +
    "75 yo m w/ hx diverticulosis, afib on coumadin, chf, admitted w/ brbpr. hct 31 -> 24 in ed, inr 3.4.\n" +
    "gi: since arrival pt has passed 4 large bloody stools, frank blood w/ clots, ~300-500cc each, last at 0330. gi fellow saw pt, plan prep for colonoscopy in am, golytely via ngt started at 0100, pt tolerating w/o vomiting. tagged rbc scan done at 2230, ?bleed in sigmoid region, ir aware if needs embolization.\n" +
    "heme: 3u prbc, 4u ffp, vit k 10mg iv. post transfusion hct 28.1, inr 1.6. coumadin held.\n" +
    "cv: hr 90s-110s afib, bp 100s-120s/50s-60s, dropped to 84/40 at 0330 w/ large stool, responded to 500cc ns bolus and 1u prbc. orthostatic, not oob, using bedpan.\n" +
    "resp: 2l nc, spo2 97%. ls clear.\n" +
    "neuro: a&ox3, anxious but appropriate, mae.\n" +
    "access: 2 large bore piv's 16g and 18g, both working well.\n" +
    "gu: foley, uo 40-60cc/hr.\n" +
    "social: wife and daughter called x2. wife very worried, kept asking about the bill and whether insurance will cover the icu stay, explained sw will be by to talk w/ her. daughter is hcp per pt.\n" +
    "plan: serial hct q4h, keep 2 units crossmatched ahead, colonoscopy in am, ir if rebleeds briskly, reversal done, watch fluids given chf hx.",
  "MICU Nursing Note, nights\n" +
    "59 yo F w/ esld (nash + prior etoh), refractory ascites and recurrent variceal bleeding, s/p TIPS placement in ir this afternoon, transferred to micu for monitoring post procedure.\n" +
    "Neuro: A&ox3 on arrival, by 0100 increasingly confused, oriented to self only, + asterixis. ?hepatic encephalopathy post tips, team aware. Lactulose 30ml q4h po, pt taking w/ encouragement, rifaximin continued. Sitter at bedside for safety after pt found trying to climb over siderail, no restraints.\n" +
    "CV: Hr 80s-100s sr, bp 100s/50s. Portal gradient per ir note. R ij access site w/ small amt oozing, pressure dsg applied, edge of ooze marked, no hematoma.\n" +
    "Resp: Ra, spo2 96-98%, ls clear, slightly dim at bases.\n" +
    "GI: Abd distended but softer than on admit per pt, mild tenderness. Had 2 loose green stools after lactulose. Taking sips and clears.\n" +
    "GU: Voiding in commode w/ assist, uo ~40cc/hr. Cr 1.2 stable.\n" +
    "Heme: Hct 30, plt 62, inr 1.9. No signs of bleeding except ij site.\n" +
    "Labs: Na 131, k 3.6, ammonia 98.\n" +
    "Skin: Jaundice, scattered ecchymosis. Coccyx intact.\n" +
    "Social: Son is hcp, called at 2100 and at 0200 when confusion started, updated, son asked if this will go away, explained encephalopathy after tips is common and usually improves w/ lactulose. He plans to visit early in am.\n" +
    "Plan: Cont lactulose titrate to 3-4 bm/day, neuro checks q2h, f/u am labs, liver u/s w/ flows to check shunt in am.",
  "npn 1900-0700\n" +
    "38 yo f w/ hx depression, ?bipolar, found unresponsive at home by husband w/ empty bottles of sertraline, clonazepam and trazodone, unknown amounts, + etoh. gcs 6 in ed, intubated for airway protection. ekg qrs 100, qtc 510.\n" +
    "neuro: on propofol 15mcg/kg/min, minimal sedation needed, pt not responding to voice until ~0200, now opening eyes to voice and moving all ext to pain, purposeful w/ r hand. pupils 4mm brisk. watching for serotonin syndrome: temp 37.9, no clonus at ankles, no rigidity, mild tremor, hr 100s. team aware.\n" +
    "resp: ac 500x12 peep 5 fio2 40%. abg 7.35/42/118. ls rhonchi r>l, ?aspiration, cxr w/ rml haziness. small amt tan secretions, sputum sent.\n" +
    "cv: hr 100-115 sinus tach, bp 100s/60s. ekg repeated at 0200 qtc 490, team to repeat q6h while on tele. mag 2.2, k 4.0.\n" +
    "gi: ogt to lis, charcoal given in ed, black drainage. no stool yet. abd soft.\n" +
    "gu: foley, uo 80cc/hr.\n" +
    "tox: poison control following. acetaminophen and asa levels neg.\n" +
    "safety: once extubated will need 1:1 sitter, bilat soft restraints on now for tube safety, checked q1h, skin intact.\n" +
    "social: husband at bedside until 0000, tearful, said she stopped seeing her therapist a few months ago. he will come back in the am w/ her sister. husband is hcp.\n" +
    "plan: wean propofol, sedation holiday and sbt in am, ?extubate if awake and protecting airway, psych consult once extubated, keep sitter.",
  "micu npn nights\n" +
    "19 yo m w/ type 1 dm on insulin pump, pump site came out during a stomach bug and he didnt notice, came in w/ vomiting, abd pain, kussmaul resps. glucose 488, ph 7.09, hco3 5, ag 30, k 6.1 initially, ketones large.\n" +
    "endo: pump removed and stored w/ belongings, insulin gtt at 0.1u/kg/hr = 7u/hr. fsbg q1h trending 488 -> 401 -> 344 -> 290 -> 243, d5 added to ns at 250 per protocol, gtt cont at same rate to close gap. ag 22 at 0000, 17 at 0400.\n" +
    "lytes: k fell quickly 6.1 -> 3.2 by 0200, insulin gtt held x1hr per team while 40meq kcl iv given via cvl, now 3.9, gtt back on. phos 1.5 repleted. mag ok.\n" +
    "cv: hr 140s on arrival sinus tach -> 100s. bp ok 110s-130s. got 4l ns total.\n" +
    "resp: rr 34 -> 20, ra spo2 99%.\n" +
    "neuro: a&ox3, sleepy but easy to wake, c/o mild ha, neuro checks q1h neg, no change in mentation, perrla.\n" +
    "gi: abd tender diffusely on arrival now much improved, vomited x2 early, none since 2330. zofran x2. ice chips.\n" +
    "gu: voiding, large volumes.\n" +
    "access: r subclavian cvl placed in ed, 20g piv l hand.\n" +
    "social: mom and dad at bedside until 0100, then dad stayed in waiting room. very supportive. pt embarrassed, says he knows better, discussed checking site and ketones when sick. will ask diabetes educator to see in am.\n" +
    "plan: close gap, transition to sc insulin, restart pump once pt and endo ok w/ it, advance diet.",
  "Nursing Progress Note 1900-0700\n" +
    "48 yo M w/ influenza pna c/b ards, intubated day 3, on low tidal volume ventilation.\n" +
    "Resp: Ac 380x28 peep 14 fio2 80%. Plateau 28-30. Abg 7.24/58/62 at 2200 -> fio2 ^100% briefly, peep ^16 per team, repeat 7.27/55/74. Paralyzed w/ cisatracurium gtt since 2300 for vent dyssynchrony, train of four 2 of 4. Ls coarse throughout, sxn small amts pink frothy secretions. Cxr w/ diffuse bilat infiltrates, worse than yesterday.\n" +
    "Neuro: Fentanyl 200mcg/hr, versed 6mg/hr, deeply sedated before paralytic, bis monitor 40-50. Eyes taped, lubricated. No sedation holiday while paralyzed.\n" +
    "CV: Hr 100s-110s sinus tach, bp 90s-100s/50s on levophed 0.08mcg/kg/min. Cvp 14. Lactate 2.1.\n" +
    "ID: Tmax 39.2, tamiflu via ogt, vanco, cefepime. Droplet precautions.\n" +
    "GI: Tf at 20cc/hr trophic, residuals 60-100. Ogt placement confirmed. Abd soft.\n" +
    "GU: Foley, uo 30-50cc/hr. Cr 1.3. Lasix held.\n" +
    "Skin: Intact, turned q2h w/ 3 staff, kinetic bed ordered.\n" +
    "Access: L ij cvl, r fem aline.\n" +
    "Social: Wife at bedside tonight, very anxious, asked many good questions. Explained paralytic and why eyes are taped. She says pt was healthy, never sick, works construction, made a sterling recovery from a back injury years ago and she hopes he will fight this too. Wife is hcp, pt full code.\n" +
    "Plan: Cont lung protective ventilation, abg q4h, ?prone positioning discussed by team, cont paralytic, pressors to map >60.",
  "npn 7p-7a\n" +
    "63 yo m w/ etoh dependence (pt reports 1 pint vodka/day), admitted to surgery for r hip fx after a fall, transferred to micu post op day 2 for severe withdrawal not controlled on ciwa protocol. hx of dts.\n" +
    "neuro: on arrival ciwa 24, agitated, yelling, pulling at lines, hallucinating, thought staff were his coworkers. valium 20mg iv x3 (60mg total) w/ minimal effect, precedex gtt started at 2200 at 0.4mcg/kg/hr, titrated to 0.7. phenobarb 130mg iv x1 per team at 0100. by 0300 calmer, dozing, easily aroused, oriented to self and place (knows he is in the hospital). ciwa now 9. soft restraints bilat wrists on at 2130 for pulling at lines, off at 0400 w/ sitter at bedside instead. restraint doc done q1h.\n" +
    "cv: hr 130s -> 80s-90s on precedex, bp 170/100 -> 130s/70s. no brady on precedex, watching.\n" +
    "resp: 2l nc spo2 95%. rr 16-20. no resp depression.\n" +
    "ortho: r hip incision dry and intact, staples, dsg changed, ice, non weight bearing, abductor pillow on when in bed.\n" +
    "gi: abd soft, +bs. npo for now d/t sedation, will advance when awake. thiamine 100mg iv, folate, mvi.\n" +
    "gu: foley, uo 50-80cc/hr.\n" +
    "lytes: k 3.3, mag 1.3, phos 1.8 all repleted.\n" +
    "social: brother called x1 at 2300, updated, states pt lives alone and has been drinking heavily since his wife passed. no hcp on file, brother will come in to discuss.\n" +
    "plan: cont precedex, ciwa q1h, valium prn ciwa >10, lytes, pt/ot when calmer, dvt ppx.",
  "micu nursing nights\n" +
    "54 yo f w/ esrd on hd three times a wk, missed last 2 sessions, came in w/ weakness, sob, k 7.4, peaked t waves on ekg, bun 140, cr 11.2.\n" +
    "renal: in ed got ca gluconate 2g, insulin 10u + d50, bicarb, kayexalate 30g. k 7.4 -> 6.6 -> 6.1 by 2300. emergent hd started at 2330 via l av fistula (good bruit and thrill), 3 hr run, uf goal 3l, removed 2.8l, post hd k 4.2 at 0400. bp dropped to 88/50 at end of run, uf stopped early, 200cc ns back, recovered.\n" +
    "cv: hr 60s-80s sr, ekg post hd w/ t waves much improved. on tele, no arrhythmia.\n" +
    "resp: 4l nc on arrival, rales to mid lung fields, after hd on 2l nc spo2 97%, ls crackles at bases only.\n" +
    "neuro: a&ox3, alert, mae, some asterixis ?uremic, improving after hd.\n" +
    "gi: renal diet, ate some crackers. abd soft, +bs, no bm.\n" +
    "gu: anuric.\n" +
    "access: l arm fistula - no bp or lab draws l arm, sign posted. 20g piv r hand.\n" +
    "endo: fsbg 60 at 0100 after insulin for k, got half amp d50, fsbg 112 after.\n" +
    "social: pt states she missed hd because she had no ride and couldnt pay for the cab, transportation has been a problem all year. sw consult requested for transport. daughter called, updated. pt is her own hcp, full code.\n" +
    "plan: repeat k at 0800, hd again tomorrow per renal, low k diet, sw re transport.",
  "npn 1900-0700\n" +
    "81 yo f w/ afib (not on anticoag d/t prior gi bleed), cad, htn, admitted w/ melena and afib w/ rvr rates 150s.\n" +
    "cv: hr 140s-160s afib on arrival, bp 90s/50s, dilt held d/t bp, team gave 1u prbc first and 500cc ns, then metoprolol 2.5mg iv x2 at 2200 and 2230 w/ hr v to 110s, bp held 100s. amio bolus 150mg at 0000 and gtt 1mg/min, hr now 90s-100s afib. trop 0.08, ?demand. no cp, c/o fatigue. ekg no ischemic changes per team.\n" +
    "gi: 2 large black tarry stools, guaiac +, ngt lavage neg for blood in ed. protonix 40 iv bid -> changed to gtt 8mg/hr. gi aware, egd in am. ok for clears now, npo after midnight.\n" +
    "heme: hct 23 -> 26 after 1u, second unit hanging at 0500. plt 210, inr 1.1.\n" +
    "resp: 2l nc spo2 95%. ls w/ fine crackles bases, watching w/ fluids and blood. lasix 20mg iv between units per team.\n" +
    "neuro: a&ox3, hard of hearing, uses hearing aids (with pt), pleasant, mae.\n" +
    "gu: voiding w/ bedpan, uo ok.\n" +
    "skin: thin, fragile, small skin tear r forearm, steristrips applied, protective sleeve.\n" +
    "safety: bed alarm on, fall risk, frequent checks.\n" +
    "social: son is hcp, came in at 2100 and stayed until 2300, updated. pt is dnr, intubation discussed, pt says she would not want to be on the machine for long, team to clarify in am.\n" +
    "plan: rate control, transfuse for hct <25, egd in am, code status clarification.",
  "Nursing Note, nights\n" +
    "77 yo F w/ end stage copd, on home o2 3l, multiple prior intubations, this admit w/ hypercarbic failure on bipap x3 days, not improving. Pt had made clear to family and team she did not want to be intubated again. At family meeting this evening w/ pt (awake and able to participate), 2 daughters and son, pt chose comfort measures only. Made cmo at 2000.\n" +
    "Resp: Bipap continued per pt wish for now, ipap 16 epap 6 fio2 40%, she said she wants it off once her grandson arrives. At 2330 grandson arrived, family spent time w/ pt. Bipap removed at 0015 per pt request, placed on 4L nc for comfort. Rr rose to 30s w/ visible distress -> morphine 4mg iv bolus, gtt started at 2mg/hr, ativan 0.5mg iv. Rr 20s after, pt states she is comfortable, able to say a few words to family.\n" +
    "Neuro: Awake and conversant until ~0200, then drowsy, now responds only to touch. Appears comfortable, no grimacing, no moaning.\n" +
    "CV: Monitor off per family, pulse palpable, irregular.\n" +
    "GI/GU: Npo except mouth swabs and ice chips for comfort. Foley left in for comfort, small amt dark urine.\n" +
    "Skin: Repositioned q2-3h gently, heels floated, lips and mouth moistened w/ swabs.\n" +
    "Meds: All meds d/c except morphine, ativan prn, scopolamine patch, tylenol pr prn, glyco prn secretions.\n" +
    "Social: Family at bedside all night, took turns sleeping in chair and family room. Daughter (hcp) asked for chaplain, chaplain came at 0100. Family says they hope she will go peacefully and are grateful she could say goodbye. Emotional support given.\n" +
    "Plan: Cont comfort measures, titrate morphine to comfort, support family.",
  "micu npn 7p-7a\n" +
    "42 yo m w/ seizure d/o, ?noncompliant w/ meds, etoh use, brought in by ems after witnessed generalized seizure at home lasting ~5 min then another in ed, given ativan 2mg x2 and loaded w/ fosphenytoin. intubated in ed for airway after vomiting during second seizure, ?aspiration.\n" +
    "neuro: propofol 25mcg/kg/min, sedation holiday at 0300 - pt woke up, reached for ett, followed commands w/ both hands, moving legs, propofol restarted at 10. no further seizure activity overnight, no twitching. dilantin level 4 (low) on arrival, free level pending, keppra added per neuro. eeg in am. seizure pads on rails.\n" +
    "resp: ac 500x14 peep 5 fio2 50% -> 40%. abg 7.37/41/102. ls coarse r base, cxr w/ rll infiltrate, ?aspiration pna vs pneumonitis. sxn for thick tan sputum w/ some food particles early in shift, now thinner. sputum cx sent.\n" +
    "cv: hr 90s sr, bp 130s/80s.\n" +
    "id: tmax 38.1, unasyn started. wbc 14.\n" +
    "gi: ogt to lis, bilious. abd s/nt/nd +bs. plan tf in am if not extubating.\n" +
    "gu: foley, uo 50-70cc/hr. ck 1100.\n" +
    "etoh: last drink unknown, ciwa not possible while intubated, on thiamine, folate. watch for withdrawal after extubation.\n" +
    "social: pt's sister called, updated, she says he lost his license after his last seizure and he has been out of his meds since he lost his insurance. she will bring his med bottles. no hcp on file, sister is next of kin.\n" +
    "plan: sbt in am, extubate if passes, neuro f/u, aed levels, aspiration precautions, sw.",
  "npn nights\n" +
    "36 yo f w/ heavy etoh use (~1 liter wine a day for years), admitted w/ jaundice, fever, abd pain, tbili 22, inr 2.6, discriminant function high. ?sbp vs alcoholic hepatitis vs both.\n" +
    "gi: diagnostic para done at bedside by team at 2100, 60cc cloudy yellow fluid sent, cell count pending, ?sbp. empiric ceftriaxone started. abd distended, tense, tender in ruq. lactulose 30ml tid, 2 bm's loose brown. prednisolone 40mg daily started per liver team. albumin per team.\n" +
    "neuro: a&ox3 but slow to answer, mild asterixis. ciwa 6-10, last drink 2 days ago, ativan 1mg x1 at 0200 for ciwa 12 w/ tremor and anxiety.\n" +
    "cv: hr 100-110 sinus tach, bp 100s/50s, warm, flushed.\n" +
    "resp: ra spo2 96%, shallow d/t ascites, ls dim bases.\n" +
    "id: tmax 38.5, bcx x2, ucx.\n" +
    "gu: voiding, dark tea colored urine, uo ~40cc/hr. cr 1.0.\n" +
    "heme: hct 30, plt 88. no bleeding.\n" +
    "skin: deeply jaundiced, sclera yellow, spider angiomas chest, palmar erythema, itchy, scratching, nails trimmed.\n" +
    "nutrition: very poor intake, nutrition consult, supplement shakes tid.\n" +
    "social: pt cried talking about her drinking, says she wants to stop and knows this is serious. her partner called, updated w/ pt ok. pt asked about transplant, explained by team she would need a period of sobriety first. pt is own hcp.\n" +
    "plan: steroids, lactulose, abx pending cell count, ciwa, nutrition, addiction counseling.",
  "MICU Nursing Note 1900-0700\n" +
    "50 yo M w/ chronic pain and depression, intentional od on amitriptyline (~60 x 50mg tabs missing) found by neighbor ~3hr after. In ed qrs 146, hr 130s, bp 80s, had brief seizure, intubated. Bicarb amps x4 w/ qrs narrowing to 118.\n" +
    "CV: Bicarb gtt (150meq in d5w) at 200cc/hr, goal ph 7.50-7.55. Serial ekg q2h: qrs 118 -> 112 -> 104 -> 98 at 0400. Qtc 520. Hr 110s sinus tach. On levophed 0.06mcg/kg/min for map >65, weaning. No vt/vf. Mag 2.4. Defib pads on.\n" +
    "Resp: Ac 550x18 peep 5 fio2 40%. Abg 7.51/34/120/27 on gtt. Ls clear.\n" +
    "Neuro: Propofol 30mcg/kg/min. Pupils 6mm sluggish, dilated d/t anticholinergic effect. No seizure since ed. Sedation holiday deferred overnight per team d/t cardiac toxicity.\n" +
    "GI: Ogt to lis, charcoal given via ogt at 2130. Hypoactive bs. No stool.\n" +
    "GU: Foley, uo 100cc/hr on bicarb gtt. Urine ph 8.\n" +
    "Temp: Tmax 38.4, skin warm, dry, flushed.\n" +
    "Safety: Soft wrist restraints for ett safety, will need sitter once awake. Belongings searched, nothing found.\n" +
    "Tox: Poison control consulted by team. Other levels neg.\n" +
    "Social: Pt's ex-wife is listed as contact, she called and was updated briefly, she will notify his adult kids. No hcp, will need one. Psych to follow once extubated.\n" +
    "Plan: Cont bicarb gtt to keep ph at goal, serial ekg, wean levophed, extubate when qrs normal and awake, sitter and psych.",
  "nursing note nights\n" +
    "86 yo m w/ mild dementia, bph, admitted w/ urosepsis now off pressors, on micu for 4th day awaiting floor bed. tonight w/ hyperactive delirium.\n" +
    "neuro: at 2200 pt became acutely agitated, trying to get oob, pulled out piv and foley w/ balloon inflated (small amt blood at meatus after, now stopped), yelling for help, thought he was back at his old job. cam-icu +. reoriented frequently, lights on then off, tv off, glasses on, family photo placed at bedside. haldol 0.5mg iv at 2230 and 1mg at 0030 w/ some effect, pt slept 0100-0400. avoided ativan per team. 1:1 sitter started at 2300 instead of restraints, sitter very helpful. qtc 440 on ekg.\n" +
    "cv: hr 80s-90s, bp 140s/70s.\n" +
    "resp: ra spo2 94%, ls clear, aspiration precautions, hob up.\n" +
    "gu: foley not replaced per team, voiding in urinal w/ assist, bladder scan 250 post void. urine clearing.\n" +
    "gi: ate half of dinner, no bm x3 days, senna/colace given.\n" +
    "id: afebrile, on cipro day 4.\n" +
    "access: new 20g piv placed l forearm w/ kerlix wrap over it so he wont pull.\n" +
    "skin: coccyx slightly pink, blanchable, repositioned, heels floated.\n" +
    "social: daughter is hcp, called at 2300, she said he gets like this every time he is in the hospital and having family there helps, she will come in at 0700 to sit w/ him so sitter can go.\n" +
    "plan: delirium precautions, sleep hygiene, minimize meds, call out to floor when bed available, sitter as needed.",
  "micu npn 7p-7a\n" +
    "44 yo m w/ etoh abuse, prior pancreatitis x2, admitted w/ severe epigastric pain radiating to back, lipase 3400, ct w/ necrotizing pancreatitis, ^lactate, third spacing. transferred from floor tonight for tachypnea and hypotension.\n" +
    "cv: bp 80s/40s on transfer, 3l lr bolus, map 55-60 -> levophed started at 0.04 via new r ij cvl at 2300, now 0.1. hr 120s sinus tach. cvp 6 -> 11.\n" +
    "resp: rr 30s, 50% face mask spo2 93%, abg 7.31/30/68. ls diminished bilat bases, ?effusions. pt tiring, team discussing intubation if worse, bipap tried briefly but pt vomiting so removed.\n" +
    "gi: ngt placed to lis, 600cc dark green drainage. abd distended, very tender, firm. bladder pressure 18 at 0200, 21 at 0500, team aware, following for abd compartment. npo.\n" +
    "pain: dilaudid pca 0.2mg q10min, pt using frequently, pain score 8 -> 5.\n" +
    "neuro: a&ox3, anxious, mae. etoh last drink 3 days ago per pt, ciwa 8, ativan 1mg x1.\n" +
    "gu: foley, uo 15-25cc/hr, cr 1.9.\n" +
    "lytes: ca 6.8 (ica 0.9) repleted w/ ca gluconate, k 3.5, mag 1.5 repleted, fsbg 200s, ssi.\n" +
    "id: afebrile, wbc 21, team holding abx for now unless infected necrosis.\n" +
    "social: pt's girlfriend at bedside, she will call his mother. pt is full code, his own hcp.\n" +
    "plan: aggressive fluids, pressors, bladder pressures q4h, abg, possible intubation, surgery aware.",
  "Nursing Progress Note nights\n" +
    "68 yo M w/ h/o oa on daily naproxen, new hematemesis and syncope at home. Hct 19 on arrival. Intubated for airway protection before egd.\n" +
    "GI: Egd at 2100 at bedside: large duodenal ulcer w/ visible vessel, clips x3 and epi injection, good hemostasis. Protonix gtt 8mg/hr x72h. Ogt to lis w/ dark brown old blood initially, now clear. No melena since 0100. h pylori serology sent. Npo.\n" +
    "Heme: 5u prbc total (3 in ed, 2 here), 1u ffp. Hct 19 -> 27.8 -> 28.2. Plt 180, inr 1.3. Hct q6h.\n" +
    "CV: Hr 120s -> 80s after volume, bp 150s/80s now, briefly required phenylephrine in ed, off since arrival. Trop neg x1.\n" +
    "Resp: Ac 500x14 peep 5 fio2 40% -> weaned to 30%. Abg 7.42/37/110. Sbt planned in am, pt should do well, was not in resp distress before intubation.\n" +
    "Neuro: Propofol 20mcg/kg/min, sedation holiday at 0400, pt awake, follows commands, nodding, wants tube out. Propofol restarted low dose to keep comfortable until am.\n" +
    "GU: Foley, uo 60-100cc/hr. Cr 1.5 (bun 68 from blood in gut).\n" +
    "ID: Afebrile.\n" +
    "Access: 2 x 16g piv, r ij cvl.\n" +
    "Social: Wife called x3, updated each time, very anxious, relieved when told bleeding controlled. She will visit in am w/ daughter. Pt works as a bookkeeper, wife worried about him missing work and about bills, reassured. Hcp is wife.\n" +
    "Plan: Extubate in am, serial hct, ppi gtt, gi f/u, no nsaids, check h pylori.",
  "npn 1900-0700\n" +
    "33 yo f w/ ivdu (heroin, sometimes cocaine), hcv+, admitted w/ large l forearm abscess and cellulitis, septic in ed. i&d by surgery in ed, packed. now on vanco and zosyn.\n" +
    "id: tmax 39.6 at 2200, tylenol 650 x1. bcx from ed 2 of 2 gpc in clusters, ?mrsa, ?endocarditis. tte in am, might need tee. wbc 24.\n" +
    "skin: l forearm erythema extending from wrist to above elbow, border of redness marked w/ pen at 2000, by 0400 extended about 2cm past the mark, team aware, surgery to re-eval. packing changed, moderate purulent drainage. multiple healed track marks both arms, no usable veins.\n" +
    "cv: hr 110s-120s, bp 90s/50s, map 60-65, got 2l ns, no pressors so far. r ij cvl placed by team at 2300 after multiple failed piv attempts.\n" +
    "resp: ra spo2 97%, ls clear.\n" +
    "neuro: a&ox3, c/o severe pain and withdrawal sx, yawning, rhinorrhea, goosebumps, restless, cows 14 at 0000. methadone 20mg po given per team after addiction consult note, cows 6 by 0300. dilaudid 1mg iv q3h prn arm pain. pt asking frequently for more, plan explained, she agreed.\n" +
    "gi: nausea, zofran, tolerated dinner tray partially. abd s/nt/nd.\n" +
    "gu: voiding, urine tox + opiates and cocaine. hcg neg.\n" +
    "social: pt says she has been sleeping on friends couches, no fixed address. her mom is her emergency contact but they dont talk much, pt did not want her called tonight. sw consult placed.\n" +
    "plan: abx, tte then ?tee, surgery re-eval arm, methadone, pain control, watch bp.",
  "micu nursing note 7p-7a\n" +
    "69 yo f w/ recent abx for pna, now w/ severe c diff colitis, wbc 38, lactate 4.8, abd distended, on 2 pressors. surgery following ?colectomy.\n" +
    "cv: levophed 0.18mcg/kg/min and vasopressin 0.04u/min, map 60-68. hr 110s-120s sinus tach. got 3l lr and 2 albumin overnight, cvp 10. lactate 4.8 -> 3.9 at 0300.\n" +
    "gi: abd distended, tympanic, tender, hypoactive bs. kub at 2300 w/ dilated colon 8cm. liquid green foul smelling stool, flexiseal placed, ~600cc out. po vanco via ngt, iv flagyl, vanco enemas per team. ngt to lis between doses (clamped 1hr after vanco). surgery saw at 0100, colectomy discussed w/ husband, will decide in am depending on lactate and exam, family hoping to avoid surgery.\n" +
    "resp: 4l nc -> 6l, rr 26-30, spo2 93%, abg 7.30/30/70. ls dim bases, not intubated so far, anesthesia aware in case she goes to or.\n" +
    "neuro: a&ox2, drowsy, mae, perrla.\n" +
    "gu: foley, uo 20cc/hr, cr 2.1.\n" +
    "id: tmax 38.7, contact precautions, soap and water hand hygiene.\n" +
    "access: r ij tlc, l radial aline, 2 piv.\n" +
    "skin: perineal skin red from stool, barrier cream, flexiseal helping.\n" +
    "social: husband at bedside all night, hcp, full code. he said they have been married 50 yrs and he will do whatever it takes, asked lots of questions re surgery, team spoke w/ him at 0130.\n" +
    "plan: pressors, abx, serial lactate and abd exams, surgery decision in am, keep npo.",
  "MICU NPN 1900-0700\n" +
    "55 yo M w/ esld from hcv, meld 34, awaiting transplant eval, admitted w/ hepatorenal syndrome not responding to octreotide/midodrine/albumin, started on cvvh 2 days ago. Hx of sbp and banding of varices.\n" +
    "Renal: Cvvh running via r fem dialysis catheter, net even goal overnight d/t soft bp. Filter clotted x1 at 0200, new circuit at 0245. K 4.4, na 129, ica 1.1. Anuric.\n" +
    "CV: Hr 90s sr, bp 90s-100s/40s-50s, map 58-65, team ok w/ map >60, did not require pressors. Midodrine 15mg tid, octreotide sc.\n" +
    "Neuro: A&ox2-3, mild asterixis, lactulose titrated to 3-4 bm's, had 4 tonight. Rifaximin. Pt asked several times about transplant list, explained team will update in am.\n" +
    "Resp: 2L nc spo2 96%, ls dim bases, r effusion on cxr, not in distress.\n" +
    "GI: Abd distended, tense ascites, para 4l yesterday, reaccumulating. Tolerating low na diet, poor appetite. Guaiac neg.\n" +
    "Heme: Hct 26, plt 41, inr 2.8. Small ooze from fem line site, dsg changed x1, pressure held.\n" +
    "ID: Afebrile, cipro ppx.\n" +
    "Skin: Jaundice, edema 3+ legs, scrotal edema elevated on towel roll.\n" +
    "Social: Wife at bedside until 2200, then called at 0100 to check in. She says she has hope he will get the transplant and asked about insurance approval, told her the transplant coordinator will discuss. Hcp is wife, full code.\n" +
    "Plan: Cont cvvh, lactulose/rifaximin, transplant eval ongoing, follow na and inr, ?repeat para.",
  "MICU Nursing Note nights\n" +
    "71 yo M w/ copd, chf, s/p prolonged intubation for pna, trach placed 5 days ago, failing multiple weans, micu day 19. Awaiting placement at a long term vent weaning unit once accepted.\n" +
    "Resp: Trach 8.0 cuffed. On ac 450x14 peep 5 fio2 35% overnight for rest. Trach mask trial at 0500: started 40% trach mask, lasted 50 min then rr 32, hr 115, pt anxious and diaphoretic, put back on vent. Abg on tm before return 7.33/56/70. Sxn q2h for moderate thick yellow secretions, sputum sent. Trach site clean, dsg changed, ties secure. Inner cannula changed.\n" +
    "Neuro: Awake, alert, mouths words, uses letter board, follows commands, mae weakly. Low dose seroquel at hs for sleep, slept 2-3 hr stretches. C/o anxiety during wean, ativan 0.5mg x1.\n" +
    "CV: Hr 80s-90s, bp 110s-130s/60s, lasix 40 iv x1 for +8l los, goal neg 1l.\n" +
    "GI: Peg tf at goal 55cc/hr, residuals low, bm x1 soft brown. +bs.\n" +
    "GU: Foley, uo 80-150cc/hr after lasix.\n" +
    "Skin: Stage 2 coccyx, foam dsg, turning q2h, specialty bed.\n" +
    "Psych: Pt tearful at 0300, wrote that he is tired of this and wants to know if he will ever get off the machine. Stayed w/ him, listened, reassured. He wrote his wife and the doctors said it could take weeks, he wants to keep trying.\n" +
    "Social: Wife called at 2100 as she does every night, updated on plan. Hcp is wife. Full code.\n" +
    "Plan: Daily trach mask trials, rest on vent at night, diuresis, pt/ot, placement at vent weaning unit when bed available.",
];

/** Decision 238's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision238Corpus(): Corpus {
  return { notes: [], clean: DECISION_238_LONG_CLEAN };
}
