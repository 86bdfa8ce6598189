// Long ICU nursing notes that carry no identifier of any kind. They imitate the public PhysioNet
// MIMIC-II ICU nursing notes kept at Boston teaching hospitals around 1998-2008, in the voice of a
// MICU nurse who writes long narrative notes in full mixed-case sentences: the patient's mood, what
// they said in quotes, hobbies and work mentioned generically, goals-of-care talks, emotional support
// and teaching, interleaved with system-by-system data on sepsis, ARDS, GI bleeds, DKA, COPD, alcohol
// withdrawal on CIWA and liver failure, with some words Capitalised for emphasis as people do. They
// are by "a ninetieth writer who had not read the guard's rules". Every note should pass through the
// guard untouched.
// Written for this project (CC0, see LICENSE.md): no real patient text was used.
import type { Corpus } from "./generate";

/** Decision 248: thirty long clean MICU narrative nursing notes (1,000 to 2,500 characters each). */
export const DECISION_248_LONG_CLEAN: string[] = [
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 64 yo woman admitted yesterday from the ED with urosepsis and hypotension, h/o DM2 and HTN. She was Very anxious at the start of the shift, kept asking 'am I going to die in here?' Spent a good amount of time at the bedside explaining the lines and the pressors and she calmed considerably. She told me she worked in a school cafeteria for thirty years and misses 'her kids' already.\n" +
    "Neuro: A&O x3, MAE, follows all commands. Slept in short stretches after 0200. Given ativan 0.5mg IV x1 at 2300 for anxiety with good effect.\n" +
    "CV: HR 98-112 ST, no ectopy. BP on arrival to me 84/40 on Levophed .08 mcg/kg/min, titrated down to .04 by 0400 w/ MAPs 62-70. Received 1L LR bolus at 2100 for UO < 20cc/hr. CVP 6 -> 10 after bolus. Lactate 3.8 -> 2.1 this am. Extremities warm, pulses palp.\n" +
    "Resp: 2L NC, sats 95-97%. LS clear upper, slightly dim at bases. Encouraged IS, pulls 750ml. Non-productive cough.\n" +
    "GI: Tolerating sips and ice chips, nausea x1 relieved w/ zofran 4mg IV. Abd soft, +BS. No BM.\n" +
    "GU: Foley w/ cloudy yellow urine, 25-60cc/hr after bolus. Cr 1.9 from 1.4 on admit.\n" +
    "ID: Tmax 38.6 at 2200, tylenol given. WBC 19.4. On ceftriaxone, f/u urine cx which is growing GNR.\n" +
    "Endo: FSBG 180s-240s, covered per RISS. Will ask team about starting a basal dose.\n" +
    "Skin: Intact, turns q2h with assist. Heels floated on pillows.\n" +
    "Social: Husband called twice overnight, updated on the plan. He is coming in first thing in the morning. Pt wants him here for rounds.\n" +
    "Plan: Wean Levophed as tolerated to off, follow lactate, f/u cultures, emotional support. Pt is Full Code, this was confirmed with her tonight.",
  "MICU Nursing 7a-7p\n" +
    "This is a 52 yo man with ETOH abuse, admitted for alcohol withdrawal after his last drink roughly 48 hrs prior to admit. Today was a Rough day for him. He was diaphoretic, tremulous and seeing 'little bugs on the ceiling' for most of the morning. Reoriented frequently, room kept quiet, lights dimmed, and he responded fairly well to a calm voice.\n" +
    "CIWA: Scores 18-24 through the morning, valium 10mg IV given q1h x5 per protocol, then scores 8-12 after 1300. Total valium today 70mg. Team aware and considering phenobarb if he escalates again tonight.\n" +
    "Neuro: Oriented to self and hospital, not year. Tremor both hands, improved by afternoon. No seizure activity. Soft restraints not needed, 1:1 sitter at bedside this am, d/c'd at 1500.\n" +
    "CV: HR 120s ST in am -> 90s by afternoon. BP 160s/90s -> 130s/80s. No ectopy.\n" +
    "Resp: RA, sats 96%. LS clear. RR 20s.\n" +
    "GI: Poor appetite, took a few bites of toast and a cup of juice. Abd soft, NT. LFTs mildly elevated, AST > ALT. No BM today.\n" +
    "GU: Voiding in urinal, 1.2L out for shift.\n" +
    "Lytes: K 3.2, Mg 1.4, Phos 1.9. Repleted w/ 40 KCl IV, 4g Mg sulfate, K-phos. Recheck at 2000.\n" +
    "Meds: Thiamine 100mg, folate, MVI given. Banana bag running at 125/hr.\n" +
    "Social: Pt is a carpenter, lives alone. When he was clearer this afternoon he said 'I know I have to stop, I keep telling myself that.' Talked with him about the detox programs and he seemed open to speaking with SW tomorrow. His sister called, updated w/ his permission.\n" +
    "Plan: Cont CIWA q1h, valium per scale, lytes repletion, safety, SW consult for substance abuse resources.",
  "Nursing Note 7p-7a MICU\n" +
    "Pt is a 71 yo man with severe COPD (home O2 2L) admitted with an acute exacerbation, on BiPAP since arrival from the ED. He is a retired mechanic and a lifelong smoker who still smokes 'a few a day'. He is Frustrated with the mask and has pulled it off several times, saying 'I can't breathe with this thing on my face.' Coached him through each episode, refitted the mask with a different size, and he tolerated it better after 2300.\n" +
    "Resp: BiPAP 12/5, FiO2 40%, RR 24-30, sats 89-93%. ABG at 2000 7.29/68/64. Repeat at 0200 7.33/61/70, improved. Diffuse exp wheezes throughout, prolonged exp phase, accessory muscle use decreased by early am. Nebs albuterol/atrovent q4h and prn x2. Solumedrol 60mg IV q8h. Weak cough, raising small amts thick yellow sputum, sent for culture.\n" +
    "Neuro: A&O x3, a bit drowsy after 0300 but easily arousable, answers appropriately. No sedation given d/t CO2 retention.\n" +
    "CV: HR 100-118 ST, occasional PACs. BP 140s-150s/70s. Pedal edema 1+ bilat.\n" +
    "GI: NPO while on BiPAP except meds. Abd soft. No BM.\n" +
    "GU: Voids in urinal, 600cc for shift.\n" +
    "ID: Afebrile. WBC 13. On azithro and ceftriaxone.\n" +
    "Endo: FSBG up to 260 on steroids, covered w/ SSI.\n" +
    "Social: Wife at bedside until midnight. She asked about intubation and what he would want. Pt said clearly in front of her 'if it comes to the tube, do it, but not forever.' Discussed with covering MD, who spoke with them both; pt remains Full Code for now, family meeting requested for tomorrow afternoon.\n" +
    "Plan: Cont BiPAP, trial off to 4L NC for meals if ABG continues to improve, steroids, nebs, abx, close monitoring of mental status.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 23 yo woman with type 1 DM admitted overnight in DKA after running out of insulin. She is quiet, tearful at times, and embarrassed about being here. She said 'I was trying to stretch it until my next paycheck.' We talked a long time about how dangerous that is and about the resources available, and she agreed to see SW and the diabetes educator.\n" +
    "Endo: Insulin gtt at 6 u/hr on arrival, titrated per protocol. FSBG hourly 310 -> 188 by noon. Gap 28 on admission, now 14, closed to 11 by 1600. Started D5 1/2NS at 150/hr when BG < 250. Lantus 18 units SC given at 1700 and gtt off 2 hrs later per endocrine.\n" +
    "Lytes: K 5.6 on admission, dropped to 3.4 w/ insulin, given 60 mEq KCl IV total. Phos 1.6, K-phos given. Mg wnl. Bicarb 9 -> 19.\n" +
    "Neuro: A&O x3, c/o headache, tylenol w/ relief. No confusion.\n" +
    "CV: HR 120s ST -> 90s after fluids. BP 100s/60s stable. Received 4L NS total in ED and here.\n" +
    "Resp: RA, sats 99%. Kussmaul breathing resolved by late morning.\n" +
    "GI: N/V x2 early in shift, zofran given. Tolerating clears this afternoon and asking for 'real food', advanced to ADA diet.\n" +
    "GU: Voiding qs, large amounts.\n" +
    "Teaching: Reviewed sick day rules, checking ketones, never skipping basal insulin even if not eating. She demonstrated drawing up and giving her own Lantus dose with good technique. Gave written materials.\n" +
    "Social: Mother visited in the afternoon, very supportive. Pt works part time at a grocery store and is taking college classes at night.\n" +
    "Plan: Transfer to floor if BG stable overnight, SW re insurance and insulin access, diabetes teaching to continue.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 58 yo man with ETOH cirrhosis admitted with a brisk upper GI bleed, hematemesis at home. EGD this afternoon showed large esophageal varices, banded x4. He is frightened and kept saying 'I thought this was it, I really did.' Held his hand during the second unit and talked him through what was happening. He relaxed a lot once he understood the plan.\n" +
    "GI: No further hematemesis on my shift. Small melanotic stool x2 at 2300 and 0400. NGT to LIS w/ scant coffee ground drainage, now clear. Octreotide gtt 50 mcg/hr. Protonix 40 IV bid. Lactulose held per GI until bleeding settles.\n" +
    "Heme: Hct 22 on arrival, given 2 u PRBC and 2 FFP. Post-transfusion Hct 27 at 0200, 26.5 at 0600. INR 1.9. Plt 78. Two large bore PIVs.\n" +
    "CV: HR 100-110 ST -> 80s after blood. BP 98/54 -> 118/62. No pressors.\n" +
    "Resp: 2L NC, sats 96-98%. LS clear. Protecting airway, good cough, HOB 30.\n" +
    "Neuro: A&O x3, slight asterixis noted. Mildly slow to answer at times but appropriate. CIWA 4-6 overnight, no ativan needed. Last drink reported 3 days ago.\n" +
    "GU: Foley, UO 40-70cc/hr. Cr 1.1.\n" +
    "ID: Afebrile. Ceftriaxone started for SBP ppx w/ GI bleed.\n" +
    "Skin: Jaundiced, spider angiomata on chest. Intact otherwise.\n" +
    "Social: Pt works as a long-haul truck driver, divorced, has two adult kids. Daughter came in at 2000, very tearful. Explained the banding and what to watch for. She asked about the liver transplant list and was told that this would be something to talk about with hepatology once he is sober for a period of time.\n" +
    "Plan: Serial Hcts q6h, keep Hct > 25, cont octreotide x72 hrs, repeat EGD if rebleeds, support.",
  "MICU Nursing 7a-7p\n" +
    "Pt is a 46 yo woman HD 4 with ARDS from a severe community acquired pneumonia, intubated and paralyzed. This shift was the First time in days that she has shown some improvement. Her husband was here most of the day and he asked many good questions. He told me she is a nurse's aide herself and would 'want to know every number,' so I went through her flowsheet with him.\n" +
    "Resp: AC 380 x 28 (low tidal volume, 6ml/kg IBW), PEEP 14, FiO2 .60 -> weaned to .50 at 1400. Plateau 28. ABG 7.31/52/78 on .60, then 7.34/49/74 on .50. Sats 92-95%. Sx'd for small amts thin blood tinged secretions. LS coarse throughout, bronchial in bases. CXR unchanged diffuse bilat infiltrates.\n" +
    "Neuro: Cisatracurium gtt 3 mcg/kg/min, TOF 2/4. Propofol 40 mcg/kg/min and fentanyl 100 mcg/hr for sedation. Pupils 3mm equal and reactive. Eye care with lube and tape.\n" +
    "CV: HR 90s NSR. BP 110s/60s, MAP > 65 w/o pressors since 0900. Levophed was off at 0900 after being at .02. CVP 12. Lasix 20 IV x1 with 900cc response.\n" +
    "GI: TF Impact w/ fiber at 20cc/hr, residuals < 30. Abd soft, hypoactive BS. Bowel regimen given. No BM.\n" +
    "GU: Foley, 60-120cc/hr after lasix. Cr 0.9.\n" +
    "ID: Tmax 38.2. WBC 16 from 21. Legionella Ag negative. On ceftriaxone, azithro.\n" +
    "Skin: Turned q2h, small stage 1 area on sacrum, Duoderm applied. Team considering prone positioning if she worsens again.\n" +
    "Social: Husband went home at 1830 to be with their children. He said 'tell her I'll be back before she wakes up.' Told him we would, and that we talk to her during care even though she is paralyzed.\n" +
    "Plan: Cont lung protective strategy, wean FiO2 then PEEP as tolerated, keep net negative, paralytic holiday per team in am.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 77 yo woman admitted from rehab with septic shock from a presumed line infection. She has been declining since the evening and this was a Difficult night. Goals of care were discussed at length tonight between the night float resident, her two sons and this RN. She had told her sons many times that she 'never wanted to be kept alive on machines.' After a long and tearful talk, the family decided on DNR/DNI with continuation of current treatment but no escalation.\n" +
    "CV: HR 110-130 AF w/ RVR, BP 78-90 systolic on Levophed .15 mcg/kg/min and vasopressin .04 u/min. Not increasing pressors further per family wishes. Amio bolus discussed and deferred. Extremities cool, mottled knees.\n" +
    "Resp: 6L NC -> 50% face tent, sats 88-92%. RR 28-32. LS crackles bilat bases.\n" +
    "Neuro: Lethargic, opens eyes to voice, moans with turns. Morphine 2mg IV prn given x3 for grimacing and tachypnea with some relief.\n" +
    "GI: NPO. Mouth care q2h, lips moistened. Abd soft.\n" +
    "GU: Foley, UO 5-15cc/hr, dark. Cr 3.2 from 2.0. Lactate 6.4.\n" +
    "ID: Tmax 39.1. On vanco, cefepime. Old PICC pulled yesterday, tip sent. Blood cx GPC in clusters.\n" +
    "Skin: Stage 2 coccyx, dressing intact.\n" +
    "Social: Both sons stayed the night, one is sleeping in the family room. They said she was a gardener her whole life and loved her roses, so the younger son brought in some pictures and we taped them where she can see. Offered chaplain, who came at 0130 and prayed with the family.\n" +
    "Plan: DNR/DNI, no escalation, comfort prioritized. Family to meet with attending on rounds, likely to discuss transition to comfort measures only.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 39 yo man with acute on chronic alcoholic hepatitis and now liver failure, transferred from an outside hospital two days ago. He is yellow, tired and scared. Today he told me 'I've ruined everything, haven't I.' We sat with that for a while. I told him that being honest about it is a start, and that we are going to take care of him one day at a time. He used to coach his son's baseball team and brought that up several times today.\n" +
    "Neuro: Grade 1-2 encephalopathy, oriented x2, forgets things we talked about an hour before. Asterixis present. Lactulose 30ml q4h titrated to 3-4 soft BMs, had 4 today. Rifaximin added.\n" +
    "GI/Liver: Bili 22.4 from 19.8. INR 2.6. Albumin 2.1. Abd distended, firm, shifting dullness. Para done at bedside by team at 1100, 4.2L cloudy yellow fluid removed, 25% albumin given. Fluid sent, cell count pending. MELD and Maddrey both high. Prednisolone continued.\n" +
    "CV: HR 80s-90s SR. BP 100s/50s, stable after para.\n" +
    "Resp: RA, sats 96%. Breathing easier after para, says 'it's like someone took a brick off my chest.'\n" +
    "GU: Voiding, UO marginal 20-30cc/hr. Cr 1.6 from 1.2, team worried about HRS, started albumin, octreotide and midodrine.\n" +
    "Heme: Hct 28, stable. Plt 64. No signs of bleeding. Gums ooze w/ oral care.\n" +
    "Skin: Jaundiced, scleral icterus, itching, scratches on arms. Sarna lotion applied.\n" +
    "Social: Wife came in the afternoon with their son. She is angry and exhausted, and she needed to talk. Listened, gave her the SW info. She is aware that transplant is not an option right now.\n" +
    "Plan: Lactulose, watch UO and Cr closely, repeat labs in am, follow para fluid results, support pt and family.",
  "Nursing Note 7p-7a\n" +
    "Pt is a 61 yo man with ischemic cardiomyopathy who was admitted with pneumonia and sepsis, now HD 3. He was in much better spirits tonight and talked about his fishing trips, which he says he is 'Definitely not giving up'. He asked lots of questions about his meds and we went through each one.\n" +
    "Neuro: A&O x3, appropriate, slept after 0100 with a little help from benadryl 25mg po.\n" +
    "CV: HR 70s-80s paced, occasional PVCs. BP 98-110/50s, off dopamine since 1600 yesterday. Weights today 82.4 kg, up 3 kg from his dry weight. Lasix 40 IV given at 2200 with 1.1L out.\n" +
    "Resp: 3L NC, sats 94-96%. Crackles at bases L>R, improved after diuresis. Productive cough, thick white sputum. IS 1000ml.\n" +
    "GI: Tolerating cardiac diet, ate all of his dinner. Abd soft, +BS. BM x1 formed.\n" +
    "GU: Voiding in urinal, total 1.8L out for shift.\n" +
    "ID: Tmax 37.7. WBC 11 from 17. On levofloxacin day 3.\n" +
    "Endo: FSBG 120-160, covered per scale.\n" +
    "Teaching: Talked about daily weights at home, low salt, fluid restriction. He admitted he 'never really paid attention to the salt thing.' His wife does the cooking, so we will include her in the teaching tomorrow when she visits.\n" +
    "Plan: Call out to floor once team agrees, continue diuresis, abx, PT evaluation.",
  "MICU Nursing 7a-7p\n" +
    "Pt is a 35 yo woman admitted with severe acute pancreatitis, thought to be from gallstones, now on HD 2. She has been in a lot of pain and this was the main focus of the day. She is a hairdresser and said that 'standing all day is nothing compared to this.' Spent time on positioning and breathing techniques. Pain improved significantly after the PCA was started.\n" +
    "Pain: Dilaudid PCA 0.2mg q10 min, no basal, used 4.6mg over the day. Pain 9/10 -> 4/10.\n" +
    "Neuro: A&O x3, appropriate. Anxious at times, ativan not needed.\n" +
    "CV: HR 120s ST in am -> 100s after fluids. BP 110s/60s. Received LR at 250/hr, plus 1L bolus x2 for low UO.\n" +
    "Resp: 4L NC, sats 93-95%. LS diminished L base. RR 24. CXR small L effusion. Encouraged IS, pulls 500ml.\n" +
    "GI: NPO, NGT to LIS with 350cc bilious drainage. Abd distended, tender, guarding in upper quadrants. Lipase 4,200. RUQ US showed stones, CBD not dilated. Surgery following for lap chole once she settles.\n" +
    "GU: Foley, UO 30-50cc/hr after boluses. Cr 1.0.\n" +
    "Labs: Ca 7.6, ionized low, repleted w/ 2g calcium gluconate. Hct 44 -> 39 after fluids. TG normal. BG 150s.\n" +
    "ID: Tmax 38.0. No abx per team at this time.\n" +
    "Social: Boyfriend at bedside most of the day, supportive. Her mother is on her way from out of state and is expected late tonight. Gave the boyfriend a chance to step out and eat, pt said 'he hasn't left my side since yesterday.'\n" +
    "Plan: Aggressive IVF, pain control, monitor resp status closely, recheck lytes and Ca at 2000, ERCP if bili rises.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is an 82 yo man with a brisk lower GI bleed, presumed diverticular, on HD 1. He is a retired postal worker, hard of hearing, and very polite, apologizing every time he needed the commode. Reassured him Many times that this is what we are here for. He said 'I don't like making a mess for you girls.'\n" +
    "GI: Large maroon stools x4 between 1900 and 0100, then a smaller dark stool at 0500. Tagged RBC scan at 2100 was positive in the sigmoid area, IR consulted but bleeding slowed and angio deferred. Colonoscopy planned in am, golytely started at 0300 through NGT, tolerating.\n" +
    "Heme: Hct 31 -> 24 at 2200. Given 3 u PRBC overnight, Hct 29 at 0500. INR 1.1, plt 190. Aspirin held. Two 18g PIVs.\n" +
    "CV: HR 90-105 SR, BP 92/50 at worst, 120s/60s after blood. No pressors. No chest pain. EKG unchanged.\n" +
    "Resp: 2L NC, sats 97%. LS clear, a few crackles at bases after 3rd unit, lasix 20 IV given between units per MD.\n" +
    "Neuro: A&O x3, slightly confused at 0300 when woken, reoriented easily. Hearing aid in R ear, keep at bedside.\n" +
    "GU: Foley placed for strict I&O, 40-60cc/hr.\n" +
    "Skin: Intact, perineal care done after each stool, barrier cream applied.\n" +
    "Social: Wife of 60 years called at 2200 and again at 0600. She does not drive at night. Updated and reassured. Their son will bring her in the morning. Pt states he is Full Code and would want 'everything that makes sense, but no heroics if I'm a goner.' Will let the team know so they can talk about this more.\n" +
    "Plan: Serial Hcts q4h, transfuse for Hct < 25, colonoscopy today, watch for fluid overload w/ transfusions.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 49 yo woman HD 6 with ARDS from aspiration, intubated, who was proned last night for severe hypoxemia. Today has been a day of Very small steps forward. Her sister has been here all day and told me stories about her, that she loves to bake, that she does the crossword every morning and that she's 'stubborn as anything, she'll fight this.'\n" +
    "Resp: Proned at 0100, supinated at 1700 per protocol. While prone on AC 360 x 30, PEEP 16, FiO2 .70, ABG 7.30/55/88. After supination PEEP 16, FiO2 .70, ABG 7.28/58/71, sats 90-92%. Team plans to prone again at 2100. Sx for mod amts thick tan secretions, sent sputum cx. LS coarse throughout.\n" +
    "Neuro: Sedated w/ propofol 50 and fentanyl 150 mcg/hr, cisatracurium 2 mcg/kg/min, TOF 1-2/4. Pupils 3mm, sluggish but equal. BIS 40s.\n" +
    "CV: HR 100s ST. MAP 60-68 on Levophed .06 mcg/kg/min. CVP 14. Facial edema much worse after proning, as expected. Explained this to sister who was upset when she first saw it.\n" +
    "GI: TF held while proned, resumed Replete at 30cc/hr after supination. Abd soft. OGT placement confirmed.\n" +
    "GU: Foley, UO 40-80cc/hr. Cr 1.3. Net +2L for LOS, team wants to start lasix gtt once off pressors.\n" +
    "ID: Tmax 38.4. WBC 18. On vanco, Zosyn, day 5.\n" +
    "Skin: Pressure areas checked after supination, chin and forehead reddened, blanchable. Protective foam applied to face and knees. Eye care q4h. ETT retaped.\n" +
    "Social: Sister asked 'is she going to make it?' Told her honestly that she is very sick and the next few days will tell us a lot, and that the team would like to meet with the family tomorrow. She agreed and will bring the rest of the family.\n" +
    "Plan: Prone again tonight, wean FiO2, family meeting w/ attending, skin protection, support.",
  "Nursing Note 7p-7a\n" +
    "Pt is a 68 yo man admitted with HHS, BG 980 on arrival, with new confusion. He is a retired bus driver who lives alone and was found by a neighbor. Very confused early in the shift but much clearer by morning. At 0500 he asked me 'how did I get here?' and we went over the whole story together.\n" +
    "Endo: Insulin gtt at 4 u/hr, BG 980 -> 612 -> 430 -> 290 by 0500. Slow drops as ordered, aim no more than 50-75/hr. Switched to D5 1/2NS at 150/hr when BG < 300. Serum osm 368 -> 330. Ketones small. HbA1c 13.1.\n" +
    "Neuro: Oriented to self only at 1900, confused, picking at lines. By 0600 oriented x3. No focal deficits. Pupils equal.\n" +
    "CV: HR 100s ST -> 80s. BP 100s/60s, stable. Received 5L NS total. Crackles not heard. EKG without peaked T's.\n" +
    "Resp: RA, sats 96%. LS clear.\n" +
    "GI: NPO overnight except sips, will start diet in am. Abd soft.\n" +
    "GU: Foley, UO 200-300cc/hr early then 100/hr. Cr 2.8 from baseline unknown, now 2.1.\n" +
    "Lytes: Na 131 corrected 146 on arrival, now 145. K 4.8 -> 3.6, KCl 20 mEq added to each liter. Phos 2.2.\n" +
    "Skin: Intact. Heels red but blanchable, boots on.\n" +
    "Social: No family at bedside. Pt states he has a daughter who lives far away and he 'doesn't want to bother her'. Encouraged him to let us call her in the morning, he said he would think about it. Asked for the SW to come by and talk about getting help at home with his meds and his meals.\n" +
    "Plan: Cont gtt, check BG q1h, lytes q4h, transition to SC insulin when eating, diabetes teaching, SW, check for infection as trigger.",
  "MICU Nursing 7a-7p\n" +
    "Pt is a 74 yo woman with COPD who was intubated 3 days ago for hypercarbic failure and was extubated today at 1030. She was thrilled to have the tube out and her first words were 'Thank God, I need a cup of tea.' She is very funny and had the whole team laughing. She spent her career as a bookkeeper and keeps asking for her reading glasses so she can see what we are writing.\n" +
    "Resp: SBT 30 min on PS 5/PEEP 5, RSBI 62, ABG 7.38/52/76. Extubated to 4L NC -> 3L by afternoon, sats 90-93%. Strong cough, expectorating thick yellow sputum. Mild stridor for 30 min after extubation, racemic epi neb x1 with good effect. Exp wheezes throughout, nebs q4h. Solumedrol decreased to 40 q8h. Goal sats 88-92%.\n" +
    "Neuro: A&O x3, bright and conversant. Voice hoarse.\n" +
    "CV: HR 90s-100s ST. BP 130s/70s. No ectopy.\n" +
    "GI: Passed bedside swallow with the RN, started on soft diet, ate some pudding and her tea. Abd soft. BM x1.\n" +
    "GU: Foley removed at 1400, voided 300cc at 1800.\n" +
    "ID: Afebrile. Sputum cx w/ H flu, on ceftriaxone.\n" +
    "Endo: BG 200s, SSI.\n" +
    "Skin: Small pressure area behind R ear from the ETT tie, cleaned and foam applied.\n" +
    "Goals of care: She and her daughter spoke with the attending this afternoon. She said she would agree to BiPAP again but 'never the tube again, I mean it.' Now DNI, but OK for BiPAP, pressors and CPR. Documented and the code status order was changed.\n" +
    "Plan: Watch closely for re-intubation need (BiPAP only per wishes), nebs, steroid taper, PT/OT, likely call out tomorrow.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 56 yo man who was admitted 2 days ago for a hip fracture repair on the ortho floor and transferred here this evening for severe alcohol withdrawal that the family had not mentioned on admission. He is agitated, diaphoretic, and hallucinating. At one point he told me 'the walls are moving, don't you see it?' Kept the room quiet and well lit, reoriented often, and his wife brought in a few photos from home.\n" +
    "CIWA: On arrival 28. Valium 20mg IV q15 min x4, then 10mg q1h. Scores 22-26 until 0100, not responding well. Phenobarb 130mg IV x2 given per MICU attending. After 0200 CIWA 10-14. Total valium 150mg this shift. Resp status watched very closely.\n" +
    "Neuro: Oriented to self only. Tremulous. Yelling out at times. Soft wrist restraints applied at 2030 for pulling at IV and trying to climb OOB w/ fresh hip repair, order obtained, checked q15 min. Off at 0400 when calmer.\n" +
    "CV: HR 130s ST -> 90s. BP 180/100 -> 140s/80s. No ectopy.\n" +
    "Resp: 2L NC, sats 95-97%. RR 18-24. LS clear. Gag and cough intact. Airway OK.\n" +
    "GI: NPO except meds. Abd soft.\n" +
    "GU: Foley, UO 50-80cc/hr. CK 1,400.\n" +
    "Ortho: R hip dressing dry and intact. Pulses palp, foot warm. Hip precautions maintained as best as possible. Lovenox for DVT ppx.\n" +
    "Lytes: Mg 1.3, K 3.1, repleted. Thiamine 100mg IV given before any glucose.\n" +
    "Social: Wife at bedside until 2300. She said 'I should have told them, I was ashamed.' Spent time with her and told her nobody here judges, that what matters is that we know now. She is a strong support and wants to be involved in a treatment plan.\n" +
    "Plan: Cont CIWA q1h, valium per scale, phenobarb if needed, lytes, safety, ortho to follow.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 44 yo woman with primary biliary cirrhosis and liver failure, listed for transplant, admitted with hepatic encephalopathy and SBP. This morning she was quite confused but by mid-afternoon she recognized her husband and smiled at him for the first time in 2 days, which was a Big moment for both of them. She is a music teacher and he played some of her favorite songs on a small radio.\n" +
    "Neuro: AM: oriented to self, asterixis, sleepy, Grade 2-3. PM: oriented x2, follows commands, much less sleepy. Lactulose 30ml q2h until 3 BMs, then q6h. Had 5 loose BMs by 1700. Rifaximin continued. Ammonia 148 -> 96.\n" +
    "GI/Liver: Abd distended, mildly tender diffusely. Para fluid yesterday w/ PMNs 780, on cefotaxime. Albumin given day 1 and day 3 per protocol. Bili 8.6, INR 2.1.\n" +
    "CV: HR 90s SR. BP 95-105/50s. MAP > 65.\n" +
    "Resp: RA, sats 96%. LS clear but dim at bases. HOB up, aspiration precautions.\n" +
    "GU: Foley, UO 30-50cc/hr. Cr 1.4, stable. Watching closely for HRS.\n" +
    "Heme: Hct 30. Plt 52. No bleeding. FFP not given, INR just followed.\n" +
    "ID: Tmax 38.0. Blood cx neg so far.\n" +
    "Skin: Jaundiced. Perineal skin red and irritated from frequent stools, barrier cream, flexi-seal discussed but not placed.\n" +
    "Social: Husband here all day. He asked whether this admission will affect her place on the transplant list. Transplant coordinator came by and spoke with him. He told me 'I just want her to know who I am again,' and he was crying when she said his name this afternoon. Gave him some time alone with her.\n" +
    "Plan: Cont lactulose, cefotaxime, transplant team following, monitor mental status, UO, Cr.",
  "Nursing Note 7p-7a\n" +
    "Pt is a 29 yo man admitted after an intentional overdose of his mother's pills (TCA + benzos), intubated in the ED for airway protection. He has been on a 1:1 sitter since arrival. Tonight was quiet from a cardiac standpoint, which was the main worry. Psych aware of his admission and will see him once he is extubated.\n" +
    "CV: HR 110s ST. QRS 118 on arrival -> 98 after bicarb. Bicarb gtt (150 mEq in D5W) at 150/hr, serum pH 7.50 at 0200. BP 100s/60s. No arrhythmias, no seizures. EKG q4h.\n" +
    "Resp: Intubated, SIMV 500 x 14, PS 10, PEEP 5, FiO2 .40. ABG 7.49/36/120. LS clear. Minimal secretions. Charcoal given in the ED, no aspiration seen on CXR.\n" +
    "Neuro: Sedated with propofol 20 mcg/kg/min, RASS -2. Moves all extremities when stimulated. Pupils 5mm, sluggish. No clonus.\n" +
    "GI: OGT to LIS. Abd soft. BS hypoactive. Charcoal in drainage.\n" +
    "GU: Foley, UO 80-150cc/hr. Urine tox positive for TCA and benzos.\n" +
    "Lytes: K 3.4, 40 mEq given. Na 146.\n" +
    "Safety: 1:1 sitter at all times. Room cleared of sharps and cords. Belongings searched per policy.\n" +
    "Social: Mother at bedside until 2300. She is devastated. She said 'I didn't know it was this bad, he was going to work every day.' He works in a warehouse and has been going through a breakup. Listened for a long time, gave her tissues and coffee, and gave her info for the family support group. Told her he is stable tonight.\n" +
    "Plan: Wean bicarb when QRS < 100 for 12 hrs, SBT in am, extubate if appropriate, psych consult once able to talk, 1:1 continues.",
  "MICU Nursing 7a-7p\n" +
    "Pt is a 66 yo man with metastatic lung cancer admitted with septic shock from a post-obstructive pneumonia. Today the family meeting that has been planned for two days finally happened. The attending, the oncologist, SW, the pt's wife and three children, and this RN were there. The pt was awake and able to speak with them. He said 'I've had a good life, I don't want to spend the end of it hooked up to all this.' The decision was made to move to comfort measures only.\n" +
    "Before CMO (0700-1400): HR 110s ST, BP 90s/50s on Levophed .10. 6L NC + 50% face tent, sats 90%. Lactate 3.9. UO 15-20cc/hr. On vanco/cefepime.\n" +
    "After CMO (1400-1900): Levophed weaned off, abx d/c'd, labs and fingersticks d/c'd. Morphine gtt started at 2 mg/hr with 2mg bolus prn, bolused x2 for labored breathing. Ativan 0.5 mg IV prn anxiety x1. Scopolamine patch for secretions. O2 changed to 4L NC for comfort. Pt resting comfortably, RR 18-22, no grimacing.\n" +
    "Neuro: Awake until about 1600, talked with each of his children. Now sleeping, arousable to touch.\n" +
    "Skin: Repositioned for comfort, mouth care q2h.\n" +
    "Social: Family at bedside. He was a high school history teacher for many years, and several of them said he would have wanted to finish this week's newspaper. His son read it to him aloud this afternoon. Chaplain in at 1530, prayers said. Room moved to the quieter end of the unit. Extra chairs brought in. Family told they can stay all night.\n" +
    "Plan: CMO. Comfort is the priority. Titrate morphine for comfort. Support family. Notify covering MD of death when it occurs.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 51 yo woman with ESRD on HD who missed 2 sessions and was admitted with K 7.4 and fluid overload. She is a cashier and says she missed dialysis because 'my ride fell through twice and I couldn't afford a cab.' She was a little embarrassed, so we talked about it openly and I told her the SW can help with the transportation. She was relieved.\n" +
    "Renal: K 7.4 in ED, treated w/ calcium gluconate, insulin/D50, albuterol neb, kayexalate. Urgent HD overnight from 2000 to 0030, 3.5L removed. Post HD K 4.6. Dry weight 68kg, now 70.2kg.\n" +
    "CV: EKG in ED w/ peaked T's, widened QRS, now resolved on monitor and repeat EKG. HR 80s SR. BP 170s/90s pre HD -> 130s/70s post. Received labetalol 10mg IV x1 pre HD.\n" +
    "Resp: 4L NC on arrival, crackles 1/2 way up bilat, now 2L NC, sats 96%, crackles only at bases. Orthopnea resolved, lying flat w/o difficulty.\n" +
    "Neuro: A&O x3, pleasant.\n" +
    "GI: Renal diet. Abd soft. BM x1 after kayexalate.\n" +
    "GU: Anuric.\n" +
    "Access: L arm AV fistula, + thrill and bruit. No BP or sticks on L arm, sign posted.\n" +
    "Heme: Hct 27, on epo with HD.\n" +
    "Endo: BG 110s-180s. D50 given w/ insulin, BG rechecked hourly x4, no lows.\n" +
    "Teaching: Reviewed high K foods, she admitted 'I eat a lot of oranges and bananas because they're cheap.' Gave a list. Talked about the fluid restriction and daily weights at home.\n" +
    "Plan: Recheck K at 0600 (4.9), HD again tomorrow per renal, SW for transportation, call out to floor.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 79 yo man with C diff colitis and septic shock, now HD 3. He is a retired factory foreman who is used to being in charge and he did not like being told what to do today. He said 'I've never been this weak in my whole life.' He was grumpy in the morning but warmed up after a shave and a clean gown. Small things make a Big difference for him.\n" +
    "GI: Profuse watery stools, 10 episodes since 0700, estimated 2.5L. Flexi-seal placed at 1000, draining well. Abd distended, diffusely tender, hypoactive BS. KUB no toxic megacolon, surgery aware and following. PO vanco 125mg q6h, IV flagyl 500mg q8h, vanco enemas added by ID.\n" +
    "CV: HR 110s ST, occasional PVCs. BP 90s/50s on Levophed .05 mcg/kg/min, weaned from .08 this am. LR at 150/hr plus boluses 500cc x3. CVP 4-8.\n" +
    "Resp: 2L NC, sats 95%. LS clear, dim bases.\n" +
    "Neuro: A&O x3, tired. Slept much of the afternoon.\n" +
    "GU: Foley, UO 25-40cc/hr. Cr 2.4 from 1.1 on admit.\n" +
    "ID: Tmax 38.7. WBC 32 from 28. Lactate 2.8. Contact precautions, family taught gown/glove use and handwashing w/ soap and water, not gel.\n" +
    "Lytes: K 2.9, Mg 1.5, repleted.\n" +
    "Skin: Perineum excoriated prior to flexi-seal, barrier cream applied. Stage 1 sacral, turning q2h.\n" +
    "Goals of care: Son and daughter came in the afternoon. They asked about surgery. Surgery resident explained a colectomy would be high risk. Pt said he would 'want to know more before I agree to anything like that.' Plan for a meeting tomorrow with surgery, ICU team and family. Full Code at this time.\n" +
    "Plan: Wean pressors, fluid resuscitation, trend WBC and lactate, serial abd exams, family meeting.",
  "Nursing Note 7p-7a\n" +
    "Pt is a 60 yo man with a bleeding duodenal ulcer after weeks of taking ibuprofen for his back. He works construction and said 'I just kept popping them so I could keep working.' He is anxious about missing work and about his bills. We talked about how his body has to heal first, and I gave him the number for the hospital's financial counseling office from the unit binder.\n" +
    "GI: EGD this afternoon with a visible vessel in the duodenal bulb, clipped and injected with epi. No hematemesis tonight. One large black tarry stool at 2200, none since. Protonix gtt at 8 mg/hr. NPO. H pylori serology sent.\n" +
    "Heme: Hct 21 on admit -> s/p 3 u PRBC -> 28 at 2000, 27.6 at 0200, 27.9 at 0600. INR 1.0. Plt 260. Type and cross active for 2 more units.\n" +
    "CV: HR 80s-90s SR. BP 120s/70s. Orthostatics not done, on bedrest.\n" +
    "Resp: RA, sats 98%. LS clear.\n" +
    "Neuro: A&O x3. Slept well after midnight.\n" +
    "GU: Voiding clear yellow urine in urinal, adequate.\n" +
    "Pain: Back pain 5/10, tylenol given. Explained why no more ibuprofen or other NSAIDs. He said 'not even the little ones?' Went over which pain pills are safe and wrote it down for him.\n" +
    "Social: Girlfriend visited until 2100, she is the one who drove him in when he fainted in the bathroom. She is very involved and asked to be called with any changes.\n" +
    "Plan: Hct q6h, protonix gtt x72 hrs then IV bid, advance diet if no rebleeding per GI, teaching on NSAID avoidance, f/u H pylori.",
  "MICU Nursing 7a-7p\n" +
    "Pt is an 87 yo woman from a long-term care facility admitted with sepsis from a UTI and hypotension. She has dementia at baseline, and per her niece she is 'usually chatty and sings along to the radio.' Today she was sleepy and quiet, but around 1500 she started humming along while I was giving her a bath, which the niece says is a Very good sign.\n" +
    "Neuro: Lethargic in am, opens eyes to voice, mumbles. By afternoon more awake, oriented to self only which is her baseline. Delirium precautions, shades open during the day, glasses on.\n" +
    "CV: HR 90s SR-ST. BP 84/42 at 0700, given 500cc NS bolus x2, MAP 65-72 afterwards. No pressors required. Lactate 2.9 -> 1.6.\n" +
    "Resp: 2L NC, sats 94-96%. LS clear w/ dim bases. Weak cough.\n" +
    "GI: Speech and swallow eval, recommended pureed diet w/ nectar thick liquids. Fed with assist, ate about half her lunch. Meds crushed in applesauce.\n" +
    "GU: Foley, UO 30-60cc/hr. Cr 1.7 -> 1.4. Urine cx w/ E coli > 100K.\n" +
    "ID: Tmax 38.3. WBC 15. On ceftriaxone, sensitivities pending.\n" +
    "Skin: Fragile, thin skin. Stage 2 on L heel on arrival, dressing applied, boots on. Turned q2h.\n" +
    "Goals of care: Niece is her health care proxy. She brought in a copy of the form, and says her aunt was always clear that she would not want CPR or a breathing tube, but 'antibiotics and fluids are fine.' Team spoke w/ her and code status changed to DNR/DNI.\n" +
    "Plan: Abx, IVF as needed, return to facility when stable, delirium prevention, skin care.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 42 yo woman HD 12 with ARDS from influenza, intubated for 11 days. Overnight was Stable. The team talked with her husband yesterday about a trach and PEG, and he has been struggling with that decision. He told me tonight 'if she has a trach, does that mean she's never going to talk again?' I explained the speaking valves and the fact that many patients get the trach out eventually, and showed him a trach model from the supply room. He said that helped a lot.\n" +
    "Resp: PS 14/PEEP 10, FiO2 .45, TV 350-420, RR 22-28. ABG 7.41/46/82. Sats 93-95%. LS coarse bilat, improved in bases. Sx q2-3h, mod thick white. CXR slowly improving.\n" +
    "Neuro: Propofol 20 mcg/kg/min, fentanyl 50 mcg/hr. RASS -1. Opens eyes spontaneously, follows simple commands, nods yes/no. Wiggles toes and squeezes hands. Weak.\n" +
    "CV: HR 80s SR. BP 120s/60s. Lasix gtt at 5 mg/hr, net -1.1L for 24 hrs.\n" +
    "GI: TF Nutren Pulmonary at goal 55cc/hr, residuals < 50. BM x1 soft brown.\n" +
    "GU: Foley, UO 100-150cc/hr on lasix. K 3.6, repleted.\n" +
    "ID: Afebrile 48 hrs. WBC 9. Finished oseltamivir. Droplet precautions d/c'd by ID.\n" +
    "Skin: Intact. Waffle mattress. Occiput checked, ok.\n" +
    "Social: Husband stayed until 0100. He said she is a runner and did a half marathon last year. Their two little girls have been drawing cards for her, and we taped them to the wall where she can see them. She cried when she saw them, and he held her hand for a long time.\n" +
    "Plan: Cont PS wean, diurese, trach/PEG decision w/ husband on rounds, PT for range of motion.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 19 yo man with type 1 DM, 3rd DKA admission this year, in on arrival w/ BG 620 and pH 7.02. He was quiet and guarded in the morning, only giving one word answers. Later in the afternoon he opened up and said 'everyone keeps yelling at me about my sugars, like I don't know.' We talked about what it's like to live with diabetes at his age, about skipping insulin around friends, and what makes it hard. He said nobody ever asked him that.\n" +
    "Endo: Insulin gtt 7 u/hr -> 3 u/hr. BG 620 -> 410 -> 260 -> 180. Gap 30 -> 12 by 1500. D5 1/2NS with 20 KCl at 150/hr. Lantus 22 units given at 1600, gtt off at 1800 per protocol. Beta-hydroxybutyrate downtrending.\n" +
    "Lytes: K 5.9 -> 3.7, repleted w/ 60 mEq total. Phos 1.4, K-phos IV. Na 133.\n" +
    "Neuro: A&O x3. Was drowsy on arrival, much brighter by noon. Headache resolved.\n" +
    "CV: HR 130s ST -> 90s. BP 110s/60s. 5L NS in ED and unit.\n" +
    "Resp: RA, sats 99%. Kussmaul resp on arrival, RR 32 -> 18.\n" +
    "GI: Abd pain and vomiting x3 this am, resolved by afternoon. Tolerating a sandwich and juice at 1700.\n" +
    "GU: Voiding.\n" +
    "Teaching: Reviewed insulin storage, pump vs shots, carb counting. He works at a bike shop and plays in a band on weekends, and we talked about how to fit checking into that. Asked endocrine to see him re a pump.\n" +
    "Social: Mother at bedside. Tension between them at times. She said 'I can't watch him 24 hours a day.' Suggested the adolescent diabetes support group, and SW to see both of them.\n" +
    "Plan: Call out to floor, SC insulin, endocrine and SW consults, diabetes education.",
  "Nursing Note 7p-7a\n" +
    "Pt is a 70 yo man with severe COPD who developed a R pneumothorax this afternoon, chest tube placed at the bedside. He is a retired welder who used to 'smoke 3 packs a day and never had a sick day,' he says. He was scared and short of breath at the start of the shift, saying 'it's like breathing through a straw.' He settled after the chest tube was working and he had some morphine.\n" +
    "Resp: R chest tube to -20 cm suction, + air leak 2/7 on the leak meter, no crepitus. Drained 40cc serosang overnight. Dressing dry and intact. 4L NC, sats 90-93%. Post-tube CXR with R lung mostly re-expanded. Diminished BS R, wheezes L. Nebs q4h and prn, solumedrol 40 q8h. ABG 7.36/54/66.\n" +
    "Pain: Morphine 2mg IV x3 for chest tube site pain 7/10, down to 3/10. Careful with resp drive, RR 18-22.\n" +
    "Neuro: A&O x3. No confusion. Not drowsy after morphine.\n" +
    "CV: HR 90s-100s ST. BP 140s/80s. No ectopy.\n" +
    "GI: Ate dinner. Abd soft. Colace and senna given.\n" +
    "GU: Voiding in urinal, 800cc.\n" +
    "ID: Afebrile. WBC 10.\n" +
    "Teaching: Explained what the chest tube does and what the bubbling means, and to let us know right away if he feels suddenly short of breath. Showed him how to hold a pillow against his side to cough. He said 'now that's a trick I should have known years ago.'\n" +
    "Social: Wife called at 2100 and at 0500, updated. He asked me to tell her 'not to drive in the dark, I'm fine.'\n" +
    "Plan: CXR in am, chest tube to suction, thoracic surgery following re persistent air leak, pulm rehab eval, smoking cessation counseling.",
  "MICU Nursing 7a-7p\n" +
    "Pt is a 27 yo woman admitted with acute liver failure after an acetaminophen overdose, ingestion thought to be about 30 hrs before arrival. She is on the transplant evaluation pathway. She was calm and polite today but very sad. She said 'I didn't really want to die, I just wanted everything to stop.' Told her she is safe now and that we will help her through this. 1:1 sitter in place.\n" +
    "Liver: NAC gtt (21-hr protocol extended per hepatology). AST 6,800 -> 5,100, ALT 7,200 -> 6,400. INR 4.2 -> 4.6. Bili 4.1. Lactate 3.2. Ammonia 110. Phos 1.8. BG 60s-80s, D10 at 75/hr.\n" +
    "Neuro: A&O x3 in am, by 1600 slower to answer and mildly confused on date, no asterixis. Neuro checks q1h. HOB 30, quiet environment. Team aware. Plan to intubate if mental status worsens.\n" +
    "CV: HR 100s ST. BP 110s/60s. No pressors.\n" +
    "Resp: RA, sats 98%. LS clear.\n" +
    "GI: NPO except meds. Abd soft, RUQ tender. Nausea, zofran x2.\n" +
    "GU: Foley, UO 50-100cc/hr. Cr 1.3 up from 0.8.\n" +
    "Heme: Plt 110. No bleeding. No FFP unless bleeding or procedure per team.\n" +
    "Psych: Seen by psych this afternoon. Sitter continues.\n" +
    "Social: Parents here all day. Dad said she is a veterinary tech and 'loves animals more than people.' Mother cried in the hallway, and I stayed with her a while. Transplant SW met with the family about the evaluation process.\n" +
    "Plan: NAC, q2h BG, neuro checks q1h, labs q6h, transplant eval, psych, 1:1 sitter, support.",
  "Nursing Progress Note 7p-7a\n" +
    "Pt is a 55 yo man with septic shock from necrotizing fasciitis of the L thigh, POD #1 s/p extensive debridement. He is intubated and sedated. Surgery plans to go back to the OR tomorrow for a second look. His wife has been at the bedside since the afternoon and she is Terrified. She keeps asking 'will he lose his leg?' The surgeons have been honest that it is possible.\n" +
    "CV: HR 110-120 ST. MAP 60-65 on Levophed .18 mcg/kg/min and vasopressin .04 u/min. CVP 10-14. Received 2L LR and 2 u FFP overnight. Lactate 5.1 -> 3.6. A-line R radial, good waveform. Extremities cool.\n" +
    "Resp: AC 500 x 18, PEEP 8, FiO2 .50. ABG 7.29/39/96. LS coarse. Sx small amts.\n" +
    "Neuro: Propofol 30, fentanyl 100 mcg/hr. RASS -3. Pupils 3mm equal.\n" +
    "Wound: L thigh large open wound, wet to dry dressing w/ NS, moderate serosanguinous drainage, dressing reinforced x1 overnight. Edges dusky. Surgery aware. Pain control during dressing with extra fentanyl bolus.\n" +
    "GI: OGT, TF not started. Abd soft.\n" +
    "GU: Foley, UO 20-35cc/hr. Cr 2.1. CK 3,800.\n" +
    "ID: Tmax 39.2. WBC 26. Vanco, Zosyn, clinda. Wound cx with GAS.\n" +
    "Endo: Insulin gtt 2-4 u/hr, BG 140-180.\n" +
    "Social: He drives a delivery truck. Wife said he just cut his leg on a fence at their house and 'it was only a scratch.' She blames herself for not making him see a doctor sooner. Reassured her that this kind of infection moves fast and it is nobody's fault. She slept for a few hours in the family room.\n" +
    "Plan: OR in am, NPO after midnight, pressors to MAP > 65, abx, blood products as needed, support wife.",
  "MICU NPN 7a-7p\n" +
    "Pt is a 48 yo woman admitted with a massive PE and RV strain, received tPA in the ED at about 0500, now in the unit since 0600. She is an accountant and said 'I knew I shouldn't have done that long drive last week without stopping.' She had a Huge scare, and she needed a lot of reassurance about the clot-buster and bleeding risk.\n" +
    "CV: HR 120s ST on arrival -> 90s by afternoon. BP 90s/50s -> 120s/70s. Dopamine at 5 mcg/kg/min on arrival, off at 1000. Echo w/ RV dilation, improved on repeat this afternoon. Troponin 0.42 -> 0.31. BNP elevated.\n" +
    "Heme: Heparin gtt started at 1100 per protocol after tPA finished, PTT 68 at 1700, goal 60-80. Hct 38 -> 35. No bleeding from lines, gums or in urine. Neuro checks q1h for bleeding risk. Pressure held on all sticks for 10 min.\n" +
    "Resp: 6L NC -> 3L NC, sats 93-96%. RR 28 -> 20. LS clear.\n" +
    "Neuro: A&O x3, neuro checks intact all shift. No headache.\n" +
    "GI: Clear liquids. Abd soft.\n" +
    "GU: Voiding, adequate.\n" +
    "Legs: L calf swollen and tender, LENIs w/ L popliteal DVT.\n" +
    "Teaching: Explained heparin and the plan to start coumadin later, bleeding precautions, soft toothbrush, electric razor. Talked about long car rides and flights in the future, walking and stretching, and staying hydrated. She is on birth control pills and hematology will talk to her about that.\n" +
    "Social: Husband at bedside, very supportive. He brought her a book and her phone charger.\n" +
    "Plan: Heparin gtt, PTT q6h, neuro checks, start coumadin when stable, OOB to chair tomorrow, heme consult.",
  "Nursing Note 7p-7a\n" +
    "Pt is a 45 yo man admitted with hematemesis after a binge, EGD showed a Mallory-Weiss tear that had stopped bleeding, no varices. He is also in withdrawal tonight. He told me he is a cook at a restaurant and that 'everyone in the kitchen drinks, it's just how it is.' He was pleasant when calm but became more irritable as the night went on.\n" +
    "CIWA: 8 at 1900, 16 at 2300, 20 at 0200. Ativan 2mg IV x3 (ativan used d/t elevated LFTs). CIWA 9 at 0600. Total 6mg ativan.\n" +
    "GI: No further hematemesis. No stool. Protonix 40 IV bid. Clear liquids started at 2000, tolerated. Abd soft, mildly tender epigastric.\n" +
    "Heme: Hct 35 -> 33 -> 33.5. No transfusion needed. Plt 98. INR 1.2.\n" +
    "Neuro: A&O x3. Tremor and diaphoresis at 0200, no hallucinations. Anxious, asking to leave at 0300: 'I need to get out of here.' Talked him through it, gave ativan, he agreed to stay. Seizure precautions, pads on rails.\n" +
    "CV: HR 80s -> 120s at 0200 -> 90s. BP 150s/90s. No ectopy.\n" +
    "Resp: RA, sats 97%. LS clear.\n" +
    "GU: Voiding.\n" +
    "Lytes: K 3.3, Mg 1.5. Repleted. Thiamine, folate, MVI given.\n" +
    "Social: No visitors. He said his brother 'has been trying to get me to stop for years.' Asked if he wanted us to call anyone, he said maybe tomorrow. Talked about detox and programs when he's ready. He said 'maybe this time,' and I let him know SW can meet with him whenever he wants.\n" +
    "Plan: CIWA q1h, ativan per scale, Hct q8h, advance diet, SW consult re ETOH.",
  "MICU Nursing 7a-7p\n" +
    "Pt is a 81 yo man with end stage COPD on home O2 4L, admitted with hypercarbic failure and pneumonia, DNR/DNI, on BiPAP. He is a retired merchant sailor and full of stories. Even with the mask on he tried to tell me about the storms he had seen. He was clear this morning that he does 'not want to be on this mask forever,' and that he wants to be comfortable if the mask stops working.\n" +
    "Resp: BiPAP 14/6 FiO2 .50, RR 26-32, sats 86-90%. ABG 7.26/78/58 at 0800, 7.24/82/60 at 1400. Off for meals 10-15 min at a time on 6L NC, desats to 80%. Diffuse wheezes and coarse crackles R base. Nebs q2h. Solumedrol 60 q6h.\n" +
    "Neuro: A&O x3 in am, more drowsy after 1400, arousable and still able to answer questions.\n" +
    "CV: HR 110s ST, frequent PACs. BP 130s/70s.\n" +
    "GI: Took a few bites of soup and ice cream. Abd soft.\n" +
    "GU: Condom cath, 700cc for shift.\n" +
    "ID: Tmax 38.1. On vanco, cefepime, azithro.\n" +
    "Goals of care: Meeting with attending, pt and his two daughters at 1500. He said 'I've had a good run. If this mask isn't working by tomorrow, I want to take it off and be comfortable.' His daughters agreed, though it was very hard for them. Plan: continue BiPAP and treatment overnight, reassess in am, and if no improvement, move to comfort measures.\n" +
    "Comfort: Morphine 1mg IV prn dyspnea x1 at 1700 with good effect. Mouth care, lip balm, mask repositioned for skin.\n" +
    "Social: Daughters will stay tonight, one in the room, one in the family room. Brought in his favorite blanket from home. Chaplain offered, pt declined, 'not my thing, but thank you.'\n" +
    "Plan: BiPAP, abx, nebs, reassess in am w/ family, comfort measures as planned if no improvement.",
];

/** Decision 248's batch in corpus.json's shape: nothing to find, only clean notes. */
export function decision248Corpus(): Corpus {
  return { notes: [], clean: DECISION_248_LONG_CLEAN };
}
