// Neuro-oncology MDT: gliomas, embryonal and ependymal tumours, meninges and nerves, sellar region,
// metastases and treatment effects. Format: see table.ts.
import { table } from "./table";

export const NEURO_ONCOLOGY = table("neuro-oncology", `
## Gliomas
Glioma | C71.9 | brain glioma; glial tumour | rare
Glioblastoma | C71.9 | GBM; glioblastoma multiforme; glioblastoma IDH-wildtype; grade 4 glioma | rare
Recurrent glioblastoma | C71.9 | recurrent GBM; progressive glioblastoma | rare
Gliosarcoma | C71.9 | | rare
Astrocytoma, IDH-mutant | C71.9 | IDH-mutant astrocytoma; diffuse astrocytoma; anaplastic astrocytoma | rare
Oligodendroglioma | C71.9 | oligodendroglioma IDH-mutant and 1p/19q-codeleted; anaplastic oligodendroglioma | rare
Low-grade glioma | C71.9 | LGG | rare
High-grade glioma | C71.9 | HGG | rare
Diffuse midline glioma, H3 K27-altered | C71.7 | diffuse midline glioma; DIPG; diffuse intrinsic pontine glioma | rare
Diffuse hemispheric glioma, H3 G34-mutant | C71.9 | H3 G34-mutant glioma | rare
Pilocytic astrocytoma | C71.9 | juvenile pilocytic astrocytoma; JPA | rare
Optic pathway glioma | C72.3 | optic nerve glioma; optic glioma | rare
Pleomorphic xanthoastrocytoma | C71.9 | PXA | rare
Subependymal giant cell astrocytoma | D43.2 | SEGA | rare
Ganglioglioma | D43.2 | | rare
Dysembryoplastic neuroepithelial tumour | D33.0 | DNET; DNT | rare
Rosette-forming glioneuronal tumour | D43.1 | RGNT | rare
Lhermitte-Duclos disease | D33.1 | dysplastic cerebellar gangliocytoma | rare
Brainstem glioma | C71.7 | pontine glioma | rare
Gliomatosis pattern | C71.8 | gliomatosis cerebri | rare
## Ependymal, embryonal, pineal and choroid plexus
Ependymoma | C71.9 | intracranial ependymoma | rare
Supratentorial ependymoma, ZFTA fusion-positive | C71.9 | RELA fusion ependymoma; ZFTA ependymoma | rare
Posterior fossa ependymoma | C71.7 | | rare
Spinal ependymoma | C72.0 | intramedullary ependymoma | rare
Myxopapillary ependymoma | C72.1 | | rare
Subependymoma | D43.2 | | rare
Medulloblastoma | C71.6 | | rare
Atypical teratoid/rhabdoid tumour | C71.9 | AT/RT; ATRT | rare
Embryonal tumour with multilayered rosettes | C71.9 | ETMR | rare
Pineoblastoma | C75.3 | | rare
Pineocytoma | D44.5 | | rare
Pineal cyst | E34.8 | pineal gland cyst
Intracranial germinoma | C71.9 | CNS germinoma; pineal germinoma | rare
Choroid plexus papilloma | D33.0 | CPP | rare
Choroid plexus carcinoma | C71.5 | | rare
Central neurocytoma | D43.0 | | rare
Colloid cyst | D33.0 | colloid cyst of the third ventricle
## Meninges, nerves and sellar region
Meningioma | D32.9 | meningeal tumour; benign meningioma
Atypical meningioma | D42.0 | WHO grade 2 meningioma
Anaplastic meningioma | C70.0 | malignant meningioma; WHO grade 3 meningioma | rare
Spinal meningioma | D32.1 | meningioma of the spinal meninges
Optic nerve sheath meningioma | D32.0 | ONSM | rare
Solitary fibrous tumour of the CNS | D42.0 | meningeal haemangiopericytoma; haemangiopericytoma | rare
Vestibular schwannoma | D33.3 | acoustic neuroma; acoustic schwannoma
Trigeminal schwannoma | D33.3 | | rare
Neurofibromatosis type 1 | Q85.0 | NF1; von Recklinghausen disease
Neurofibromatosis type 2 | Q85.0 | NF2; NF2-related schwannomatosis | rare
Haemangioblastoma | D33.1 | cerebellar haemangioblastoma; capillary haemangioblastoma | rare
Pituitary adenoma | D35.2 | pituitary neuroendocrine tumour; PitNET; pituitary tumour
Pituitary macroadenoma | D35.2 | macroadenoma
Pituitary microadenoma | D35.2 | microadenoma
Prolactinoma | D35.2 | lactotroph adenoma; prolactin-secreting adenoma
Acromegaly | E22.0 | somatotroph adenoma; growth hormone-secreting adenoma; gigantism
Cushing disease | E24.0 | corticotroph adenoma; pituitary-dependent Cushing's
Non-functioning pituitary adenoma | D35.2 | NFPA; clinically non-functioning pituitary adenoma
Pituitary apoplexy | E23.6 | apoplexy of the pituitary
Craniopharyngioma | D44.4 | adamantinomatous craniopharyngioma; papillary craniopharyngioma | rare
Rathke cleft cyst | E23.6 | Rathke's cleft cyst
Hypophysitis | E23.6 | lymphocytic hypophysitis | rare
## Metastases, lymphoma and treatment effects
Brain metastases | C79.3 | cerebral metastases; secondary brain tumour; intracranial metastases; metastatic brain tumour
Leptomeningeal metastases | C79.3 | leptomeningeal disease; carcinomatous meningitis; neoplastic meningitis
Spinal metastases | C79.5 | vertebral metastases; spinal bone metastases
Metastatic spinal cord compression | G95.2 | MSCC; malignant spinal cord compression
Primary CNS lymphoma | C83.3 | PCNSL; primary central nervous system lymphoma; cerebral lymphoma | rare
Spinal cord astrocytoma | C72.0 | intramedullary astrocytoma | rare
Radiation necrosis of the brain | I67.8 | cerebral radiation necrosis; radionecrosis
Pseudoprogression | - | treatment-related enhancement
Paraneoplastic limbic encephalitis | G13.1 | paraneoplastic encephalitis | rare
`);
