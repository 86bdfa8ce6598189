// Skin MDT: melanoma, keratinocyte cancers, rare skin cancers and cutaneous lymphoma, benign and
// inflammatory skin disease. Format: see table.ts.
import { table } from "./table";

export const SKIN = table("skin", `
## Melanoma and naevi
Melanoma | C43.9 | malignant melanoma; cutaneous melanoma
Superficial spreading melanoma | C43.9 | SSM
Nodular melanoma | C43.9 | nodular malignant melanoma
Lentigo maligna melanoma | C43.3 | LMM
Lentigo maligna | D03.3 | Hutchinson melanotic freckle; Hutchinson's melanotic freckle
Melanoma in situ | D03.9 | in situ melanoma
Acral lentiginous melanoma | C43.9 | ALM; acral melanoma | rare
Subungual melanoma | C43.9 | nail melanoma; nail unit melanoma | rare
Desmoplastic melanoma | C43.9 | | rare
Amelanotic melanoma | C43.9 | hypomelanotic melanoma
Metastatic melanoma | C43.9 | advanced melanoma; stage IV melanoma
Melanoma of unknown primary | C43.9 | MUP | rare
Uveal melanoma | C69.4 | choroidal melanoma; ocular melanoma; ciliary body melanoma | rare
Conjunctival melanoma | C69.0 | | rare
Mucosal melanoma | - | melanoma of mucous membranes | rare
Melanocytic naevus | D22.9 | mole; common naevus; benign naevus
Atypical naevus | D22.9 | dysplastic naevus; Clark naevus; atypical mole
Congenital melanocytic naevus | D22.9 | giant congenital naevus; CMN
Spitz naevus | D22.9 | spindle and epithelioid cell naevus; juvenile melanoma
Atypical Spitz tumour | D48.5 | atypical Spitz naevus | rare
Blue naevus | D22.9 | blue mole
Halo naevus | D22.9 | Sutton naevus
Familial atypical multiple mole melanoma syndrome | - | FAMMM; dysplastic naevus syndrome | rare
## Keratinocyte cancers
Basal cell carcinoma | C44.9 | BCC; rodent ulcer; basalioma
Nodular basal cell carcinoma | C44.9 | nodular BCC
Superficial basal cell carcinoma | C44.9 | superficial BCC
Morphoeic basal cell carcinoma | C44.9 | morphoeic BCC; infiltrative basal cell carcinoma; sclerosing basal cell carcinoma
Cutaneous squamous cell carcinoma | C44.9 | cSCC; squamous cell carcinoma of the skin; skin SCC
Keratoacanthoma | L85.8 | KA
Bowen disease | D04.9 | Bowen's disease; squamous cell carcinoma in situ of the skin; intraepidermal carcinoma
Actinic keratosis | L57.0 | solar keratosis; senile keratosis; AK
Verrucous carcinoma | C44.9 | | rare
Marjolin ulcer | C44.9 | Marjolin's ulcer | rare
Basal cell naevus syndrome | Q87.8 | Gorlin syndrome; Gorlin-Goltz syndrome; naevoid basal cell carcinoma syndrome | rare
Xeroderma pigmentosum | Q82.1 | XP | rare
## Rare skin cancers and cutaneous lymphoma
Merkel cell carcinoma | C44.9 | MCC; neuroendocrine carcinoma of the skin; trabecular carcinoma of the skin | rare
Dermatofibrosarcoma protuberans | C49.9 | DFSP | rare
Atypical fibroxanthoma | D48.5 | AFX | rare
Pleomorphic dermal sarcoma | C49.9 | | rare
Cutaneous angiosarcoma | C49.0 | angiosarcoma of the scalp; angiosarcoma of the face | rare
Kaposi sarcoma | C46.9 | Kaposi's sarcoma; KS | rare
Sebaceous carcinoma | C44.9 | sebaceous gland carcinoma | rare
Microcystic adnexal carcinoma | C44.9 | | rare
Extramammary Paget disease | C44.9 | EMPD | rare
Mycosis fungoides | C84.0 | MF | rare
Sézary syndrome | C84.1 | | rare
Primary cutaneous anaplastic large cell lymphoma | C86.6 | pcALCL | rare
Lymphomatoid papulosis | C86.6 | LyP | rare
Primary cutaneous follicle centre lymphoma | C82.6 | PCFCL; primary cutaneous B-cell lymphoma | rare
Cutaneous metastases | C79.2 | skin metastases; metastases to the skin
## Benign lesions
Seborrhoeic keratosis | L82 | basal cell papilloma; seborrhoeic wart; senile wart
Dermatofibroma | D23.9 | benign fibrous histiocytoma; histiocytoma
Epidermoid cyst | L72.0 | epidermal cyst; sebaceous cyst; epidermal inclusion cyst
Pilar cyst | L72.1 | trichilemmal cyst
Pyogenic granuloma | L98.0 | lobular capillary haemangioma
Cherry angioma | D18.0 | Campbell de Morgan spot; senile angioma
Sebaceous hyperplasia | L73.8 | sebaceous gland hyperplasia
Solar lentigo | L81.4 | liver spot; senile lentigo; age spot
Pilomatricoma | D23.9 | pilomatrixoma; calcifying epithelioma of Malherbe
## Inflammatory and other
Psoriasis | L40.9 | plaque psoriasis
Atopic eczema | L20.9 | atopic dermatitis; eczema
Hidradenitis suppurativa | L73.2 | acne inversa
Pyoderma gangrenosum | L88 | | rare
Discoid lupus erythematosus | L93.0 | DLE; chronic cutaneous lupus erythematosus
Systemic lupus erythematosus | M32.9 | SLE; lupus
Dermatomyositis | M33.1 | | rare
Systemic sclerosis | M34.9 | scleroderma; SSc | rare
Morphoea | L94.0 | localised scleroderma
Bullous pemphigoid | L12.0 | pemphigoid
Pemphigus vulgaris | L10.0 | pemphigus | rare
Erythema nodosum | L52 | nodular erythema
Stevens-Johnson syndrome | L51.1 | SJS
Toxic epidermal necrolysis | L51.2 | TEN; Lyell syndrome | rare
Cutaneous small vessel vasculitis | L95.9 | leucocytoclastic vasculitis; hypersensitivity vasculitis
Calciphylaxis | E83.5 | calcific uraemic arteriolopathy | rare
Venous leg ulcer | I83.0 | venous ulcer; varicose ulcer
Pressure ulcer | L89.9 | pressure sore; decubitus ulcer; bedsore
Diabetic foot ulcer | L97 | neuropathic foot ulcer
Vitiligo | L80 | leucoderma
Rosacea | L71.9 | acne rosacea
Acne vulgaris | L70.0 | acne
Alopecia areata | L63.9 | patchy hair loss
Herpes zoster | B02.9 | shingles
Erysipelas | A46 | St Anthony's fire
Scabies | B86 | sarcoptic mange
Urticaria | L50.9 | hives
`);
