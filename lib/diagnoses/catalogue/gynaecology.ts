// Gynaecology (and gynaecological oncology) MDT: ovary, tube, uterus, trophoblastic disease, cervix,
// vagina, vulva, pelvic floor and early pregnancy. Format: see table.ts.
import { table } from "./table";

export const GYNAECOLOGY = table("gynaecology", `
## Ovary, tube and peritoneum
Ovarian cancer | C56 | ovarian carcinoma; carcinoma of the ovary; epithelial ovarian cancer; EOC
High-grade serous carcinoma | C56 | HGSC; high-grade serous ovarian cancer; tubo-ovarian high-grade serous carcinoma
Low-grade serous carcinoma | C56 | LGSC; low-grade serous ovarian cancer | rare
Endometrioid carcinoma of the ovary | C56 | endometrioid ovarian cancer | rare
Clear cell carcinoma of the ovary | C56 | ovarian clear cell carcinoma | rare
Mucinous carcinoma of the ovary | C56 | mucinous ovarian cancer | rare
Borderline ovarian tumour | D39.1 | BOT; serous borderline tumour; mucinous borderline tumour; ovarian tumour of low malignant potential
Fallopian tube cancer | C57.0 | tubal carcinoma; fallopian tube carcinoma | rare
Primary peritoneal carcinoma | C48.2 | primary peritoneal cancer | rare
Serous tubal intraepithelial carcinoma | D07.3 | STIC | rare
Granulosa cell tumour | C56 | adult granulosa cell tumour; juvenile granulosa cell tumour | rare
Sertoli-Leydig cell tumour | C56 | androblastoma; arrhenoblastoma | rare
Ovarian fibroma | D27 | fibrothecoma; thecoma of the ovary
Meigs syndrome | D27 | Meigs' syndrome | rare
Dysgerminoma | C56 | ovarian dysgerminoma | rare
Immature teratoma | C56 | ovarian immature teratoma | rare
Mature cystic teratoma | D27 | dermoid cyst of the ovary; ovarian dermoid; ovarian teratoma
Struma ovarii | D27 | | rare
Krukenberg tumour | C79.6 | ovarian metastases; metastases to the ovary
Functional ovarian cyst | N83.2 | simple ovarian cyst; follicular ovarian cyst; ovarian cyst
Haemorrhagic corpus luteum cyst | N83.1 | corpus luteum cyst; haemorrhagic ovarian cyst
Endometrioma | N80.1 | ovarian endometrioma; chocolate cyst
Serous cystadenoma of the ovary | D27 | ovarian serous cystadenoma
Mucinous cystadenoma of the ovary | D27 | ovarian mucinous cystadenoma
Ovarian torsion | N83.5 | adnexal torsion; torsion of the ovary
Polycystic ovary syndrome | E28.2 | PCOS; Stein-Leventhal syndrome; polycystic ovaries
Ovarian hyperstimulation syndrome | N98.1 | OHSS
Premature ovarian insufficiency | E28.3 | POI; premature ovarian failure; premature menopause
Pelvic inflammatory disease | N73.9 | PID
Tubo-ovarian abscess | N70.0 | TOA
Hydrosalpinx | N70.1 | sactosalpinx
Paraovarian cyst | Q50.5 | paratubal cyst
Peritoneal inclusion cyst | N73.6 | benign cystic mesothelioma; peritoneal pseudocyst
Ovarian vein thrombosis | - | | rare
Pelvic congestion syndrome | I86.2 | pelvic venous disorder; pelvic varices; ovarian vein reflux
## Uterus
Endometrial cancer | C54.1 | endometrial carcinoma; uterine cancer; carcinoma of the endometrium; womb cancer
Endometrioid endometrial carcinoma | C54.1 | endometrioid adenocarcinoma of the endometrium
Serous endometrial carcinoma | C54.1 | uterine serous carcinoma; uterine papillary serous carcinoma; UPSC | rare
Clear cell endometrial carcinoma | C54.1 | clear cell carcinoma of the endometrium | rare
Uterine carcinosarcoma | C54.9 | malignant mixed Müllerian tumour; MMMT | rare
Endometrial hyperplasia | N85.0 | endometrial hyperplasia without atypia
Atypical endometrial hyperplasia | N85.1 | endometrial intraepithelial neoplasia; EIN; complex atypical hyperplasia
Endometrial polyp | N84.0 | uterine polyp
Uterine leiomyoma | D25.9 | fibroid; uterine fibroid; leiomyoma of the uterus; myoma
Submucosal fibroid | D25.0 | submucous leiomyoma
Degenerating fibroid | D25.9 | red degeneration of a fibroid; fibroid degeneration
Uterine leiomyosarcoma | C54.2 | leiomyosarcoma of the uterus | rare
Endometrial stromal sarcoma | C54.1 | ESS; low-grade endometrial stromal sarcoma | rare
Smooth muscle tumour of uncertain malignant potential | D39.0 | STUMP | rare
Adenomyosis | N80.0 | uterine adenomyosis
Endometriosis | N80.9 | pelvic endometriosis
Deep endometriosis | N80.4 | DIE; deep infiltrating endometriosis; rectovaginal endometriosis
Bowel endometriosis | N80.5 | intestinal endometriosis
Scar endometriosis | N80.6 | abdominal wall endometrioma; caesarean scar endometriosis
Asherman syndrome | N85.6 | intrauterine adhesions; uterine synechiae | rare
Congenital uterine anomaly | Q51.9 | Müllerian duct anomaly; Müllerian anomaly
Septate uterus | Q51.2 | uterine septum
Bicornuate uterus | Q51.3 | bicornuate uterine anomaly
Uterus didelphys | Q51.1 | didelphic uterus | rare
Unicornuate uterus | Q51.4 | | rare
Mayer-Rokitansky-Küster-Hauser syndrome | Q51.0 | MRKH syndrome; Müllerian agenesis | rare
Caesarean scar niche | - | isthmocele; caesarean scar defect
Caesarean scar ectopic pregnancy | O00.8 | caesarean scar pregnancy | rare
Retained products of conception | - | RPOC; retained placental tissue
Placenta accreta spectrum | O43.2 | placenta accreta; placenta increta; placenta percreta; morbidly adherent placenta
Placenta praevia | O44.0 | low-lying placenta
Ectopic pregnancy | O00.9 | tubal pregnancy; extrauterine pregnancy
Postmenopausal bleeding | N95.0 | PMB
Heavy menstrual bleeding | N92.0 | menorrhagia; HMB
## Gestational trophoblastic disease
Hydatidiform mole | O01.9 | molar pregnancy
Complete hydatidiform mole | O01.0 | complete mole | rare
Partial hydatidiform mole | O01.1 | partial mole | rare
Invasive mole | D39.2 | chorioadenoma destruens | rare
Choriocarcinoma | C58 | gestational choriocarcinoma | rare
Placental site trophoblastic tumour | C58 | PSTT | rare
Epithelioid trophoblastic tumour | C58 | ETT | rare
Gestational trophoblastic neoplasia | C58 | GTN; persistent trophoblastic disease | rare
## Cervix, vagina and vulva
Cervical cancer | C53.9 | carcinoma of the cervix; cervical carcinoma; squamous cell carcinoma of the cervix
Cervical adenocarcinoma | C53.9 | adenocarcinoma of the cervix
Cervical intraepithelial neoplasia | N87.9 | CIN; cervical dysplasia; CIN 1; CIN 2
Cervical intraepithelial neoplasia grade 3 | D06.9 | CIN 3; CIN3; carcinoma in situ of the cervix; cervical HSIL
Adenocarcinoma in situ of the cervix | D06.0 | cervical AIS; CGIN | rare
Cervical polyp | N84.1 | endocervical polyp
Nabothian cyst | N88.8 | nabothian follicle
Vulval cancer | C51.9 | vulvar cancer; carcinoma of the vulva; vulval squamous cell carcinoma | rare
Vulval intraepithelial neoplasia | D07.1 | VIN; vulvar HSIL; differentiated VIN
Vulval melanoma | C51.9 | vulvar melanoma | rare
Extramammary Paget disease of the vulva | C51.9 | vulval Paget disease | rare
Lichen sclerosus | L90.0 | lichen sclerosus et atrophicus; vulval lichen sclerosus
Vaginal cancer | C52 | carcinoma of the vagina | rare
Vaginal intraepithelial neoplasia | D07.2 | VaIN
Bartholin cyst | N75.0 | Bartholin's cyst; Bartholin gland cyst
Bartholin abscess | N75.1 | Bartholin's abscess; Bartholin gland abscess
Gartner duct cyst | Q52.4 | Gartner's duct cyst | rare
## Pelvic floor
Pelvic organ prolapse | N81.9 | POP; genital prolapse
Uterine prolapse | N81.4 | uterovaginal prolapse
Cystocele | N81.1 | anterior vaginal wall prolapse
Rectocele | N81.6 | posterior vaginal wall prolapse
Vesicovaginal fistula | N82.0 | VVF | rare
Rectovaginal fistula | N82.3 | RVF
`);
