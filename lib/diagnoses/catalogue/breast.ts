// Breast MDT: cancers, high-risk and benign lesions, implants. Format: see table.ts.
import { table } from "./table";

export const BREAST = table("breast", `
## Breast cancer
Breast cancer | C50.9 | breast carcinoma; carcinoma of the breast; mammary carcinoma
Invasive ductal carcinoma | C50.9 | IDC; invasive breast carcinoma of no special type; invasive carcinoma NST; ductal carcinoma of the breast
Invasive lobular carcinoma | C50.9 | ILC; lobular breast cancer
Pleomorphic invasive lobular carcinoma | C50.9 | pleomorphic lobular carcinoma | rare
Ductal carcinoma in situ | D05.1 | DCIS; intraductal carcinoma of the breast
Lobular carcinoma in situ | D05.0 | LCIS; lobular neoplasia
Pleomorphic lobular carcinoma in situ | D05.0 | pleomorphic LCIS | rare
Microinvasive breast carcinoma | C50.9 | microinvasive carcinoma of the breast
Triple-negative breast cancer | C50.9 | TNBC; triple negative breast carcinoma
HER2-positive breast cancer | C50.9 | HER2+ breast cancer; HER2-amplified breast cancer
HER2-low breast cancer | C50.9 | HER2 low breast carcinoma
Hormone receptor-positive breast cancer | C50.9 | ER-positive breast cancer; oestrogen receptor-positive breast cancer; HR+ breast cancer; luminal breast cancer
Inflammatory breast cancer | C50.9 | IBC; inflammatory carcinoma of the breast | rare
Paget disease of the nipple | C50.0 | Paget's disease of the nipple; Paget's disease of the breast; mammary Paget disease | rare
Mucinous carcinoma of the breast | C50.9 | colloid carcinoma of the breast | rare
Tubular carcinoma of the breast | C50.9 | | rare
Invasive cribriform carcinoma of the breast | C50.9 | | rare
Medullary-like carcinoma of the breast | C50.9 | medullary carcinoma of the breast | rare
Metaplastic carcinoma of the breast | C50.9 | metaplastic breast cancer | rare
Invasive micropapillary carcinoma of the breast | C50.9 | micropapillary breast carcinoma | rare
Apocrine carcinoma of the breast | C50.9 | | rare
Adenoid cystic carcinoma of the breast | C50.9 | | rare
Secretory carcinoma of the breast | C50.9 | juvenile breast carcinoma | rare
Neuroendocrine carcinoma of the breast | C50.9 | neuroendocrine breast tumour | rare
Encapsulated papillary carcinoma | C50.9 | intracystic papillary carcinoma | rare
Solid papillary carcinoma of the breast | C50.9 | | rare
Male breast cancer | C50.9 | breast cancer in men; male breast carcinoma | rare
Occult breast cancer | C50.9 | occult primary breast cancer; axillary metastases with unknown breast primary | rare
Locally advanced breast cancer | C50.9 | LABC
Metastatic breast cancer | C50.9 | MBC; advanced breast cancer; secondary breast cancer; stage IV breast cancer
Locally recurrent breast cancer | C50.9 | local recurrence of breast cancer; chest wall recurrence of breast cancer
Pregnancy-associated breast cancer | C50.9 | PABC; gestational breast cancer
Interval breast cancer | C50.9 | interval cancer
Axillary lymph node metastases | C77.3 | axillary nodal metastases; node-positive breast cancer
Hereditary breast and ovarian cancer syndrome | Z15.0 | HBOC; BRCA1 mutation carrier; BRCA2 mutation carrier; BRCA carrier
Breast cancer-related lymphoedema | I97.2 | arm lymphoedema after breast cancer; postmastectomy lymphoedema
Phyllodes tumour | D48.6 | phylloides tumour; borderline phyllodes tumour; benign phyllodes tumour | rare
Malignant phyllodes tumour | C50.9 | cystosarcoma phyllodes | rare
Radiation-associated angiosarcoma of the breast | C50.9 | breast angiosarcoma; angiosarcoma of the breast | rare
Breast implant-associated anaplastic large cell lymphoma | C84.7 | BIA-ALCL | rare
Primary breast lymphoma | C85.9 | lymphoma of the breast | rare
Metastasis to the breast | C79.8 | breast metastasis from another primary | rare
## High-risk and benign lesions
Atypical ductal hyperplasia | N60.8 | ADH
Atypical lobular hyperplasia | N60.8 | ALH
Flat epithelial atypia | N60.8 | FEA; columnar cell lesion with atypia
Radial scar | N60.8 | complex sclerosing lesion; CSL
Sclerosing adenosis | N60.8 | adenosis of the breast
Fibroadenoma | D24 | breast fibroadenoma
Juvenile fibroadenoma | D24 | giant fibroadenoma | rare
Breast cyst | N60.0 | solitary breast cyst; simple breast cyst
Fibrocystic change | N60.1 | fibrocystic breast disease; fibrocystic mastopathy; diffuse cystic mastopathy
Intraductal papilloma | D24 | papilloma of the breast; ductal papilloma
Juvenile papillomatosis | D24 | Swiss cheese disease | rare
Nipple adenoma | D24 | florid papillomatosis of the nipple; erosive adenomatosis of the nipple | rare
Tubular adenoma of the breast | D24 | | rare
Lactating adenoma | D24 | | rare
Hamartoma of the breast | D24 | breast hamartoma; fibroadenolipoma | rare
Pseudoangiomatous stromal hyperplasia | N60.8 | PASH | rare
Granular cell tumour of the breast | D24 | | rare
Fat necrosis of the breast | N64.1 | breast fat necrosis; oil cyst
Galactocele | N64.8 | milk cyst
Breast microcalcifications | R92 | mammographic calcifications; microcalcification of the breast
Mammary duct ectasia | N60.4 | duct ectasia
Periductal mastitis | N61 | Zuska disease; plasma cell mastitis; subareolar abscess
Mastitis | N61 | infective mastitis; breast infection
Breast abscess | N61 | abscess of the breast
Lactational mastitis | O91.2 | puerperal mastitis
Idiopathic granulomatous mastitis | N61 | granulomatous lobular mastitis; IGM | rare
Diabetic mastopathy | N60.8 | lymphocytic mastopathy; sclerosing lymphocytic lobulitis | rare
Gynaecomastia | N62 | male breast enlargement
Mondor disease | I80.8 | superficial thrombophlebitis of the breast | rare
Accessory breast tissue | Q83.1 | accessory breast; polymastia; ectopic breast tissue
Accessory nipple | Q83.3 | supernumerary nipple; polythelia
## Implants and surgery
Breast implant rupture | T85.4 | silicone implant rupture; intracapsular rupture; extracapsular rupture
Capsular contracture | T85.8 | breast implant capsular contracture
Breast seroma | T81.8 | post-operative breast seroma
Breast haematoma | - | post-operative breast haematoma
`);
