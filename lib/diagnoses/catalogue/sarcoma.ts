// Sarcoma MDT: soft-tissue and bone sarcoma subtypes and their benign mimics. The common entries
// (osteosarcoma, Ewing sarcoma, chondrosarcoma, synovial sarcoma...) are musculoskeletal entries
// filed under sarcoma in musculoskeletal-codes.ts. Format: see table.ts.
import { table } from "./table";

export const SARCOMA = table("sarcoma", `
## Soft-tissue sarcoma
Liposarcoma | C49.9 | | rare
Dedifferentiated liposarcoma | C49.9 | DDLPS | rare
Myxoid liposarcoma | C49.9 | round cell liposarcoma; myxoid round cell liposarcoma | rare
Pleomorphic liposarcoma | C49.9 | | rare
Retroperitoneal sarcoma | C48.0 | RPS | rare
Retroperitoneal liposarcoma | C48.0 | | rare
Leiomyosarcoma | C49.9 | LMS; soft-tissue leiomyosarcoma | rare
Rhabdomyosarcoma | C49.9 | RMS | rare
Embryonal rhabdomyosarcoma | C49.9 | ERMS; botryoid rhabdomyosarcoma | rare
Alveolar rhabdomyosarcoma | C49.9 | ARMS | rare
Myxofibrosarcoma | C49.9 | myxoid malignant fibrous histiocytoma | rare
Low-grade fibromyxoid sarcoma | C49.9 | Evans tumour | rare
Fibrosarcoma | C49.9 | adult fibrosarcoma | rare
Infantile fibrosarcoma | C49.9 | congenital fibrosarcoma | rare
Malignant peripheral nerve sheath tumour | C47.9 | MPNST; neurofibrosarcoma; malignant schwannoma | rare
Angiosarcoma | C49.9 | haemangiosarcoma | rare
Epithelioid haemangioendothelioma | C49.9 | EHE | rare
Epithelioid sarcoma | C49.9 | | rare
Clear cell sarcoma | C49.9 | clear cell sarcoma of soft tissue; malignant melanoma of soft parts | rare
Alveolar soft part sarcoma | C49.9 | ASPS | rare
Desmoplastic small round cell tumour | C48.2 | DSRCT | rare
Extraskeletal myxoid chondrosarcoma | C49.9 | | rare
Extraskeletal osteosarcoma | C49.9 | soft-tissue osteosarcoma | rare
Extraskeletal Ewing sarcoma | C49.9 | soft-tissue Ewing sarcoma | rare
CIC-rearranged sarcoma | C49.9 | CIC-DUX4 sarcoma | rare
BCOR-rearranged sarcoma | C49.9 | BCOR sarcoma | rare
Intimal sarcoma | C49.9 | pulmonary artery intimal sarcoma | rare
Perivascular epithelioid cell tumour | D48.1 | PEComa | rare
Solitary fibrous tumour | D48.1 | SFT; extrapleural solitary fibrous tumour | rare
Inflammatory myofibroblastic tumour | D48.1 | IMT; inflammatory pseudotumour | rare
Desmoid tumour | D48.1 | aggressive fibromatosis; desmoid-type fibromatosis | rare
Stewart-Treves syndrome | C49.9 | lymphoedema-associated angiosarcoma | rare
Radiation-associated sarcoma | C49.9 | post-radiation sarcoma | rare
Li-Fraumeni syndrome | - | LFS; germline TP53 variant | rare
## Benign soft-tissue tumours
Nodular fasciitis | M72.4 | pseudosarcomatous fasciitis
Intramuscular myxoma | D21.9 | myxoma | rare
Mazabraud syndrome | Q78.1 | | rare
Schwannomatosis | Q85.0 | | rare
Granular cell tumour | D21.9 | Abrikossoff tumour | rare
Hibernoma | D17.9 | | rare
Spindle cell lipoma | D17.9 | pleomorphic lipoma | rare
Angiolipoma | D17.9 | angiolipomas
Lipoblastoma | D17.9 | lipoblastomatosis | rare
Fibroma of tendon sheath | D21.9 | | rare
Giant cell tumour of soft tissue | D48.1 | | rare
Angioleiomyoma | D21.9 | vascular leiomyoma | rare
Ossifying fibromyxoid tumour | D48.1 | | rare
## Bone sarcoma
Periosteal osteosarcoma | C41.9 | | rare
Telangiectatic osteosarcoma | C41.9 | | rare
Low-grade central osteosarcoma | C41.9 | | rare
High-grade surface osteosarcoma | C41.9 | | rare
Secondary osteosarcoma | C41.9 | Paget sarcoma; post-radiation osteosarcoma | rare
Osteosarcoma of the jaw | C41.1 | gnathic osteosarcoma | rare
Metastatic osteosarcoma | C41.9 | osteosarcoma with lung metastases | rare
Dedifferentiated chondrosarcoma | C41.9 | | rare
Mesenchymal chondrosarcoma | C41.9 | | rare
Clear cell chondrosarcoma | C41.9 | | rare
Undifferentiated pleomorphic sarcoma of bone | C41.9 | UPS of bone | rare
Leiomyosarcoma of bone | C41.9 | | rare
Angiosarcoma of bone | C41.9 | | rare
Malignant giant cell tumour of bone | C41.9 | | rare
Dedifferentiated chordoma | C41.9 | | rare
Ewing sarcoma of the chest wall | C41.3 | Askin tumour | rare
Pelvic Ewing sarcoma | C41.4 | Ewing sarcoma of the pelvis | rare
`);
