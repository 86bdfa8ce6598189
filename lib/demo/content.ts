// Demo content for a fresh Rounds install: the people who log in and the cases they have posted.
//
// Pure data, no database access: the seed (prisma/scripts) turns it into rows. The clinical facts
// come from the three source documents in the design brief (a runner's 2nd-metatarsal stress
// fracture followed by a metatarsal-head insufficiency fracture; a patient leaflet on stress
// fractures; a case report of transient bone marrow oedema migrating from the talus to the distal
// tibia), retold in our own words. Everything else (sides, ages within a band, extra negatives,
// the additional cases) is fictional but written to be clinically plausible.
//
// De-identification: no names, dates, record numbers or contact details appear in any case text;
// ages are given only as bands and timings only as offsets from presentation. The unit test runs
// the identifier scanner over every text field to keep it that way.
import type { CaseInput } from "@/lib/cases/schema";

export const DEMO_PASSWORD = "rounds-demo-2026";

export interface DemoUser {
  email: string;
  name: string;
  role: "resident" | "clinician" | "educator" | "admin";
}

export const DEMO_USERS: DemoUser[] = [
  { email: "resident@example.org", name: "Dr Priya Nair", role: "resident" },
  { email: "attending@example.org", name: "Dr Kwame Mensah", role: "clinician" }, // orthopaedic foot and ankle attending
  // A global educator as an institution makes one: granted by the admin (the seed audits it), and an
  // educator of the demo team (lib/demo/conferences.ts), which is where her power over cases comes from.
  { email: "educator@example.org", name: "Prof Ingrid Solberg", role: "educator" },
  { email: "radiologist@example.org", name: "Dr Amira Haddad", role: "clinician" }, // MSK radiologist
  { email: "admin@example.org", name: "Alex Moreno", role: "admin" },
];

export interface DemoCase {
  /** Stable id, so the seed is idempotent and tests and links can refer to a case. */
  id: string;
  authorEmail: string;
  /** How long ago the case was posted, relative to seeding. */
  daysAgo: number;
  input: CaseInput;
}

type Study = Extract<CaseInput["timeline"][number], { type: "study" }>;
type Event = Extract<CaseInput["timeline"][number], { type: "event" }>;

/** A study with the schema's defaults filled in (label null = derived from the day offset). */
function study(fields: Omit<Study, "type" | "label" | "technique" | "contrast" | "impression" | "change" | "partOfAnswer"> & Partial<Study>): Study {
  return { label: null, technique: "", contrast: false, impression: "", change: null, partOfAnswer: false, ...fields, type: "study" };
}

function event(fields: Omit<Event, "type" | "label" | "partOfAnswer"> & Partial<Event>): Event {
  return { label: null, partOfAnswer: false, ...fields, type: "event" };
}

/** Joins lines into one text block (bullets for teaching points, paragraphs for findings). */
const lines = (...parts: string[]) => parts.join("\n");

// ---------------------------------------------------------------------------------------------
// 1. Open case by the MSK radiologist: the runner's second metatarsal, two MRIs eight weeks apart.
// ---------------------------------------------------------------------------------------------

const runnerMetatarsal: DemoCase = {
  id: "demo-runner-metatarsal",
  authorEmail: "radiologist@example.org",
  daysAgo: 20,
  input: {
    title: "Runner with midfoot pain: two foot MRIs eight weeks apart",
    presentation: lines(
      "Fit and otherwise well recreational runner with several weeks of dorsal midfoot pain, worse with each run and now also felt on ordinary walking. No single injury is recalled. No relevant past medical history and no regular medication.",
      "",
      "On examination there is focal bony tenderness over the proximal second metatarsal with mild dorsal swelling.",
      "",
      "For discussion: the first MRI is straightforward. What explains the new, more distal forefoot pain at eight weeks, and what would you have done differently between the two scans?",
    ),
    ageBand: "30–34",
    sex: "not_stated",
    region: "Foot",
    tags: ["stress fracture", "metatarsal", "runner", "mri"],
    status: "open",
    visibility: "institution",
    teamId: null,
    timeline: [
      study({
        dayOffset: 0,
        modality: "MRI",
        region: "Right foot (midfoot and forefoot)",
        technique:
          "Long-axis (sagittal) T1 and STIR; short-axis (coronal) T1 and PD fat-saturated; axial PD fat-saturated. No intravenous contrast.",
        findings: lines(
          "Widespread marrow signal abnormality (low on T1, high on PD fat-saturated and STIR) involving the base and most of the shaft of the second metatarsal, consistent with a bone stress response.",
          "At the proximal diaphysis the cortex is interrupted, with periosteal oedema and early periosteal reaction around the breach.",
          "Marked oedema in the surrounding soft tissues, including the adjacent intermetatarsal spaces and the dorsal subcutaneous fat.",
          "The other metatarsals and the tarsal bones show normal marrow signal. The Lisfranc ligament complex is intact. The second metatarsal head and the metatarsophalangeal joints are unremarkable.",
        ),
        impression:
          "Stress fracture of the proximal second metatarsal diaphysis with an extensive marrow stress response and pronounced surrounding soft-tissue inflammation. A typical location: the second metatarsal is the longest and takes the most load during push-off.",
      }),
      event({
        dayOffset: 0,
        kind: "treatment",
        description: "Immobilised in a cam walker boot for four weeks and told to stop running.",
      }),
      event({
        dayOffset: 28,
        kind: "other",
        description:
          "Boot removed after four weeks. Left the next day for a four-week holiday that involved a great deal of walking, with no graded return to load.",
      }),
      event({
        dayOffset: 56,
        kind: "symptom_change",
        description:
          "Back from holiday with steadily worsening forefoot pain, now felt further forward, under the ball of the foot, rather than over the midfoot.",
      }),
      study({
        dayOffset: 56,
        modality: "MRI",
        region: "Right foot (midfoot and forefoot)",
        technique: "Same protocol as the first study: long-axis T1 and STIR, short-axis T1 and PD fat-saturated, axial PD fat-saturated. No contrast.",
        findings: lines(
          "Proximal second metatarsal: the fracture is healing, with thicker, more organised cortical and periosteal new bone than before and less marrow signal abnormality at the original site.",
          "However, the abnormal marrow signal now extends distally through the shaft into the second metatarsal neck and head. The soft-tissue oedema has also moved distally and now surrounds the neck and head.",
          "Within the plantar part of the metatarsal head there is a thin, linear low-signal band running just beneath and parallel to the subchondral bone plate, with oedema around it. The articular surface keeps its contour and there is no collapse.",
          "Small reactive effusion of the second metatarsophalangeal joint. Plantar plate intact.",
        ),
        impression: lines(
          "1. Healing proximal second metatarsal stress fracture.",
          "2. New subchondral insufficiency fracture beneath the plantar articular surface of the second metatarsal head, with marrow oedema extending from the shaft to the head and more distal soft-tissue inflammation.",
          "Recorded as a mixed change: the original fracture has improved while a new lesion has appeared at the head.",
        ),
        change: "mixed",
      }),
    ],
    resolution: {
      diagnosis: "Metatarsal stress fracture",
      certainty: "almost_certain",
      basis: "follow_up_imaging",
      explanation: lines(
        "Fatigue stress fracture of the proximal second metatarsal diaphysis, followed after immobilisation and abrupt reloading by a subchondral insufficiency fracture of the second metatarsal head.",
        "",
        "The first fracture arose from repeated running loads on normal bone. Four weeks in a boot spared the fracture but also unloaded the rest of the metatarsal, which lost mineral. Going straight from the boot to weeks of heavy walking then put ordinary loads through weakened bone, and the head failed beneath its plantar subchondral plate. The follow-up MRI shows both processes side by side: maturing periosteal new bone proximally and a new subchondral fracture line distally.",
      ),
      teachingPoints: lines(
        "- Fatigue fracture: abnormal, repetitive load on normal bone (the runner's first fracture). Insufficiency fracture: normal load on abnormal, weakened bone (the metatarsal head at eight weeks).",
        "- Immobilisation causes disuse osteopenia: a few weeks in a boot are enough to weaken the bone around the injury.",
        "- The risky moment is reloading. Come out of the boot gradually, with a graded return to walking and then running, not straight into a walking holiday.",
        "- The second metatarsal is the commonest site because it is the longest metatarsal, is locked in at its base, and carries the most load at push-off.",
        "- New pain in a different place during recovery deserves new imaging: here the proximal fracture was healing while a second fracture had appeared distally.",
      ),
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Unknown case by the resident: migrating marrow oedema of the talus and distal tibia.
// ---------------------------------------------------------------------------------------------

const talusUnknown: DemoCase = {
  id: "demo-talus-unknown",
  authorEmail: "resident@example.org",
  daysAgo: 3,
  input: {
    title: "Disabling ankle pain with three MRIs over six months",
    presentation: lines(
      "Previously well man in his early fifties with disabling pain in the hindfoot and ankle. There was no injury beforehand.",
      "The pain is much worse when he stands or walks and settles considerably at rest. No fever and no other joints affected. No known steroid use or alcohol excess.",
      "",
      "What is your differential for the first MRI, and does the course change your thinking?",
    ),
    ageBand: "50–54",
    sex: "male",
    region: "Ankle",
    tags: ["ankle", "hindfoot", "mri", "serial imaging"],
    status: "unknown",
    visibility: "institution",
    teamId: null,
    timeline: [
      event({
        dayOffset: 0,
        kind: "lab_result",
        description:
          "Blood tests unremarkable: full blood count, C-reactive protein, rheumatoid factor and serum uric acid all within normal limits.",
      }),
      study({
        dayOffset: 0,
        modality: "MRI",
        region: "Ankle and hindfoot",
        technique: "Sagittal T1, T2 and STIR, then sagittal fat-suppressed T1 after intravenous gadolinium.",
        contrast: true,
        findings: lines(
          "Poorly marginated signal abnormality through the talar neck and head: low on T1, mildly high on T2, clearly high on STIR, and enhancing on the post-gadolinium fat-suppressed T1 images.",
          "No fracture line, no subchondral collapse and no serpiginous double-line margin. No focal mass or cortical destruction.",
          "Talar dome, distal tibia, calcaneus and navicular have normal marrow signal. No significant joint effusion and no erosions.",
        ),
        impression:
          "Bone marrow oedema pattern in the talar neck and head, without a fracture line, focal lesion or features of established osteonecrosis.",
      }),
      event({
        dayOffset: 0,
        kind: "treatment",
        description: "Advised to keep weight off the foot, with crutches and simple analgesia.",
      }),
      event({
        dayOffset: 120,
        kind: "symptom_change",
        description: "Pain has gradually eased over the preceding weeks.",
      }),
      study({
        dayOffset: 122,
        modality: "MRI",
        region: "Ankle and hindfoot",
        technique: "Sagittal T1 and STIR. No contrast.",
        findings: lines(
          "The talus now has normal marrow signal throughout.",
          "New signal abnormality in the distal tibial metaphysis and epiphysis, low on T1 and high on STIR, in the same ill-defined pattern as the talar abnormality on the first study. No fracture line and no focal lesion.",
        ),
        impression:
          "Resolution of the talar marrow oedema pattern with a new marrow oedema pattern in the distal tibia.",
        change: "mixed",
      }),
      event({
        dayOffset: 183,
        kind: "symptom_change",
        description: "Pain has gone completely. Walking with full weight through the foot.",
        // The course that settles it: hidden until the reveal (decision 065).
        partOfAnswer: true,
      }),
      study({
        dayOffset: 183,
        modality: "MRI",
        region: "Ankle and hindfoot",
        technique: "Sagittal T1 and STIR. No contrast.",
        findings: "Marrow signal of the talus and distal tibia is now normal. No residual abnormality.",
        impression: "Normal study: complete resolution at both sites.",
        change: "resolution",
      }),
      event({
        dayOffset: 365,
        kind: "outcome",
        description: "Remains free of pain and has gone back to his previous job.",
        partOfAnswer: true,
      }),
    ],
    resolution: {
      diagnosis: "Transient bone marrow oedema syndrome",
      certainty: "almost_certain",
      basis: "clinical_course",
      explanation: lines(
        "A painful marrow oedema pattern with no trauma, normal inflammatory and metabolic blood tests, no fracture line or osteonecrotic margin, and a course that settled by itself on protected weight-bearing.",
        "",
        "The lesion left the talus and appeared in the distal tibia before both returned to normal, with full clinical recovery within six months and no recurrence at one year. This self-limiting, migrating behaviour is what makes the diagnosis; no biopsy was needed.",
      ),
      teachingPoints: lines(
        "- Differential for a painful marrow oedema pattern without trauma: osteonecrosis, insufficiency fracture, infection, inflammatory arthritis, tumour, and complex regional pain syndrome (formerly reflex sympathetic dystrophy).",
        "- The older name, transient osteoporosis, describes the radiographic osteopenia; transient bone marrow oedema syndrome is now preferred because MRI and histology show oedema rather than a primary loss of bone. The two names refer to the same entity.",
        "- The hip is the classic site; isolated involvement of the talus is uncommon.",
        "- Migration to a neighbouring bone (regional migratory osteoporosis) is a clue to the diagnosis, not a sign of something worse.",
        "- Normal bloods, no fracture line, no double-line sign and spontaneous resolution are the features that distinguish it from its mimics. Treatment is protection from load and patience.",
      ),
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 3. Resolved teaching case by the educator, built around the patient leaflet's facts.
// ---------------------------------------------------------------------------------------------

const metatarsalTeaching: DemoCase = {
  id: "demo-metatarsal-teaching",
  authorEmail: "educator@example.org",
  daysAgo: 40,
  input: {
    title: "Teaching case: forefoot pain in the older foot with a thin fat pad",
    presentation: lines(
      "Woman in her late sixties with long-standing seropositive rheumatoid arthritis, controlled on methotrexate, who took low-dose oral glucocorticoids for several years in the past. Bilateral hallux valgus.",
      "",
      "Three weeks of pain under the ball of the right foot that began after she started walking several kilometres a day. She describes it as walking on a pebble. It is worse by the end of each walk and eases overnight.",
      "",
      "On examination the plantar fat pad is thin and the metatarsal heads are easily felt. There is point tenderness and mild swelling over the distal second metatarsal. The metatarsophalangeal joints are not warm or boggy.",
    ),
    ageBand: "65–69",
    sex: "female",
    region: "Foot",
    tags: ["stress fracture", "metatarsal", "fat pad atrophy", "rheumatoid arthritis", "teaching"],
    status: "resolved",
    visibility: "institution",
    teamId: null,
    timeline: [
      study({
        dayOffset: 0,
        modality: "XR",
        region: "Right foot",
        technique: "Weight-bearing dorsoplantar, oblique and lateral views.",
        findings: lines(
          "Moderate hallux valgus with lateral displacement of the sesamoids. The second metatarsal is relatively long.",
          "Diffuse and periarticular osteopenia. No fracture line, periosteal reaction or sclerosis is seen.",
          "Metatarsophalangeal joint spaces are preserved and there are no erosions.",
        ),
        impression:
          "No fracture seen. Radiographs are often normal in the first weeks of a stress fracture; MRI recommended given the focal tenderness.",
      }),
      event({
        dayOffset: 0,
        kind: "treatment",
        description: "Stiff-soled shoe and shorter walks while awaiting MRI.",
      }),
      study({
        dayOffset: 10,
        modality: "MRI",
        region: "Right forefoot",
        technique: "Long-axis T1 and STIR; short-axis T1 and PD fat-saturated. No contrast.",
        findings: lines(
          "Marrow oedema in the distal shaft, neck and head of the second metatarsal. On T1 a thin, incomplete low-signal line crosses the metatarsal neck at right angles to the shaft.",
          "Periosteal oedema and oedema of the adjacent soft tissues. The articular surface of the head is smooth, with no flattening or subchondral collapse.",
          "No synovitis or erosion at the metatarsophalangeal joints. Plantar plate intact. No intermetatarsal bursal collection.",
          "The plantar fat pad beneath the metatarsal heads is markedly thinned.",
        ),
        impression:
          "Incomplete stress fracture of the second metatarsal neck with marrow oedema extending into the head. No sign of active inflammatory arthritis or osteonecrosis.",
      }),
      event({
        dayOffset: 10,
        kind: "treatment",
        description: lines(
          "Offloading in a removable walking boot for four weeks, then a stiff-soled shoe with a felt metatarsal pad placed just behind the metatarsal heads.",
          "Walking replaced by swimming and static cycling, followed by a graded return to walking. Referred for bone densitometry.",
        ),
      }),
      study({
        dayOffset: 24,
        modality: "DXA",
        region: "Lumbar spine and left hip",
        technique: "Dual-energy X-ray absorptiometry of the lumbar spine and proximal femur.",
        findings: "T-score −2.7 at the lumbar spine and −2.2 at the femoral neck.",
        impression: "Osteoporosis at the lumbar spine and osteopenia at the hip by densitometric criteria.",
      }),
      event({
        dayOffset: 24,
        kind: "treatment",
        description: "Started on bone protection with calcium and vitamin D supplementation, with osteoporosis treatment agreed with her rheumatologist.",
      }),
      study({
        dayOffset: 42,
        modality: "XR",
        region: "Right foot",
        technique: "Weight-bearing dorsoplantar and oblique views.",
        findings: lines(
          "Fluffy periosteal callus around the distal second metatarsal, with a faint sclerotic band across the neck.",
          "Alignment is maintained and there is no displacement or shortening.",
        ),
        impression: "Healing stress fracture of the second metatarsal neck.",
        change: "resolution",
      }),
      event({
        dayOffset: 42,
        kind: "symptom_change",
        description: "Much less pain; comfortable walking short distances in the stiff-soled shoe.",
      }),
      event({
        dayOffset: 90,
        kind: "outcome",
        description:
          "Pain-free on daily walks. Fitted with custom insoles with a metatarsal dome and a cushioned top cover, and advised on footwear with a wide toe box. Told that further stress fractures of the neighbouring metatarsals are common in the following years and to seek review early if pain returns.",
      }),
    ],
    resolution: {
      diagnosis: "Insufficiency fracture",
      certainty: "certain",
      basis: "follow_up_imaging",
      explanation: lines(
        "Stress fracture of the second metatarsal neck, confirmed by the fracture line on MRI and by callus on the follow-up radiograph.",
        "",
        "The bone was weakened (rheumatoid arthritis, past glucocorticoids, osteoporosis on densitometry) and the forefoot was loaded unevenly: the plantar fat pad had thinned, and hallux valgus with a long second metatarsal moved load onto the second ray. A sudden increase in walking was enough to break it. It healed with offloading, padding and activity change.",
      ),
      teachingPoints: lines(
        "- Stress fractures come from repeated, low-grade load that the bone cannot keep up with: training errors, a sudden increase in walking or running, or a muscle working at its limit where it attaches to bone.",
        "- Foot shape matters. When one metatarsal sits longer or lower than its neighbours (here, hallux valgus and a long second metatarsal) it takes more of the load.",
        "- The plantar fat pad cushions the metatarsal heads and thins with age. Diabetes, rheumatoid arthritis and other arthritides speed up this atrophy, and as it progresses the heads take more pressure and small deformities start to hurt.",
        "- Early radiographs are often normal. MRI shows the oedema and fracture line within days; callus on a later radiograph confirms it.",
        "- Treatment combines casting or a boot, padding, a change of activity and a graded exercise programme.",
        "- Untreated stress fractures may fail to heal or may displace.",
        "- After one stress fracture the neighbouring bones take more load and further fractures are common in later years. Insoles or orthoses help, and after repeated fractures the foot should be mechanically balanced. Look for and treat low bone density.",
      ),
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 4. Open case by the orthopaedic attending: sudden medial knee pain.
// ---------------------------------------------------------------------------------------------

const kneeOpen: DemoCase = {
  id: "demo-knee-medial-condyle",
  authorEmail: "attending@example.org",
  daysAgo: 7,
  input: {
    title: "Sudden medial knee pain without injury",
    presentation: lines(
      "Woman in her early sixties with sudden, severe medial knee pain that began while walking downstairs. No twist or fall. Pain at night and on weight-bearing; she is now using a stick.",
      "Small effusion, medial joint line and medial femoral condyle tenderness, full extension, flexion limited by pain. Ligaments stable.",
      "",
      "Thoughts on management welcome: protected weight-bearing and review, or early referral for arthroplasty?",
    ),
    ageBand: "60–64",
    sex: "female",
    region: "Knee",
    tags: ["knee", "medial femoral condyle", "mri", "meniscus"],
    status: "open",
    visibility: "institution",
    teamId: null,
    timeline: [
      study({
        dayOffset: 0,
        modality: "XR",
        region: "Left knee",
        technique: "Weight-bearing anteroposterior, lateral and skyline views.",
        findings:
          "Mild medial tibiofemoral joint space narrowing with small marginal osteophytes. Articular contours of the femoral condyles preserved. No fracture. Small suprapatellar effusion.",
        impression: "Mild medial compartment osteoarthritis. No acute bony abnormality.",
      }),
      event({
        dayOffset: 0,
        kind: "treatment",
        description: "Analgesia, crutches for partial weight-bearing, and MRI requested.",
      }),
      study({
        dayOffset: 21,
        modality: "MRI",
        region: "Left knee",
        technique: "Sagittal PD and PD fat-saturated, coronal T1 and PD fat-saturated, axial PD fat-saturated. No contrast.",
        findings: lines(
          "Extensive marrow oedema in the weight-bearing part of the medial femoral condyle. Within it, a low-signal line runs just beneath and roughly parallel to the subchondral bone plate on T1 and PD images. The articular surface is not flattened.",
          "Radial tear of the posterior root of the medial meniscus with the body extruded medially by 4 mm.",
          "Mild medial compartment cartilage thinning. Cruciate and collateral ligaments intact. Moderate effusion.",
        ),
        impression:
          "Subchondral fracture of the medial femoral condyle with marrow oedema and no collapse, with a medial meniscal posterior root tear and meniscal extrusion.",
      }),
    ],
    resolution: {
      diagnosis: "Subchondral insufficiency fracture",
      certainty: "probable",
      basis: null,
      explanation:
        "Working diagnosis pending follow-up MRI: subchondral insufficiency fracture of the medial femoral condyle, with a posterior root tear of the medial meniscus as the likely cause of the overload.",
      teachingPoints: "",
    },
  },
};

// ---------------------------------------------------------------------------------------------
// 5. Draft by the attending: not yet published, so only its author sees it.
// ---------------------------------------------------------------------------------------------

const navicularDraft: DemoCase = {
  id: "demo-navicular-draft",
  authorEmail: "attending@example.org",
  daysAgo: 1,
  input: {
    title: "Sprinter with vague dorsal midfoot pain",
    presentation:
      "Competitive sprinter in his early twenties with two months of poorly localised dorsal midfoot ache during and after training. Tender over the dorsal navicular. Initial radiographs normal.",
    ageBand: "20–24",
    sex: "male",
    region: "Foot",
    tags: ["navicular", "athlete", "ct"],
    status: "draft",
    visibility: "institution",
    teamId: null,
    timeline: [
      study({
        dayOffset: 0,
        modality: "XR",
        region: "Left foot",
        technique: "Dorsoplantar, oblique and lateral views.",
        findings: "No fracture or periosteal reaction seen. Normal alignment.",
        impression: "Normal radiographs.",
      }),
      study({
        dayOffset: 14,
        modality: "CT",
        region: "Left midfoot",
        technique: "Thin-section CT with reformats along the plane of the navicular.",
        findings:
          "Incomplete sagittally orientated fracture line in the central third of the navicular, starting at the dorsal cortex, with mild marginal sclerosis. No displacement.",
        impression: "To be completed.",
      }),
    ],
    resolution: { diagnosis: "", certainty: null, basis: null, explanation: "", teachingPoints: "" },
  },
};

// ---------------------------------------------------------------------------------------------
// 6. Resolved case by the radiologist: a differential for case 1's metatarsal head.
// ---------------------------------------------------------------------------------------------

const freibergResolved: DemoCase = {
  id: "demo-freiberg-infraction",
  authorEmail: "radiologist@example.org",
  daysAgo: 60,
  input: {
    title: "Adolescent dancer with pain at the base of the second toe",
    presentation:
      "Teenage girl who dances several times a week, with some months of pain and swelling at the second metatarsophalangeal joint, worse on rising onto the forefoot. Restricted, painful movement of the joint. Otherwise well.",
    ageBand: "15–19",
    sex: "female",
    region: "Foot",
    tags: ["metatarsal head", "adolescent", "dancer", "xr", "mri"],
    status: "resolved",
    visibility: "institution",
    teamId: null,
    timeline: [
      study({
        dayOffset: 0,
        modality: "XR",
        region: "Right foot",
        technique: "Dorsoplantar and oblique views.",
        findings:
          "Flattening of the dorsal articular surface of the second metatarsal head with subchondral sclerosis and slight widening of the joint space. Physis closed.",
        impression: "Flattening and sclerosis of the second metatarsal head.",
      }),
      study({
        dayOffset: 7,
        modality: "MRI",
        region: "Right forefoot",
        technique: "Long-axis T1 and STIR, short-axis PD fat-saturated. No contrast.",
        findings:
          "Low T1 signal in the dorsal subchondral bone of the second metatarsal head with surrounding marrow oedema, a small osteochondral fragment, and mild flattening of the articular surface. Joint effusion and synovitis. Other metatarsal heads normal.",
        impression: "Osteonecrosis of the second metatarsal head with early collapse.",
      }),
      event({
        dayOffset: 7,
        kind: "treatment",
        description: "Rest from dance, stiff-soled shoe with a metatarsal bar, then a graded return over three months.",
      }),
      study({
        dayOffset: 180,
        modality: "XR",
        region: "Right foot",
        technique: "Dorsoplantar and oblique views.",
        findings:
          "The second metatarsal head remains mildly flattened but has remodelled, with less sclerosis and a smooth articular margin. No loose body seen. Joint space preserved.",
        impression: "Healed, remodelled second metatarsal head with mild residual flattening.",
        change: "stable",
      }),
      event({
        dayOffset: 180,
        kind: "outcome",
        description: "Back to dancing with mild residual stiffness of the second toe and no pain.",
      }),
    ],
    resolution: {
      diagnosis: "Freiberg infraction",
      certainty: "almost_certain",
      basis: "follow_up_imaging",
      explanation:
        "Osteonecrosis of the second metatarsal head in an adolescent with repetitive forefoot loading, with typical radiographic flattening and MRI findings, managed without surgery.",
      teachingPoints: lines(
        "- Classically an adolescent girl, second metatarsal head, dorsal and central articular surface.",
        "- Compare with a subchondral insufficiency fracture of the metatarsal head in an adult, where a plantar subchondral fracture line on MRI is the key finding.",
        "- Most cases settle with offloading; surgery is for persistent pain with collapse or loose bodies.",
      ),
    },
  },
};

export const DEMO_CASES: DemoCase[] = [
  runnerMetatarsal,
  talusUnknown,
  metatarsalTeaching,
  kneeOpen,
  navicularDraft,
  freibergResolved,
];
