// Chest radiology: vascular, infection, airways, interstitial lung disease, pleura, heart. Format: see table.ts.
import { table } from "./table";

export const CHEST = table("chest", `
## Vascular
Pulmonary embolism | I26.9 | PE; pulmonary thromboembolism; pulmonary embolus; lung embolism; acute pulmonary embolism
Massive pulmonary embolism | I26.0 | high-risk pulmonary embolism; saddle pulmonary embolus; saddle embolus; pulmonary embolism with acute cor pulmonale
Chronic thromboembolic pulmonary hypertension | I27.2 | CTEPH | rare
Pulmonary arterial hypertension | I27.0 | PAH; idiopathic pulmonary arterial hypertension; primary pulmonary hypertension | rare
Pulmonary hypertension | I27.9 | PH; pulmonary HTN
Pulmonary infarction | I26.9 | pulmonary infarct; lung infarct
Septic pulmonary emboli | I26.9 | septic emboli; septic lung emboli
Fat embolism syndrome | T79.1 | fat embolism | rare
Air embolism | T79.0 | venous air embolism; gas embolism
Pulmonary arteriovenous malformation | I28.0 | PAVM; pulmonary AVM; pulmonary arteriovenous fistula
Aortic dissection | I71.0 | dissecting aortic aneurysm; Stanford type A dissection; Stanford type B dissection; thoracic aortic dissection
Intramural haematoma of the aorta | I71.0 | aortic intramural haematoma; IMH
Penetrating atherosclerotic ulcer | I71.0 | PAU; penetrating aortic ulcer
Thoracic aortic aneurysm | I71.2 | TAA
Traumatic aortic injury | S25.0 | blunt aortic injury; aortic transection; traumatic aortic rupture
Pulmonary oedema | J81 | lung oedema; cardiogenic pulmonary oedema; pulmonary congestion
Acute respiratory distress syndrome | J80 | ARDS; adult respiratory distress syndrome
Diffuse alveolar haemorrhage | R04.8 | DAH; pulmonary haemorrhage; alveolar haemorrhage
## Infection
Pneumonia | J18.9 | community-acquired pneumonia; CAP; chest infection; lower respiratory tract infection; LRTI
Lobar pneumonia | J18.1 | lobar consolidation
Bronchopneumonia | J18.0 | lobular pneumonia
Hospital-acquired pneumonia | - | HAP; nosocomial pneumonia; ventilator-associated pneumonia; VAP
Aspiration pneumonia | J69.0 | aspiration pneumonitis; inhalation pneumonia
Pneumococcal pneumonia | J13 | Streptococcus pneumoniae pneumonia
Staphylococcal pneumonia | J15.2 | Staphylococcus aureus pneumonia
Klebsiella pneumonia | J15.0 | Friedländer pneumonia
Pseudomonas pneumonia | J15.1 | Pseudomonas aeruginosa pneumonia
Mycoplasma pneumonia | J15.7 | Mycoplasma pneumoniae pneumonia; atypical pneumonia
Legionnaires disease | A48.1 | Legionnaires' disease; Legionella pneumonia; legionellosis
Viral pneumonia | J12.9 | viral pneumonitis
COVID-19 pneumonia | U07.1 | SARS-CoV-2 pneumonia; COVID pneumonia; coronavirus disease 2019 pneumonia
Influenza pneumonia | J11.0 | flu pneumonia
Pneumocystis pneumonia | B59 | PCP; PJP; Pneumocystis jirovecii pneumonia; Pneumocystis carinii pneumonia
Lung abscess | J85.2 | pulmonary abscess
Empyema | J86.9 | pleural empyema; thoracic empyema; pyothorax
Parapneumonic effusion | J91 | complicated parapneumonic effusion
Pulmonary tuberculosis | A16.2 | TB; tuberculosis of the lung; pulmonary TB; post-primary tuberculosis
Miliary tuberculosis | A19.9 | miliary TB
Tuberculous pleural effusion | A16.5 | tuberculous pleurisy
Non-tuberculous mycobacterial lung disease | A31.0 | NTM lung disease; Mycobacterium avium complex lung disease; MAC lung disease; Lady Windermere syndrome
Aspergilloma | B44.1 | fungus ball; pulmonary mycetoma
Invasive pulmonary aspergillosis | B44.0 | IPA; angioinvasive aspergillosis
Chronic pulmonary aspergillosis | B44.1 | CPA; chronic cavitary pulmonary aspergillosis
Allergic bronchopulmonary aspergillosis | B44.8 | ABPA
Pulmonary mucormycosis | B46.0 | pulmonary zygomycosis | rare
Histoplasmosis | B39.9 | pulmonary histoplasmosis | rare
Pulmonary nocardiosis | A43.0 | nocardiosis | rare
Thoracic actinomycosis | A42.0 | pulmonary actinomycosis | rare
Hydatid cyst of the lung | B67.1 | pulmonary echinococcosis; pulmonary hydatid disease | rare
## Airways
Chronic obstructive pulmonary disease | J44.9 | COPD; chronic obstructive airways disease; COAD
Emphysema | J43.9 | pulmonary emphysema; centrilobular emphysema; panlobular emphysema
Giant bullous emphysema | J43.9 | vanishing lung syndrome; giant bulla | rare
Bronchiectasis | J47 | non-cystic fibrosis bronchiectasis
Cystic fibrosis | E84.9 | CF; mucoviscidosis | rare
Asthma | J45.9 | bronchial asthma
Bronchiolitis obliterans | J44.8 | obliterative bronchiolitis; constrictive bronchiolitis; bronchiolitis obliterans syndrome | rare
Tracheobronchomalacia | J98.0 | tracheomalacia; excessive dynamic airway collapse
Tracheal stenosis | J39.8 | post-intubation tracheal stenosis
Primary ciliary dyskinesia | Q34.8 | PCD; Kartagener syndrome; immotile cilia syndrome | rare
Alpha-1 antitrypsin deficiency | E88.0 | AATD; A1AT deficiency | rare
Foreign body aspiration | T17.9 | inhaled foreign body; aspirated foreign body
Relapsing polychondritis | M94.1 | | rare
Mounier-Kuhn syndrome | Q32.4 | tracheobronchomegaly | rare
## Interstitial lung disease
Interstitial lung disease | J84.9 | ILD; diffuse parenchymal lung disease; DPLD
Idiopathic pulmonary fibrosis | J84.1 | IPF; cryptogenic fibrosing alveolitis; usual interstitial pneumonia; UIP | rare
Non-specific interstitial pneumonia | J84.1 | NSIP; nonspecific interstitial pneumonia
Hypersensitivity pneumonitis | J67.9 | HP; extrinsic allergic alveolitis; EAA; bird fancier's lung; farmer's lung
Organising pneumonia | J84.1 | cryptogenic organising pneumonia; COP; BOOP; bronchiolitis obliterans organising pneumonia
Respiratory bronchiolitis-interstitial lung disease | J84.1 | RB-ILD; respiratory bronchiolitis
Desquamative interstitial pneumonia | J84.1 | DIP | rare
Lymphocytic interstitial pneumonia | J84.1 | LIP | rare
Acute interstitial pneumonia | J84.1 | Hamman-Rich syndrome | rare
Pleuroparenchymal fibroelastosis | J84.1 | PPFE | rare
Combined pulmonary fibrosis and emphysema | J84.1 | CPFE | rare
Interstitial lung abnormalities | - | ILA
Pulmonary sarcoidosis | D86.0 | sarcoidosis of the lung; thoracic sarcoidosis; sarcoidosis
Löfgren syndrome | D86.8 | acute sarcoidosis | rare
Connective tissue disease-associated interstitial lung disease | J84.1 | CTD-ILD; rheumatoid lung; scleroderma lung disease
Asbestosis | J61 | asbestos-related pulmonary fibrosis
Silicosis | J62.8 | silicotic nodules
Coal workers' pneumoconiosis | J60 | CWP; black lung; anthracosis
Pulmonary alveolar proteinosis | J84.0 | PAP; alveolar proteinosis | rare
Lymphangioleiomyomatosis | J84.8 | LAM; pulmonary lymphangioleiomyomatosis | rare
Pulmonary Langerhans cell histiocytosis | - | PLCH; smoker's histiocytosis | rare
Eosinophilic pneumonia | J82 | chronic eosinophilic pneumonia; Löffler syndrome; pulmonary eosinophilia
Drug-induced interstitial lung disease | J70.4 | drug-induced pneumonitis; amiodarone lung; methotrexate pneumonitis
Granulomatosis with polyangiitis | M31.3 | GPA; Wegener granulomatosis; Wegener's granulomatosis | rare
Eosinophilic granulomatosis with polyangiitis | M30.1 | EGPA; Churg-Strauss syndrome | rare
Anti-glomerular basement membrane disease | M31.0 | Goodpasture syndrome; anti-GBM disease | rare
## Pleura, chest wall and diaphragm
Pleural effusion | J90 | hydrothorax; pleural fluid
Pleurisy | R09.1 | pleuritis
Pneumothorax | J93.9 | collapsed lung
Primary spontaneous pneumothorax | J93.1 | spontaneous pneumothorax
Tension pneumothorax | J93.0 | tension PTX
Haemothorax | J94.2 | haemopneumothorax
Chylothorax | J94.0 | chylous effusion
Pleural plaques | J92.0 | asbestos-related pleural plaques; calcified pleural plaques
Diffuse pleural thickening | J92.9 | DPT; pleural fibrosis
Rounded atelectasis | J98.1 | folded lung; Blesovsky syndrome
Atelectasis | J98.1 | lung collapse; lobar collapse
Pneumomediastinum | J98.2 | mediastinal emphysema
Rib fracture | S22.3 | fractured rib; broken rib
Flail chest | S22.5 | flail segment
Pulmonary contusion | S27.3 | lung contusion
Traumatic diaphragmatic rupture | S27.8 | traumatic diaphragmatic hernia; diaphragmatic injury
Diaphragmatic paralysis | J98.6 | diaphragmatic palsy; phrenic nerve palsy
Eventration of the diaphragm | Q79.1 | diaphragmatic eventration
Pectus excavatum | Q67.6 | funnel chest
Pectus carinatum | Q67.7 | pigeon chest
## Heart and pericardium
Pericardial effusion | I31.3 | pericardial fluid
Cardiac tamponade | I31.9 | pericardial tamponade
Acute pericarditis | I30.9 | pericarditis
Constrictive pericarditis | I31.1 | pericardial constriction
Cardiomegaly | I51.7 | enlarged heart
Dilated cardiomyopathy | I42.0 | DCM; congestive cardiomyopathy
Hypertrophic cardiomyopathy | I42.2 | HCM
Cardiac amyloidosis | E85.4 | amyloid cardiomyopathy; ATTR cardiomyopathy | rare
Cardiac sarcoidosis | D86.8 | | rare
Myocarditis | I51.4 | acute myocarditis
Cardiac myxoma | D15.1 | atrial myxoma; left atrial myxoma | rare
Left ventricular thrombus | I51.3 | LV thrombus; intracardiac thrombus
Aortic stenosis | I35.0 | aortic valve stenosis
Heart failure | I50.9 | cardiac failure; congestive cardiac failure; CCF
`);
