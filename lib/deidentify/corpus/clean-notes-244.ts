// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008: respiratory therapy
// notes, long event notes and detailed day-shift notes in full mixed-case sentences, with quoted
// statements of patients and families, teaching given, plans, pending tests, consults named by service
// only, abbreviations, drug brand names, device eponyms, vent settings, slashed and dotted numbers,
// clock times and ordinary capitalized words that are names elsewhere (Will, May, Hope, Mark, Frank).
// They are by "an eighty-sixth writer who had not read the guard's rules". Every note should pass
// through the guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 244: thirty long clean ICU nursing notes (1,000 to 2,500 characters each). */
export const DECISION_244_LONG_CLEAN: string[] = [
  "Respiratory Care Note\n" +
    "Pt received on A/C 450 x 16, PEEP 8, FiO2 .50 via 7.5 ETT. Mark at 23 cm at the lip, secured w/ commercial holder. Cuff leak present w/ MLT, cuff pressure 24 cmH2O.\n" +
    "BS coarse throughout, diminished at R base. Sxn'd q2-3h for mod amts thick yellow/tan secretions, sputum sent for cx this am per team. Sats 93-97%.\n" +
    "ABG at 0630: 7.38/44/82/26 on above settings. PEEP decreased to 5 at 0800 w/ sats holding 94%, repeat ABG 7.40/42/76.\n" +
    "SBT done at 1000 on CPAP 5 w/ PS 5 x 30 min: RR 22-26, Vt 380-420, RSBI 64, HR and BP stable, no accessory muscle use. Team notified of results.\n" +
    "Will hold off on extubation today per MICU team d/t volume of secretions and weak cough, pt only able to raise secretions to the ETT w/ deep sx. Placed back on PS 10/PEEP 5 for rest, Vt 450-500, RR 18.\n" +
    "MDIs: albuterol 6 puffs and Atrovent 4 puffs q4h given in line. Mucomyst not ordered, will discuss w/ team if secretions remain thick.\n" +
    "Pt nodding appropriately, mouthed 'when is this tube coming out' - explained that the goal is to get secretions under control first, pt nodded understanding.\n" +
    "Temp 37.9, WBC 13.1 down from 16. CXR this am with improving RLL opacity. Sedation: propofol 20 mcg/kg/min, RASS -1, pt calm and following commands. HOB 30 degrees, oral care with chlorhexidine done q4h per VAP bundle.\n" +
    "Hope is to re-try SBT in am. Will follow, RSBI and NIF in am. Ambu and mask at HOB, suction set up and working.\n" +
    "RT",
  "Event Note\n" +
    "At approx 0240 pt found by this RN w/ HR in 140s, SVT vs afib w/ RVR on monitor, BP 88/50 down from 120s/70s. Pt c/o palpitations, states 'my heart is racing and I feel like I'm going to pass out.' Skin diaphoretic, mentating.\n" +
    "Page placed to covering HO at 0242, at bedside within 5 min. 12 lead obtained, showed afib rvr at 146. Pt given Lopressor 5mg IV x1 w/o effect, then repeated at 0300 w/ HR down to 120s, BP 92/54.\n" +
    "Dilt 10mg IV given at 0315, HR now 90s-100s AF, BP 104/60. Dilt gtt started at 5mg/hr. Labs sent: lytes, Mg, CK/trop, TSH. K 3.4, Mg 1.6 - repleted w/ 40 meq KCl IV and 2 gm Mg sulfate.\n" +
    "Frank discussion w/ pt re possible need for cardioversion if rate not controlled or BP drops further, pt agreeable. Attending aware, cards consult to be called in am.\n" +
    "Pt reassured, states feeling 'much better now that the pounding stopped.' Resting quietly in bed. Wife called at 0400 per pt request and updated by HO on change in rhythm; wife will come in this am.\n" +
    "Plan: Cont dilt gtt titrating to HR <110, cycle enzymes, echo ordered, heparin gtt to be decided by team in am pending CHADS score and bleeding risk. May need TEE if cardioversion planned.\n" +
    "On tele review, this episode of AF started at 0236 after pt got up to the commode w/ assist. No CP, no SOB, sats 96% on 2L NC throughout. Hx of paroxysmal AF per pt, never anticoagulated. Now allowed sips only.\n" +
    "Will cont to monitor closely.\n" +
    "RN",
  "Nursing Progress Note 0700-1900\n" +
    "Pt is a 58 yo woman admitted with acute pancreatitis, now hospital day 4. She remains alert and oriented x3 and is able to describe her pain clearly, rating it 6/10 in the epigastrium radiating to her back. Dilaudid PCA continues at 0.2 mg q10 min demand with no basal, and she used 4.4 mg over the shift. She states 'it is better than yesterday but I still can't take a deep breath.'\n" +
    "Her HR has been 100-110 ST and BP 130s-150s/70s. She remains on 4L NC with sats 93-95%, and she was encouraged to use her incentive spirometer, reaching 750 ml. Lung sounds are diminished at both bases. CXR this am showed small bilateral effusions.\n" +
    "Abd is distended and tender with hypoactive bowel sounds. She remains NPO with an NGT to LIWS draining 450 cc bilious fluid this shift. Lipase down to 890 from 2,400. GI was in to see her and would like an MRCP, which is pending scheduling. Surgery is following but does not plan intervention at this time.\n" +
    "Her Foley is draining clear yellow urine at 60-90 cc/hr. She received 2 L LR at 150 cc/hr. Ca 7.9, repleted with 2 gm Ca gluconate.\n" +
    "Faith is very important to her, and she asked for the chaplain, who visited at 1300 and prayed with her. Her husband and daughter were in for most of the afternoon and were updated by the team at rounds. Her husband asked 'is she going to need surgery?' and was told that surgery is not planned at this point.\n" +
    "Skin is intact, Braden 15, turned q2h with pillows. She has an 18g PIV in the L forearm and a R IJ TLC placed in the ED, site clean, dressing changed. Heparin SC 5,000 u q8h for DVT ppx. No BM since admission.\n" +
    "Teaching was done with the pt about the PCA and the reason she is NPO; she was able to teach back both.\n" +
    "Plan: Cont IVF, pain control, MRCP, f/u am labs. Will advance to clears only when GI agrees.\n" +
    "RN",
  "Resp Therapy\n" +
    "Called to bedside at 1120 for increased WOB. Pt on 6L NC with sats 86-88%, RR 32-36 with accessory muscle use and pursed lips. BS with scattered exp wheezes and diminished bases. Known COPD on home O2 2L.\n" +
    "ABG on NC: 7.29/68/54/32. HO at bedside. Placed on BiPAP 12/5 with FiO2 .40 via full face mask, good seal obtained with small leak. Pt initially anxious and pulling at mask, coached through first 15 min and calmed with reassurance.\n" +
    "Albuterol/Atrovent neb given in line via BiPAP circuit. Solu-Medrol 125 mg IV given by RN.\n" +
    "Repeat ABG at 1230: 7.34/58/78/31. RR now 22-24, Vt 450-550, sats 94%. IPAP increased to 14 for better Vt and CO2 clearance.\n" +
    "Pt able to say 'this is much easier, I can breathe now' when mask briefly removed for sips. Skin at bridge of nose intact, Duoderm placed to prevent breakdown.\n" +
    "Code status discussed with pt by team; pt states 'I never want to be on a breathing machine again, but this mask is ok.' Now DNI, BiPAP ok per pt.\n" +
    "Pt's daughter arrived at 1300 and was updated by the team. She said 'he's done this twice before and always comes back from it.' Teaching given about the mask and why it helps his breathing; she was shown how to call the RN if the mask slips.\n" +
    "Will try brief breaks on 4L NC as tolerated this evening. May need BiPAP overnight. Neb q4h and prn. RT will follow closely. ABG in 4 hrs.\n" +
    "RT",
  "Event note re: self extubation\n" +
    "At 0415 pt heard coughing and was found with ETT in hand, cuff still inflated. Pt had been on Precedex 0.5 mcg/kg/hr and had soft wrist restraints, had wriggled down in bed and reached tube. RT and HO paged stat.\n" +
    "Immediately placed on 100% NRB. Sats initially 88%, up to 95% within 2 min. RR 28, HR 118 ST, BP 162/88. Pt able to speak hoarsely, said 'I'm sorry, I couldn't stand it anymore.' Stridor absent. Good cough, strong voice.\n" +
    "HO evaluated at bedside, decision made not to reintubate at this time as pt protecting airway. ABG at 0440 on NRB: 7.44/38/188. Weaned to 50% face tent, then 4L NC with sats 94-96%.\n" +
    "Racemic epi not needed. Decadron not ordered. Swallow to be evaluated by speech and swallow before any PO; NPO for now. Aspiration precautions, HOB 45 degrees.\n" +
    "Pt reoriented, remains calm. States understanding of why restraints were used and agrees to call for help. Restraints d/c'd at 0500, pt able to follow all commands, CAM negative.\n" +
    "Wife called at 0600 and updated on event, she said 'Thank God, he hated that tube.' Will come in this afternoon.\n" +
    "Prior to the event pt had been on SBT since 0300 at CPAP 5/PS 5 and had been tolerating it well with RSBI 55, so team had planned to extubate on am rounds. Sedation off since midnight per protocol.\n" +
    "Incident report filed. Will monitor closely for resp distress, ABG in am, CXR ordered.\n" +
    "RN",
  "Day shift nursing note\n" +
    "Pt is a 71 yo man admitted overnight w/ UGIB, h/o EtOH cirrhosis, varices. This morning he remains somewhat drowsy but arousable, oriented to person and place only. Lactulose 30 ml q2h titrating to 3-4 BMs/day, had 2 loose brown stools this shift, guaiac positive. Asterixis present.\n" +
    "Frank bloody emesis x1 at 0830, approx 300 cc, with HR up to 120 and BP 90s/50s. GI paged and in within 20 min, did EGD at bedside at 0930 and banded 3 esophageal varices. Octreotide gtt at 50 mcg/hr continues, Protonix gtt at 8 mg/hr.\n" +
    "He received 2 u PRBC and 2 u FFP this shift. Hct 22.1 -> 27.6 post transfusion. INR 2.1, Vit K 10 mg SC given. Plt 64. Type and cross for 4 more units on hold in blood bank.\n" +
    "He was intubated for airway protection prior to the EGD, now on CMV 500 x 14, PEEP 5, FiO2 .40, sedated on propofol 20 mcg/kg/min. Mark at 22 cm at lip.\n" +
    "His son and sister came in around noon. Son asked 'is he going to bleed to death?' and was told by the attending that the bleeding has stopped for now but that he remains critically ill. Sister tearful, social work paged for support.\n" +
    "Pt on CIWA scale as well, last drink reportedly 2 days ago, no signs of withdrawal yet. Thiamine and folate given. Skin jaundiced, abd distended with shifting dullness, girth 112 cm. Bilateral 2+ pitting edema to knees.\n" +
    "Hepatology/GI following, ID aware of SBP risk, Ceftriaxone 1 gm started. Paracentesis planned for tomorrow. Will keep pt NPO, monitor for rebleed, serial hct q6h.\n" +
    "RN",
  "Respiratory Care Progress Note\n" +
    "Pt with #8 Portex trach placed at bedside by thoracic surgery 5 days ago, on trach mask 40% cool aerosol since 0800. Prior to that on PS 8/PEEP 5 overnight for rest. Sats 95-98%, RR 18-24, no distress noted.\n" +
    "BS coarse, clearing with sx. Sx'd for small to mod amts thin white secretions q3-4h. Inner cannula changed and cleaned. Trach ties secure, stoma site clean with small amt serous drainage, split gauze changed.\n" +
    "Passy-Muir valve trial at 1100 with speech therapy at bedside, cuff fully deflated first. Pt tolerated 25 min, able to phonate, first words were 'can you hear me?' Pt and wife both tearful. Sats stayed 96%, RR 20.\n" +
    "Teaching done with pt and wife regarding: never using PMV with cuff inflated, signs of distress, and how the valve works. Wife able to verbalize back. Written handout given.\n" +
    "Will repeat PMV trial this afternoon for 30-45 min if tolerated. Hope is to get pt on trach mask around the clock by tomorrow and then discuss downsizing w/ thoracic surgery.\n" +
    "Pt alert and writing notes, asked in writing 'when can I eat real food?' Explained speech and swallow will do a swallow eval with the valve in place later this week. Tube feeds via Dobhoff at goal, residuals under 50 cc.\n" +
    "Vitals stable, HR 80s SR, afebrile. CXR this am unchanged with mild bibasilar atelectasis; chest PT and IS encouraged.\n" +
    "Ambu bag, spare trach one size smaller and obturator at HOB. Nebs albuterol q4h.\n" +
    "RT",
  "Event Note 1340\n" +
    "Pt on CVVHDF via R fem Quinton at 2 L/hr replacement, pulling 100 cc/hr net negative. At 1315 BP dropped to 76/40 (MAP 50) from 100s/60s, HR 110s ST. Art line waveform confirmed with cuff pressure 78/42.\n" +
    "Net UF stopped, 250 cc NS bolus given through circuit per renal. Levophed started at 0.03 mcg/kg/min and titrated to 0.08 for MAP >60. Trendelenburg briefly while pressor started.\n" +
    "Renal fellow at bedside by 1325, decided to hold UF for 2 hrs then resume at even. Team wonders if this reflects volume depletion or new sepsis; blood cx x2 drawn from periph and line, lactate 3.1.\n" +
    "Temp 38.4 at 1330, Tylenol 650 via OGT given. ID consult placed for recurrent fevers. Vanco level pending, Zosyn continued.\n" +
    "Pt unable to speak but opened eyes to voice and squeezed hand. Daughter at bedside during event and very frightened, asked 'is this the beginning of the end?' Attending came in and explained that the drop was likely related to fluid removal and that the team will reassess later today. Daughter calmer, plans to stay.\n" +
    "Pt has been on CVVHDF for 3 days for ARF after cardiac surgery, Cr 4.2, K 4.6 this am. Filter changed at 0600 after clotting, heparin in circuit per protocol with PTT 52.\n" +
    "May need to switch to SLED if not tolerating CVVH. Will check lytes q6h and follow BP closely.\n" +
    "RN",
  "Nursing Note Day Shift\n" +
    "Family meeting held at 1100 with the MICU attending, palliative care, social work, the pt's wife, two sons and a granddaughter. The team explained that despite maximal therapy the pt's kidneys and lungs have continued to fail and that he is not likely to survive this illness. His wife said 'he told me years ago he never wanted to be kept alive by machines.'\n" +
    "The family chose to make the pt CMO. Grace was said by the family at the bedside, and the chaplain offered a blessing at their request. Faith is a big part of this family's life, and they asked that the chaplain return later.\n" +
    "At 1400 the pt was extubated to room air by RT with the family present. Morphine gtt started at 2 mg/hr with 2-4 mg boluses for signs of distress, Ativan 1 mg IV q2h prn. Levophed and vasopressin were turned off, and all labs and fingersticks discontinued. Scopolamine patch placed for secretions.\n" +
    "After extubation the pt had RR 28-32 with some grimacing, and he was given a 4 mg bolus with good effect. He now appears comfortable with RR 16-20 and periods of apnea. HR 60s-90s. Alarms turned off in the room; monitoring at the central station only.\n" +
    "The family has been taught what to expect, including changes in breathing and color. They were told that it could be minutes to hours or longer. Hope was expressed by one son that 'he'll just go peacefully,' and the staff reassured him that comfort is the first priority.\n" +
    "Per family request the grandchildren were allowed in the room, and visiting hours were relaxed. The pt's favorite music was played at the bedside and the family took turns holding his hands.\n" +
    "Will continue to support family and medicate for comfort. Page palliative care with any questions overnight.\n" +
    "RN",
  "RT Note\n" +
    "Pt extubated at 1015 after passing SBT on CPAP 5/PS 0 x 60 min with RSBI 42, NIF -32, VC 1.1 L. Cuff leak positive prior. Suctioned before extubation for small amt thin white. Placed on 50% cool aerosol face tent, sats 97%.\n" +
    "Post extubation pt hoarse but voice strong, good cough, no stridor. RR 18-22. ABG at 1115: 7.42/40/94/25. Weaned to 3L NC by 1300, sats 95-96%.\n" +
    "IS teaching done: pt pulling 1,000 ml on first attempt, encouraged to use it 10x/hr while awake. Pt states 'I'll do whatever it takes to not go back on that thing.' Coached on deep breathing and coughing with pillow splinting of his sternotomy incision.\n" +
    "BS diminished at bases, clears some with cough. Chest PT offered, pt declined until after pain med. Albuterol MDI 4 puffs q4h prn, pt demonstrated good technique with spacer.\n" +
    "HR 80s SR, BP 130s/70s. Chest tubes to -20 sx with no air leak, 60 cc serosang this shift. Pain controlled with Dilaudid 0.5 mg IV prn and Tylenol per RN.\n" +
    "Pt POD 2 s/p CABG x3, sternal dressing dry and intact. Pacing wires capped. He was taught to hug his heart pillow when coughing and to avoid pushing with his arms when getting up.\n" +
    "Speech and swallow consult pending for bedside swallow eval before advancing diet. Ice chips only for now.\n" +
    "Will check on pt q2h for first 6 hrs. May need BiPAP overnight if he tires, pt has known OSA, home CPAP machine to be brought in by wife tonight.\n" +
    "RT",
  "Nursing Progress Note 7a-7p\n" +
    "Pt is a 44 yo woman with AML, s/p induction chemo, now neutropenic (ANC 0.1), transferred up from the heme/onc floor last evening with hypotension and fever. This morning she is alert, oriented and anxious, asking many questions about her counts. She said 'I knew this could happen but I didn't think it would be this bad.'\n" +
    "Rose to 39.2 at 1000 with rigors, blood cx x2 drawn from the Hickman and a peripheral site. Cefepime, vanco and now micafungin per ID. Tylenol 650 PO with temp down to 37.9 by noon. Cooling blanket not needed.\n" +
    "BP 90s-100s/50s on Levophed 0.04 mcg/kg/min, weaned to off at 1600 with MAP holding >65. HR 100-115 ST. She received 1 L NS bolus at 0900.\n" +
    "Plt 8 this am, 1 pheresed unit given with post count 31. Hct 23.4, 1 u irradiated, leukoreduced PRBC given. Neutropenic precautions maintained, no fresh flowers or fruit in the room.\n" +
    "Sunny room today, and she asked to have the blinds open; she said looking outside helped her feel 'less stuck in here.' Her husband stayed most of the day and was updated by the heme/onc fellow. Teaching was done with both about neutropenic precautions and hand hygiene, and they were able to repeat back the key points.\n" +
    "Mouth care with Biotene q4h, small mucositis ulcers on the inside of her cheeks, magic mouthwash ordered. Skin intact, Hickman dressing changed per protocol, site clean without redness.\n" +
    "CT chest pending to r/o fungal pna. Will follow cultures and counts. Plan is to transfer back to floor if she stays off pressors overnight.\n" +
    "RN",
  "Event note: seizure\n" +
    "At 1545 pt noted on monitor and by this RN to have generalized tonic-clonic activity lasting approx 90 sec, with eyes deviated to the L, jaw clenched, and incontinence of urine. Sats dropped to 84% on 2L NC. Pt turned on side, suctioned orally with Yankauer, and placed on 100% NRB.\n" +
    "Page sent to neuro resident and HO at 1546, both at bedside within 5 min. Ativan 2 mg IV given at 1547, activity stopped at 1548. Post-ictal, arouses to sternal rub only. GCS 8 (E2 V2 M4) at 1600, improved to 12 by 1700.\n" +
    "FSBG 142. Lytes, Mg, Ca, Phos, Dilantin level sent. Last Dilantin level was 6.8 yesterday, subtherapeutic. Loaded with fosphenytoin 1 gm IV over 30 min per neuro. Head CT done at 1630, prelim read no new bleed.\n" +
    "Seizure precautions in place: padded side rails, suction and O2 set up, bed in low position. EEG ordered for am.\n" +
    "Husband called and updated by neuro resident. He said 'she had these a lot when she was a kid, but not for years.' Neuro will look into outpatient records once available.\n" +
    "Prior to the seizure pt had been alert, oriented and eating lunch. She was admitted for pna with hx of seizure d/o; Dilantin was held on admission d/t NPO for a procedure and only resumed this am. Teaching done with pt once awake about why it is important not to miss doses.\n" +
    "Now on 4L NC with sats 97%, RR 16, HR 88 SR, BP 138/72. Will check neuro signs q1h overnight and keep NPO until more awake. Aspiration precautions, HOB up 30.\n" +
    "RN",
  "Resp Care Note\n" +
    "Pt remains on APRV: P high 28, P low 0, T high 5.5, T low 0.6, FiO2 .70. Spont breaths present 4-6/min. Minute vent 11-13 L. Sats 89-92%. Paralytic (cisatracurium) off since 0600 per team.\n" +
    "ABG from art line at 0700: 7.31/52/64/26. FiO2 increased to .80 with PaO2 72 at 0800. Team aware, goal sats 88-92% and pH >7.25.\n" +
    "BS coarse with crackles throughout, no wheeze. Sx via closed inline system for small amt blood-tinged thin secretions. CXR with diffuse bilat infiltrates, unchanged. ETT 8.0, Mark at 25 cm at the teeth, retaped this am with 2 RTs.\n" +
    "Discussed prone positioning with team, will defer for now given recent abd surgery. May try inhaled epoprostenol if oxygenation worsens, pharmacy notified to have it ready.\n" +
    "Daughter asked RT 'why is the machine breathing so differently than before?' Explained in simple terms how this mode keeps the lungs open, and she seemed reassured.\n" +
    "Sedation: propofol 50 mcg/kg/min and fentanyl 150 mcg/hr, RASS -4. Hemodynamics stable on Levophed 0.08 mcg/kg/min. Temp 38.1, on meropenem per ID.\n" +
    "Pt's daughter was taught about the closed suction system and why the ETT must be kept secure; she asked good questions and stayed through rounds. RN aware of all vent changes.\n" +
    "Will check ABG q4h and prn. Hope is to decrease FiO2 to .60 by tonight if sats allow. Ambu with PEEP valve at bedside.\n" +
    "RT",
  "Nursing Note Days\n" +
    "Pt is a 23 yo man with type 1 DM admitted in DKA after running out of insulin. Gap closed overnight (AG 11 at 0600), insulin gtt decreased to 2 u/hr, and he was started on a clear liquid diet this morning, which he tolerated well. FSBG 140s-190s.\n" +
    "Lantus 20 u SC given at 1000 per endocrine, with insulin gtt turned off 2 hrs later. Humalog sliding scale with meals. K 3.6, repleted with 20 meq KCl PO. Phos 1.9, K-Phos given.\n" +
    "He is alert and talkative and said 'I lost my job and couldn't afford the insulin, so I started skipping doses.' Social work met with him and will help with a free drug program and insurance application before discharge.\n" +
    "Teaching done this afternoon by this RN and the diabetes educator about sick day rules, checking ketones, and never stopping basal insulin. He was able to draw up and give his own insulin with good technique and teach back the signs of DKA.\n" +
    "He was also taught how to use the new meter, which he will get free through the program, and he agreed to follow up with the diabetes clinic after discharge.\n" +
    "Bill for his last admission is still a worry for him, and he asked about it twice; case mgmt to follow up. Mother in to visit this evening and was included in the teaching.\n" +
    "Vitals stable: HR 80s SR, BP 120s/70s, afebrile, RA sats 99%. Voiding qs. IV NS at 100 cc/hr until taking good PO.\n" +
    "Plan: call out to the floor once bed available. Will f/u am labs.\n" +
    "RN",
  "Event Note - Code\n" +
    "At 2210 pt found unresponsive on rounds, no pulse palpable at the carotid, monitor showing PEA at rate 40s. Code called, CPR started immediately by this RN. Pt was intubated on admission and on A/C; switched to Ambu bag with 100% O2 by RT.\n" +
    "Epi 1 mg IV x3 given at 2212, 2215 and 2218. Bicarb 1 amp and Ca chloride 1 gm given. ROSC obtained at 2221 with HR 110s ST, BP 70s/40s, started on Levophed and Neo, now at Levophed 0.2 mcg/kg/min and Neo 2 mcg/kg/min with MAP 60-65.\n" +
    "Stat labs: K 6.9, ABG 7.08/58/71/16, lactate 8.4. Treated with insulin 10 u IV + D50 1 amp, Kayexalate via OGT. Renal called for emergent dialysis; Quinton to be placed by HO.\n" +
    "Bedside echo by cards fellow showed no effusion, depressed LV function. Head CT not done yet.\n" +
    "Son was called at 2230 and is on his way in. When reached he said 'Please do everything you can, we aren't ready.' Attending will speak with him on arrival about code status.\n" +
    "Before the arrest pt had been on CVVH for ARF, but the filter clotted at 1800 and had not yet been restarted; K at 1700 was 5.4. Code lasted 11 min total, and post-ROSC 12 lead showed peaked T waves, resolving after treatment.\n" +
    "Cooling protocol discussed, team to decide after neuro exam. Pupils 4 mm sluggish bilat, no response to pain at this time.\n" +
    "Will continue close hemodynamic monitoring; labs q2h. Times of event documented on code sheet.\n" +
    "RN",
  "Nursing Progress Note, day shift\n" +
    "Pt is a 52 yo man admitted two days ago with EtOH withdrawal, last drink reportedly 3 days before admission. He was tremulous, diaphoretic and hallucinating on arrival to the unit, picking at the air and saying 'there are bugs all over the bed.'\n" +
    "CIWA scores 18-24 this am, he received Valium 20 mg IV x4 between 0700 and 1100 with scores down to 8-10 by noon. Phenobarb considered but not needed. He is now calmer, oriented x2, and sleeping between checks.\n" +
    "HR 100s ST, BP 150s/90s. Afebrile. On 2L NC for sats 93% RA. Thiamine, folate and MVI given IV. Mg 1.4, repleted with 4 gm Mg sulfate. Phos 2.0.\n" +
    "Skin with multiple abrasions on both forearms after a fall at home prior to admission, cleaned and dressed. He is tolerating a regular diet, eating 50% of lunch.\n" +
    "Posey vest not needed today; 1:1 sitter at bedside. Fall precautions, bed alarm on.\n" +
    "Psych was consulted for possible depression and SI, as his wife reported he said 'maybe everyone would be better off without me' last week. Psych saw him this afternoon and recommends continued sitter until he can be fully assessed when clear. Social work also involved for substance use resources.\n" +
    "His wife visited at 1500 and was tearful. She said she has 'hope that this time he'll really get help.' She was updated by the team and given info about support groups for families.\n" +
    "Plan: cont CIWA q1h, Valium prn, advance diet as tolerated. Will reassess need for ICU in am.\n" +
    "RN",
  "Respiratory Therapy Progress Note\n" +
    "Pt with ALS, chronic trach and home vent, admitted w/ pna. Currently on AC 550 x 12, PEEP 5, FiO2 .35 on unit vent, sats 96-98%. Home settings AC 550 x 12, PEEP 5, room air with 2L bled in.\n" +
    "BS coarse at R base, improving since yesterday. Suctioned q2h for mod amts thick yellow secretions, sputum cx grew Pseudomonas, on cefepime and tobra nebs per ID. CoughAssist used q4h at +40/-40 with good yield.\n" +
    "Cuffed #6 Shiley in place, cuff pressure 22. Trach care done, stoma intact, no redness.\n" +
    "Pt communicates with eye blinks and a letter board. He spelled out 'want my own vent' and wife explained he is more comfortable on the home machine. Will trial home vent this afternoon with home settings, RT at bedside to monitor.\n" +
    "Jack for the phone in the room is not working; wife asked to be able to call the home care company at the bedside. Unit clerk notified, engineering will fix.\n" +
    "Vitals: HR 90s ST, BP 110s/60s, Tmax 38.0. Trach site and PEG both clean. Wife says the home vent had an alarm that was 'always going off at night' before admission, so RT will check the circuit and alarm settings.\n" +
    "Teaching reviewed with wife about in-line suction and CoughAssist settings; she is very skilled and has been his primary caregiver for years.\n" +
    "Will plan to wean FiO2 to .30 today. Hope is to transition back to home vent full time before discharge.\n" +
    "RT",
  "Event note 0520\n" +
    "Pt had large maroon to frank red BM at 0505 approx 600 cc, followed by a 2nd at 0515 approx 400 cc with clots. HR up from 90s to 128, BP 84/46. Pt pale, diaphoretic and lightheaded, said 'I feel like I'm going to faint.'\n" +
    "Page to HO at 0506, at bedside 0510. Second large bore PIV placed (18g L AC). NS 1 L wide open, 2 u PRBC emergency released and hung at 0530. Stat hct 21.0, was 29.8 at 2200.\n" +
    "Coags and type and cross for 4 more units sent. INR 1.3. Pt was on Plavix and ASA at home for cardiac stent.\n" +
    "GI fellow paged by HO, plans colonoscopy after prep vs tagged RBC scan if bleeding continues. IR notified as backup for possible embolization. Surgery aware.\n" +
    "After 2 u and 1 L NS, HR 104, BP 102/58 at 0615. No further BMs since 0515. Protonix 40 mg IV given.\n" +
    "Hx of diverticulosis on last colonoscopy per pt. Pt was on the floor until yesterday for CHF exacerbation and transferred to the unit overnight for the bleeding. Lasix held. Foley placed to monitor UOP, 40 cc/hr.\n" +
    "Wife called per pt request and updated by HO; she will come in before work. Pt reassured, aware of plan and agrees with blood products and possible scope.\n" +
    "Will repeat hct post transfusion and q4h. May need more blood. NPO except meds. GoLytely prep to start if GI approves.\n" +
    "RN",
  "Day shift note\n" +
    "Pt is a 66 yo woman with ischemic cardiomyopathy, EF 15%, admitted with cardiogenic shock. Swan-Ganz placed yesterday via R IJ: this am PA 48/26, wedge 24, CVP 16, CO 3.1, CI 1.6, SVR 1,680. Dobutamine started at 2.5 mcg/kg/min and increased to 5 at 0900, with repeat CO 4.2, CI 2.2 at 1100.\n" +
    "Lasix gtt at 10 mg/hr, with UOP 150-250 cc/hr. Net neg 2.3 L for the shift. K 3.5 and Mg 1.8 repleted per protocol. Cr stable 1.6.\n" +
    "She is on 4L NC with sats 94%, lung sounds with crackles halfway up bilat, improving by the end of the shift. She can now lie with HOB at 30 degrees and says 'I can finally breathe lying back a little.'\n" +
    "Cards following closely and the advanced HF team was in to discuss whether she is a candidate for LVAD or transplant workup. Palliative care was also consulted to talk about goals, and she told them 'I want to see my grandson graduate, so I'll try anything reasonable.'\n" +
    "Skin intact, heels floated on pillows. Her mood is good and she has been joking with staff, though she became tearful when talking about her husband, who is at home with dementia and being cared for by her son.\n" +
    "Teaching done with her and her daughter about daily weights, a 2 gm sodium diet and fluid restriction, which they will need at home. Daughter took notes and asked good questions.\n" +
    "Plan: cont dobutamine and Lasix gtt, repeat Swan numbers q4h, echo pending. Will keep K >4, Mg >2. Heparin SC for DVT ppx.\n" +
    "RN",
  "RT Note - Asthma\n" +
    "Pt brought in by EMS with status asthmaticus, intubated in ED, transferred here at 0300. On arrival on VC 450 x 10, PEEP 0, FiO2 1.0, I-time 0.8 with insp flow 80 L/min to allow long exp time. Peak pressures 48-52, plateau 26. Auto-PEEP 8 measured with exp hold.\n" +
    "BS with diffuse exp wheezes, poor air movement. Continuous albuterol 10 mg/hr in line, Atrovent q6h. Solu-Medrol 125 mg IV q6h, Mg 2 gm given by RN. Heliox 70/30 started at 0500 per team with FiO2 kept at .30.\n" +
    "ABG 0400: 7.18/78/142. ABG 0800: 7.26/64/118. Permissive hypercapnia ok per team, goal pH >7.20. Deeply sedated on propofol and fentanyl, vecuronium prn for dyssynchrony.\n" +
    "By 1100 peaks down to 38, plateau 22, auto-PEEP 3. Wheezes improving, better air entry at bases. Continuous neb changed to albuterol q1h.\n" +
    "Pt's BP 100s/60s, HR 120s ST from albuterol. K 3.1, repleted with 40 meq KCl IV. Lactate 2.8. CXR with no pneumothorax, lungs hyperinflated. OGT placed, to LIS.\n" +
    "Mother at bedside asked 'how long will she need the breathing tube?' Explained that it depends on how fast the airways open, likely a day or two. She mentioned pt had been out of her inhalers for weeks.\n" +
    "Teaching about controller vs rescue inhalers and trigger avoidance to be done once pt extubated; asthma educator referral placed.\n" +
    "Will continue to monitor peak and plateau pressures q2h. May wean heliox once pH >7.30.\n" +
    "RT",
  "Event Note: Pt fall\n" +
    "At 0130 pt heard calling out and was found on the floor next to the bed, sitting on his buttocks, having climbed over the side rails. Bed alarm had sounded. Pt states 'I was just going to the bathroom, I didn't want to wet the bed.' He denies hitting his head, but the fall was unwitnessed.\n" +
    "Assessed by this RN and the HO on the floor: A+O x2 (not to time), PERRL 3 mm, MAE equally, no obvious deformity. Small ecchymotic area on L elbow 2 x 3 cm. Mark on R hip with mild redness, no pain on ROM. VS: HR 96, BP 158/84, RR 20, sats 95% on 2L.\n" +
    "Pt assisted back to bed with 3 staff and Hoyer lift. Head CT ordered given pt on Coumadin (INR 2.8); done at 0230, prelim no bleed. Hip films negative.\n" +
    "Neuro checks q1h x4 then q2h. Bed in lowest position, bed alarm reset, urinal within reach. Toileting schedule q2h started. Sitter requested.\n" +
    "Son called at 0300 and informed. He said his father gets 'confused at night at home too.' Team aware and considering low-dose Haldol for sundowning, held for now. Geriatrics consult for delirium to see in am.\n" +
    "Pt is a 79 yo man admitted for CHF exacerbation, now day 3, pleasant and oriented during the day but more confused after dark. Lasix 40 mg IV bid with good diuresis, and nocturia likely contributed to the fall.\n" +
    "Teaching done with pt about using the call light; he was able to show it but may not remember. Son will bring in his glasses and hearing aids to help with orientation.\n" +
    "Incident report completed. Will continue to reorient frequently and keep lights dimmed.\n" +
    "RN",
  "SICU nursing note 7a-7p\n" +
    "Pt is POD 1 s/p Whipple for pancreatic CA. He arrived to the unit last night extubated. Today he is alert and oriented, pain controlled on the epidural (bupivacaine/fentanyl at 8 ml/hr) with pain 2-4/10, and he says 'it's sore but nothing like I expected.'\n" +
    "Abd dressing dry and intact. Two Jackson-Pratt drains to bulb suction draining serosanguinous, 120 cc and 85 cc this shift. JP amylase sent per surgery. NGT to LCS with 200 cc bilious drainage.\n" +
    "Art line in L radial with good waveform. BP 110s-130s/60s, HR 80s-90s SR. CVP 6-8. He received 500 cc LR bolus for UOP 25 cc/hr x2 hrs, with good response to 50-60 cc/hr.\n" +
    "Out of bed to chair for 1 hr with PT and tolerated well. IS to 1,250 ml, good cough. On 2L NC sats 96%.\n" +
    "FSBG 150-210, covered with insulin SS. Hct 30.1 stable. Lytes wnl.\n" +
    "Epidural site clean, no redness or leakage, sensory level at T6 bilat. Heparin SC held per anesthesia timing with the epidural catheter.\n" +
    "Hope is to remove NGT tomorrow if output stays down. His wife and brother visited; wife asked 'when can he eat?' and was told the team wants to wait a few days until bowel function returns. Teaching done with both about early mobility and IS use.\n" +
    "Plan: cont epidural, drains to bulb, ambulate in hall tomorrow. Will f/u JP amylase, am labs.\n" +
    "RN",
  "Respiratory Care - Intubation note\n" +
    "Called stat at 1915 for resp distress. Pt on 100% NRB with sats 82-85%, RR 40, using accessory muscles, diaphoretic. BiPAP trial earlier in afternoon failed per team. Decision made to intubate.\n" +
    "Preoxygenated with BVM and 15 L O2. Anesthesia at bedside for airway given hx of difficult intubation. Etomidate 20 mg and succinylcholine 100 mg given by HO. First attempt with Mac 3, grade 3 view, unsuccessful. Sats dropped to 78%, bagged back up to 92%. Second attempt by anesthesia with glidescope and bougie successful at 1931 with 7.5 ETT.\n" +
    "Placement confirmed by positive color change on CO2 detector, bilat BS, and CXR: tip 4 cm above carina. Mark at 22 cm at the lip. Secured with commercial holder.\n" +
    "Placed on AC 450 x 20, PEEP 10, FiO2 1.0. ABG at 2000: 7.28/46/68. PEEP increased to 12 and sats now 92%. Weaned FiO2 to .80.\n" +
    "After intubation BP dropped to 80s/40s, 500 cc NS bolus given and briefly on Neo, now off with BP 110s/60s. OGT placed, position confirmed by CXR. Propofol started at 20 mcg/kg/min for sedation.\n" +
    "Difficult airway sign posted above bed and noted in chart. Bougie, LMA and spare ETT sizes at bedside.\n" +
    "Pt's husband waiting in the family room was updated by the team. He said 'she was fighting so hard, I'm glad she can rest now.'\n" +
    "Will recheck ABG in 1 hr and titrate FiO2 and PEEP per ARDSnet table.\n" +
    "RT",
  "Nursing Progress Note - Neuro\n" +
    "Pt is a 76 yo woman admitted yesterday with L MCA stroke, received tPA in the ED at an outside hospital before transfer. This morning she is awake, with expressive aphasia and R-sided weakness: RUE 1/5, RLE 2/5, L side 5/5. Neuro checks q1h, unchanged since overnight. NIHSS 14 per neuro resident at 0800.\n" +
    "BP goal <180/105 post tPA; SBP 150s-170s, labetalol 10 mg IV x1 at 1000 for SBP 184. HR 70s-80s, now in AF at times, rate controlled. Head CT at 24 hrs shows no hemorrhage, so ASA started per neuro.\n" +
    "She failed her bedside swallow screen and is NPO; speech and swallow to do formal eval in am. Dobhoff to be placed if she fails again. IVF NS at 75 cc/hr.\n" +
    "She is frustrated with her speech and cried when trying to talk. Her husband said 'she was always the talker in the family.' He was taught communication strategies like yes/no questions and a picture board, and he practiced them with her.\n" +
    "Temp 37.2, FSBG 110-140. Foley placed for retention, 400 cc on insertion. Skin intact, heels floated, turned q2h. R arm positioned on a pillow to protect the shoulder.\n" +
    "Faith is very important to the family, and they asked for a visit by the chaplain, who came at 1430.\n" +
    "May transfer to the stroke floor tomorrow if neuro exam is stable. PT/OT to see for early rehab eval. Will continue neuro checks q1h and aspiration precautions. Echo and carotid US pending.\n" +
    "RN",
  "Event note: possible transfusion reaction\n" +
    "At 1620, approx 20 min into the 2nd unit of PRBC, pt developed rigors, temp 39.0 up from 37.2 pre-transfusion, HR 122, BP 146/80. She c/o back pain and said 'I feel so cold, something is wrong.' No rash, no wheezing, sats 95% on 2L, unchanged.\n" +
    "Transfusion stopped immediately, tubing clamped, NS hung through a new line to keep vein open. HO paged and at bedside 1625. Blood bank called, unit and tubing bagged and returned with the transfusion reaction form.\n" +
    "Labs sent: repeat type and screen, DAT, CBC, LDH, haptoglobin, bili, UA for hgb, blood cx of unit and pt. Tylenol 650 mg PO and Benadryl 25 mg IV given per HO. Demerol 12.5 mg IV x1 for rigors, with good effect.\n" +
    "By 1715 temp 38.2, HR 104, rigors resolved. Urine clear yellow, 80 cc/hr, no evidence of hemolysis so far. Blood bank clerical check found no error; likely febrile non-hemolytic reaction per HO, await DAT.\n" +
    "Pt had been getting 2 u PRBC for hct 21.6 in the setting of slow GI blood loss; first unit given this morning without issue. She reports 'a fever once before with blood' years ago, which was not in her chart.\n" +
    "Pt and husband updated. Teaching done about premedication and leukoreduced blood for future transfusions, which they both verbalized understanding of.\n" +
    "Will hold further transfusion until blood bank results back. Hct 24.8 pre. Monitor VS q15 min x1 hr then q1h.\n" +
    "RN",
  "RT Progress Note\n" +
    "Pt with morbid obesity (BMI 54), OHS and OSA admitted with hypercapnic resp failure, now day 2 on BiPAP. Overnight on BiPAP 18/8, FiO2 .40 via full face mask with good tolerance. Sats 92-94%. Off BiPAP since 0730 on 4L NC, sats 90-92%.\n" +
    "ABG at 0800 on NC: 7.36/58/64/34, improved since admission ABG of 7.24/84. Pt alert, eating breakfast, conversant, and says 'I haven't felt this clear-headed in months.'\n" +
    "BS distant, diminished bases. IS 500 ml, encouraged. Nebs albuterol q4h prn, none needed today.\n" +
    "Pt has home CPAP but admits to 'hardly ever using it because the mask leaks and hurts my nose.' Fitted for nasal pillows and a new full face mask in two sizes, with the medium full face giving the best seal. Teaching done on mask care, strap adjustment and the importance of wearing it every night and during naps.\n" +
    "Pt also with R LE cellulitis, on cefazolin, leg elevated and outlined with a skin marker to watch for spread. Skin folds checked and kept dry.\n" +
    "Pt's wife was shown how to put the mask on him and check for leaks; she said 'I'll make sure he wears it, he snores so loud I can't sleep anyway.'\n" +
    "Sleep medicine consult placed for titration study after discharge, and case mgmt working with the DME company about a new machine with bilevel capability.\n" +
    "Will keep BiPAP on overnight and for naps. Hope is to discharge on home bilevel. Pt agreeable and motivated.\n" +
    "RT",
  "Nursing Note 0700-1900\n" +
    "Pt is a 31 yo woman admitted overnight after an intentional overdose of Tylenol and Benadryl. NAC infusion started in ED at 0130 per the 21 hr protocol, now on the 3rd bag at 6.25 mg/kg/hr, to finish at 2230. Tylenol level at 4 hrs post ingestion was 212, now 48. LFTs rising: AST 380, ALT 442, INR 1.6.\n" +
    "She is alert and oriented x3, quiet and withdrawn. HR 90s SR, QTc 470 on am EKG, down from 510 on admission. BP 110s/70s, afebrile, RA sats 98%.\n" +
    "1:1 sitter at bedside at all times, belongings removed per policy. She said 'I didn't really want to die, I just wanted everything to stop.' Psych saw her this morning and she remains on a hold; they will reassess daily. Liver team also following given rising LFTs.\n" +
    "Serum EtOH on admission was negative, and tox screen was positive only for the diphenhydramine. No seizures, pupils 4 mm and reactive, no urinary retention after Foley removed this am.\n" +
    "She has been nauseated, vomited x1, given Zofran 4 mg IV with good effect. Taking clear liquids slowly.\n" +
    "Her mother and sister visited this afternoon, and her mother asked 'how did we not see this coming?' Social work met with the family and provided support and resources. Pt agreed to let her mother be updated on her medical condition.\n" +
    "Plan: cont NAC, LFTs and INR q12h, repeat EKG in am. Will call out to floor with sitter once NAC done and LFTs trending down.\n" +
    "RN",
  "Event Note 1050\n" +
    "Pt on AC 500 x 16, PEEP 12, FiO2 .60 for ARDS. At 1035 peak pressures suddenly rose from 32 to 48, sats fell to 80%, HR 130s, BP 78/40. BS absent on the L, trachea slightly deviated to the R. RT and HO to bedside.\n" +
    "Pt bagged with 100% O2 via Ambu with PEEP valve. HO performed needle decompression L 2nd ICS MCL at 1040 with rush of air. Sats up to 88%, BP 96/50.\n" +
    "Surgery at bedside by 1050 and placed 28 Fr L chest tube, connected to Pleur-evac at -20 cm H2O suction, with positive air leak and small amt serosang drainage. CXR shows L lung re-expanded, tube in good position.\n" +
    "Vent: PEEP reduced to 10 per team, FiO2 .80, sats 93-95%. ABG 7.29/50/74. Peaks now 34.\n" +
    "Prior to the event pt was on day 5 of ARDS from aspiration pna, sedated on fentanyl and Versed, RASS -4, on cefepime and vanco. Plateau pressure earlier this am was 31.\n" +
    "Team reviewed PEEP titration; plan to keep plateau <30 and accept sats 88-92%. Sedation increased slightly to help with vent synchrony.\n" +
    "Levophed started briefly at 0.05 mcg/kg/min, off by 1200.\n" +
    "Husband updated by HO by phone; he asked 'is the lung going to stay up?' Team explained that the chest tube should keep it up but they will watch closely. He will come in tonight.\n" +
    "Will monitor Pleur-evac for air leak and drainage q1h, check chest tube dressing, keep Kelly clamps at bedside. Daily CXR. Page team for any increase in peak pressure or fall in sats.\n" +
    "RN",
  "Resp Therapy Note\n" +
    "Pt s/p trach for prolonged wean after CABG, now on trach collar 35% FiO2 for 48 hrs without need for vent rest. Sats 95-97%, RR 16-20. #7 Shiley cuffed with cuff deflated during the day per protocol, tolerating well with no signs of aspiration.\n" +
    "BS clear to diminished bases. Sx'd x2 this shift for small amt white secretions, pt now coughing most out to the trach on his own. Trach care done, inner cannula changed.\n" +
    "PMV worn x 3 hrs today, pt talking throughout and joking with staff. He said 'Sunny days like this make me want to get out of here and go fishing.'\n" +
    "Capping trial discussed with thoracic surgery, and the plan is to downsize to a #6 cuffless tomorrow am, then start capping trials if tolerated. Will need overnight oximetry while capped before decannulation.\n" +
    "Vitals: HR 80s SR, BP 120s/60s, afebrile. Tube feeds via PEG at goal 65 cc/hr; speech and swallow to do a swallow study with the PMV on this week to see if he can start thin liquids.\n" +
    "Teaching done with pt and daughter on how to place and remove the PMV, clean it, and what to do if he has trouble breathing. Daughter was able to demonstrate placing it correctly.\n" +
    "Pt's daughter is a nurse and asked many questions about home trach care in case decannulation does not happen before discharge; RT will provide a full teaching session with return demonstration later this week.\n" +
    "Nebs changed to prn. Will continue to follow daily. Hope is for decannulation before transfer to rehab.\n" +
    "RT",
  "Nursing Progress Note Day Shift\n" +
    "Pt is an 81 yo man with BPH and recurrent UTIs admitted with urosepsis and ARF. He is alert but intermittently confused, oriented to self and place, and he keeps asking when he can go home. He said 'my wife can't manage the house without me.'\n" +
    "He remains on Levophed at 0.06 mcg/kg/min, unable to wean today, with MAP 62-70 via art line. HR 90s SR with occasional PVCs. He received 1 L LR this am for CVP 4.\n" +
    "Temp max 38.6. Rose from 37.4 at 0800 to 38.6 at 1200, cultures resent. Blood and urine cx on admission growing GNRs, speciation pending; on Zosyn. ID following and may narrow once sensitivities are back.\n" +
    "Foley changed on admission, draining cloudy amber urine with sediment, 15-30 cc/hr. Cr 3.9, baseline 1.4. Renal was in to see him and does not plan dialysis yet, but wants strict I/O and daily weights. Renal US showed mild hydro on the R; urology may place a nephrostomy if it does not improve.\n" +
    "Skin: Stage 2 sacral pressure ulcer present on admission, 2 x 2 cm, cleaned and Duoderm applied, turning q2h on a low air loss mattress. Wound care RN consult placed.\n" +
    "His wife and daughter came in at 1300. Bill collectors have been calling the house and his wife is worried about paperwork; social work met with them and will help. Teaching done about sepsis, the reason for the pressor and the plan, and the daughter repeated it back accurately.\n" +
    "Plan: wean Levophed as tolerated, f/u cx sensitivities, repeat renal US in 48 hrs. Will monitor UOP closely and call HO for UOP <20 cc/hr x2 hrs.\n" +
    "RN",
];

/** Decision 244's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision244Corpus(): Corpus {
  return { notes: [], clean: DECISION_244_LONG_CLEAN };
}
