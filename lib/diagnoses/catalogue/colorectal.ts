// Colorectal MDT: colorectal, appendiceal, anal and peritoneal malignancy, polyps and hereditary
// syndromes, inflammatory bowel disease, proctology. Format: see table.ts.
import { table } from "./table";

export const COLORECTAL = table("colorectal", `
## Colorectal cancer
Colorectal cancer | C18.9 | CRC; bowel cancer; colorectal carcinoma; large bowel cancer; colorectal adenocarcinoma
Colon cancer | C18.9 | colonic carcinoma; carcinoma of the colon; colonic adenocarcinoma; colon carcinoma
Caecal cancer | C18.0 | carcinoma of the caecum; caecal carcinoma
Ascending colon cancer | C18.2 | carcinoma of the ascending colon
Hepatic flexure cancer | C18.3 | carcinoma of the hepatic flexure
Transverse colon cancer | C18.4 | carcinoma of the transverse colon
Splenic flexure cancer | C18.5 | carcinoma of the splenic flexure
Descending colon cancer | C18.6 | carcinoma of the descending colon
Sigmoid colon cancer | C18.7 | sigmoid carcinoma; carcinoma of the sigmoid colon
Rectosigmoid cancer | C19 | rectosigmoid junction carcinoma
Rectal cancer | C20 | rectal carcinoma; carcinoma of the rectum; rectal adenocarcinoma
Low rectal cancer | C20 | distal rectal cancer
Locally advanced rectal cancer | C20 | LARC
Locally recurrent rectal cancer | C20 | recurrent rectal cancer
Mucinous colorectal adenocarcinoma | C18.9 | mucinous adenocarcinoma of the colon; mucinous colorectal cancer
Signet ring cell carcinoma of the colon | C18.9 | signet ring colorectal cancer | rare
Medullary carcinoma of the colon | C18.9 | | rare
Mismatch repair-deficient colorectal cancer | C18.9 | dMMR colorectal cancer; MSI-high colorectal cancer; MSI-H CRC
Obstructing colorectal cancer | C18.9 | malignant large bowel obstruction
Malignant colorectal polyp | C18.9 | polyp cancer; early colorectal cancer; pT1 colorectal cancer
Metastatic colorectal cancer | C18.9 | mCRC; stage IV colorectal cancer; advanced colorectal cancer
Colorectal liver metastases | C78.7 | CRLM; liver metastases from colorectal cancer
Rectal neuroendocrine tumour | C20 | rectal carcinoid; rectal NET | rare
## Appendix and peritoneum
Appendiceal neuroendocrine tumour | C18.1 | carcinoid of the appendix; appendiceal carcinoid; appendix NET | rare
Low-grade appendiceal mucinous neoplasm | D37.3 | LAMN | rare
High-grade appendiceal mucinous neoplasm | C18.1 | HAMN | rare
Appendiceal adenocarcinoma | C18.1 | appendix cancer; adenocarcinoma of the appendix | rare
Goblet cell adenocarcinoma of the appendix | C18.1 | goblet cell carcinoid | rare
Appendiceal mucocele | K38.8 | mucocele of the appendix | rare
Peritoneal carcinomatosis | C78.6 | peritoneal metastases; carcinomatosis peritonei; peritoneal malignancy
Pseudomyxoma peritonei | C78.6 | PMP; jelly belly | rare
Peritoneal mesothelioma | C45.1 | malignant peritoneal mesothelioma | rare
## Anus
Anal cancer | C21.1 | anal carcinoma; squamous cell carcinoma of the anus; anal canal cancer; anal SCC | rare
Anal margin cancer | C44.5 | perianal skin cancer; anal margin squamous cell carcinoma | rare
Anal adenocarcinoma | C21.1 | | rare
Anorectal melanoma | C21.0 | anal melanoma | rare
Anal intraepithelial neoplasia | D01.3 | AIN; anal HSIL
Perianal Paget disease | C44.5 | perianal extramammary Paget disease | rare
Anal fistula | K60.3 | fistula-in-ano; perianal fistula
Perianal abscess | K61.0 | anal abscess; perianal sepsis
Ischiorectal abscess | K61.3 | ischioanal abscess
Anal fissure | K60.2 | fissure-in-ano
Haemorrhoids | K64.9 | piles
Pilonidal sinus | L05.9 | pilonidal disease; pilonidal cyst
Rectal prolapse | K62.3 | procidentia; full-thickness rectal prolapse
Solitary rectal ulcer syndrome | K62.6 | SRUS | rare
Faecal incontinence | R15 | bowel incontinence; anal incontinence
Obstructed defaecation syndrome | K59.0 | obstructed defaecation; outlet obstruction constipation
Chronic constipation | K59.0 | constipation; slow transit constipation
Radiation proctitis | K62.7 | radiation proctopathy
Anal stenosis | K62.4 | anal stricture
## Polyps and hereditary syndromes
Colorectal adenoma | D12.6 | adenomatous polyp; colonic adenoma; tubular adenoma; tubulovillous adenoma; villous adenoma
Large non-pedunculated colorectal polyp | D12.6 | LNPCP; laterally spreading tumour; LST
Sessile serrated lesion | D12.6 | SSL; sessile serrated adenoma; sessile serrated polyp; SSA/P
Traditional serrated adenoma | D12.6 | TSA | rare
Hyperplastic polyp | K63.5 | hyperplastic colonic polyp
Serrated polyposis syndrome | D12.6 | hyperplastic polyposis syndrome | rare
Familial adenomatous polyposis | D12.6 | FAP; adenomatous polyposis coli; familial polyposis coli | rare
Attenuated familial adenomatous polyposis | D12.6 | AFAP | rare
MUTYH-associated polyposis | D12.6 | MAP; MYH-associated polyposis | rare
Lynch syndrome | - | hereditary non-polyposis colorectal cancer; HNPCC
Peutz-Jeghers syndrome | Q85.8 | PJS | rare
Juvenile polyposis syndrome | D12.6 | JPS | rare
Cowden syndrome | Q85.8 | PTEN hamartoma tumour syndrome; PHTS | rare
Colonic lipoma | D17.5 | lipoma of the colon
Colonic angiodysplasia | K55.2 | angioectasia of the colon; vascular ectasia of the colon
## Inflammatory bowel disease
Crohn disease | K50.9 | Crohn's disease; regional enteritis
Crohn disease of the small intestine | K50.0 | ileal Crohn disease; terminal ileal Crohn's disease; Crohn's ileitis
Crohn colitis | K50.1 | Crohn's colitis; colonic Crohn disease
Perianal Crohn disease | K50.9 | perianal Crohn's disease; fistulising perianal Crohn disease
Ulcerative colitis | K51.9 | UC
Ulcerative proctitis | K51.2 | proctitis
Acute severe ulcerative colitis | K51.9 | ASUC; fulminant colitis
Toxic megacolon | K59.3 | toxic colitis
IBD-unclassified | K52.3 | indeterminate colitis; IBDU; inflammatory bowel disease unclassified
Colitis-associated dysplasia | K51.9 | IBD-associated dysplasia; dysplasia in ulcerative colitis
Microscopic colitis | K52.8 | collagenous colitis; lymphocytic colitis
Pouchitis | K91.8 | ileal pouch inflammation
Clostridioides difficile colitis | A04.7 | C. difficile infection; Clostridium difficile colitis; CDI; pseudomembranous colitis
Infective colitis | A09 | infectious colitis
## After surgery
Anastomotic leak | K91.8 | anastomotic dehiscence; leak after bowel resection
Parastomal hernia | K43.5 | paracolostomy hernia; paraileostomy hernia
Stoma prolapse | K91.4 | stomal prolapse
Low anterior resection syndrome | K91.8 | LARS
`);
