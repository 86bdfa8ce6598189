// ICD-10 codes, rare flags and specialty of the musculoskeletal entries (musculoskeletal.ts), by slug:
//   slug | ICD-10 (or -) | flags: "rare", and a specialty key when the entry belongs to another MDT
// (bone sarcomas to sarcoma, myeloma to haematology). Every entry of musculoskeletal.ts has a line.
export const MUSCULOSKELETAL_CODES = `
fatigue-stress-fracture | M84.3
insufficiency-fracture | M80.9
subchondral-insufficiency-fracture | -
metatarsal-stress-fracture | M84.3
navicular-stress-fracture | M84.3
bone-stress-reaction | -
medial-tibial-stress-syndrome | -
bone-bruise | -
lisfranc-injury | S93.3
jones-fracture | S92.3
fifth-metatarsal-tuberosity-avulsion-fracture | S92.3
ankle-fracture | S82.8
calcaneal-fracture | S92.0
talar-fracture | S92.1
scaphoid-fracture | S62.0
distal-radius-fracture | S52.5
proximal-femoral-fracture | S72.0
tibial-plateau-fracture | S82.1
vertebral-compression-fracture | M48.5
spondylolysis | M43.0
fracture-non-union | M84.1
meniscal-tear | S83.2
muscle-strain | -
morel-lavallee-lesion | -
osgood-schlatter-disease | M92.5
sinding-larsen-johansson-syndrome | M92.4
sever-disease | M92.6
osteochondritis-dissecans | M93.2
osteochondral-lesion-of-the-talus | M93.2
anterior-ankle-impingement | -
os-trigonum-syndrome | -
osteonecrosis | M87.9
osteonecrosis-of-the-femoral-head | M87.9
osteonecrosis-of-the-talus | M87.9
bone-infarct | M87.9
sickle-cell-bone-infarct | M90.4
transient-bone-marrow-oedema | -
kienbock-disease | M93.1
preiser-disease | - | rare
freiberg-infraction | M92.7
kohler-disease | M92.6
muller-weiss-disease | - | rare
perthes-disease | M91.1
red-marrow-reconversion | -
serous-atrophy-of-bone-marrow | - | rare
gaucher-disease | E75.2 | rare
osteomyelitis | M86.9
chronic-osteomyelitis | M86.6
brodie-abscess | M86.8
diabetic-foot-osteomyelitis | -
septic-arthritis | M00.9
spondylodiscitis | M46.4
tuberculous-spondylitis | A18.0
tuberculous-arthritis | A18.0
septic-bursitis | M71.1
soft-tissue-abscess | L02.9
pyomyositis | M60.0
necrotising-fasciitis | M72.6
cellulitis | L03.9
rheumatoid-arthritis | M06.9
psoriatic-arthritis | L40.5
reactive-arthritis | M02.9
enteropathic-arthritis | M07.6
ankylosing-spondylitis | M45
non-radiographic-axial-spondyloarthritis | -
juvenile-idiopathic-arthritis | M08.9
gout | M10.9
calcium-pyrophosphate-deposition-disease | M11.2
hydroxyapatite-deposition-disease | M11.0
chronic-non-bacterial-osteomyelitis | M86.3 | rare
sapho-syndrome | - | rare
jaccoud-arthropathy | M12.0 | rare
transient-synovitis-of-the-hip | M67.3
osteoporosis | M81.9
disuse-osteopenia | M81.2
osteomalacia | M83.9
rickets | E55.0
paget-disease-of-bone | M88.9
hyperparathyroidism | E21.3
brown-tumour | -
renal-osteodystrophy | N25.0
scurvy | E54
osteoid-osteoma | D16.9
osteoblastoma | D16.9 | rare
enchondroma | D16.9
enchondromatosis | Q78.4 | rare
maffucci-syndrome | Q78.4 | rare
osteochondroma | D16.9
hereditary-multiple-exostoses | Q78.6 | rare
subungual-exostosis | -
giant-cell-tumour-of-bone | D48.0 | rare
aneurysmal-bone-cyst | M85.5
simple-bone-cyst | M85.4
non-ossifying-fibroma | -
fibrous-dysplasia | M85.0
osteofibrous-dysplasia | - | rare
chondroblastoma | D16.9 | rare
chondromyxoid-fibroma | D16.9 | rare
intraosseous-lipoma | -
intraosseous-ganglion | M85.6
langerhans-cell-histiocytosis | C96.6 | rare
haemangioma-of-bone | D18.0
bone-island | -
bone-metastasis | C79.5
multiple-myeloma | C90.0 | haematology
solitary-plasmacytoma-of-bone | C90.3 | rare haematology
lymphoma-of-bone | - | rare
osteosarcoma | C41.9 | rare sarcoma
parosteal-osteosarcoma | C41.9 | rare sarcoma
ewing-sarcoma | C41.9 | rare sarcoma
chondrosarcoma | C41.9 | rare sarcoma
chordoma | C41.9 | rare sarcoma
adamantinoma | C40.2 | rare sarcoma
soft-tissue-sarcoma | C49.9 | rare sarcoma
synovial-sarcoma | C49.9 | rare sarcoma
undifferentiated-pleomorphic-sarcoma | C49.9 | rare sarcoma
atypical-lipomatous-tumour | D48.1 | rare sarcoma
lipoma | D17.9
lipoma-arborescens | - | rare
ganglion-cyst | M67.4
baker-cyst | M71.2
tenosynovial-giant-cell-tumour | M12.2 | rare
synovial-chondromatosis | - | rare
schwannoma | D36.1
neurofibroma | D36.1
myositis-ossificans | M61.0
heterotopic-ossification | M61.5
plantar-fibromatosis | M72.2
dupuytren-disease | M72.0
soft-tissue-haemangioma | D18.0
glomus-tumour | -
elastofibroma-dorsi | - | rare
intermetatarsal-bursitis | -
diabetic-myonecrosis | - | rare
retained-foreign-body | M79.5
charcot-neuroarthropathy | M14.6
complex-regional-pain-syndrome | M89.0
morton-neuroma | G57.6
tarsal-tunnel-syndrome | G57.5
baxter-neuropathy | G57.6
carpal-tunnel-syndrome | G56.0
cubital-tunnel-syndrome | G56.2
parsonage-turner-syndrome | G54.5 | rare
osteoarthritis | M19.9
erosive-osteoarthritis | M15.4
hallux-rigidus | M20.2
facet-joint-osteoarthritis | M47.8
diffuse-idiopathic-skeletal-hyperostosis | M48.1
degenerative-disc-disease | M51.3
intervertebral-disc-herniation | M51.2
schmorl-node | M51.4
modic-endplate-changes | -
spondylolisthesis | M43.1
spinal-canal-stenosis | M48.0
ulnar-impaction-syndrome | -
plantar-fasciitis | M72.2
achilles-tendinopathy | M76.6
achilles-tendon-rupture | S86.0
haglund-syndrome | -
tibialis-posterior-tendon-dysfunction | -
peroneal-tendinopathy | M76.7
painful-os-peroneum-syndrome | - | rare
lateral-ankle-ligament-injury | S93.4
syndesmotic-injury | S93.4
sinus-tarsi-syndrome | -
plantar-plate-tear | -
turf-toe | S93.5
anterior-cruciate-ligament-tear | S83.5
patellar-tendinopathy | M76.5
rotator-cuff-tear | M75.1
rotator-cuff-tendinopathy | M75.1
bankart-lesion | -
slap-tear | -
acetabular-labral-tear | -
greater-trochanteric-pain-syndrome | M70.6
lateral-epicondylitis | M77.1
medial-epicondylitis | M77.0
de-quervain-tenosynovitis | M65.4
scapholunate-ligament-injury | -
triangular-fibrocartilage-complex-tear | -
thumb-ulnar-collateral-ligament-injury | S63.6
tarsal-coalition | Q66.8
accessory-navicular | -
developmental-dysplasia-of-the-hip | Q65.8
slipped-capital-femoral-epiphysis | M93.0
femoroacetabular-impingement | -
bipartite-patella | Q74.1
scheuermann-disease | M42.0
congenital-talipes-equinovarus | Q66.0
osteogenesis-imperfecta | Q78.0 | rare
osteopetrosis | Q78.2 | rare
melorheostosis | Q78.8 | rare
osteopoikilosis | Q78.8 | rare
sarcoidosis-of-bone | D86.8 | rare
hypertrophic-osteoarthropathy | M89.4
haemophilic-arthropathy | M36.2 | rare
adhesive-capsulitis | M75.0
hallux-valgus | M20.1
`;
