// Upper GI MDT: oesophagus, stomach, duodenum and small bowel, neuroendocrine tumours, bariatric
// surgery. Format: see table.ts.
import { table } from "./table";

export const UPPER_GI = table("upper-gi", `
## Oesophagus
Oesophageal cancer | C15.9 | oesophageal carcinoma; cancer of the oesophagus; carcinoma of the oesophagus
Oesophageal adenocarcinoma | C15.9 | adenocarcinoma of the oesophagus; OAC | rare
Oesophageal squamous cell carcinoma | C15.9 | squamous cell carcinoma of the oesophagus; ESCC | rare
Gastro-oesophageal junction adenocarcinoma | C16.0 | GOJ cancer; OGJ adenocarcinoma; GEJ cancer; junctional adenocarcinoma; cardia cancer; Siewert tumour
Barrett oesophagus | K22.7 | Barrett's oesophagus; columnar-lined oesophagus
Barrett oesophagus with dysplasia | K22.7 | Barrett's with high-grade dysplasia; Barrett's with low-grade dysplasia; dysplastic Barrett's oesophagus
Achalasia | K22.0 | achalasia cardia; oesophageal achalasia | rare
Distal oesophageal spasm | K22.4 | diffuse oesophageal spasm; nutcracker oesophagus; jackhammer oesophagus
Eosinophilic oesophagitis | K20 | EoE
Reflux oesophagitis | K21.0 | erosive oesophagitis; GORD with oesophagitis
Gastro-oesophageal reflux disease | K21.9 | GORD; GERD; acid reflux; reflux disease
Hiatus hernia | K44.9 | hiatal hernia; sliding hiatus hernia
Para-oesophageal hernia | K44.9 | rolling hiatus hernia; intrathoracic stomach
Oesophageal stricture | K22.2 | benign oesophageal stricture; peptic stricture
Oesophageal perforation | K22.3 | Boerhaave syndrome; spontaneous oesophageal rupture
Mallory-Weiss tear | K22.6 | Mallory-Weiss syndrome
Oesophageal varices | I85.9 | oesophageal varix
Zenker diverticulum | K22.5 | Zenker's diverticulum; pharyngeal pouch; pharyngo-oesophageal diverticulum
Epiphrenic diverticulum | K22.5 | oesophageal diverticulum | rare
Oesophageal leiomyoma | D13.0 | | rare
Oesophageal duplication cyst | Q39.8 | | rare
Plummer-Vinson syndrome | D50.1 | Paterson-Brown-Kelly syndrome; sideropenic dysphagia | rare
Caustic oesophageal injury | T28.6 | corrosive oesophagitis; caustic ingestion
Oesophageal food bolus obstruction | T18.1 | food bolus impaction
Anastomotic leak after oesophagectomy | K91.8 | oesophagectomy leak; post-oesophagectomy anastomotic leak
## Stomach and duodenum
Gastric cancer | C16.9 | stomach cancer; gastric carcinoma; gastric adenocarcinoma; carcinoma of the stomach
Diffuse-type gastric cancer | C16.9 | poorly cohesive gastric carcinoma; signet ring cell gastric carcinoma; linitis plastica
Hereditary diffuse gastric cancer | C16.9 | HDGC; CDH1-related gastric cancer | rare
Early gastric cancer | C16.9 | EGC
Gastric neuroendocrine tumour | C16.9 | gastric carcinoid; gastric NET | rare
Gastrointestinal stromal tumour | - | GIST; gastric GIST; small bowel GIST | rare
Gastric MALT lymphoma | C88.4 | gastric marginal zone lymphoma; MALToma of the stomach | rare
Gastric adenoma | D13.1 | gastric adenomatous polyp | rare
Fundic gland polyp | K31.7 | fundic gland polyps
Gastric hyperplastic polyp | K31.7 | hyperplastic gastric polyp
Peptic ulcer disease | K27.9 | PUD; peptic ulcer
Gastric ulcer | K25.9 | stomach ulcer
Duodenal ulcer | K26.9 | DU
Perforated peptic ulcer | K27.5 | perforated duodenal ulcer; perforated gastric ulcer
Marginal ulcer | K28.9 | anastomotic ulcer; gastrojejunal ulcer
Upper gastrointestinal bleeding | K92.2 | upper GI bleed; UGIB
Gastric outlet obstruction | K31.8 | GOO; pyloric obstruction
Helicobacter pylori gastritis | K29.7 | H. pylori gastritis; H pylori infection
Atrophic gastritis | K29.4 | chronic atrophic gastritis
Autoimmune gastritis | K29.4 | autoimmune atrophic gastritis
Gastric intestinal metaplasia | K31.8 | GIM; intestinal metaplasia of the stomach
Ménétrier disease | K29.6 | hypertrophic protein-losing gastropathy | rare
Gastroparesis | K31.8 | delayed gastric emptying
Gastric volvulus | K31.8 | | rare
Gastric antral vascular ectasia | K31.8 | GAVE; watermelon stomach
Dieulafoy lesion | K31.8 | Dieulafoy's lesion | rare
Bezoar | T18.2 | trichobezoar; phytobezoar
Gastric varices | I86.4 | fundal varices
Dumping syndrome | K91.1 | postgastrectomy syndrome
Duodenal adenocarcinoma | C17.0 | duodenal cancer | rare
Duodenal adenoma | D13.2 | | rare
Duodenal diverticulum | K57.1 | periampullary diverticulum
Superior mesenteric artery syndrome | K31.5 | SMA syndrome; Wilkie syndrome | rare
## Small bowel and neuroendocrine
Small bowel adenocarcinoma | C17.9 | small intestine cancer; small bowel cancer | rare
Small bowel neuroendocrine tumour | C17.9 | ileal carcinoid; midgut neuroendocrine tumour; SI-NET | rare
Neuroendocrine carcinoma of the gastrointestinal tract | C26.9 | gastrointestinal neuroendocrine carcinoma; GI NEC | rare
Carcinoid syndrome | E34.0 | carcinoid heart disease
Coeliac disease | K90.0 | gluten-sensitive enteropathy; coeliac sprue
Whipple disease | K90.8 | Whipple's disease | rare
Small intestinal bacterial overgrowth | K63.8 | SIBO
Small bowel diverticulosis | K57.1 | jejunal diverticulosis
## Bariatric surgery
Obesity | E66.9 | morbid obesity; severe obesity
Gastric band slippage | T85.5 | band slippage; gastric band complication
Internal hernia after gastric bypass | K45.8 | Petersen hernia
Staple-line leak after sleeve gastrectomy | K91.8 | sleeve leak
`);
