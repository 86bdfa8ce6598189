// Thoracic oncology MDT: lung cancer, pleura, thymus and mediastinum. Format: see table.ts.
import { table } from "./table";

export const THORACIC = table("thoracic", `
## Lung cancer
Lung cancer | C34.9 | lung carcinoma; bronchogenic carcinoma; bronchial carcinoma; carcinoma of the lung; primary lung cancer
Non-small cell lung cancer | C34.9 | NSCLC; non-small-cell lung carcinoma; non small cell lung cancer; non-small cell lung carcinoma
Lung adenocarcinoma | C34.9 | adenocarcinoma of the lung; pulmonary adenocarcinoma
Squamous cell carcinoma of the lung | C34.9 | lung squamous cell carcinoma; squamous cell lung cancer; squamous NSCLC
Small cell lung cancer | C34.9 | SCLC; small-cell lung carcinoma; oat cell carcinoma; small cell carcinoma of the lung
Limited-stage small cell lung cancer | C34.9 | LS-SCLC; limited stage SCLC
Extensive-stage small cell lung cancer | C34.9 | ES-SCLC; extensive stage SCLC
Large cell carcinoma of the lung | C34.9 | large cell lung cancer | rare
Large cell neuroendocrine carcinoma of the lung | C34.9 | LCNEC; pulmonary large cell neuroendocrine carcinoma | rare
Adenocarcinoma in situ of the lung | D02.2 | AIS of the lung; bronchioloalveolar carcinoma; BAC | rare
Minimally invasive adenocarcinoma of the lung | C34.9 | MIA of the lung
Invasive mucinous adenocarcinoma of the lung | C34.9 | mucinous adenocarcinoma of the lung; pneumonic-type adenocarcinoma | rare
Pulmonary enteric adenocarcinoma | C34.9 | enteric-type adenocarcinoma of the lung | rare
EGFR-mutant lung cancer | C34.9 | EGFR-positive NSCLC; EGFR mutated lung cancer; EGFR-mutant NSCLC
ALK-rearranged lung cancer | C34.9 | ALK-positive NSCLC; ALK-positive lung cancer | rare
ROS1-rearranged lung cancer | C34.9 | ROS1-positive NSCLC | rare
KRAS G12C-mutant lung cancer | C34.9 | KRAS G12C NSCLC
Locally advanced non-small cell lung cancer | C34.9 | stage III NSCLC; LA-NSCLC
Oligometastatic non-small cell lung cancer | C34.9 | oligometastatic NSCLC
Pancoast tumour | C34.1 | superior sulcus tumour; Pancoast syndrome
Sarcomatoid carcinoma of the lung | C34.9 | pulmonary sarcomatoid carcinoma; pleomorphic carcinoma of the lung | rare
Adenosquamous carcinoma of the lung | C34.9 | adenosquamous lung carcinoma | rare
Pulmonary blastoma | C34.9 | biphasic pulmonary blastoma | rare
Lymphoepithelial carcinoma of the lung | C34.9 | lymphoepithelioma-like carcinoma of the lung | rare
Mucoepidermoid carcinoma of the lung | C34.9 | bronchial mucoepidermoid carcinoma | rare
Adenoid cystic carcinoma of the lung | C34.9 | bronchial adenoid cystic carcinoma | rare
Typical carcinoid of the lung | C34.9 | bronchial carcinoid; pulmonary carcinoid tumour; lung carcinoid; typical pulmonary carcinoid | rare
Atypical carcinoid of the lung | C34.9 | atypical pulmonary carcinoid; atypical bronchial carcinoid | rare
Diffuse idiopathic pulmonary neuroendocrine cell hyperplasia | - | DIPNECH | rare
NUT carcinoma | - | NUT midline carcinoma; NUT-rearranged carcinoma | rare
SMARCA4-deficient undifferentiated thoracic tumour | - | SMARCA4-deficient thoracic sarcoma; SMARCA4-UT | rare
Synchronous primary lung cancers | C34.8 | multiple primary lung cancers; synchronous lung cancers
Recurrent lung cancer | C34.9 | lung cancer recurrence; relapsed lung cancer
## Nodules and spread
Solitary pulmonary nodule | R91 | SPN; lung nodule; pulmonary nodule; coin lesion
Ground-glass nodule | R91 | GGN; pure ground-glass nodule; ground-glass opacity nodule
Part-solid nodule | R91 | subsolid nodule; mixed ground-glass nodule; part solid pulmonary nodule
Multiple pulmonary nodules | R91 | multiple lung nodules
Pulmonary hamartoma | D14.3 | lung hamartoma; chondroid hamartoma of the lung
Sclerosing pneumocytoma | D14.3 | sclerosing haemangioma of the lung; pneumocytoma | rare
Lung metastases | C78.0 | pulmonary metastases; secondary lung cancer; metastases to the lung; cannonball metastases
Lymphangitis carcinomatosa | C78.0 | lymphangitic carcinomatosis; lymphangitic spread of tumour
Pleural metastases | C78.2 | secondary malignant neoplasm of the pleura; metastatic pleural disease
Malignant pleural effusion | J91 | MPE; malignant effusion
Malignant pericardial effusion | - | malignant pericardial disease; pericardial metastases
Mediastinal lymphadenopathy | R59.0 | enlarged mediastinal lymph nodes; mediastinal nodes
Superior vena cava obstruction | I87.1 | SVCO; SVC syndrome; superior vena cava syndrome
Malignant central airway obstruction | - | malignant airway obstruction; endobronchial tumour obstruction
Pulmonary tumour embolism | - | tumour emboli; pulmonary tumour thrombotic microangiopathy | rare
Cancer of unknown primary | C80.9 | CUP; carcinoma of unknown primary; metastatic malignancy of unknown primary; occult primary tumour
## Treatment effects and paraneoplastic
Radiation pneumonitis | J70.0 | radiation-induced lung injury; post-radiotherapy pneumonitis
Radiation fibrosis of the lung | J70.1 | post-radiation lung fibrosis; chronic radiation pneumonitis
Checkpoint inhibitor pneumonitis | J70.4 | immunotherapy pneumonitis; ICI pneumonitis; immune-related pneumonitis
Bronchopleural fistula | J86.0 | BPF
Post-pneumonectomy syndrome | J98.8 | | rare
Syndrome of inappropriate antidiuretic hormone secretion | E22.2 | SIADH; SIAD; syndrome of inappropriate ADH
Lambert-Eaton myasthenic syndrome | G73.1 | LEMS; Lambert-Eaton syndrome | rare
Paraneoplastic cerebellar degeneration | G13.1 | | rare
Ectopic ACTH syndrome | E24.3 | ectopic Cushing syndrome; ectopic adrenocorticotropic hormone syndrome | rare
## Pleura
Malignant pleural mesothelioma | C45.0 | pleural mesothelioma; mesothelioma; MPM; diffuse malignant mesothelioma | rare
Epithelioid mesothelioma | C45.0 | epithelioid pleural mesothelioma | rare
Sarcomatoid mesothelioma | C45.0 | sarcomatoid pleural mesothelioma | rare
Biphasic mesothelioma | C45.0 | mixed-type mesothelioma | rare
Mesothelioma in situ | - | | rare
Solitary fibrous tumour of the pleura | - | localised fibrous tumour of the pleura; SFTP; fibrous mesothelioma | rare
## Thymus and mediastinum
Thymoma | C37 | thymic epithelial tumour; type A thymoma; type AB thymoma; type B thymoma | rare
Thymic carcinoma | C37 | thymic squamous cell carcinoma | rare
Thymic neuroendocrine tumour | C37 | thymic carcinoid | rare
Thymic hyperplasia | E32.0 | rebound thymic hyperplasia; thymic rebound; true thymic hyperplasia
Thymic cyst | E32.8 | | rare
Thymolipoma | D15.0 | | rare
Myasthenia gravis | G70.0 | MG; thymoma-associated myasthenia gravis | rare
Good syndrome | D83.8 | thymoma with immunodeficiency | rare
Mediastinal germ cell tumour | C38.3 | primary mediastinal germ cell tumour; mediastinal non-seminomatous germ cell tumour | rare
Mediastinal seminoma | C38.3 | primary mediastinal seminoma | rare
Mediastinal teratoma | D15.2 | mature teratoma of the mediastinum | rare
Bronchogenic cyst | Q33.0 | foregut duplication cyst; bronchial cyst | rare
Pericardial cyst | Q24.8 | springwater cyst; mesothelial cyst of the pericardium | rare
Posterior mediastinal neurogenic tumour | D36.1 | neurogenic tumour of the mediastinum; paravertebral schwannoma | rare
Mediastinal lymphangioma | D18.1 | cystic lymphangioma of the mediastinum | rare
Fibrosing mediastinitis | J98.5 | sclerosing mediastinitis | rare
Acute mediastinitis | J98.5 | descending necrotising mediastinitis; post-sternotomy mediastinitis
Tracheal tumour | C33 | tracheal cancer; tracheal carcinoma | rare
Adenoid cystic carcinoma of the trachea | C33 | tracheal adenoid cystic carcinoma | rare
Pulmonary MALT lymphoma | C88.4 | BALT lymphoma; bronchus-associated lymphoid tissue lymphoma; pulmonary marginal zone lymphoma | rare
Chest wall metastasis | C79.8 | metastasis to the chest wall | rare
`);
