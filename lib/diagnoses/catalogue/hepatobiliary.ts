// Hepatobiliary and pancreatic MDT: liver, gallbladder, bile ducts, pancreas. Format: see table.ts.
import { table } from "./table";

export const HEPATOBILIARY = table("hepatobiliary", `
## Liver tumours
Hepatocellular carcinoma | C22.0 | HCC; hepatoma; liver cell carcinoma; primary liver cancer
Fibrolamellar carcinoma | C22.0 | fibrolamellar hepatocellular carcinoma; fibrolamellar HCC | rare
Intrahepatic cholangiocarcinoma | C22.1 | iCCA; peripheral cholangiocarcinoma; intrahepatic bile duct carcinoma | rare
Combined hepatocellular-cholangiocarcinoma | C22.7 | cHCC-CCA; mixed hepatocellular cholangiocarcinoma | rare
Hepatic angiosarcoma | C22.3 | angiosarcoma of the liver | rare
Epithelioid haemangioendothelioma of the liver | C22.3 | hepatic EHE | rare
Liver metastases | C78.7 | hepatic metastases; secondary liver cancer; metastases to the liver
Neuroendocrine liver metastases | C78.7 | NET liver metastases
Hepatic haemangioma | D18.0 | liver haemangioma; cavernous haemangioma of the liver
Focal nodular hyperplasia | K76.8 | FNH
Hepatocellular adenoma | D13.4 | hepatic adenoma; liver cell adenoma; HCA
Dysplastic nodule of the liver | - | high-grade dysplastic nodule; low-grade dysplastic nodule
Hepatic cyst | K76.8 | simple liver cyst
Polycystic liver disease | Q44.6 | PCLD | rare
Biliary hamartomas | Q44.6 | von Meyenburg complexes; bile duct hamartomas
Mucinous cystic neoplasm of the liver | D13.4 | biliary cystadenoma; hepatobiliary cystadenoma | rare
Hepatic abscess | K75.0 | liver abscess; pyogenic liver abscess
Amoebic liver abscess | A06.4 | amoebic abscess of the liver | rare
Hydatid cyst of the liver | B67.0 | hepatic echinococcosis; hydatid disease of the liver
## Chronic liver disease
Cirrhosis | K74.6 | liver cirrhosis; hepatic cirrhosis
Alcohol-related liver disease | K70.9 | alcoholic liver disease; ARLD
Alcohol-related cirrhosis | K70.3 | alcoholic cirrhosis
Alcoholic hepatitis | K70.1 | alcohol-related hepatitis
Metabolic dysfunction-associated steatotic liver disease | K76.0 | MASLD; NAFLD; non-alcoholic fatty liver disease; fatty liver; hepatic steatosis
Metabolic dysfunction-associated steatohepatitis | K75.8 | MASH; NASH; non-alcoholic steatohepatitis
Chronic hepatitis B | B18.1 | hepatitis B; HBV infection
Chronic hepatitis C | B18.2 | hepatitis C; HCV infection
Autoimmune hepatitis | K75.4 | AIH | rare
Primary biliary cholangitis | K74.3 | PBC; primary biliary cirrhosis | rare
Primary sclerosing cholangitis | K83.0 | PSC | rare
IgG4-related sclerosing cholangitis | K83.0 | IgG4-SC | rare
Haemochromatosis | E83.1 | hereditary haemochromatosis; iron overload
Wilson disease | E83.0 | Wilson's disease; hepatolenticular degeneration | rare
Budd-Chiari syndrome | I82.0 | hepatic vein thrombosis | rare
Portal vein thrombosis | I81 | PVT
Portal hypertension | K76.6 | portal hypertension in cirrhosis
Hepatic encephalopathy | K72.9 | portosystemic encephalopathy
Acute liver failure | K72.0 | fulminant hepatic failure; ALF
Ascites | R18 | peritoneal fluid
Hepatorenal syndrome | K76.7 | HRS
Sinusoidal obstruction syndrome | K76.5 | veno-occlusive disease; hepatic veno-occlusive disease; SOS; VOD
Hepatopulmonary syndrome | K76.8 | | rare
Congestive hepatopathy | K76.1 | nutmeg liver; chronic passive congestion of the liver
Nodular regenerative hyperplasia | K76.8 | NRH | rare
Drug-induced liver injury | K71.9 | DILI; toxic liver disease
Liver transplant rejection | T86.4 | liver graft rejection
Hepatic artery thrombosis | - | HAT; hepatic artery thrombosis after liver transplant | rare
## Gallbladder and bile ducts
Gallstones | K80.2 | cholelithiasis; gallbladder stones; cholecystolithiasis
Biliary colic | K80.2 | gallstone colic
Acute cholecystitis | K81.0 | calculous cholecystitis
Acalculous cholecystitis | K81.0 | acute acalculous cholecystitis
Emphysematous cholecystitis | K81.0 | | rare
Gangrenous cholecystitis | K81.0 | gallbladder empyema; perforated gallbladder
Chronic cholecystitis | K81.1 | chronic gallbladder inflammation
Xanthogranulomatous cholecystitis | K81.1 | | rare
Mirizzi syndrome | K80.1 | | rare
Choledocholithiasis | K80.5 | common bile duct stones; CBD stones; bile duct stones
Ascending cholangitis | K83.0 | acute cholangitis; acute bacterial cholangitis
Gallstone ileus | K56.3 | | rare
Gallbladder polyp | K82.8 | cholesterol polyp of the gallbladder
Gallbladder adenomyomatosis | K82.8 | adenomyomatosis; gallbladder adenomyosis
Porcelain gallbladder | K82.8 | calcified gallbladder | rare
Gallbladder cancer | C23 | gallbladder carcinoma; carcinoma of the gallbladder | rare
Cholangiocarcinoma | C24.9 | bile duct cancer; biliary tract cancer; CCA | rare
Perihilar cholangiocarcinoma | C24.0 | Klatskin tumour; hilar cholangiocarcinoma; pCCA | rare
Distal cholangiocarcinoma | C24.0 | distal bile duct cancer; dCCA | rare
Ampullary carcinoma | C24.1 | ampullary cancer; carcinoma of the ampulla of Vater; periampullary carcinoma | rare
Ampullary adenoma | D13.5 | adenoma of the ampulla | rare
Intraductal papillary neoplasm of the bile duct | D13.5 | IPNB | rare
Choledochal cyst | Q44.4 | biliary cyst; Todani cyst; choledochal malformation | rare
Caroli disease | Q44.6 | Caroli syndrome | rare
Biliary stricture | K83.1 | benign biliary stricture; bile duct stricture
Bile leak | K83.8 | biliary leak; bile duct injury; biloma
Post-cholecystectomy syndrome | K91.5 | postcholecystectomy syndrome
Sphincter of Oddi dysfunction | K83.4 | SOD | rare
## Pancreas
Pancreatic cancer | C25.9 | pancreatic adenocarcinoma; pancreatic ductal adenocarcinoma; PDAC; carcinoma of the pancreas
Pancreatic head cancer | C25.0 | carcinoma of the head of the pancreas
Pancreatic tail cancer | C25.2 | carcinoma of the tail of the pancreas
Borderline resectable pancreatic cancer | C25.9 | BRPC
Locally advanced pancreatic cancer | C25.9 | LAPC
Pancreatic neuroendocrine tumour | C25.4 | pancreatic NET; PNET; islet cell tumour | rare
Insulinoma | D13.7 | | rare
Gastrinoma | C25.4 | Zollinger-Ellison syndrome | rare
Glucagonoma | C25.4 | | rare
VIPoma | C25.4 | Verner-Morrison syndrome; WDHA syndrome | rare
Acinar cell carcinoma of the pancreas | C25.9 | pancreatic acinar cell carcinoma | rare
Intraductal papillary mucinous neoplasm | D13.6 | IPMN; branch-duct IPMN; main-duct IPMN
Mucinous cystic neoplasm of the pancreas | D13.6 | mucinous cystadenoma of the pancreas | rare
Serous cystadenoma of the pancreas | D13.6 | serous cystic neoplasm of the pancreas; microcystic adenoma of the pancreas | rare
Solid pseudopapillary neoplasm | D37.7 | solid pseudopapillary tumour; Frantz tumour | rare
Pancreatic metastases | C78.8 | metastases to the pancreas
Pancreatic cyst | K86.2 | cyst of the pancreas
Pancreatic pseudocyst | K86.3 | pseudocyst of the pancreas
Acute pancreatitis | K85.9 | pancreatitis
Gallstone pancreatitis | K85.1 | biliary pancreatitis
Alcohol-induced acute pancreatitis | K85.2 | alcoholic pancreatitis
Necrotising pancreatitis | K85.9 | acute necrotising pancreatitis; infected pancreatic necrosis
Walled-off necrosis | K86.8 | WON; walled-off pancreatic necrosis
Chronic pancreatitis | K86.1 | chronic calcific pancreatitis
Alcohol-induced chronic pancreatitis | K86.0 | alcoholic chronic pancreatitis
Autoimmune pancreatitis | K86.1 | IgG4-related pancreatitis; lymphoplasmacytic sclerosing pancreatitis | rare
Groove pancreatitis | K86.1 | paraduodenal pancreatitis | rare
Pancreas divisum | Q45.3 | pancreatic divisum
Annular pancreas | Q45.1 | | rare
Exocrine pancreatic insufficiency | K86.8 | EPI; pancreatic exocrine insufficiency
Intrapancreatic accessory spleen | Q89.0 | IPAS | rare
`);
