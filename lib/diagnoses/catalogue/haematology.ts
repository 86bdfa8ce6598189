// Haematology (haemato-oncology) MDT: lymphoma, leukaemia, myeloid and plasma cell neoplasms,
// histiocytic disorders, benign haematology. Format: see table.ts.
import { table } from "./table";

export const HAEMATOLOGY = table("haematology", `
## Lymphoma
Hodgkin lymphoma | C81.9 | Hodgkin's lymphoma; Hodgkin disease; Hodgkin's disease; classical Hodgkin lymphoma | rare
Nodular sclerosis Hodgkin lymphoma | C81.1 | nodular sclerosis classical Hodgkin lymphoma | rare
Nodular lymphocyte-predominant Hodgkin lymphoma | C81.0 | NLPHL; nodular lymphocyte-predominant B-cell lymphoma | rare
Non-Hodgkin lymphoma | C85.9 | NHL; lymphoma
Diffuse large B-cell lymphoma | C83.3 | DLBCL
High-grade B-cell lymphoma with MYC and BCL2 rearrangements | C83.3 | double-hit lymphoma; triple-hit lymphoma | rare
Primary mediastinal large B-cell lymphoma | C85.2 | PMBCL; mediastinal large B-cell lymphoma | rare
Transformed follicular lymphoma | C83.3 | histological transformation of follicular lymphoma
Richter transformation | C83.3 | Richter syndrome | rare
Follicular lymphoma | C82.9 | follicle centre lymphoma | rare
Marginal zone lymphoma | - | MZL
MALT lymphoma | C88.4 | extranodal marginal zone lymphoma; MALToma
Nodal marginal zone lymphoma | C83.0 | | rare
Splenic marginal zone lymphoma | C83.0 | SMZL | rare
Mantle cell lymphoma | C83.1 | MCL | rare
Burkitt lymphoma | C83.7 | Burkitt's lymphoma | rare
Lymphoplasmacytic lymphoma | C88.0 | Waldenström macroglobulinaemia; LPL | rare
Peripheral T-cell lymphoma | C84.4 | PTCL; PTCL-NOS; peripheral T-cell lymphoma not otherwise specified | rare
Angioimmunoblastic T-cell lymphoma | C86.5 | AITL | rare
Anaplastic large cell lymphoma | - | ALCL; ALK-positive anaplastic large cell lymphoma; ALK-negative anaplastic large cell lymphoma | rare
Extranodal NK/T-cell lymphoma | C86.0 | NK/T-cell lymphoma, nasal type; ENKTL | rare
Enteropathy-associated T-cell lymphoma | C86.2 | EATL | rare
Adult T-cell leukaemia/lymphoma | C91.5 | ATLL; HTLV-1-associated lymphoma | rare
Hepatosplenic T-cell lymphoma | C86.1 | | rare
Primary effusion lymphoma | C83.8 | PEL | rare
Post-transplant lymphoproliferative disorder | D47.7 | PTLD | rare
Castleman disease | - | angiofollicular lymph node hyperplasia; unicentric Castleman disease; multicentric Castleman disease | rare
Kikuchi disease | I88.8 | Kikuchi-Fujimoto disease; histiocytic necrotising lymphadenitis | rare
## Leukaemia
Acute myeloid leukaemia | C92.0 | AML; acute myelogenous leukaemia; acute non-lymphocytic leukaemia | rare
Acute promyelocytic leukaemia | C92.4 | APL; APML | rare
Acute lymphoblastic leukaemia | C91.0 | ALL; acute lymphocytic leukaemia | rare
Mixed phenotype acute leukaemia | C95.0 | MPAL; biphenotypic leukaemia | rare
Chronic myeloid leukaemia | C92.1 | CML; chronic myelogenous leukaemia | rare
Chronic lymphocytic leukaemia | C91.1 | CLL; small lymphocytic lymphoma; SLL
Hairy cell leukaemia | C91.4 | HCL | rare
T-cell prolymphocytic leukaemia | C91.6 | T-PLL | rare
Large granular lymphocytic leukaemia | C91.7 | LGL leukaemia; T-LGL leukaemia | rare
Chronic myelomonocytic leukaemia | C93.1 | CMML | rare
Juvenile myelomonocytic leukaemia | C93.3 | JMML | rare
Blastic plasmacytoid dendritic cell neoplasm | C86.4 | BPDCN | rare
Myeloid sarcoma | C92.3 | granulocytic sarcoma; chloroma | rare
## Myeloid and plasma cell neoplasms, marrow failure
Myelodysplastic syndrome | D46.9 | MDS; myelodysplasia | rare
Polycythaemia vera | D45 | PV; polycythaemia rubra vera; primary polycythaemia | rare
Essential thrombocythaemia | D47.3 | ET; essential thrombocytosis; primary thrombocythaemia | rare
Primary myelofibrosis | D47.4 | PMF; myelofibrosis; agnogenic myeloid metaplasia | rare
Systemic mastocytosis | D47.0 | mastocytosis | rare
Aplastic anaemia | D61.9 | bone marrow failure | rare
Paroxysmal nocturnal haemoglobinuria | D59.5 | PNH | rare
Monoclonal gammopathy of undetermined significance | D47.2 | MGUS; monoclonal gammopathy
Smouldering myeloma | C90.0 | smouldering multiple myeloma; SMM | rare
Plasma cell leukaemia | C90.1 | | rare
Extramedullary plasmacytoma | C90.2 | | rare
AL amyloidosis | E85.8 | light-chain amyloidosis; primary systemic amyloidosis | rare
POEMS syndrome | D47.7 | osteosclerotic myeloma | rare
Erdheim-Chester disease | D76.3 | ECD | rare
Rosai-Dorfman disease | D76.3 | sinus histiocytosis with massive lymphadenopathy | rare
Haemophagocytic lymphohistiocytosis | D76.1 | HLH; haemophagocytic syndrome | rare
Extramedullary haematopoiesis | D75.8 | extramedullary haematopoietic tissue
## Red cells, platelets, coagulation
Iron deficiency anaemia | D50.9 | IDA; iron-deficiency anaemia
Vitamin B12 deficiency anaemia | D51.9 | B12 deficiency; cobalamin deficiency
Pernicious anaemia | D51.0 | Addisonian anaemia
Folate deficiency anaemia | D52.9 | folate deficiency
Anaemia of chronic disease | D63.8 | anaemia of inflammation
Sickle cell disease | D57.1 | sickle cell anaemia; HbSS; SCD | rare
Sickle cell crisis | D57.0 | vaso-occlusive crisis; sickle crisis
Beta thalassaemia major | D56.1 | thalassaemia major; Cooley anaemia | rare
Thalassaemia trait | D56.3 | thalassaemia minor; beta thalassaemia trait
Hereditary spherocytosis | D58.0 | | rare
G6PD deficiency | D55.0 | glucose-6-phosphate dehydrogenase deficiency; favism
Autoimmune haemolytic anaemia | D59.1 | AIHA; warm autoimmune haemolytic anaemia; cold agglutinin disease | rare
Immune thrombocytopenia | D69.3 | ITP; immune thrombocytopenic purpura; idiopathic thrombocytopenic purpura | rare
Thrombotic thrombocytopenic purpura | M31.1 | TTP; Moschcowitz syndrome | rare
Haemolytic uraemic syndrome | D59.3 | HUS; atypical haemolytic uraemic syndrome | rare
Disseminated intravascular coagulation | D65 | DIC
Haemophilia A | D66 | factor VIII deficiency; classic haemophilia | rare
Haemophilia B | D67 | Christmas disease; factor IX deficiency | rare
Von Willebrand disease | D68.0 | VWD; von Willebrand's disease
Antiphospholipid syndrome | D68.6 | APS; antiphospholipid antibody syndrome; Hughes syndrome
Factor V Leiden thrombophilia | D68.5 | factor V Leiden; activated protein C resistance
Heparin-induced thrombocytopenia | D69.5 | HIT
Deep vein thrombosis | I80.2 | DVT; deep venous thrombosis
Hereditary haemorrhagic telangiectasia | I78.0 | HHT; Osler-Weber-Rendu syndrome | rare
Neutropenia | D70 | agranulocytosis
Febrile neutropenia | D70 | neutropenic sepsis
Splenomegaly | R16.1 | enlarged spleen
Hyposplenism | D73.0 | asplenia; functional asplenia
Tumour lysis syndrome | E88.3 | TLS
Graft-versus-host disease | T86.0 | GVHD; GvHD
Transfusional iron overload | E83.1 | secondary haemosiderosis; transfusion haemosiderosis
`);
