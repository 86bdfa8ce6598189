// Abdominal radiology: the acute abdomen, bowel, vessels, hernias, peritoneum, spleen and trauma.
// Organ tumours are under their own MDTs (hepatobiliary, colorectal, urology...). Format: see table.ts.
import { table } from "./table";

export const ABDOMINAL = table("abdominal", `
## Acute abdomen
Appendicitis | K35.8 | acute appendicitis
Perforated appendicitis | K35.3 | appendiceal perforation; ruptured appendix
Appendiceal abscess | K35.3 | appendix mass; appendiceal phlegmon
Small bowel obstruction | K56.6 | SBO; intestinal obstruction
Adhesional small bowel obstruction | K56.5 | adhesive small bowel obstruction; adhesions with obstruction
Closed-loop obstruction | K56.6 | closed loop bowel obstruction
Large bowel obstruction | K56.6 | LBO
Sigmoid volvulus | K56.2 | volvulus of the sigmoid colon
Caecal volvulus | K56.2 | volvulus of the caecum
Colonic pseudo-obstruction | K59.8 | Ogilvie syndrome; acute colonic pseudo-obstruction
Paralytic ileus | K56.0 | ileus; adynamic ileus
Diverticular disease | K57.3 | diverticulosis; colonic diverticulosis
Diverticulitis | K57.3 | acute diverticulitis; sigmoid diverticulitis
Complicated diverticulitis | K57.2 | perforated diverticulitis; diverticular abscess
Gastrointestinal perforation | K63.1 | perforated viscus; bowel perforation
Pneumoperitoneum | K66.8 | free intraperitoneal air; free air
Peritonitis | K65.9 | generalised peritonitis
Intra-abdominal abscess | K65.0 | abdominal abscess; pelvic abscess; subphrenic abscess
Psoas abscess | K68.1 | iliopsoas abscess
Epiploic appendagitis | K65.8 | epiploic appendicitis; appendagitis
Omental infarction | K65.8 | segmental omental infarction | rare
Sclerosing mesenteritis | K65.4 | mesenteric panniculitis; misty mesentery
Gastroenteritis | A09 | infective gastroenteritis
Neutropenic enterocolitis | - | typhlitis
Stercoral colitis | - | stercoral ulcer | rare
Radiation enteritis | K52.0 | radiation enteropathy
Eosinophilic gastroenteritis | K52.8 | | rare
Pneumatosis intestinalis | K63.8 | intestinal pneumatosis; pneumatosis cystoides intestinalis
Portal venous gas | - | hepatic portal venous gas
Foreign body ingestion | T18.9 | swallowed foreign body; ingested foreign body
Lower gastrointestinal bleeding | K92.2 | lower GI bleed; LGIB
Abdominal tuberculosis | A18.3 | tuberculous peritonitis; intestinal tuberculosis | rare
Intestinal lymphangiectasia | K90.4 | Waldmann disease | rare
Chylous ascites | I89.8 | chyloperitoneum | rare
## Vascular
Acute mesenteric ischaemia | K55.0 | mesenteric ischaemia; acute intestinal ischaemia; mesenteric infarction
Mesenteric venous thrombosis | K55.0 | superior mesenteric vein thrombosis
Non-occlusive mesenteric ischaemia | K55.0 | NOMI
Chronic mesenteric ischaemia | K55.1 | intestinal angina
Ischaemic colitis | K55.9 | colonic ischaemia
Median arcuate ligament syndrome | I77.4 | coeliac artery compression syndrome; Dunbar syndrome; MALS | rare
Abdominal aortic aneurysm | I71.4 | AAA
Ruptured abdominal aortic aneurysm | I71.3 | ruptured AAA
Aortoenteric fistula | I77.2 | | rare
Splenic artery aneurysm | I72.8 | | rare
Nutcracker syndrome | N28.8 | left renal vein entrapment | rare
## Hernias
Inguinal hernia | K40.9 | groin hernia
Femoral hernia | K41.9 | femoral canal hernia
Umbilical hernia | K42.9 | paraumbilical hernia
Incisional hernia | K43.2 | ventral incisional hernia
Spigelian hernia | K43.6 | | rare
Obturator hernia | K45.8 | | rare
Internal hernia | K45.8 | paraduodenal hernia; transmesenteric hernia
## Spleen, peritoneum and retroperitoneum
Splenic infarct | D73.5 | splenic infarction
Splenic cyst | D73.4 | epidermoid cyst of the spleen
Splenic haemangioma | D18.0 | haemangioma of the spleen
Accessory spleen | Q89.0 | splenule; splenunculus
Splenosis | D73.8 | | rare
Wandering spleen | Q89.0 | ectopic spleen | rare
Mesenteric cyst | K66.8 | | rare
Retroperitoneal lymphadenopathy | R59.0 | para-aortic lymphadenopathy
Lymphocele | I89.8 | lymphocoele
## Trauma
Splenic injury | S36.0 | splenic laceration; ruptured spleen
Liver injury | S36.1 | liver laceration; hepatic injury
Bowel and mesenteric injury | S36.9 | traumatic bowel injury; mesenteric injury
Retroperitoneal haemorrhage | K66.1 | retroperitoneal haematoma
Rectus sheath haematoma | S30.1 | rectus sheath haemorrhage
Pancreatic injury | S36.2 | pancreatic trauma; pancreatic transection
`);
