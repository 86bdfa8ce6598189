// Neuroradiology (and neurosciences) MDT: cerebrovascular disease, inflammation and infection,
// neurodegeneration and CSF disorders, malformations, trauma, spine, orbit and cranial nerves.
// Tumours are under neuro-oncology. Format: see table.ts.
import { table } from "./table";

export const NEURORADIOLOGY = table("neuroradiology", `
## Cerebrovascular
Ischaemic stroke | I63.9 | acute ischaemic stroke; cerebral infarction; stroke; CVA; brain infarct
Transient ischaemic attack | G45.9 | TIA; mini-stroke
Large vessel occlusion | I66.9 | LVO; large vessel occlusion stroke
Lacunar infarct | I63.8 | lacunar stroke; small vessel stroke
Watershed infarct | I63.8 | border zone infarction
Cerebral small vessel disease | I67.9 | small vessel disease; leukoaraiosis; white matter hyperintensities; chronic small vessel ischaemia
Intracerebral haemorrhage | I61.9 | ICH; haemorrhagic stroke; brain haemorrhage; cerebral haemorrhage
Subarachnoid haemorrhage | I60.9 | SAH; aneurysmal subarachnoid haemorrhage
Intraventricular haemorrhage | I61.5 | IVH
Subdural haematoma | S06.5 | SDH; acute subdural haematoma; subdural haemorrhage
Chronic subdural haematoma | I62.0 | CSDH; non-traumatic subdural haematoma
Extradural haematoma | S06.4 | epidural haematoma; EDH
Cerebral aneurysm | I67.1 | intracranial aneurysm; berry aneurysm; brain aneurysm
Cerebral arteriovenous malformation | Q28.2 | brain AVM; arteriovenous malformation of the brain
Dural arteriovenous fistula | I67.1 | dAVF; dural AV fistula | rare
Cavernous malformation | D18.0 | cavernoma; cerebral cavernous malformation; cavernous angioma
Developmental venous anomaly | Q28.3 | DVA; venous angioma
Cerebral venous sinus thrombosis | I67.6 | CVST; cerebral venous thrombosis; dural venous sinus thrombosis
Carotid artery stenosis | I65.2 | carotid stenosis; internal carotid artery stenosis
Cervical artery dissection | I72.0 | carotid artery dissection; vertebral artery dissection; ICA dissection
Moyamoya disease | I67.5 | moyamoya | rare
Cerebral amyloid angiopathy | I68.0 | CAA; amyloid angiopathy
Reversible cerebral vasoconstriction syndrome | I67.8 | RCVS | rare
Posterior reversible encephalopathy syndrome | I67.8 | PRES
Primary angiitis of the central nervous system | I67.7 | primary CNS vasculitis; PACNS | rare
CADASIL | I67.8 | cerebral autosomal dominant arteriopathy with subcortical infarcts and leukoencephalopathy | rare
Vein of Galen malformation | Q28.2 | vein of Galen aneurysmal malformation; VGAM | rare
Carotid-cavernous fistula | I77.0 | caroticocavernous fistula | rare
Hypertensive encephalopathy | I67.4 | hypertensive brain injury
Giant cell arteritis | M31.6 | temporal arteritis; GCA
## Inflammation, infection and metabolic
Multiple sclerosis | G35 | MS; disseminated sclerosis
Clinically isolated syndrome | G37.9 | first demyelinating event
Radiologically isolated syndrome | - | RIS
Neuromyelitis optica spectrum disorder | G36.0 | NMOSD; neuromyelitis optica; NMO; Devic disease | rare
MOG antibody-associated disease | G36.9 | MOGAD | rare
Acute disseminated encephalomyelitis | G04.0 | ADEM | rare
Tumefactive demyelination | G37.9 | tumefactive multiple sclerosis | rare
Autoimmune encephalitis | G04.8 | anti-NMDA receptor encephalitis; limbic encephalitis
Herpes simplex encephalitis | B00.4 | HSV encephalitis
Bacterial meningitis | G00.9 | meningitis
Viral meningitis | A87.9 | aseptic meningitis
Cerebral abscess | G06.0 | brain abscess; intracranial abscess
Subdural empyema | G06.2 | intracranial empyema | rare
Spinal epidural abscess | G06.1 | epidural abscess
Tuberculous meningitis | A17.0 | TB meningitis | rare
Neurocysticercosis | B69.0 | cerebral cysticercosis
Cerebral toxoplasmosis | B58.2 | toxoplasma encephalitis
Progressive multifocal leukoencephalopathy | A81.2 | PML | rare
Creutzfeldt-Jakob disease | A81.0 | CJD | rare
Neurosarcoidosis | D86.8 | CNS sarcoidosis | rare
Wernicke encephalopathy | E51.2 | Wernicke's encephalopathy
Osmotic demyelination syndrome | G37.2 | central pontine myelinolysis; CPM
Carbon monoxide poisoning | T58 | CO poisoning
Metachromatic leukodystrophy | E75.2 | MLD | rare
X-linked adrenoleukodystrophy | E71.3 | X-ALD; adrenoleukodystrophy | rare
MELAS syndrome | E88.4 | mitochondrial encephalomyopathy with lactic acidosis and stroke-like episodes | rare
## Neurodegeneration and CSF
Alzheimer disease | G30.9 | Alzheimer's disease; Alzheimer dementia
Frontotemporal dementia | G31.0 | FTD; Pick disease
Dementia with Lewy bodies | G31.8 | DLB; Lewy body dementia
Vascular dementia | F01.9 | multi-infarct dementia
Parkinson disease | G20 | Parkinson's disease
Progressive supranuclear palsy | G23.1 | PSP; Steele-Richardson-Olszewski syndrome | rare
Multiple system atrophy | G90.3 | MSA | rare
Huntington disease | G10 | Huntington's disease; Huntington chorea | rare
Motor neurone disease | G12.2 | MND; amyotrophic lateral sclerosis; ALS; Lou Gehrig disease | rare
Hydrocephalus | G91.9 | ventriculomegaly
Obstructive hydrocephalus | G91.1 | non-communicating hydrocephalus
Normal pressure hydrocephalus | G91.2 | NPH
Idiopathic intracranial hypertension | G93.2 | IIH; pseudotumour cerebri; benign intracranial hypertension | rare
Spontaneous intracranial hypotension | G96.0 | SIH; intracranial hypotension
Cerebrospinal fluid leak | G96.0 | CSF leak; CSF rhinorrhoea; CSF otorrhoea
Empty sella | E23.6 | empty sella syndrome; partially empty sella
Arachnoid cyst | G93.0 | leptomeningeal cyst
Intracranial epidermoid cyst | - | epidermoid tumour of the CNS | rare
Intracranial dermoid cyst | - | | rare
Intracranial lipoma | D17.7 | pericallosal lipoma | rare
Mesial temporal sclerosis | G93.8 | hippocampal sclerosis; MTS
## Malformations
Chiari I malformation | Q07.0 | Chiari malformation; tonsillar ectopia
Chiari II malformation | Q07.0 | Arnold-Chiari malformation | rare
Dandy-Walker malformation | Q03.1 | Dandy-Walker syndrome | rare
Focal cortical dysplasia | Q04.8 | FCD | rare
Polymicrogyria | Q04.3 | | rare
Lissencephaly | Q04.3 | agyria | rare
Grey matter heterotopia | Q04.8 | periventricular nodular heterotopia; heterotopia | rare
Agenesis of the corpus callosum | Q04.0 | callosal agenesis | rare
Schizencephaly | Q04.6 | | rare
Holoprosencephaly | Q04.2 | | rare
Septo-optic dysplasia | Q04.4 | de Morsier syndrome | rare
Tuberous sclerosis complex | Q85.1 | TSC; tuberous sclerosis; Bourneville disease | rare
Sturge-Weber syndrome | Q85.8 | encephalotrigeminal angiomatosis | rare
## Trauma, spine, orbit and cranial nerves
Traumatic brain injury | S06.9 | TBI; head injury
Diffuse axonal injury | S06.2 | DAI; traumatic axonal injury
Cerebral contusion | S06.3 | brain contusion
Skull fracture | S02.9 | skull vault fracture
Basal skull fracture | S02.1 | base of skull fracture
Cervical spine fracture | S12.9 | C-spine fracture; neck fracture
Spinal cord injury | T09.3 | SCI
Cauda equina syndrome | G83.4 | CES
Degenerative cervical myelopathy | M47.1 | cervical spondylotic myelopathy; CSM
Syringomyelia | G95.0 | syrinx
Transverse myelitis | G37.3 | acute transverse myelitis
Spinal dural arteriovenous fistula | G95.1 | SDAVF; Foix-Alajouanine syndrome | rare
Spinal cord infarction | G95.1 | spinal stroke | rare
Subacute combined degeneration of the cord | E53.8 | SACD; subacute combined degeneration | rare
Spinal epidural lipomatosis | - | epidural lipomatosis | rare
Trigeminal neuralgia | G50.0 | tic douloureux
Bell palsy | G51.0 | Bell's palsy; idiopathic facial nerve palsy
Optic neuritis | H46 | retrobulbar neuritis
Orbital cellulitis | H05.0 | postseptal cellulitis
Idiopathic orbital inflammation | H05.1 | orbital pseudotumour | rare
`);
