// The guard's own word lists (data tables, written for this project). The dictionaries in
// data/ say what *could* be a name or a place; these say what, in clinical writing, is not:
// eponyms used as anatomy, signs, fractures or diseases ("Lisfranc", "Hoffa", "Baker's cyst"),
// clinical vocabulary, drugs, sequences and abbreviations that collide with names or places.
// Lower case, one entry per word (multi-word eponyms are listed word by word).

export const words = (s: string): string[] => s.trim().split(/\s+/);

/** Eponyms of anatomy, signs, tests, classifications, fractures and diseases. */
export const EPONYMS = words(`
schober
achilles addison adson alcock allen alzheimer amyand apgar apley arlet arnold asherman aschoff
baastrup babinski baker bankart barlow barrett barton batson bechterew behcet bell bennett bertin
bezold bier blount boutonniere bouchard boerhaave brodie broca brown budd burgess bursa
caffey calot calve camurati capgras caplan charcot chiari chopart churg clark codman colles conn
cooper cowper crohn cushing danis danlos dandy denis denonvilliers dequervain quervain douglas
dukes dupuytren ebstein ehlers eisenmenger engelmann erb erdheim essex lopresti ewing fabry fallot
felty ficat finkelstein forestier frankel freiberg frohse froment gaenslen galeazzi galen garden
gartland gaucher gerdy gerota gilbert gleason glisson goodpasture gorham gosselin graafian graves
grisel guillain barre barré ménière sjögren behçet löfgren guyon haglund hamman harris hartmann hashimoto hawkins heberden hesselbach
hill sachs hirschsprung hodgkin hoffa hoffmann holstein lewis horner hunter huntington hurler
jaccoud jefferson jones judet kaposi kager kanavel kawasaki kellgren kienbock kiloh nevin klippel
feil klumpke kocher kohler korsakoff krukenberg kummell lachman laugier lauge hansen lawrence
legg perthes letournel lhermitte lisfranc litter littre looser lowenberg ludwig luschka lyme
madelung magendie magerl maisonneuve mallet mallory weiss marfan mason maydl mccune albright
mcmurray mcburney meckel meig meyerding meyer mickey milwaukee modic monro monteggia morel lavallee
morison morton murphy neer niemann pick nora nottingham ober ortolani osgood schlatter paget
pancoast parkinson parsonage turner pauwels pellegrini stieda pfannenstiel pfirrmann phalen
pilon pipkin poland pott rathke raynaud reiter richter riedel ritter rolando salter santorini
scarpa schatzker scheuermann schmorl segond sever sharpey shenton sinding larsen sjogren skene
smith spigelian sprengel stener stensen still strauss struthers sudeck sylvius takayasu tarlov
thessaly thompson thomas tillaux tinel tile trendelenburg treitz tuffier vater oddi virchow
volkmann waldenstrom wallerian ward watson jones weber wegener wernicke wharton whipple willis
wilms wilson winquist wirsung wolff parkinson white young zenker zuckerkandl kerley kirschner
steinmann denis mcgregor chamberlain wackenheim ranawat powers bohler gissane hounsfield
gustilo anderson frykman mayfield neviaser outerbridge noyes lysholm tegner womac oxford constant
harris dash tonnis crowe garden evans russell seinsheimer winquist singh kocher lanz mcburney
brodie garre cobb risser ferguson lenke king moe cincinnati kirby glasgow karnofsky charlson
truelove witts bethesda fleischner lund browder braden norton rockwood allred breslow fuhrman rockall blatchford ranson wells geneva caprini curb hamilton bristol
fazekas hoehn yahr kellgren bosniak spetzler
kernig brudzinski homans rovsing cullen trousseau chvostek romberg hoover spurling jobe yergason
faber ely allis nikolsky auspitz koebner darier hutchinson kussmaul cheyne stokes biot
flint steell quincke corrigan musset duroziez traube muller becker osler janeway roth levine
korotkoff valsalva mueller epley dix hallpike rinne snellen ishihara schirmer apache pugh meld
killip forrester centor alvarado ballard tanner beighton virchow's
grey turner carnett courvoisier boas kehr psoas obturator markle dunphy blumberg
hegar chadwick goodell naegele leopold bandl braxton hicks mcroberts zavanelli wood gaskin
glisson couinaud cantlie morgagni bochdalek hasner valsalva eustachian reinke waldeyer passavant
`);

/** Clinical and radiology words that also occur in name or place lists. */
export const CLINICAL = words(`
quechua aymara kreyol nahuatl mixtec zapotec tigrinya oromo pashto dari hmong ilocano
carina brady bradys trach isolette pcwp hgb
ebola marburg zika norwalk coxsackie lassa hendra nipah hantavirus chikungunya
baby boy girl facebook twitter instagram whatsapp youtube google tiktok skype iphone ipad
accels decels folfox folfiri folfirinox capox xelox
patient pt pts mri ct us xr cxr pet spect dexa echo ecg ekg eeg emg ncs ivu mrcp ercp
stir flair dwi adc swi gre tse fse ir pd t1 t2 t1w t2w mra mrv cta ctpa ap pa lat obl
axial sagittal coronal oblique contrast gadolinium gad fat sat dixon vibe space cube
anterior posterior medial lateral proximal distal superior inferior left right bilateral
tendon ligament bone marrow oedema edema fracture stress insufficiency cortex cortical
metatarsal talus tibia fibula femur calcaneus navicular cuboid cuneiform hallux sesamoid
knee ankle foot hip spine shoulder elbow wrist hand pelvis sacrum coccyx cervical thoracic
lumbar sacral disc facet pars meniscus labrum cartilage synovium bursa effusion cyst ganglion
palsy syndrome disease sign test fracture lesion mass tumour tumor sarcoma lymphoma myeloma
osteomyelitis abscess cellulitis gout arthritis arthropathy osteoarthritis tendinopathy
tenosynovitis enthesitis sprain strain tear rupture avulsion contusion necrosis avascular
infarct infarction haemorrhage hemorrhage thrombosis embolism aneurysm stenosis occlusion
ward unit clinic hospital theatre theater icu hdu ed er ae or pacu ccu nicu picu sicu micu
nurse doctor consultant registrar resident intern fellow attending surgeon physician team
mdt radiology orthopaedics orthopedics rheumatology oncology pathology histology cytology
neuro resp cvs cv gi gu renal skin social dispo plan assessment impression findings history
exam examination review follow followup update note notes report summary letter discharge
admission admitted seen reviewed discussed plan meds medications allergies nkda pmh psh hpi
ros vitals afebrile febrile stable unstable alert oriented a&o aox3 nad wnl prn bid tid qid
qd qhs po iv im sc sq sl pr ng peg tpn npo ivf nss ns lr d5w kcl mag phos
aspirin paracetamol acetaminophen ibuprofen naproxen diclofenac codeine morphine oxycodone
tramadol fentanyl heparin enoxaparin warfarin apixaban rivaroxaban dabigatran clopidogrel
atorvastatin simvastatin rosuvastatin metformin insulin glargine lispro gliclazide
lisinopril ramipril amlodipine bisoprolol metoprolol atenolol carvedilol furosemide lasix
spironolactone digoxin amiodarone levothyroxine prednisolone prednisone methylprednisolone
dexamethasone hydrocortisone methotrexate hydroxychloroquine sulfasalazine leflunomide
adalimumab etanercept infliximab rituximab tocilizumab denosumab zoledronate alendronate
risedronate teriparatide calcium vitamin colecalciferol cholecalciferol ergocalciferol
amoxicillin augmentin coamoxiclav flucloxacillin cefazolin ceftriaxone cefuroxime vancomycin
gentamicin clindamycin doxycycline ciprofloxacin levofloxacin metronidazole rifampicin
trimethoprim nitrofurantoin azithromycin clarithromycin piperacillin tazobactam meropenem
omeprazole lansoprazole pantoprazole ranitidine ondansetron metoclopramide senna lactulose
docusate gabapentin pregabalin amitriptyline duloxetine sertraline citalopram fluoxetine
mirtazapine zopiclone lorazepam diazepam midazolam haloperidol quetiapine olanzapine
salbutamol albuterol ipratropium tiotropium budesonide fluticasone montelukast
tylenol motrin advil coumadin plavix lipitor zocor norvasc toprol lopressor ativan valium
xanax haldol zofran protonix nexium colace dilaudid percocet vicodin keflex ancef zosyn
flagyl levaquin cipro bactrim solumedrol decadron neurontin lyrica synthroid glucophage
lantus humalog novolog prilosec pepcid reglan senokot dulcolax miralax kayexalate
mg mcg g kg ml l mmol iu units tab tabs cap caps od bd tds qds nocte mane stat
mae foley asa cont contd cont'd abx dsg drsg sats resp neuro obs pupils perrla perl lungs heme
haem lytes labs hct ivab ivabx rehab physio ot pt sw cm dc dc'd d/c'd dispo epi norepi levo
neo dopa dobut vaso prop propofol fent versed precedex lovenox heplock saline bolus nebs neb
rheumatologist radiologist orthopaedic orthopedic surgeon oncologist pathologist
grade stage score class type level day days week weeks month months year years hour hours
dorsoplantar plantodorsal anteroposterior posteroanterior mortise skyline sunrise merchant rosenberg
frog-leg judet inlet outlet swimmer's scaphoid waters caldwell towne stenvers
walker boot cam moonboot aircast offloading weightbearing nwb pwb fwb wbat tdwb
name oob etoh ivdu ivda adls iadls eircode postcode zipcode nric hkid ppsn philhealth nhif ubrn
cx bcx ucx sx hx dx tx rx fx px abg vbg cbc bmp cmp lft lfts ua
phd mph msc bsc mba pharmd dpm dds dmd facs facp frcp frcs mrcp mrcs mbbs mbchb lcsw licsw crna
cnm aprn fnp anp dnp msn bsn
resus cath medicine onc heme hem cards pulm endo derm psych rheum neph nephro uro gyn ent ortho ophtho optho gen surg vasc ctsurg nsgy
spanish portuguese french italian german russian polish ukrainian chinese mandarin cantonese
vietnamese korean japanese arabic hindi urdu bengali punjabi gujarati haitian creole somali
amharic tigrinya tagalog greek turkish farsi persian dari pashto hebrew swahili yoruba igbo
hmong khmer lao nepali tamil telugu albanian serbian croatian bosnian romanian hungarian
american irish italian african hispanic latino latina asian caucasian european english
`);

/**
 * Brand and trade names of commonly prescribed drugs, feeds and dressings (US and UK), as written
 * in notes: capitalised mid-sentence they look like surnames ("started on Zestril and Cardizem"),
 * so the guard must know them. Written for this project from general knowledge.
 */
export const DRUG_BRANDS = words(`
prevnar shingrix arexvy vaxneuvance
enfamil similac survanta curosurf portex shiley
wegovy mounjaro zepbound rybelsus dexcom omnipod epipen neulasta
abilify accupril accutane aceon aciphex actonel actos adalat adderall advair aggrenox aldactone
aldomet allegra altace amaryl ambien amoxil anaprox antivert apresoline aricept arimidex aristada
arixtra aromasin atacand ativan atrovent augmentin avandia avapro avelox azulfidine bactroban
bactrim benadryl benicar betapace biaxin bumex buspar byetta calan capoten carafate cardizem
cardura catapres celebrex celexa cellcept cialis cipro claritin cleocin clinoril clozaril cogentin
colace combivent compazine concerta cordarone coreg corgard cozaar crestor cymbalta cytoxan
dalmane decadron deltasone demadex depakote desyrel detrol diabeta diamox diflucan dilantin
dilaudid diovan ditropan dolophine duragesic dyazide effexor elavil eliquis enbrel epogen
procrit aranesp ery-tab esidrix estrace eulexin evista exelon famvir feldene femara fioricet
flexeril flomax flonase florinef flovent fosamax glucophage glucotrol glyset haldol humalog
humira humulin hydrodiuril hytrin imdur imitrex imuran inderal indocin isordil januvia jardiance
kayexalate keflex keppra klonopin lamictal lanoxin lantus levaquin levemir levitra levophed
lexapro librium lioresal lipitor lopid lopressor lotensin lotrel lovenox lovaza lyrica macrobid
maxzide medrol megace mestinon methergine mevacor micardis micronase minipress mirapex mobic
monopril motrin mucomyst myambutol mycelex mycostatin mysoline namenda naprosyn nardil neurontin
nexium niaspan nitrostat nizoral nolvadex norco normodyne norpace norvasc novolin novolog
nuvigil ocuflox omnicef ortho orudis oxycontin pamelor parlodel paxil pepcid percocet
periactin persantine phenergan plaquenil plavix pletal pradaxa prandin pravachol precose
premarin prevacid prilosec prinivil pristiq procardia prograf proscar protonix provera prozac
pulmicort pyridium questran quinaglute reglan relafen remeron requip restoril revatio risperdal
ritalin robaxin robitussin rocephin sandimmune sandostatin sectral septra seroquel serevent
sinemet singulair skelaxin soma solu-medrol solu-cortef spiriva sporanox strattera sular
synthroid tagamet tamiflu tapazole tegretol temodar tenex tenoretic tenormin tessalon tiazac
tofranil topamax toprol toradol tracleer trandate trental tricor trileptal tylenol ultram unasyn
uniretic urecholine valium valtrex vasotec ventolin verelan vfend viagra vicodin vistaril
voltaren vytorin wellbutrin xalatan xanax xarelto xopenex yasmin zanaflex zantac zaroxolyn
zebeta zestoretic zestril zetia ziac zithromax zocor zofran zoloft zomig zosyn zovirax zyloprim
zyprexa zyrtec zyvox ecotrin bufferin excedrin aleve tums maalox mylanta milk-of-magnesia
dulcolax senokot metamucil fleet golytely miralax imodium lomotil zantac pepto-bismol
entresto farxiga invokana ozempic trulicity victoza tresiba toujeo basaglar admelog fiasp
brilinta effient multaq tikosyn rythmol ranexa nitro-dur nitropatch lasix coumadin jantoven
heparin narcan ativan versed diprivan precedex ketalar nimbex zemuron anectine sublimaze
demerol duramorph roxanol roxicodone opana nucynta suboxone subutex methadose vivitrol
chantix nicoderm nicorette antabuse campral revia keytruda opdivo herceptin avastin rituxan
gleevec revlimid velcade xgeva prolia forteo reclast boniva evenity tymlos orencia actemra
remicade simponi cimzia stelara cosentyx taltz otezla xeljanz rinvoq olumiant dupixent
nucala xolair fasenra symbicort breo trelegy anoro incruse stiolto qvar asmanex alvesco
proair proventil duoneb xopenex atrovent tudorza daliresp cozaar hyzaar benicar edarbi
bystolic inspra kerendia jublia lamisil penlac valcyte prezista truvada descovy biktarvy
genvoya stribild triumeq tivicay isentress epzicom viread baraclude vemlidy harvoni epclusa
mavyret sovaldi zepatier ensure glucerna boost jevity nepro osmolite pulmocare promote
tegaderm duoderm mepilex aquacel allevyn xeroform adaptic kerlix telfa steri-strips dermabond
betadine hibiclens chlorhexidine bacitracin neosporin silvadene santyl medihoney
swan-ganz jackson-pratt chloraprep duraprep prolene vicryl monocryl ethibond tazocin timentin genexpert
omnipaque visipaque isovue optiray gadavist dotarem magnevist multihance eovist prohance definity
optison lexiscan cardiolite myoview xience promus taxus cypher impella watchman mitraclip sapien
corevalve angio-seal perclose mynx pleurx cordis
`);

/** Eponyms of devices, operations and bedside scores: names when a title or cue says so ("Dr Pratt"). */
export const DEVICE_EPONYMS = words(`
pavlik amplatzer
moro deauville epworth agatston fenton mifflin jeor
holter doppler ganz hickman penrose tenckhoff groshong dobhoff wenckebach mobitz
mediport port-a-cath yankauer bovie coude fogarty sengstaken blakemore nissen roux billroth
heller toupet mallampati cormack lehane aldrete waterlow barthel folstein
cockcroft gault chads2 cha2ds2-vasc hasbled timi nyha
hemovac camino maloney hardinge boari auvi-q ambu jackson-pratt blakemore minnesota
`);

/** Upper-case abbreviations that are also names or places ("ANA", "AL", "ED", "LE"): checked for
 * tokens written in capitals only, so "Ana" in mixed case is still a name. */
export const ABBREVIATIONS = words(`
atp aml ebl iap pvr aps tsah gf bf iop
vad ipap epap crcl pbu napa therex spont ss vd ntg opo pbd
ep tf tfs
anca asccp rvsp acog aafp nccn
odi jp dept
mvc mva attg ltc nh hmo amb
lima rima svg lma ajcc
esi
kub mdm gmc cpso nmc ahpra imc hcpc wic dss fob mob licsw lcsw rrt
rsbi sbt loa cmo dka hhs hob dnr dni dnar dnacpr tlc picc ett ogt ngt uop bm prbc ffp cvp map sbp dbp
osh snf alf ltac ltach ecf irf sar dea npi sah ich ivh sdh edh edd lmp ega biba bibems ems nhs mrn ssn dob vin ohip uhid phn ihi iban ein
ana alp alt ast ldh ck crp esr wbc rbc hb hgb hct plt inr pt ptt aptt bun cr egfr na k cl co2
hba1c tsh ft4 psa cea ca afp hcg ldl hdl tg bnp trop abg vbg ph pco2 po2 sao2 spo2 fio2 peep
cpap bipap niv ett trach ng og peg picc cvc art ivc svc la lv ra rv ef mr tr ar as ms ps vsd asd
pfo cabg pci stemi nstemi acs mi chf hf copd ards dvt pe uti cap hap vap sirs mods aki ckd esrd
hd pd crrt dm htn hld cad pvd pad afib af aflutter svt vt vf nsr st sb sr pvc pac lbbb rbbb
avb hr bp rr sbp dbp map cvp gcs avpu les ue le rue lue rle lle lll rll rul lul rml bs ls
abd nt nd bm bms uo ua ucx bcx cx sob doe pnd cp n v d c abx fb tb hiv hcv hbv mrsa vre cdiff
esbl ob gyn ent ir nm gp pcp np pa rn lpn cna md do phd mbbs frcs frcr mrcp facp rt ot slp sw
cm pm am hs ac pc al ed le ma mo ro jo li ng hu wu yu bo di ada
msk mdt frcr mri mr ct bmi nhi
sem hsm lusb rusb llsb rlsb pmi jvp jvd rcri molst polst dnr dni dnar tte tee eom tbd fyi vna ok nad
tpa fbs ala
`);

/** Months, days and calendar words: handled by the date rules, never names. */
export const CALENDAR = words(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday mon tue tues wed thu thur thurs fri sat sun today tomorrow yesterday tonight
mondays tuesdays wednesdays thursdays fridays saturdays sundays weekends weekdays
christmas easter thanksgiving eve
`);

/** Words after which a capitalised word is a person ("seen by", "wife", "Dr"). */
export const PERSON_CUES = words(`
dr dr. doctor mr mrs ms miss mx prof professor sister sr nurse rn np pa md ho mister missus dra sra srta
wife husband son daughter mother mom mum father dad brother sister sibling partner fiance
fiancee girlfriend boyfriend friend neighbour neighbor niece nephew cousin aunt uncle
grandson granddaughter grandmother grandfather grandma grandpa stepson stepdaughter
guardian caregiver carer hcp proxy family dtr dau auntie aunty granny nana gran surname forename
donor subscriber policyholder claimant adjuster roommate housemate flatmate landlord landlady stepfather stepmother
godmother godfather spouse coworker co-worker gf bf
`);

/** Titles placed before a person's name. */
export const TITLES = words(`dr dr. mr mr. mrs mrs. ms ms. miss mx prof prof. professor sister rev dra sra srta det det. detective officer trooper sgt sergeant atty atty. attorney judge lt lt. lieutenant capt capt. captain`);

/** Phrases that put a person's name after them. */
export const PERSON_CUE_PHRASES = [
  "seen by", "seen with", "reviewed by", "reviewed with", "discussed with", "spoke with", "spoke to",
  "talked with", "talked to", "called", "paged", "per", "ring", "ask for", "speak to", "speak with", "attending", "resident", "intern",
  "fellow", "surgeon", "physician", "consultant", "registrar", "pcp", "gp", "referred by",
  "referred to", "signed by", "dictated by", "transcribed by", "electronically signed by", "cc",
  "cc:", "attn", "dear", "patient", "pt", "name", "named", "visited by", "accompanied by",
  "contact", "emergency contact", "next of kin", "nok", "hcp is", "health care proxy",
  "under the care of", "care of", "c/o", "sincerely", "regards", "thanks", "thank you",
  "coordinator", "secretary", "presenter", "chair", "chaired by", "radiologist", "pathologist",
  "oncologist", "nurse specialist", "physio", "physiotherapist", "case manager", "social worker",
  "practitioner", "midwife", "therapist", "dietitian", "dietician", "pharmacist", "chaplain",
  "sonographer", "paramedic", "physician assistant", "charge nurse",
];

/** Phrases that put a place after them. */
export const PLACE_CUE_PHRASES = [
  "lives in", "living in", "lives at", "resides in", "resident of", "native of", "born in",
  "moved to", "moved from", "transferred from", "transferred to", "transfer from", "transfer to",
  "admitted to", "admitted from", "discharged to", "returned from", "travelled to", "traveled to",
  "trip to", "visiting from", "from", "in", "at", "to", "near", "outside", "works in", "works at",
  "employed at", "home in", "hometown", "vacation in", "holiday in", "summers in", "winters in",
  "grew up in", "raised in", "originally from", "lives near", "lives outside", "farm near",
  "farm outside", "farms outside", "flown from", "flown in from", "came from", "comes from",
  "back home in", "family in", "daughter in", "son in", "sister in", "brother in",
  // Where the patient goes next, named by the facility alone: "will go to Kindred", "transport to Encompass".
  "go to", "going to", "sent to", "transport to", "discharge to", "d/c to", "dc to",
  // The patient's origin stated as a fact: "PT IS FROM PORTAGE", "she was from Tulsa".
  "is from", "was from", "are from",
  // Care after the hospital, named by the facility alone: "rehabilitation at Spaulding", "went to
  // Kindred for three weeks", "respite stay at Whittier".
  "rehabilitation at", "rehabilitation in", "rehab at", "rehab in", "went to", "placement at", "placed at",
  "stay at", "stayed at", "staying at", "respite at", "dialysis at", "treated at", "seen at", "followed at",
  "hospitalized at", "hospitalised at", "hospitalized in", "hospitalised in", "delivered at", "died at", "treated in",
  // Where a test or a procedure was done: "MRI performed at Shields", "labs drawn at Quest" (decision 111).
  "performed at", "done at", "obtained at", "drawn at",
  // A child's day: "daycare at Little Sprouts", "nursery at Acorns".
  "daycare at", "day care at", "nursery at", "preschool at", "pre-school at", "childminder in",
];

/** Words that make a capitalised "<Name> Ward/Unit" generic rather than a named ward. */
export const GENERIC_WARD_WORDS = words(`
dept
the a an this that our their surgical medical acute intensive coronary stroke day maternity
childrens children's paediatric pediatric orthopaedic orthopedic general renal cardiac respiratory
neonatal oncology burns trauma assessment admissions admission short stay elderly care high
dependency recovery observation emergency psychiatric mental health rehabilitation rehab step
down post anaesthesia anesthesia operative special baby care private isolation endoscopy
dialysis infusion treatment imaging radiology fracture foot hand sports knee spine pain memory
diabetes bone breast eye skin chest heart lung fertility sleep walk-in urgent primary family
outpatient inpatient community mental joint clinic clinics hospital medical health general
university district county regional royal teaching state city veterans central national
women's men's cancer specialist specialty orthopaedics orthopedics rheumatology physiotherapy
physical therapy occupational podiatry vascular plastics plastic neurology neurosurgery urology
gynaecology gynecology obstetrics cardiology haematology hematology dermatology ent ophthalmology
burn cath lab catheterization medicine surgery psychiatry geriatrics hospitalist telemetry
decision discharge ambulatory rapid access clinical investigation investigations procedures frailty enhanced
pediatrics paediatrics gastroenterology pulmonology endocrinology nephrology hepatology
neonatology immunology allergy otolaryngology anaesthetics anesthetics developmental
`);

/** Occupations: a small-community detail for the re-identification warning. */
export const OCCUPATIONS = words(`
farmer fisherman fisher miner teacher headteacher vicar priest pastor imam rabbi nun monk
firefighter policeman policewoman officer soldier sailor pilot jockey footballer athlete
olympian swimmer boxer dancer ballerina singer musician actor actress mayor councillor
senator judge lawyer solicitor barrister surgeon dentist vet veterinarian pharmacist
postman postwoman shopkeeper publican baker butcher blacksmith carpenter plumber electrician
mechanic driver lorry trucker chef journalist presenter astronaut diver climber mountaineer
lifeguard ranger gamekeeper shepherd lighthouse keeper student pupil undergraduate postgraduate
`);

/**
 * Signs, classifications and landmarks whose names hold a person's or a place's name, read as
 * phrases like the catalogue's diagnoses (decision 123): alone the words stay names ("Louis called").
 */
export const EPONYM_PHRASES = [
  "no sam", "without sam", "mild sam", "trace sam", "sprint fidelis", "hollister holder", "gustilo iiia", "gustilo iiib", "gustilo iiic", "fournier's gangrene", "fournier gangrene", "todd's paralysis", "todd paralysis",
  "angle of louis", "le fort", "lou gehrig", "lou gehrig's", "arctic sun", "asia a", "asia b", "asia c", "asia d", "asia e", "tommy john", "st louis encephalitis", "st. louis encephalitis", "saint louis encephalitis", "texas cath", "texas catheter", "aunt minnie", "dawson fingers", "stanford a", "stanford b", "stanford type", "debakey type",
  "herring lateral pillar", "herring classification", "bismuth corlette", "anderson d'alonzo", "terry thomas",
  "stage iva", "stage ivb", "stage iiia", "stage iiib", "harris benedict", "penn state equation", "portland protocol",
  "hudson prongs", "hudson mask", "pleur evac", "mifflin st jeor", "philadelphia chromosome", "philadelphia collar", "miami j", "barcelona clinic",
  "sister mary joseph", "mary joseph nodule", "richmond agitation", "framingham risk", "framingham 10 year", "framingham score",
  "denver ii", "denver developmental", "west nile", "st jude mechanical", "st jude valve", "austin moore", "kelly clamp", "kelly clamps", "blake drain", "blake drains", "hoffmann fixator", "hoffman fixator", "child pugh", "sheiner tozer", "humphrey field", "humphrey visual field", "humphrey fields", "mcdonald criteria", "fitzpatrick type", "fitzpatrick skin", "guthrie card", "guthrie test", "vickers ligament", "beckwith wiedemann", "frazier tip", "frazier suction", "osborn wave", "osborn waves", "carrington gel", "rivers protocol", "lindegaard ratio", "ranson criteria", "ranson score", "jehovah witness", "jehovah witnesses", "mediterranean diet", "ottawa rules",
];
