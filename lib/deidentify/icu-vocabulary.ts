// Clinical vocabulary written for Rounds (decision 131): data, not logic. Facts of clinical language,
// written here from general knowledge; no list was copied.
import { words } from "./vocabulary";

/**
 * Words that ICU, ward, theatre, emergency, nursing, allied-health and pastoral-care notes (US, UK
 * and Australian) write capitalised or alone, and that are never identifiers: drips, antibiotics,
 * sedatives and the rest of the formulary by generic and brand name, feeds and supplements, wound and
 * skin products, lines, tubes, drains, pumps, monitors, beds, splints, airway and ventilator brands and
 * modes, dialysis products, laboratory tests and organisms, nursing shorthand, transport services,
 * religious and cultural words, languages and nationalities, insurance and benefit schemes. Many read
 * as a surname or a town to a guard that does not know them ("started on Levophed", "Shiley 6 cuffed",
 * "Jevity at 50", "Eucharistic minister visited", "Haitian Creole interpreter"), so a word here is
 * vocabulary, not a name. No common first name, surname, town or hospital is listed.
 */
export const ICU_VOCABULARY = words(`
sedat wdrawal oculocephalic aquadeks pneumoboots offpump reoriented reorient reorienting
vfib vtach aflut aflutter broda bullard picco urso glidescope carboxyhb ludwigs
diuril nonisch noncardiac thoracoabdominal pbd opo tmrw leni lenis
nsurg vanco br esq esig esigned attg ew auth nocs noc sdu pcu piv ivt srn bradying svcs dtrs pip re vs tsicu nsicu csru sicu micu ccu picu nicu cvicu xfer dysreflexia afeb icp abthera granddtr grandtr verdean sersang approp clinda meningo pneumo evac'd id'd guidant bedbound gson gdau daus pna ota ddd vvi ddi aai pgr bpr airleak cath'd tobra bedrest fam chaircar roxicet mbr mychart req
periph aline kriolu
clm
carevue quinton femstop bair hugger liws waterseal toothettes toothette dilt bbq bilat
mio
norepinephrine noradrenaline epinephrine adrenaline vasopressin vasostrict phenylephrine neosynephrine
isoproterenol isuprel isoprenaline ephedrine esmolol brevibloc labetalol nicardipine cardene
clevidipine cleviprex nitroglycerin nitroglycerine tridil nitroprusside nipride nitropress hydralazine
enalaprilat diltiazem procainamide lidocaine lignocaine xylocaine adenosine adenocard atropine
glycopyrrolate robinul vecuronium cisatracurium atracurium pancuronium succinylcholine anectine
quelicin neostigmine bloxiverz bridion ketamine ketalar dexmedetomidine remifentanil ultiva
sufentanil alfentanil hydromorphone methadone buprenorphine naloxone narcan evzio naltrexone
etomidate amidate thiopental pentothal methohexital brevital pentobarbital nembutal phenobarbital
luminal clonazepam alprazolam temazepam chlordiazepoxide oxazepam lormetazepam nitrazepam
hypnovel diprivan propofol fresofol angiotensin giapreza methylene methylthioninium
provayblue hydroxocobalamin cyanokit terlipressin glypressin levophed norepi pitressin dopamine
intropin dobutamine dobutrex milrinone primacor levosimendan simdax inamrinone amrinone
vasopressor vasopressors pressor pressors inotrope inotropes inotropic chronotropic lusitropic
vasoactive vasoplegia vasoplegic

haloperidol quetiapine olanzapine zydis risperidone risperdal ziprasidone geodon aripiprazole
clozapine chlorpromazine largactil thorazine droperidol inapsine droleptan lurasidone latuda
paliperidone invega loxapine adasuve asenapine saphris brexpiprazole rexulti cariprazine vraylar
pimavanserin nuplazid fluphenazine prolixin perphenazine trifluoperazine stelazine zuclopenthixol
clopixol flupentixol depixol amisulpride solian sulpiride

ondansetron granisetron kytril palonosetron aloxi prochlorperazine stemetil promethazine
trimethobenzamide tigan scopolamine transderm hyoscine scopoderm cyclizine valoid aprepitant emend
fosaprepitant dronabinol marinol nabilone cesamet meclizine dimenhydrinate gravol dramamine
motilium maxolon barhemsys

argatroban bivalirudin angiomax lepirudin refludan desirudin protamine marevan savaysa lixiana
betrixaban kcentra praxbind andexxa ondexxya activase cathflo tnkase metalyse reteplase retavase
streptokinase urokinase kinlytic actilyse aminocaproic amicar cyklokapron desmopressin ddavp
octostim novoseven cryoprecipitate cryo feiba humate wilate alphanate vonvendi xyntha advate
benefix idelvion eloctate hemlibra emicizumab octaplas fibryga riastap thrombate atryn ceprotin
antithrombin hepflush cangrelor kengreal eptifibatide integrilin tirofiban aggrastat abciximab
reopro dipyridamole cilostazol vorapaxar zontivity

cefepime maxipime ceftaroline teflaro zinforo ceftolozane zerbaxa avibactam avycaz zavicefta
fortaz tazicef cefoxitin mefoxin cefotetan cefdinir cefpodoxime cefadroxil cephalexin cefiderocol
fetroja cefaclor cefprozil cefixime suprax ceftibuten cephazolin kefzol merrem vaborbactam vabomere
cilastatin relebactam recarbrio primaxin invanz doripenem azactam cayston ampicillin sulbactam
nafcillin oxacillin dicloxacillin penicillin bicillin benzathine procaine amoxil tazo piptazo vanc
vancocin firvanq tedizolid sivextro cubicin dalbavancin dalvance oritavancin orbactiv kimyrsa
telavancin vibativ tygacil eravacycline xerava omadacycline nuzyra minocin vibramycin doryx
arikayce plazomicin zemdri streptomycin neomycin polymyxin colistin colistimethate colomycin
promixin dalacin erythrocin zpak zmax klacid fidaxomicin dificid dificlir xifaxan targaxan rifampin
rifadin rimactane rifabutin mycobutin rifapentine priftin isoniazid ethambutol bedaquiline sirturo
pretomanid macrodantin monurol sulfamethoxazole septrin ciproxin tavanic delafloxacin baxdela
chloramphenicol mupirocin retapamulin fusidic fucidin fucithalmic sulfadiazine dapsone atovaquone
mepron pentamidine pentam primaquine zinacef zinnat claforan floxapen cloxacillin keflin cephalothin
lincomycin targocid

noxafil isavuconazonium cresemba sporanox mycamine cancidas eraxis ecalta abelcet fungizone nystatin
clotrimazole terbinafine flucytosine ancobon miconazole ibrexafungerp rezafungin

acyclovir aciclovir valacyclovir cytovene foscarnet foscavir cidofovir vistide zanamivir relenza
peramivir rapivab baloxavir xofluza veklury ribavirin virazole letermovir prevymis maribavir
livtencity tecovirimat tpoxx famciclovir nirmatrelvir bictegravir dolutegravir raltegravir
elvitegravir cabotegravir rilpivirine tenofovir emtricitabine lamivudine abacavir zidovudine
efavirenz darunavir ritonavir cobicistat atazanavir nevirapine doravirine maraviroc cabenuva
vocabria odefsey complera symtuza dovato juluca atripla delstrigo pifeltro kaletra reyataz norvir
evotaz prezcobix sunlenca lenacapavir entecavir sofosbuvir velpatasvir ledipasvir glecaprevir
pibrentasvir

humulin novolin nph detemir degludec aspart glulisine apidra lyumjev semglee rezvoglar afrezza
insulatard actrapid mixtard optisulin abasaglar ryzodeg xultophy soliqua sitagliptin linagliptin
tradjenta trajenta saxagliptin onglyza alogliptin nesina vildagliptin galvus glipizide glyburide
glibenclamide glimepiride pioglitazone rosiglitazone acarbose repaglinide nateglinide liraglutide
saxenda dulaglutide semaglutide tirzepatide exenatide bydureon ertugliflozin steglatro janumet
jentadueto synjardy xigduo invokamet glucagon baqsimi gvoke glucagen hypokit glucogel dextrose

thiamine thiamin benerva pyridoxine riboflavin niacin nicotinamide folate folic cyanocobalamin
multivitamin mvi infuvite cernevit ascorbic tocopherol phytonadione mephyton aquamephyton konakion
selenium magnesium potassium phosphate phosphorus kphos neutraphos phoslo klorcon kdur slowmag magox
oscal caltrate citracal ferrous sulfate sulphate fumarate gluconate feosol ferrlecit infed
injectafer feraheme ferumoxytol ferric ferrograd galfer fefol ironorm ferrosig maltofer rocaltrol
drisdol ostelin fultium stexerol desunin invita

cisplatin carboplatin oxaliplatin cyclophosphamide ifosfamide mesna mesnex doxorubicin adriamycin
doxil caelyx daunorubicin epirubicin idarubicin mitoxantrone bleomycin etoposide vepesid vincristine
oncovin vinblastine vinorelbine navelbine paclitaxel taxol docetaxel taxotere abraxane gemcitabine
gemzar fluorouracil capecitabine xeloda cytarabine azacitidine vidaza onureg decitabine dacogen
fludarabine cladribine bendamustine bendeka treanda levact melphalan alkeran busulfan busulfex
carmustine lomustine temozolomide irinotecan camptosar onivyde topotecan hycamtin pemetrexed alimta
leucovorin folinic levoleucovorin hydroxyurea hydroxycarbamide hydrea imatinib glivec dasatinib
sprycel nilotinib tasigna ponatinib iclusig ibrutinib imbruvica acalabrutinib calquence
zanubrutinib brukinsa venetoclax venclexta venclyxto lenalidomide pomalidomide pomalyst imnovid
thalidomide bortezomib carfilzomib kyprolis daratumumab darzalex isatuximab sarclisa elotuzumab
empliciti trastuzumab pertuzumab perjeta phesgo kadcyla enhertu bevacizumab mvasi cetuximab
erbitux panitumumab vectibix ramucirumab cyramza pembrolizumab nivolumab ipilimumab yervoy
atezolizumab tecentriq durvalumab imfinzi avelumab bavencio cemiplimab libtayo osimertinib tagrisso
erlotinib tarceva gefitinib iressa afatinib gilotrif giotrif alectinib alecensa crizotinib xalkori
lorlatinib lorbrena sunitinib sutent sorafenib nexavar pazopanib votrient cabozantinib cabometyx
lenvatinib lenvima regorafenib stivarga afinitor palbociclib ibrance ribociclib kisqali
abemaciclib verzenio verzenios olaparib lynparza niraparib zejula tamoxifen letrozole femara
anastrozole exemestane fulvestrant faslodex leuprolide leuprorelin lupron eligard prostap goserelin
zoladex degarelix firmagon enzalutamide xtandi abiraterone zytiga apalutamide erleada darolutamide
nubeqa bicalutamide casodex blinatumomab blincyto inotuzumab besponsa gemtuzumab mylotarg
brentuximab adcetris polatuzumab polivy obinutuzumab gazyva gazyvaro ofatumumab alemtuzumab campath
lemtrada tisagenlecleucel kymriah axicabtagene yescarta brexucabtagene tecartus ciltacabtagene
carvykti idecabtagene abecma rasburicase elitek fasturtec allopurinol zyloric filgrastim neupogen
zarxio nivestim pegfilgrastim fulphila udenyca lonquex sargramostim leukine plerixafor mozobil
eculizumab soliris ravulizumab ultomiris romiplostim nplate eltrombopag promacta revolade
avatrombopag doptelet luspatercept reblozyl dexrazoxane zinecard cardioxane amifostine ethyol
trabectedin yondelis eribulin halaven cabazitaxel jevtana mitomycin dactinomycin actinomycin
asparaginase pegaspargase oncaspar erwinase trisenox tretinoin atra vesanoid midostaurin rydapt
gilteritinib xospata ivosidenib enasidenib glasdegib ruxolitinib jakafi jakavi fedratinib
pacritinib momelotinib interferon peginterferon aldesleukin proleukin rchop rchp abvd beacopp cvad
hypercvad vrd vcd kcd dhap gdp bep fecd tch tchp eox flot mvac gemcis carbotaxol

abatacept anakinra kineret canakinumab ilaris sarilumab kevzara secukinumab ixekizumab guselkumab
tremfya risankizumab skyrizi tildrakizumab ilumya certolizumab golimumab natalizumab tysabri
ocrelizumab ocrevus belimumab benlysta anifrolumab saphnelo omalizumab mepolizumab benralizumab
dupilumab tezepelumab tezspire vedolizumab entyvio upadacitinib filgotinib jyseleca ivig gamunex
privigen octagam gammagard hizentra flebogamma panzyga intratect kiovig hyqvia cuvitru xembify
rhogam winrho rhophylac thymoglobulin atgam simulect belatacept nulojix cyclosporine ciclosporin
neoral gengraf sandimmun envarsus astagraf advagraf adoport azathioprine myfortic rapamune zortress
certican evusheld bebtelovimab xevudy ronapreve casirivimab imdevimab tixagevimab cilgavimab
lagevrio roactemra inebilizumab uplizna satralizumab enspryng efgartigimod vyvgart rozanolixizumab

levalbuterol aclidinium tudorza eklira seebri incruse pulmicort flixotide asmanex beclomethasone
clenil ciclesonide alvesco serevent oxis foradil arformoterol brovana perforomist olodaterol
striverdi wixela dulera flutiform bevespi stiolto spiolto ultibro duaklir anoro breztri trixeo
airsupra respimat handihaler ellipta turbuhaler accuhaler diskus easyhaler genuair breezhaler
aerolizer spiromax nexthaler autohaler inhaler inhalers aerochamber volumatic optichamber babyhaler
spacer nebuliser nebulizer pulmozyme dornase nebusal racemic heliox epoprostenol flolan veletri
iloprost ventavis treprostinil remodulin tyvaso sildenafil adcirca bosentan ambrisentan letairis
volibris macitentan opsumit riociguat adempas selexipag uptravi inomax noxbox aminophylline
theophylline uniphyllin nuelin roflumilast daxas zafirlukast accolate

nexterone dronedarone dofetilide sotalol flecainide tambocor propafenone mexiletine quinidine
disopyramide ivabradine corlanor procoralan digibind digifab ranolazine isosorbide mononitrate
dinitrate ismo bidil nesiritide natrecor tolvaptan samsca jinarc conivaptan vaprisol frusemide
bumetanide burinex torsemide torasemide demadex ethacrynic edecrin chlorthalidone chlortalidone
hygroton hydrochlorothiazide hctz metolazone indapamide natrilix acetazolamide mannitol osmitrol
eplerenone amiloride midamor triamterene losartan valsartan irbesartan candesartan olmesartan
telmisartan sacubitril captopril enalapril perindopril coversyl quinapril benazepril fosinopril
trandolapril nifedipine felodipine plendil verapamil isoptin propranolol nadolol nebivolol nebilet
doxazosin prazosin terazosin tamsulosin flomaxtra alfuzosin uroxatral silodosin rapaflo finasteride
dutasteride clonidine catapresan methyldopa minoxidil loniten ezetimibe ezetrol fenofibrate lipidil
gemfibrozil pravastatin lovastatin pitavastatin livalo evolocumab repatha alirocumab praluent
inclisiran leqvio icosapent vascepa vazkepa colesevelam welchol cholestyramine bempedoic nexletol
nilemdo

pantoprazole somac esomeprazole rabeprazole pariet dexlansoprazole dexilant famotidine pepcidine
cimetidine sucralfate misoprostol cytotec octreotide lanreotide somatuline terlivaz polyethylene
macrogol methylnaltrexone relistor naloxegol movantik moventig lubiprostone amitiza linaclotide
linzess prucalopride motegrity resolor loperamide diphenoxylate simethicone mylicon infacol
ursodiol ursodeoxycholic actigall ursofalk destolit pancrelipase creon zenpep pancreaze pertzye
viokace mesalamine asacol lialda pentasa delzicol apriso salofalk mezavant octasa entocort uceris
cortiment dicyclomine bentyl hyoscyamine levsin alvimopan entereg enema enemas nulytely suprep
plenvu clenpiq colyte trilyte picoprep citrafleet fortrans kleanprep glycerin glycerine suppository
suppositories ducolax coloxyl duphalac kristalose fybogel normacol psyllium ispaghula
methylcellulose sterculia sennosides

roxicodone oxynorm hydrocodone hysingla zohydro exalgo jurnista palladone mscontin mst kadian
kapanol sevredol ordine oramorph durogesic actiq abstral pecfent instanyl tapentadol nucynta
palexia tramal zydol ultracet methadose physeptone biodone butrans belbuca norspan temgesic
sublocade buvidal zubsolv ketorolac toradol sprix celecoxib meloxicam voltarol indomethacin
nabumetone etodolac ofirmev panadol panadeine perfalgan nurofen endone targin lidoderm versatis
bupivacaine marcaine sensorcaine chirocaine levobupivacaine ropivacaine naropin exparel
chloroprocaine nesacaine mepivacaine carbocaine polocaine tetracaine pontocaine emla ametop lmx
pliaglis cyclobenzaprine methocarbamol tizanidine baclofen carisoprodol dantrolene dantrium
ryanodex orphenadrine norflex gralise horizant dihydrocodeine endocet lortab pethidine meperidine
nalbuphine nubain butorphanol stadol pentazocine talwin entonox penthrox methoxyflurane

epanutin fosphenytoin cerebyx valproate valproic depakene epilim lacosamide vimpat lamotrigine
carbamazepine oxcarbazepine topiramate zonisamide zonegran clobazam onfi frisium brivaracetam
briviact perampanel fycompa cenobamate xcopri primidone ethosuximide zarontin rufinamide banzel
felbamate vigabatrin sabril stiripentol diacomit fenfluramine fintepla cannabidiol epidiolex
nimodipine nimotop donepezil memantine ebixa rivastigmine galantamine razadyne reminyl levodopa
carbidopa rytary duodopa madopar stalevo pramipexole sifrol ropinirole rasagiline azilect selegiline
eldepryl entacapone comtan opicapone ongentys amantadine symmetrel benztropine trihexyphenidyl
artane pyridostigmine edrophonium tensilon riluzole rilutek edaravone radicava sumatriptan imigran
rizatriptan maxalt zolmitriptan fremanezumab ajovy erenumab aimovig galcanezumab emgality
ubrogepant ubrelvy rimegepant nurtec butalbital fiorinal

escitalopram cipralex paroxetine seroxat fluvoxamine luvox venlafaxine desvenlafaxine bupropion
zyban trazodone molipaxin avanza vortioxetine trintellix brintellix vilazodone viibryd nortriptyline
endep imipramine clomipramine anafranil doxepin silenor sinequan lithium lithobid priadel camcolit
buspirone hydroxyzine atarax melatonin circadin ramelteon rozerem suvorexant belsomra lemborexant
dayvigo daridorexant quviviq zolpidem stilnox eszopiclone lunesta zaleplon imovane acamprosate
disulfiram varenicline champix nicotine nicotinell habitrol methylphenidate dexamfetamine
dextroamphetamine dexedrine lisdexamfetamine vyvanse elvanse atomoxetine modafinil provigil
armodafinil esketamine spravato brexanolone zulresso

eltroxin oroxine thyroxine liothyronine cytomel methimazole carbimazole neomercazole
propylthiouracil solucortef cortef fludrocortisone predsol depomedrone triamcinolone kenalog
betamethasone celestone cortisone cosyntropin cortrosyn synacthen testosterone androgel testogel
sustanon nebido estradiol progesterone prometrium utrogestan medroxyprogesterone depo provera
norethindrone norethisterone primolut levonorgestrel mirena jaydess etonogestrel nexplanon implanon
oxytocin pitocin syntocinon carbetocin pabal duratocin carboprost hemabate methylergonovine
ergometrine syntometrine dinoprostone cervidil propess prepidil prostin terbutaline bricanyl
atosiban tractocile calcitonin miacalcin pamidronate aredia zoledronic aclasta zometa ibandronate
bonviva somatropin genotropin norditropin humatrope omnitrope

diphenhydramine cetirizine loratadine fexofenadine telfast chlorpheniramine chlorphenamine piriton
polaramine cyproheptadine anapen jext auvi emerade adrenaclick

normosol isolyte plasmalyte lactated albuminex plasbumin albutein flexbumin albuked kedbumin
voluven hetastarch hespan hextend volulyte tetrastarch pentastarch dextran volplex geloplasma
haemaccel tham trometamol bicarb prismasol phoxillum accusol duosol multibic regiocit hemosol
prismocitrate prismocal biphozyl

nutren jevity osmolite peptamen glucerna ensure fortisip vivonex impact pivot perative
replete fibersource isosource novasource nepro suplena twocal pulmocare oxepa juven prosource
beneprotein diabetisource compleat pediasure paediasure tolerex elecare neocate alfamino
pregestimil nutramigen alimentum similac enfamil neosure enfacare kindergen nutriprem aptamil
infatrini nutrini frebini fresubin nutrison nutricia fortimel fortini forticreme fortijuce calogen
procal maxijul polycal duocal scandishake complan altraplen foodlink renilon diben diasip
peptisorb modulen emsogen kabiven perikabiven smofkabiven smoflipid intralipid omegaven clinolipid
olimel clinimix trophamine aminosyn travasol premasol prosol plenamine vaminolact vamin primene
numeta nutriflex lipofundin clinoleic structolipid addamel tracutil tralement multrys peditrace
selenase additrace glycophos solivito vitlipid dipeptiven arginaid prostat promod liquacel
thickenup thickit simplythick nutilis carobel thixo resource boost nutrisource vitalsource peptide
promote probalance nutrihep hepatamine nephramine renalcal isocal ultracal proteinex supportan
reconvan survimed sondalis infasoy pepdite monogen liquigen caprilon lipistart galactomin ketocal
ketovie energivit basecal vitajoule polycose scandicals protifar vitapro procalamine enlive

mepilex allevyn aquacel duoderm tegaderm opsite tielle biatain kaltostat sorbsan algisite comfeel
granuflex inadine iodoflex iodosorb acticoat silvercel urgotul urgoclean urgostart mepitel mepore
primapore cutiplast jelonet bactigras intrasite purilon solosite flaminal medihoney activon manuka
prontosan octenilin microdacyn vashe dakins hydrofera promogran prisma xeroform vaseline aquaphor
eucerin cetaphil sudocrem bepanthen desitin cavilon secura calmoseptine criticaid baza ilex
hydrocolloid hydrocolloids hydrogel hydrogels alginate alginates hydrofiber hydrofibre santyl
collagenase panafil silvadene flamazine mafenide sulfamylon bacitracin polysporin neosporin
bactroban nystop micatin lotrimin canesten daktarin selsun hibiclens chlorhexidine betadine povidone
sterets alcowipe kerlix coban tubigrip tubifast elastoplast micropore transpore hypafix mefix
fixomull medipore durapore steristrips steristrip leukostrip leukostrips dermabond histoacryl
indermil exofin prevena renasys vivano veraflo granufoam whitefoam cellutome epicel integra
matriderm biobrane suprathel alloderm strattice apligraf dermagraft grafix epifix acell myriad
kerecis primatrix endoform puracol fibracol cutimed sorbact aquaform drawtex mesalt curasalt nugauze
iodoform adaptic telfa melolin zetuvit xtrasorb kerramax eclypse optilock sureskin duoform versiva
restore triad remedy sween lantiseptic proshield conotrane metanium zincofax drapolene cetraben
diprobase doublebase epaderm hydromol zerobase dermol aveeno oilatum emollin medi derma sorbaderm
silvasorb algivon actiformcool hydrosorb nuderm askina suprasorb kliniderm sacral foam silicone
hydrocellular superabsorbent

coloplast convatec dansac sensura stomahesive orabase brava esteem natura moderma flexima peristeen
conveen lofric speedicath purewick primafit bardex bard rusch uromed biocath aquaflate suprapubic
urostomy nephrostomy ileostomy colostomy jejunostomy gastrostomy gastrojejunostomy pegj mic key
minione corflo kangaroo entriflex flexiflo compat enteralite infinity enfit bolus keofeed
flexitainer corpak cortrak bridle amt

pigtail pleurx aspira redivac pleurevac atrium oasis thopaz thoraseal axiom corrugated minivac
exudrain evd licox raumedic ventriculostomy

picc piccs midline midlines powerline permcath vascath trialysis palindrome duraflow hemoglide
arrow teleflex vygon introducer powerpicc powerport bardport infusaport portacath mediport
powerglide accucath insyte jelco venflon cannula cannulae cannulas butterfly angiocath autoguard
nexiva gripper clave maxplus microclave curos swabcap tego neutron bionector smartsite biopatch
guardiva statlock griplok sorbaview ivhouse ultrasite bioflo

alaris sigma spectrum medfusion cadd ambit elastomeric infusor perfusor infusomat hospira
gemstar graseby bodyguard pca pcea onq bbraun carefusion icumedical plumx

intellivue carescape mindray datex draeger drager nihon kohden masimo nellcor sedline invos
foresight nirs vigileo flotrac lidco clearsight nexfin hemosphere cardioq capnography
capnostream microstream zoll lifepak heartstart propaq corpuls defib defibs aed aeds telemetry tele
zio biotel reveal linq kardia alivecor istat coaguchek hemochron accuchek accucheck
glucometer freestyle libre dexcom omnipod minimed medtronic onetouch statstrip contour guardian
tandem

hillrom arjo arjohuntleigh kinair clinitron totalcare progressa centrella versacare envella nimbus
autologic dynaform pentaflex softform airwave invacare hovermatt hoverjack hovertech airpal
maxislide stedy molift rotoprone rotorest bariatric roho varilite prevalon heelift heelmedix podus
repose alternating sling slings slidesheet slidesheets rollator rollators commode commodes bedpan
bedpans urinal urinals wheelchair wheelchairs recliner quickie permobil ottobock ossur hanger
donjoy breg

teds sigvaris mediven juzo solaris circaid farrowwrap readywrap actico profore flowtron venaflow
sequential scds scd

afo afos kafo kafos hkafo dafo dafos smo prafo tlso lso cto ctlso cervicothoracic thermoplastic
orfit aquaplast samsplint futuro dynasplint multipodus splint splints splinting orthosis orthoses
orthotic orthotics backslab backslabs plaster fibreglass fiberglass

shiley portex bivona tracoe passy muir hme trachs trached tracheostomy tracheostomies tracheostoma
igel cmac airtraq combitube bougie trachcare inline provox uniperc percutwist tiltrach suctionaid
taperguard flexiblade bvm capnocheck laryngoscope laryngoscopy videolaryngoscope videolaryngoscopy
optiflow airvo vapotherm hfnc hfno nrb nrbm prongs oropharyngeal nasopharyngeal npa opa ett etts
lma lmas cuffed uncuffed cuffless fenestrated unfenestrated decannulated decannulation decannulate
capped capping downsized downsizing

simv prvc aprv bilevel cmv acvc acpc psv cpap bipap niv pav asv vcplus autoflow hfov hfjv
oscillator oscillated sensormedics servo maquet puritan avea trilogy astral resmed respironics
oxylog babylog breas intellivent ventilator ventilators vent vents vented venting ventilated
ventilating extubated extubation reintubated reintubation intubated intubation intubate peep tidal
inspiratory expiratory plateau recruitment recruitability prone proning proned supined paralysed
paralyzed paralytic paralytics nimbex esmeron tracrium pavulon

crrt cvvh cvvhd cvvhdf scuf sled ihd prismaflex prismax multifiltrate aquadex gambro
nxstage capd apd ccpd homechoice sleepsafe dianeal extraneal icodextrin nutrineal physioneal cycler
cyclers fistula fistulas fistulae avf avg avgs optiflux revaclear polyflux ktv urr epogen aranesp
mircera retacrit binocrit eprex neorecormon venofer zemplar paricalcitol hectorol doxercalciferol
sensipar mimpara etelcalcetide parsabiv renvela renagel velphoro auryxia fosrenol lanthanum
sevelamer lokelma veltassa patiromer resonium sorbisterit dialysate dialyser dialyzer dialysers
dialyzers hemodialysis haemodialysis haemodiafiltration hemodiafiltration hemofiltration
haemofiltration ultrafiltration plasmapheresis plasmaphoresis apheresis plex tpe

troponin troponins trop trops hstrop hstni hstnt ckmb myoglobin bnp ntprobnp lactate lactates
lactic pct crp esr ferritin transferrin tibc haptoglobin ldh bilirubin bili bilis tbili dbili
alkphos alk ggt albumin prealbumin lipase amylase ammonia creatinine creat creatinines bun urea
egfr cystatin osmolality osm osmo osmolal osmolar anion mag mags phos ionised ionized glucose
glucoses bgl bgls bsl bsls cbg cbgs fsbg fsbs bm bms poc poct fructosamine cpeptide cortisol acth
tsh pth pthrp cbc fbc fbe hb hgb hct wcc wbc anc alc plt plts mcv mch mchc rdw retic retics
reticulocyte reticulocytes smear schistocytes schistos blasts bands bandemia neutrophils neuts
lymphocytes lymphs monocytes monos eosinophils eos basophils basos neutrophilia neutropenia
lymphopenia eosinophilia thrombocytopenia thrombocytosis leukocytosis leucocytosis leukopenia
leucopenia pancytopenia inr ptinr aptt ptt fibrinogen ddimer dimer antixa xa hit sra dic teg rotem
thromboelastography thromboelastogram abg abgs vbg vbgs ph
cooximetry carboxyhemoglobin carboxyhaemoglobin cohb methemoglobin methaemoglobin methb ketones
ketone bhb betahydroxybutyrate hydroxybutyrate acetone ethanol salicylate salicylates apap tox utox
uds udt urinalysis ucr upcr uacr acr pcr fena feurea uosm myoglobinuria bcxs gram afb quantiferon
tspot ppd rpr vdrl treponemal ftaabs tppa hbsag hbsab hbcab antihbc hcv hav ebv hsv vzv rsv
hmpv covid sars cov naat biofire filmarray cepheid xpert galactomannan glucan fungitell crag
legionella antigen antigens mrsa mssa nares cdiff toxin parasites lactoferrin fobt fit occult
guaiac hemoccult haemoccult gastroccult csf xanthochromia oligoclonal canca mpo dsdna
ssa ssb rnp rf ccp anticcp complement iga igg igm spep upep flc flcs immunofixation tryptase hla
crossmatch xmatch dat iat anticardiolipin cardiolipin glycoprotein prothrombin homocysteine lipids
ldl hdl triglycerides trigs apob uric urate ck cpk cks cpks aldolase ceruloplasmin copper zinc
trough troughs peak peaks tacro cea afp psa hcg bhcg betahcg quant upt chromogranin hiaa
metanephrines normetanephrines catecholamines aldosterone renin prolactin lh fsh shbg amh inhibin
bnps serologies serology sero virology microbiology micro histopath histo cytology cyto sensi
sensis sensitivities mics susceptibilities susceptibility culture cultures recultured

staph staphylococcus staphylococci streptococcus streptococci strep enterococcus enterococci
klebsiella kleb klebs pseudomonas pseudomonal acinetobacter stenotrophomonas steno enterobacter
enterobacterales enterobacteriaceae serratia proteus morganella citrobacter providencia ecoli
escherichia haemophilus hemophilus moraxella neisseria mycoplasma chlamydia chlamydophila
bordetella pertussis listeria clostridium clostridioides bacteroides fusobacterium prevotella
peptostreptococcus actinomyces nocardia mycobacterium mycobacteria tuberculosis tuberculous mtb
avium intracellulare kansasii abscessus chelonae fortuitum marinum salmonella shigella
campylobacter yersinia vibrio helicobacter candida candidal candidemia candidaemia auris
parapsilosis tropicalis krusei aspergillus aspergilloma aspergillosis mucor mucormycosis rhizopus
cryptococcus cryptococcal neoformans pneumocystis pjp histoplasma histoplasmosis blastomyces
blastomycosis coccidioides coccidioidomycosis cocci toxoplasma toxoplasmosis giardia giardiasis
cryptosporidium entamoeba histolytica strongyloides strongyloidiasis plasmodium falciparum vivax
ovale malariae knowlesi babesia babesiosis borrelia burgdorferi ehrlichia ehrlichiosis anaplasma
anaplasmosis rickettsia rickettsial treponema pallidum leptospira leptospirosis brucella
brucellosis coxiella burnetii bartonella henselae francisella tularensis tularemia pasteurella
multocida capnocytophaga eikenella kingella cardiobacterium aggregatibacter hacek granulicatella
abiotrophia gemella rothia corynebacterium cutibacterium propionibacterium micrococcus
lactobacillus leuconostoc pediococcus bacillus cereus anthracis aeromonas plesiomonas burkholderia
pseudomallei melioidosis achromobacter elizabethkingia chryseobacterium sphingomonas ralstonia
delftia raoultella hafnia pantoea cronobacter kluyvera lugdunensis saprophyticus hominis
haemolyticus capitis anginosus milleri intermedius constellatus mitis oralis sanguinis
gallolyticus bovis dysgalactiae equisimilis gordonii parvimonas finegoldia veillonella eggerthella
clostridial septicum tertium innocuum sordellii vre cre cpe kpc ndm vim esbls mdro mdros mdr xdr
pdr vrsa visa hvisa gbs mrcons mrse metapneumovirus parainfluenza adenovirus rhinovirus
enterovirus coronavirus influenza norovirus rotavirus astrovirus sapovirus parvovirus polyomavirus
measles rubeola rubella mumps varicella zoster herpes hepatitis htlv mpox monkeypox dengue

serosang serosanguinous serosanguineous sanguinous sanguineous serous seropurulent purulent
purulence tachycardic tachycardia tachypneic tachypnoeic tachypnea tachypnoea tachyarrhythmia
bradycardic bradycardia bradypneic bradypnoeic bradypnea bradyarrhythmia diuresing diuresed diurese
diuresis autodiuresing autodiuresis desatting desatted desat desats desaturation satting satted
sedated sedation oversedated undersedated repositioned reposition repositioning qshift hrly npo nbm
clears sips chips oob ooc dangled dangling amb ambulated ambulating ambulates mobilised mobilized
mobilising mobilizing mobilisation mobilization sba cga wzf fww rww pzf ewf gutter hoisted pivoted
pericare peri catheter catheters caths cathed decathed recathed indwelling idc idcs ipc iuc iucs
maew pearrl perrla gcs rass sas camicu cpot bps flacc painad nrs vas doloplus pupils brisk sluggish
nonreactive unreactive clonus posturing decerebrate decorticate flaccid hemiparesis hemiparetic
hemiplegia hemiplegic aphasia aphasic dysarthria dysarthric dysphagia dysphagic ataxia ataxic
nystagmus ptosis anisocoria normothermic hypothermic hyperthermic pyrexial apyrexial pyrexia
diaphoretic diaphoresis clammy mottled mottling cyanotic cyanosis dusky pallor jaundiced icteric
anicteric edematous oedematous anasarca crackles crepitations creps rales rhonchi rhonchorous wheezes
wheezy stridor stridulous diminished coarse tympanic tympanitic distended distension distention
nontender nondistended hypoactive hyperactive flatus flatulent incontinent continent voiding voided
voids unvoided sbar isbar soapie handover handoff huddle rounding neurovascs neurovasc neurovascular
cms csm pms refill ecchymosis ecchymotic ecchymoses petechiae petechial purpura purpuric excoriated
excoriation excoriations macerated maceration blanching nonblanching blanchable nonblanchable
unstageable dti sdti sloughy eschar granulation granulating epithelialised epithelialized
epithelialising epithelializing tunneling tunnelling undermining periwound friable dehisced
dehiscence erythema erythematous induration indurated fluctuance fluctuant crepitus exudate
exudative exudating malodorous malodour malodor bioburden debrided debridement debride packing dsd
cdi approximated steri steris sutures stapled clipped

medflight lifeflight careflight careflite airlift airlifted aeromedical helivac medevac medevaced
medivac medivaced bls als cct retrieval retrievals petrs rfds paramedic paramedics ambo ambos
ambulette paratransit chairvan hems ambulance ambulances helicopter helicopters helipad nepts
dispatch dispatcher triage triaged retriage retriaged ctas ats mts

medicaid medicare medigap masshealth tricare champva chip schip hmo epo cobra ssi ssdi snap wic
tanf liheap obamacare aca connectorcare 
 uhc medica 
 medibank nib hcf ahm hbf pbs mbs dva ndis centrelink myagedcare acat acas hacc chsp
esa dla chc fnc cqc dols lpa poa epoa workcover workcomp icare tac ctp wsib acc pharmac medisave
medishield medifund dual snf ltac ltach ltacs irf ecf ltc sar hha homecare hcbs dme vna
hospice palliative respite placement

eucharistic eucharist communion shabbat sabbath ramadan eid jewish muslim muslims islamic islam
catholic catholics baptists pentecostals hindu hindus sikh sikhs buddhist
buddhists mormon mormons lds quaker quakers methodists lutherans 
presbyterians episcopalians anglicans orthodox evangelical
evangelicals adventists christians protestant protestants unitarian unitarians
congregationalist mennonite mennonites hutterite bahai jainism zoroastrian parsi rastafarian
rastafari wiccan atheist agnostic kosher halal kaddish minyan rabbi rabbinic chaplain chaplains
chaplaincy pastoral sacrament sacraments anointing anointed viaticum rosary novena confession
baptism baptized baptised christened prayer prayers prayed deacon minister reverend
monsignor nun nuns curandero curandera santeria vodou voodoo hoodoo torah talmud quran koran bible
psalm psalms hadith zakat umrah wudu salat namaz jummah jumuah fajr iftar suhoor sehri taraweeh
kippur hashanah passover pesach sukkot hanukkah chanukah purim diwali holi navratri vaisakhi
baisakhi gurdwara gurudwara granth kirpan kesh kangha kachera turban dastar patka hijab niqab burqa
chador jilbab kippah yarmulke tallit tefillin sheitel tichel mikvah dharma mandir mosque
masjid synagogue shul parish congregation lent advent pentecost epiphany chrism unction rites
sikhism hinduism buddhism judaism catholicism christianity mormonism orthodoxy ministers jehovahs
witnesses scientologist scientology hasidic chasidic haredi chabad sephardic shia shiite sunni
ismaili salafi coptic copt copts maronite melkite chaldean assyrian syriac apostolic byzantine
kirtan bhajan amritdhari

yiddish haitian creole oromiffa afaan bangla marathi kannada malayalam sinhala sinhalese burmese
kachin rohingya karenni laotian thai filipino filipina ilokano cebuano visayan bisaya indonesian
bahasa malay javanese fukienese fujianese hokkien teochew hakka taiwanese toisanese taishanese
shanghainese mongolian tibetan uyghur uighur kazakh uzbek tajik turkmen kyrgyz belarusian czech
slovak bulgarian montenegrin macedonian slovenian kurdish kurmanji sorani badini armenian
azerbaijani azeri aramaic maltese catalan galician basque dutch flemish afrikaans danish
swedish norwegian finnish icelandic estonian latvian lithuanian gaelic kiswahili kinyarwanda
kirundi luganda lingala kikongo wolof fulani fula pulaar mandinka bambara hausa twi ewe fante krio
shona ndebele zulu xhosa sesotho setswana tswana tsonga venda chichewa nyanja bemba tigre sidamo
nuer dinka acholi kalenjin maasai afar saho berber tamazight kabyle maghrebi patois
papiamento garifuna guarani kiche qanjobal kanjobal mixteco triqui mayan tzotzil tzeltal navajo
ojibwe inuktitut yupik inupiaq hawaiian samoan tongan fijian marshallese chuukese pohnpeian palauan
maori pitjantjatjara warlpiri yolngu auslan asl deafblind interpreter interpreters interpreted
interpreting languageline cyracom vri
americans canadian mexican guatemalan salvadoran salvadorean honduran nicaraguan panamanian cuban
dominican puertorican jamaican trinidadian barbadian bajan bahamian guyanese surinamese venezuelan
colombian ecuadorian peruvian bolivian chilean argentine argentinian uruguayan paraguayan brazilian
british scottish welsh belgian swiss austrian kosovar israeli palestinian lebanese syrian jordanian
iraqi iranian kuwaiti saudi emirati qatari bahraini omani yemeni egyptian libyan tunisian algerian
moroccan sudanese ethiopian eritrean somalian djiboutian kenyan ugandan tanzanian rwandan burundian
congolese angolan zambian zimbabwean malawian mozambican namibian botswanan motswana nigerian
ghanaian liberian leonean guinean ivorian senegalese gambian malian burkinabe nigerien chadian
cameroonian gabonese afghan afghani pakistani bangladeshi lankan nepalese bhutanese cambodian
malaysian singaporean hongkonger australian aussie kiwi zealander micronesian latinx caribbean
islander indigenous aboriginal metis inuit native alaskan anglo celtic slavic nordic scandinavian
arab persian bedouin traveller travellers

hemodynamically haemodynamically hemodynamic haemodynamic hemodynamics haemodynamics normotensive
hypotensive hypertensive hypotension hypertension euvolemic euvolaemic hypervolemic hypervolaemic
hypovolemic hypovolaemic normocardic normocardia sinus paced vpaced apaced ectopy ectopics ectopic
bigeminy trigeminy bigeminal trigeminal couplets nsvt torsades polymorphic rvr junctional
idioventricular asystole asystolic pea rosc cpr acls pals nrp atls apls epls coded mews pews qsofa
sofa saps sepsis septic bacteremia bacteraemia bacteremic bacteraemic fungemia fungaemia urosepsis
pneumonia pneumonias empyema parapneumonic atelectasis atelectatic consolidation consolidated
effusions ards hcap cauti clabsi ssis crbsi vae ivac pvap cdad aki ckd esrd eskd atn rhabdo
rhabdomyolysis hyperkalemia hyperkalaemia hypokalemia hypokalaemia hyponatremia hyponatraemia
hypernatremia hypernatraemia hypomagnesemia hypomagnesaemia hypophosphatemia hypophosphataemia
hypocalcemia hypocalcaemia hypercalcemia hypercalcaemia hypoglycemia hypoglycaemia hyperglycemia
hyperglycaemia hypoglycemic hypoglycaemic hyperglycemic hyperglycaemic acidosis acidotic alkalosis
alkalotic acidemia acidaemia alkalemia alkalaemia hypercapnia hypercapnic hypercarbia hypercarbic
hypoxia hypoxic hypoxemia hypoxaemia hypoxemic hypoxaemic normoxic hyperoxia anuric anuria oliguric
oliguria polyuric polyuria nonoliguric encephalopathy encephalopathic delirium delirious agitated
agitation obtunded obtundation somnolent lethargic stuporous comatose unresponsive rousable
arousable unrousable nonverbal perseverating sundowning sundowner confabulating withdrawal dts ciwa
cows cowss alcoholism vasovagal presyncope syncope syncopal orthostatic orthostasis jacksonian

cardioversion cardioverted dccv defibrillated defibrillation pacing pacer pacers transvenous
transcutaneous epicardial tvp tpw icd icds aicd aicds crt crtd crtp ppm ppms lvad lvads rvad bivad
heartmate heartware hvad impella impellas tandemheart iabp iabps ecmo vav ecpr ecls cardiohelp
rotaflow centrimag levitronix thoratec abiomed syncardia protek novalung decap cannulated
oxygenator oxygenators

hemicolectomy laparotomy laparoscopy laparoscopic lap lapchole chole appy appendicectomy
appendectomy exlap washout washouts relook debulking thoracotomy sternotomy resternotomy cabg cabgs
avr mvr tavi tavr tavis tavrs mitraclip pci pcis stent stents stented dcb des angio angiogram
angiography angioplasty embolisation embolization coiling coiled thrombectomy thrombolysis
thrombolysed thrombolyzed tpa tnk evt mt ttp craniotomy craniectomy cranioplasty evds vps shunt
shunts burrhole burrholes laminectomy discectomy acdf plif tlif xlif alif orif orifs exfix imn dhs
tfn pfna hemiarthroplasty thr tkr tka tha uka rtsa arthroplasty arthroscopy fasciotomy
fasciotomies amputation bka aka tma stsg ftsg vac vacs npwt kci

ercp eus egd ogd colonoscopy sigmoidoscopy flexisig gastroscopy endoscopy bronchoscopy bronch bronchs
bal ebus tbna tbbx vats pleurodesis thoracentesis thoracocentesis paracentesis ascitic ivc tips tipss
ptc ptcd ptbd percutaneous fna biopsy biopsies bxs cts cxrs xrs usg uss echos tte tee toe mibi
sestamibi thallium vq ctpa cta ctv mra mrv mris fmri dexa duplex dopplers dvts

anaesthetist anesthetist anaesthetic anesthetic anaesthesia anesthesia anaesthetics anesthetics crna
odp odps scrub scrubbed circulator pacu pacus theatres preop preoperative postop postoperative
perioperative intraop intraoperative periop timeout signin signout consented premed premedication
fasted sab spinals epidural epidurals cse esp pecs serratus iliaca adductor popliteal interscalene
supraclavicular infraclavicular axillary neuraxial caudal fibreoptic fiberoptic rsi bmv
preoxygenation apnoeic apneic thrive

physio physios physiotherapist physiotherapists physiotherapy occupational slp slps salt dietitian
dietitians dietician dieticians dietetics pharmacist pharmacists rph podiatrist podiatry
orthotist prosthetist prosthetics audiologist audiology optometrist orthoptist psychologist
neuropsychologist neuropsych psychiatrist cmht crht sws dcp hca hcas cna cnas pcas lpn lpns lvn
lvns rns ens ain ains enrolled cnm cns nsp anps acnp nps shos spr sprs rmo rmos jmo jmos pgy
ccf ccrn cicu cvicu cticu nsicu neuroicu icus itus ccus csu amu sau eau cdu ssu ecu medsurg
stepdown

wnls nka nkfa nkma fhx shx rfr hpc dh fh ddx imp mx ix qod qam qpm qac qpc tts ivi pv nj
jej ivfs mivf mivfs kvo tko boluses boli infusion infusions gtt gtts drip drips titrate titrated
titrating weaned weaning wean weans uptitrated downtitrated uptitrate downtitrate

dama lwbs lwot dnw ctb ltfu fup rtc rto ttc ttr tto ttos eol eolc acp acd molst polst dnacpr
tep teps lst gop goc cmo mhcp hcpoa epa lta ltcf rcf racf racfs snfs

tachy brady ems portuguese cantonese somali tigrinya
plasma-lyte passy-muir blom-singer mic-key pleur-evac k-phos neutra-phos klor-con slow-mag mag-ox
os-cal thick-it two-cal nu-derm i-gel c-mac i-stat hill-rom sit-to-stand geri-chair pico-salax
sando-k kay-ciel k-dur co-dydramol co-magaldrox co-danthramer accu-chek one-touch
pre-op post-op intra-op peri-op re-intubated re-intubation de-escalated de-escalation
de-cannulated de-sat de-satted de-sats serous-sang sero-sang non-blanching non-blanchable
x-ray x-rays e-coli c-diff c-difficile h-pylori t-piece y-connector j-tube g-tube gj-tube ng-tube
og-tube ng-tubes peg-tube trach-collar trach-mask bi-pap bi-level auto-peep hi-flow hi-flo
apex apices temple temples ve inpt acip esld woc ata defervesced defervescence defervesce defervescing irreg takotsubo burch-wartofsky wartofsky circ circs
tol interp interps hipaa tx'd tx'ed txd trach'd trached d/c'd dc'd intub'd extub'd
outpt outpts ok'd okd nif ij r-ij l-ij ino reunion tmax tmin ascp riss levoflox permacath wocn benzos ho hypotn attg metaneb rec los femostop supv fluc abt medela abuela abuelo pentobarb epilepticus toishanese rmh ou os xigris bsas surescripts ava tdap nsg cushingoid bmt esoph lacrilube dpoa cpl
methodist methodists pentecostal episcopalian presbyterian lutheran adventist evangelical unitarian congregationalist anglican
overnoc overnite noc csru acomm acom pcomm pcom phigh plow tlow thigh ardsnet ardsnet's adm hoh
child-pugh hydrocort pancreas pancreatic extremities extremity increase increased husband allograft immunosuppression immunosuppressed mero dopp poe doi loh orr liason tommorow tomorow tommorrow secreations abdo ive youve weve theyve mortem postmortem antemortem perrl txp kardex surgicel acapella menactra pneumovax venodyne respalor escharotomy escharotomies hemovacs asterixis bicaval nailbed nailbeds glu tsah
couldnt wouldnt shouldnt didnt doesnt isnt wasnt werent arent hasnt havent hadnt cant wont dont thats whats theyre youre occ cpp icps map cvp neo-synephrine neosynephrine phenylephrine dysautonomia hyperk hypok hypomag hypocal hyperkalemic hypokalemic nacl kcl mgso4 cacl cacl2 nahco3 caco3 mgcl nac acetadote mucomyst avnr avrt incont midnite orthopneic orthopnea azithro clarithro levoflox moxiflox ceftaz ceftriax clinda doxy phenobarb recalc aivr peridex chlorhexidine enceph crani cranis angioembo sugg lcs lcws p-high p-low t-high t-low cepacol chloraseptic biotene flexi-seal flexiseal ventric ventrics v-paced a-paced av-paced v-pacing a-pacing synagis palivizumab nnp nnps plastibell gomco mogen phototx biliblanket bililight bililights ebm pbm dbm sim hmf cga pma isolette omnibed giraffe vapotherm ncpap nippv hfov hfjv
`);

/**
 * The person-names inside eponymous bedside scores, scales, signs, manoeuvres, devices,
 * instruments, operations, approaches, flaps, incisions, classifications and positions, as clinical
 * notes write them ("Riker 4", "Braden 12", "Pfannenstiel incision", "Ivor Lewis", "reverse
 * Trendelenburg", "Hemovac to suction"). These stay names when a title or cue says so ("Dr Kocher"),
 * like the eponyms in vocabulary.ts; a common surname is listed only where its eponym is a bedside word
 * ("Miller blade", "Bishop score", "Hunt and Hess").
 */
export const BEDSIDE_EPONYMS = words(`
homan tinetti
pugh ranson wiedemann
wartofsky
ramsay riker braden morse norton waterlow jobst hemovac blakemore sengstaken trendelenburg fowler
sims kocher pfannenstiel whipple hartmann nissen roux ivor mcburney lanz pringle kehr cullen turner
murphy rovsing psoas

courvoisier carnett markle dunphy blumberg boas chvostek trousseau kernig brudzinski babinski
hoffmann hoffman romberg lhermitte tinel phalen homans lowenberg hamman kussmaul cheyne stokes biot quincke
musset corrigan duroziez traube becker osler janeway roth levine carvallo pemberton stemmer nikolsky
auspitz koebner gottron hutchinson horner battle bezold beevor oppenheim chaddock rossolimo hoover
sonoo waddell lasegue bragard spurling adson lachman mcmurray apley slocum losee hughston ober
faber gaenslen galeazzi ortolani barlow simmonds matles mulder froment wartenberg finochietto
finkelstein jobe yergason gilcreest ludington dawbarn codman cozen maudsley ewart westermark brugada
lown sgarbossa wellens bazett fridericia romhilt sokolow ashman einthoven uhthoff gowers sequard
muehrcke velpeau esmarch kegel buerger frenkel pilates bobath brunnstrom kabat feldenkrais
cawthorne

hunt hess fisher spetzler ranson balthazar pugh turcotte maddrey apgar ballard dubowitz finnegan
rankin barthel karnofsky folstein nasreddine zung wechsler stroop mallampati cormack lehane aldrete
apfel koivuranta killip forrester alvarado hinchey bosniak breslow gleason fuhrman scarff elston
binet durie enneking mirels tomita tokuhashi bilsky frankel magerl effendi schatzker
gustilo tscherne neer hawkins lauge danis allgower ruedi pauwels pipkin letournel judet
morrey frykman melone russe gartland delbet catterall stulberg hartofilakidis tonnis kellgren
outerbridge ahlback ficat arlet littler rockwood tossy bankart perthes goutallier patte bigliani
walch ideberg tanner risser cobb lenke meyerding wiltse pfirrmann modic macnab schizas coombs
kleihauer betke liley papanicolaou clavien dindo caprini khorana centor mcisaac blatchford
rockall imrie detsky mosteller haycock hamwi ireton cockcroft gault friedewald hasselbalch fencl
figge siggaard fick laplace poiseuille bernoulli baux curreri parsonnet wexner vaizey goligher
fontaine tinetti hendrich ashworth tardieu fugl berg borg kujala jebsen semmes lansky
lund browder wells

swan ganz seldinger sellick heimlich venturi macintosh miller magill guedel mcgrath bonfils shikani
melker eschmann frova mapleson ciaglia blom nachlas dobhoff ryle ryles foley coude tiemann
councill malecot pezzer nelaton amplatz bentson lunderquist fogarty hickman broviac groshong
mahurkar tesio tenckhoff penrose redon huber luer jarvik stryker hoyer zimmer bledsoe ommaya rickham
holter spiegelberg lundberg monro cushing crutchfield jewett kalamchi pavlik ilfeld ponseti
kirschner steinmann schanz ilizarov charnley kuntscher luque cotrel dubousset cloward gallie heuter
hueter bruner hohmann langenbeck deaver bookwalter gelpi weitlaner debakey gillies mcindoe
kilner metzenbaum crile halsted allis babcock foerster pean carmalt mixter hegar auvard tuffier
ringer lugol ziehl neelsen giemsa mantoux heaf tzanck westergren wintrobe gomori grocott
warthin perls romanowsky leishman bielschowsky widal yankauer ambu thomas

toupet dor heller billroth polya hofmeister finsterer cellan stamm witzel heineke mikulicz
finney jaboulay collis belsey thal lortat angelchik sugiura mckeown orringer akiyama kasai ladd
duhamel ramstedt fredet sistrunk beger puestow leveen kock mummery delorme altemeier ripstein
thiersch goodsall mitrofanoff studer hautmann bricker camey lich gregoir politano leadbetter fontan
blalock taussig waterston senning jatene rastelli nikaidoh bentall cabrol kouchoukos mcvay bassini
shouldice lichtenstein stoppa rives kugel desarda nyhus mcevedy lotheissen maylard cherney rockey
kustner morison makuuchi chamberlain gerota langer kraissl blaschko

bakamjian abbe estlander karapandzic burow limberg dufourmentel zitelli behan tenzel mustarde
tripier mcgregor marchac washio lamberty ponten mathes nahai tennison veau wardill furlow
bardach orticochea sommerlad schrudde moberg atasoy kutler foucher quaba masquelet

kraske relton mcroberts gaskin zavanelli mauriceau smellie lovset pinard bracht kielland kjelland
malmstrom naegele leopold bandl braxton hicks chadwick goodell piskacek ladin schultze crede ritgen
pomeroy filshie hulka asherman coustan fothergill lefort shirodkar wertheim meigs
okabayashi schauta querleu piver vecchietti davydov bakri tsirulnikov

epley semont hallpike dix gufoni lempert daroff rinne schwabach stenger toynbee politzer valsalva
draf mohs snellen ishihara amsler schirmer seidel goldmann hruby koeppe spaeth scheie arlt fleischer
kayser mittendorf bergmeister cloquet lincoff adie parinaud gubler foville wallenberg
gerstmann balint riddoch hirschberg krimsky bagolini
`);
