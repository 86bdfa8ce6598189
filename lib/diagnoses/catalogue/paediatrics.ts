// Paediatrics (paediatric oncology and paediatric radiology) MDT: solid tumours of childhood,
// neonatal and gastrointestinal, chest, renal, cardiac, neuro and skeletal conditions, safeguarding.
// Childhood brain tumours are under neuro-oncology. Format: see table.ts.
import { table } from "./table";

export const PAEDIATRICS = table("paediatrics", `
## Solid tumours of childhood
Neuroblastoma | C74.9 | | rare
Ganglioneuroblastoma | C74.9 | | rare
Ganglioneuroma | D36.1 | | rare
Wilms tumour | C64 | nephroblastoma | rare
Nephroblastomatosis | D41.0 | nephrogenic rests | rare
Congenital mesoblastic nephroma | D41.0 | mesoblastic nephroma | rare
Clear cell sarcoma of the kidney | C64 | | rare
Malignant rhabdoid tumour of the kidney | C64 | rhabdoid tumour of the kidney | rare
Hepatoblastoma | C22.2 | | rare
Retinoblastoma | C69.2 | | rare
Pancreatoblastoma | C25.9 | | rare
Pleuropulmonary blastoma | C34.9 | PPB | rare
Sacrococcygeal teratoma | - | SCT | rare
Yolk sac tumour | C62.9 | endodermal sinus tumour | rare
Infantile haemangioma | D18.0 | strawberry naevus; haemangioma of infancy
Congenital haemangioma | D18.0 | RICH; NICH | rare
Kaposiform haemangioendothelioma | D18.0 | KHE; Kasabach-Merritt phenomenon | rare
Lymphatic malformation | D18.1 | cystic hygroma; lymphangioma
Venous malformation | Q27.8 | venous vascular malformation
Juvenile xanthogranuloma | D76.3 | JXG | rare
Infantile myofibromatosis | D48.1 | | rare
## Neonatal and gastrointestinal
Infantile hypertrophic pyloric stenosis | Q40.0 | pyloric stenosis; IHPS; hypertrophic pyloric stenosis
Intussusception | K56.1 | ileocolic intussusception
Intestinal malrotation | Q43.3 | malrotation; midgut volvulus; malrotation with volvulus
Necrotising enterocolitis | P77 | NEC
Hirschsprung disease | Q43.1 | Hirschsprung's disease; congenital aganglionic megacolon | rare
Meckel diverticulum | Q43.0 | Meckel's diverticulum
Duodenal atresia | Q41.0 | double bubble sign | rare
Jejunoileal atresia | Q41.1 | jejunal atresia; small bowel atresia | rare
Oesophageal atresia | Q39.1 | oesophageal atresia with tracheo-oesophageal fistula; tracheo-oesophageal fistula | rare
Anorectal malformation | Q42.3 | imperforate anus | rare
Meconium ileus | P75 | meconium obstruction
Gastroschisis | Q79.3 | laparoschisis | rare
Exomphalos | Q79.2 | omphalocele | rare
Congenital diaphragmatic hernia | Q79.0 | Bochdalek hernia; Morgagni hernia | rare
Biliary atresia | Q44.2 | extrahepatic biliary atresia | rare
Neonatal jaundice | P59.9 | neonatal hyperbilirubinaemia
Mesenteric adenitis | I88.0 | mesenteric lymphadenitis
Henoch-Schönlein purpura | D69.0 | HSP; IgA vasculitis
Kawasaki disease | M30.3 | mucocutaneous lymph node syndrome | rare
Multisystem inflammatory syndrome in children | U10.9 | MIS-C; PIMS-TS | rare
## Chest and heart
Bronchopulmonary sequestration | Q33.2 | pulmonary sequestration; intralobar sequestration; extralobar sequestration
Congenital pulmonary airway malformation | Q33.0 | CPAM; congenital cystic adenomatoid malformation; CCAM | rare
Congenital lobar overinflation | Q33.8 | congenital lobar emphysema | rare
Respiratory distress syndrome of the newborn | P22.0 | hyaline membrane disease; surfactant deficiency disorder; neonatal RDS
Transient tachypnoea of the newborn | P22.1 | TTN; wet lung of the newborn
Meconium aspiration syndrome | P24.0 | meconium aspiration
Bronchopulmonary dysplasia | P27.1 | BPD; chronic lung disease of prematurity
Bronchiolitis | J21.9 | acute bronchiolitis; RSV bronchiolitis
Croup | J05.0 | laryngotracheobronchitis; acute obstructive laryngitis
Round pneumonia | J18.9 | spherical pneumonia
Tetralogy of Fallot | Q21.3 | TOF; Fallot tetralogy | rare
Transposition of the great arteries | Q20.3 | TGA; transposition of the great vessels | rare
Coarctation of the aorta | Q25.1 | aortic coarctation; CoA | rare
Ventricular septal defect | Q21.0 | VSD
Atrial septal defect | Q21.1 | ASD
Patent ductus arteriosus | Q25.0 | PDA
Hypoplastic left heart syndrome | Q23.4 | HLHS | rare
## Renal and genital
Vesicoureteric reflux | N13.7 | VUR; vesicoureteral reflux
Posterior urethral valves | Q64.2 | PUV | rare
Multicystic dysplastic kidney | Q61.4 | MCDK
Autosomal recessive polycystic kidney disease | Q61.1 | ARPKD; infantile polycystic kidney disease | rare
Antenatal hydronephrosis | - | fetal pyelectasis; antenatal renal pelvic dilatation
Undescended testis | Q53.9 | cryptorchidism; maldescended testis
Congenital adrenal hyperplasia | E25.0 | CAH | rare
## Neuro and neonatal brain
Germinal matrix haemorrhage | P52.3 | germinal matrix-intraventricular haemorrhage; intraventricular haemorrhage of prematurity
Periventricular leukomalacia | P91.2 | PVL
Hypoxic-ischaemic encephalopathy | P91.6 | HIE; neonatal hypoxic-ischaemic encephalopathy
Myelomeningocele | Q05.9 | spina bifida; meningomyelocele; open spinal dysraphism
Tethered cord syndrome | Q06.8 | tethered spinal cord
Craniosynostosis | Q75.0 | premature suture fusion
Cerebral palsy | G80.9 | CP
Down syndrome | Q90.9 | trisomy 21
Turner syndrome | Q96.9 | monosomy X | rare
Achondroplasia | Q77.4 | | rare
## Skeletal and safeguarding
Non-accidental injury | T74.1 | NAI; child physical abuse; inflicted injury
Abusive head trauma | T74.1 | shaken baby syndrome; AHT; inflicted traumatic brain injury
Classic metaphyseal lesion | - | corner fracture; bucket-handle fracture
Toddler fracture | S82.2 | toddler's fracture
Supracondylar fracture of the humerus | S42.4 | supracondylar humeral fracture
Salter-Harris fracture | - | physeal fracture; growth plate fracture
Buckle fracture | - | torus fracture
Greenstick fracture | - | incomplete fracture
`);
