// Head and neck MDT: oral cavity, pharynx, larynx, sinonasal and skull base, salivary glands,
// thyroid and parathyroid, neck, ear and jaws. Format: see table.ts.
import { table } from "./table";

export const HEAD_AND_NECK = table("head-and-neck", `
## Oral cavity and oropharynx
Head and neck squamous cell carcinoma | C76.0 | HNSCC; head and neck cancer; squamous cell carcinoma of the head and neck
Oral cavity cancer | C06.9 | mouth cancer; oral cancer; oral squamous cell carcinoma | rare
Oral tongue cancer | C02.9 | carcinoma of the tongue; tongue cancer | rare
Floor of mouth cancer | C04.9 | carcinoma of the floor of the mouth | rare
Buccal mucosa cancer | C06.0 | cheek cancer; buccal carcinoma | rare
Gingival cancer | C03.9 | carcinoma of the gum; alveolar ridge cancer | rare
Lip cancer | C00.9 | carcinoma of the lip | rare
Hard palate cancer | C05.0 | carcinoma of the hard palate | rare
Retromolar trigone cancer | C06.2 | | rare
Oral leukoplakia | K13.2 | leukoplakia
Oral erythroplakia | K13.2 | erythroplakia
Oral lichen planus | L43.8 | lichen planus of the mouth
Oropharyngeal cancer | C10.9 | oropharyngeal squamous cell carcinoma; OPSCC | rare
HPV-positive oropharyngeal cancer | C10.9 | HPV-associated oropharyngeal carcinoma; p16-positive oropharyngeal cancer | rare
Tonsil cancer | C09.9 | tonsillar carcinoma; carcinoma of the tonsil | rare
Base of tongue cancer | C01 | tongue base carcinoma | rare
Soft palate cancer | C05.1 | | rare
## Larynx, hypopharynx and nasopharynx
Laryngeal cancer | C32.9 | carcinoma of the larynx; laryngeal squamous cell carcinoma | rare
Glottic cancer | C32.0 | vocal cord cancer; glottic carcinoma | rare
Supraglottic cancer | C32.1 | supraglottic carcinoma | rare
Subglottic cancer | C32.2 | subglottic carcinoma | rare
Hypopharyngeal cancer | C13.9 | hypopharyngeal carcinoma | rare
Pyriform sinus cancer | C12 | piriform fossa carcinoma; pyriform sinus carcinoma | rare
Nasopharyngeal carcinoma | C11.9 | NPC; nasopharyngeal cancer | rare
Laryngeal dysplasia | J38.7 | laryngeal leukoplakia
Recurrent respiratory papillomatosis | D14.1 | laryngeal papillomatosis; RRP | rare
Vocal cord nodules | J38.2 | singer's nodules; vocal fold nodules
Vocal cord polyp | J38.1 | vocal fold polyp
Vocal cord paralysis | J38.0 | vocal fold palsy; recurrent laryngeal nerve palsy
Reinke oedema | J38.4 | Reinke's oedema; polypoid corditis
Subglottic stenosis | J38.6 | laryngeal stenosis
Laryngocele | J38.7 | | rare
Epiglottitis | J05.1 | supraglottitis
## Nose, sinuses and skull base
Sinonasal squamous cell carcinoma | C31.9 | sinonasal carcinoma; paranasal sinus cancer | rare
Sinonasal adenocarcinoma | C30.0 | intestinal-type adenocarcinoma of the nose; woodworker's adenocarcinoma | rare
Sinonasal undifferentiated carcinoma | C31.9 | SNUC | rare
Olfactory neuroblastoma | C30.0 | aesthesioneuroblastoma | rare
Sinonasal mucosal melanoma | C30.0 | mucosal melanoma of the nose | rare
Sinonasal inverted papilloma | D14.0 | inverted papilloma; Schneiderian papilloma
Juvenile nasopharyngeal angiofibroma | D10.6 | JNA; nasopharyngeal angiofibroma | rare
Nasal polyps | J33.9 | nasal polyposis; chronic rhinosinusitis with nasal polyps
Antrochoanal polyp | J33.8 | Killian polyp
Chronic rhinosinusitis | J32.9 | chronic sinusitis
Acute sinusitis | J01.9 | acute rhinosinusitis
Paranasal sinus mucocele | J34.1 | sinus mucocele; frontal sinus mucocele
Allergic fungal rhinosinusitis | B44.8 | allergic fungal sinusitis; AFRS
Rhino-orbital-cerebral mucormycosis | B46.1 | rhinocerebral mucormycosis; acute invasive fungal sinusitis | rare
Malignant otitis externa | H60.2 | necrotising otitis externa; skull base osteomyelitis
Cholesteatoma | H71 | middle ear cholesteatoma; acquired cholesteatoma
Otosclerosis | H80.9 | otospongiosis
## Salivary glands
Pleomorphic adenoma | D11.0 | benign mixed tumour; parotid pleomorphic adenoma
Warthin tumour | D11.0 | Warthin's tumour; adenolymphoma; papillary cystadenoma lymphomatosum
Basal cell adenoma | D11.9 | salivary basal cell adenoma | rare
Parotid cancer | C07 | parotid gland carcinoma; parotid malignancy; salivary gland cancer | rare
Mucoepidermoid carcinoma of the salivary gland | C08.9 | salivary mucoepidermoid carcinoma | rare
Adenoid cystic carcinoma of the salivary gland | C08.9 | salivary adenoid cystic carcinoma | rare
Acinic cell carcinoma | C07 | parotid acinic cell carcinoma | rare
Salivary duct carcinoma | C07 | | rare
Carcinoma ex pleomorphic adenoma | C07 | | rare
Secretory carcinoma of the salivary gland | C08.9 | mammary analogue secretory carcinoma; MASC | rare
Sialolithiasis | K11.5 | salivary stone; salivary calculus; submandibular stone
Sialadenitis | K11.2 | salivary gland infection; parotitis
IgG4-related sialadenitis | K11.2 | Küttner tumour; chronic sclerosing sialadenitis; Mikulicz disease | rare
Sjögren syndrome | M35.0 | Sjögren's syndrome; sicca syndrome
Ranula | K11.6 | plunging ranula
Lymphoepithelial cyst of the parotid | K11.6 | HIV-associated lymphoepithelial cysts | rare
## Thyroid and parathyroid
Thyroid cancer | C73 | thyroid carcinoma; differentiated thyroid cancer; DTC
Papillary thyroid carcinoma | C73 | PTC; papillary thyroid cancer
Papillary thyroid microcarcinoma | C73 | papillary microcarcinoma
Follicular thyroid carcinoma | C73 | FTC; follicular thyroid cancer | rare
Oncocytic carcinoma of the thyroid | C73 | Hürthle cell carcinoma | rare
Medullary thyroid carcinoma | C73 | MTC; medullary thyroid cancer | rare
Anaplastic thyroid carcinoma | C73 | ATC; undifferentiated thyroid carcinoma | rare
Poorly differentiated thyroid carcinoma | C73 | insular carcinoma | rare
Non-invasive follicular thyroid neoplasm with papillary-like nuclear features | D34 | NIFTP | rare
Follicular adenoma of the thyroid | D34 | thyroid adenoma
Primary thyroid lymphoma | C85.9 | thyroid lymphoma | rare
Thyroid nodule | E04.1 | solitary thyroid nodule; nontoxic single thyroid nodule
Multinodular goitre | E04.2 | MNG; nodular goitre
Retrosternal goitre | E04.9 | substernal goitre; intrathoracic goitre
Toxic multinodular goitre | E05.2 | Plummer disease
Graves disease | E05.0 | Graves' disease; diffuse toxic goitre; Basedow disease
Thyroid eye disease | H06.2 | Graves orbitopathy; Graves ophthalmopathy; TED; thyroid-associated orbitopathy
Hashimoto thyroiditis | E06.3 | Hashimoto's thyroiditis; chronic lymphocytic thyroiditis; autoimmune thyroiditis
Subacute thyroiditis | E06.1 | de Quervain thyroiditis; granulomatous thyroiditis
Riedel thyroiditis | E06.5 | Riedel's thyroiditis | rare
Thyroglossal duct cyst | Q89.2 | thyroglossal cyst
Lingual thyroid | Q89.2 | ectopic thyroid | rare
Parathyroid adenoma | D35.1 | adenoma of the parathyroid
Parathyroid carcinoma | C75.0 | parathyroid cancer | rare
Multiple endocrine neoplasia type 1 | D44.8 | MEN1; Wermer syndrome | rare
Multiple endocrine neoplasia type 2 | D44.8 | MEN2; MEN2A; MEN2B; Sipple syndrome | rare
## Neck and jaws
Cervical lymphadenopathy | R59.0 | neck lymphadenopathy; enlarged neck nodes
Squamous cell carcinoma of unknown primary in the neck | C77.0 | head and neck cancer of unknown primary; occult primary of the head and neck
Branchial cleft cyst | Q18.0 | branchial cyst; second branchial cleft cyst
Carotid body tumour | D44.6 | carotid body paraganglioma; chemodectoma | rare
Jugulotympanic paraganglioma | D44.7 | glomus jugulare tumour; glomus tympanicum tumour | rare
Vagal paraganglioma | D44.7 | glomus vagale | rare
Deep neck space infection | J39.0 | retropharyngeal abscess; parapharyngeal abscess
Peritonsillar abscess | J36 | quinsy
Ludwig angina | K12.2 | Ludwig's angina
Lemierre syndrome | I80.8 | Lemierre's syndrome; postanginal septicaemia | rare
Osteoradionecrosis of the jaw | M27.2 | ORN of the mandible; radiation osteonecrosis of the mandible
Medication-related osteonecrosis of the jaw | M87.1 | MRONJ; bisphosphonate-related osteonecrosis of the jaw; BRONJ
Ameloblastoma | D16.5 | ameloblastoma of the jaw | rare
Odontogenic keratocyst | K09.0 | keratocystic odontogenic tumour; KCOT
Dentigerous cyst | K09.0 | follicular cyst of the jaw
Radicular cyst | K04.8 | periapical cyst
Ossifying fibroma | D16.4 | cemento-ossifying fibroma | rare
`);
