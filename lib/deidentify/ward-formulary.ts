// Clinical vocabulary written for Rounds (decision 120): data, not logic.
import { words } from "./vocabulary";

/**
 * The ward's formulary and laboratory as British, Irish and Australian notes write them, which the
 * US brand list in vocabulary.ts lacks: species, generics, local brands, feeds, fluids, tests and the
 * services' short names. In lower-case notes a word in no list that reads as a name ("calprotectin sent",
 * "pabrinex 2 pairs") would otherwise take a capital (decision 120).
 */
export const WARD_FORMULARY = words(`
aureus coli pylori aeruginosa pneumoniae difficile faecalis faecium epidermidis influenzae jirovecii
marcescens cloacae mirabilis pyogenes agalactiae viridans catarrhalis meningitidis gonorrhoeae
trachomatis fumigatus albicans glabrata typhi enteritidis jejuni monocytogenes perfringens baumannii
maltophilia cepacia oxytoca
abd eval reeval re-eval fluoro
calprotectin pabrinex procalcitonin tryptase hydroxocobalamin ddimer d-dimer ntprobnp probnp
co-amoxiclav co-codamol co-trimoxazole co-careldopa co-beneldopa teicoplanin levetiracetam edoxaban
dalteparin tinzaparin fondaparinux clexane fragmin innohep alteplase tenecteplase ticagrelor
prasugrel bumetanide sacubitril dapagliflozin empagliflozin canagliflozin novorapid novomix
prochlorperazine buccastem oramorph oxynorm zomorph seretide fostair relvar trimbow adcal calcichew
hartmanns plasmalyte gelofusine movicol laxido bisacodyl fortisip fresubin scandishake nutilis
fortijuce sytron ferinject monofer venofer cosmofer sandocal sando-k sandok phosphate-sandoz slow-k
kay-cee-l abidec dalivit forceval buscopan glycopyrronium levomepromazine nozinan domperidone
alfentanil flumazenil sugammadex rocuronium suxamethonium etomidate metaraminol dobutamine milrinone
levosimendan terlipressin octreotide esomeprazole famotidine gaviscon peptac rifaximin microlax
picolax moviprep klean-prep citramag sennosides loperamide mesalazine balsalazide vedolizumab
ustekinumab tofacitinib tacrolimus mycophenolate sirolimus everolimus basiliximab febuxostat
rasburicase ibandronate romosozumab calcitriol alfacalcidol cinacalcet sevelamer calcium-acetate
epoetin darbepoetin sodium-bicarbonate liothyronine propylthiouracil fludrocortisone beclometasone
mometasone umeclidinium salmeterol formoterol vilanterol indacaterol acetylcysteine carbocisteine
tranexamic vitamin-k phytomenadione idarucizumab andexanet octaplex beriplex prothrombinex ffp
human-albumin zenalb alburex amikacin tobramycin linezolid daptomycin tigecycline benzylpenicillin
phenoxymethylpenicillin ertapenem imipenem aztreonam cefotaxime ceftazidime cefalexin cefepime
temocillin minocycline moxifloxacin ofloxacin fosfomycin pivmecillinam pyrazinamide fluconazole
itraconazole voriconazole posaconazole caspofungin micafungin anidulafungin amphotericin ambisome
valaciclovir ganciclovir valganciclovir oseltamivir remdesivir baricitinib sotrovimab paxlovid
molnupiravir anticoag coag geri geris paeds maxfax orthogeriatrics orthogeris neurosurg
cardiothoracics tvn portacath nephrostomy
`);
