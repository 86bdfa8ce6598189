// Urology MDT: kidney, upper tract, bladder, prostate, testis, penis and adrenal. Format: see table.ts.
import { table } from "./table";

export const UROLOGY = table("urology", `
## Kidney
Renal cell carcinoma | C64 | RCC; kidney cancer; renal cancer; hypernephroma; Grawitz tumour
Clear cell renal cell carcinoma | C64 | ccRCC; clear cell RCC
Papillary renal cell carcinoma | C64 | pRCC; papillary RCC
Chromophobe renal cell carcinoma | C64 | chRCC; chromophobe RCC | rare
Collecting duct carcinoma | C64 | Bellini duct carcinoma | rare
Renal medullary carcinoma | C64 | | rare
Fumarate hydratase-deficient renal cell carcinoma | C64 | FH-deficient RCC; HLRCC-associated renal cell carcinoma | rare
Translocation renal cell carcinoma | C64 | MiT family translocation RCC; Xp11 translocation RCC | rare
Metastatic renal cell carcinoma | C64 | mRCC; advanced kidney cancer
Small renal mass | N28.8 | SRM; incidental renal mass
Renal oncocytoma | D30.0 | oncocytoma of the kidney
Renal angiomyolipoma | D30.0 | angiomyolipoma; fat-poor angiomyolipoma
Simple renal cyst | N28.1 | renal cyst; Bosniak I cyst
Complex renal cyst | N28.1 | cystic renal mass; Bosniak IIF cyst; Bosniak III cyst; Bosniak IV cyst
Autosomal dominant polycystic kidney disease | Q61.2 | ADPKD; adult polycystic kidney disease
Von Hippel-Lindau disease | Q85.8 | VHL; von Hippel-Lindau syndrome | rare
Medullary sponge kidney | Q61.5 | | rare
Upper tract urothelial carcinoma | C65 | UTUC; renal pelvis cancer; transitional cell carcinoma of the renal pelvis | rare
Ureteric cancer | C66 | carcinoma of the ureter; ureteral cancer | rare
Acute pyelonephritis | N10 | pyelonephritis; upper urinary tract infection
Emphysematous pyelonephritis | N10 | | rare
Xanthogranulomatous pyelonephritis | N11.8 | XGP | rare
Renal abscess | N15.1 | perinephric abscess; renal carbuncle
Hydronephrosis | N13.3 | pelvicalyceal dilatation
Pelviureteric junction obstruction | Q62.1 | PUJ obstruction; UPJ obstruction; ureteropelvic junction obstruction
Urolithiasis | N20.9 | urinary stones; urinary calculi
Renal calculus | N20.0 | kidney stone; nephrolithiasis; renal stone
Staghorn calculus | N20.0 | staghorn stone
Ureteric calculus | N20.1 | ureteric stone; ureterolithiasis; ureteral stone
Bladder calculus | N21.0 | bladder stone; vesical calculus
Renal colic | N23 | ureteric colic
Renal artery stenosis | I70.1 | renovascular disease
Renal infarction | N28.0 | renal infarct
Renal vein thrombosis | I82.3 | RVT
Renal trauma | S37.0 | kidney injury; renal laceration
Acute kidney injury | N17.9 | AKI; acute renal failure
Chronic kidney disease | N18.9 | CKD; chronic renal failure
Horseshoe kidney | Q63.1 | fused kidney
Duplex kidney | Q63.0 | duplex collecting system; duplicated collecting system
Kidney transplant rejection | T86.1 | renal transplant rejection; renal graft rejection
## Bladder, ureter and urethra
Bladder cancer | C67.9 | bladder carcinoma; urothelial carcinoma of the bladder; transitional cell carcinoma of the bladder; TCC of the bladder
Non-muscle-invasive bladder cancer | C67.9 | NMIBC; superficial bladder cancer
Muscle-invasive bladder cancer | C67.9 | MIBC
Carcinoma in situ of the bladder | D09.0 | bladder CIS; urothelial carcinoma in situ
Squamous cell carcinoma of the bladder | C67.9 | | rare
Adenocarcinoma of the bladder | C67.9 | | rare
Urachal carcinoma | C67.7 | urachal adenocarcinoma | rare
Urachal remnant | Q64.4 | urachal cyst; patent urachus
Urethral carcinoma | C68.0 | urethral cancer | rare
Bladder diverticulum | N32.3 | vesical diverticulum
Neurogenic bladder | N31.9 | neuropathic bladder
Interstitial cystitis | N30.1 | bladder pain syndrome; painful bladder syndrome
Cystitis | N30.9 | lower urinary tract infection; bladder infection
Emphysematous cystitis | N30.8 | | rare
Urinary schistosomiasis | B65.0 | schistosomiasis of the bladder; bilharzia | rare
Bladder injury | S37.2 | bladder rupture; intraperitoneal bladder rupture
Colovesical fistula | N32.1 | vesicocolic fistula; enterovesical fistula
Urethral stricture | N35.9 | stricture of the urethra
Ureterocele | Q62.3 | | rare
Retroperitoneal fibrosis | K66.2 | Ormond disease; RPF | rare
## Prostate
Prostate cancer | C61 | prostate adenocarcinoma; carcinoma of the prostate; prostatic carcinoma; PCa
Localised prostate cancer | C61 | organ-confined prostate cancer
Locally advanced prostate cancer | C61 | locally advanced prostatic carcinoma
Metastatic hormone-sensitive prostate cancer | C61 | mHSPC; metastatic castration-sensitive prostate cancer; mCSPC
Castration-resistant prostate cancer | C61 | CRPC; mCRPC; hormone-refractory prostate cancer
Biochemical recurrence of prostate cancer | C61 | PSA recurrence; BCR
Neuroendocrine prostate cancer | C61 | small cell carcinoma of the prostate; treatment-emergent neuroendocrine prostate cancer | rare
Ductal adenocarcinoma of the prostate | C61 | | rare
Prostatic intraepithelial neoplasia | D07.5 | PIN; high-grade PIN; HGPIN
Atypical small acinar proliferation | N42.8 | ASAP
Elevated PSA | - | raised PSA; elevated prostate-specific antigen; raised prostate-specific antigen
Benign prostatic hyperplasia | N40 | BPH; benign prostatic enlargement; BPE; prostatic hypertrophy
Chronic prostatitis | N41.1 | chronic pelvic pain syndrome in men; prostatitis
Acute bacterial prostatitis | N41.0 | acute prostatitis
Prostatic abscess | N41.2 | prostate abscess | rare
## Testis and penis
Testicular cancer | C62.9 | testicular germ cell tumour; testicular tumour | rare
Seminoma | C62.9 | testicular seminoma | rare
Non-seminomatous germ cell tumour | C62.9 | NSGCT; nonseminoma; mixed germ cell tumour of the testis | rare
Germ cell neoplasia in situ | D07.6 | GCNIS; intratubular germ cell neoplasia; ITGCN | rare
Leydig cell tumour | D29.2 | interstitial cell tumour of the testis | rare
Sertoli cell tumour | D29.2 | Sertoli cell tumour of the testis | rare
Testicular microlithiasis | N50.8 | | 
Testicular torsion | N44.0 | torsion of the testis; spermatic cord torsion
Torsion of the appendix testis | N44.0 | torsion of testicular appendage; torsed hydatid of Morgagni
Epididymo-orchitis | N45.9 | epididymitis; orchitis
Hydrocele | N43.3 | scrotal hydrocele
Varicocele | I86.1 | scrotal varices
Spermatocele | N43.4 | epididymal cyst
Fournier gangrene | N49.3 | Fournier's gangrene; necrotising fasciitis of the perineum
Penile cancer | C60.9 | carcinoma of the penis; penile squamous cell carcinoma | rare
Peyronie disease | N48.6 | Peyronie's disease; induratio penis plastica
Priapism | N48.3 | persistent erection
Penile fracture | S39.8 | fracture of the penis | rare
Phimosis | N47 | tight foreskin
## Adrenal
Adrenal adenoma | D35.0 | adrenocortical adenoma
Adrenal incidentaloma | - | incidental adrenal mass
Adrenocortical carcinoma | C74.0 | adrenal cortical carcinoma; adrenal cancer | rare
Phaeochromocytoma | D35.0 | | rare
Extra-adrenal paraganglioma | D44.7 | retroperitoneal paraganglioma; abdominal paraganglioma | rare
Adrenal myelolipoma | D35.0 | myelolipoma
Adrenal metastases | C79.7 | adrenal metastasis; metastases to the adrenal gland
Adrenal haemorrhage | E27.4 | adrenal haematoma
Primary aldosteronism | E26.0 | Conn syndrome; Conn's syndrome; primary hyperaldosteronism
Cushing syndrome | E24.9 | Cushing's syndrome; hypercortisolism
`);
