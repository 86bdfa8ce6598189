// Demo discussion on the demo cases, so that threads, replies three deep, a mention and
// study-anchored comments show on first start. Written for this project. The unknown case's
// comments never name its answer (secrecy tests check every output for it).
export interface DemoComment {
  key: string;
  caseId: string;
  parentKey?: string;
  authorEmail: string;
  /** Index into the case's studies in timeline order. */
  studyIndex?: number;
  /** `@{email}` becomes a mention of that demo user. */
  body: string;
  minutesAgo: number;
}

export const DEMO_COMMENTS: DemoComment[] = [
  // Runner with midfoot pain
  { key: "r1", caseId: "demo-runner-metatarsal", authorEmail: "attending@example.org", studyIndex: 0, minutesAgo: 60 * 24 * 19,
    body: "Classic site. The **periosteal reaction** along the medial cortex is what convinces me this is a fracture rather than a stress reaction. Did anyone grade it?" },
  { key: "r1a", caseId: "demo-runner-metatarsal", parentKey: "r1", authorEmail: "radiologist@example.org", minutesAgo: 60 * 24 * 19 - 30,
    body: "I would call it a high-grade injury: marrow oedema on both T1 and fluid-sensitive images plus a cortical break. Low-risk site though, so a boot rather than surgery." },
  { key: "r1b", caseId: "demo-runner-metatarsal", parentKey: "r1a", authorEmail: "resident@example.org", minutesAgo: 60 * 24 * 18,
    body: "Why is the 2nd metatarsal low risk when the 5th is not? Is it blood supply?" },
  { key: "r1c", caseId: "demo-runner-metatarsal", parentKey: "r1b", authorEmail: "educator@example.org", minutesAgo: 60 * 24 * 18 - 45,
    body: "Mostly, yes. The proximal 5th metatarsal diaphysis (the Jones zone) is a watershed with poor healing; the 2nd metatarsal shaft heals reliably with offloading. Worth reading up on the high-risk list: navicular, anterior tibial cortex, femoral neck tension side, base of the 5th." },
  { key: "r2", caseId: "demo-runner-metatarsal", authorEmail: "resident@example.org", studyIndex: 1, minutesAgo: 60 * 24 * 4,
    body: "On the second MRI the shaft looks better but the oedema has moved distally. New injury or the same one evolving? @{attending@example.org} what would you do with the boot now?" },
  { key: "r2a", caseId: "demo-runner-metatarsal", parentKey: "r2", authorEmail: "attending@example.org", minutesAgo: 60 * 24 * 4 - 20,
    body: "I read it as a *new* problem: a weakened head after weeks off-loaded, then a holiday's worth of walking. I would protect it again and build up load gradually this time.\n\n- boot or stiff-soled shoe\n- staged return to running\n- check vitamin D" },
  { key: "r3", caseId: "demo-runner-metatarsal", authorEmail: "educator@example.org", minutesAgo: 60 * 24 * 2,
    body: "Teaching point for the residents: compare the **mechanism** of the two injuries before you compare the pictures." },

  // Unknown talus case (no diagnosis names here)
  { key: "t1", caseId: "demo-talus-unknown", authorEmail: "radiologist@example.org", studyIndex: 0, minutesAgo: 60 * 40,
    body: "Diffuse marrow signal change in the talar neck and head with no fracture line and no subchondral collapse on these sequences. The enhancement is diffuse rather than rim-like." },
  { key: "t1a", caseId: "demo-talus-unknown", parentKey: "t1", authorEmail: "attending@example.org", minutesAgo: 60 * 39,
    body: "Normal CRP makes infection less likely but does not exclude it. Any history of steroids or alcohol?" },
  { key: "t1b", caseId: "demo-talus-unknown", parentKey: "t1a", authorEmail: "resident@example.org", minutesAgo: 60 * 38,
    body: "Neither, and no trauma. I am keeping the rest of the history for after the votes." },
  { key: "t2", caseId: "demo-talus-unknown", authorEmail: "educator@example.org", studyIndex: 1, minutesAgo: 60 * 20,
    body: "This is the study to look at twice. What changed, and where? Think about what that pattern rules out." },
  { key: "t3", caseId: "demo-talus-unknown", authorEmail: "attending@example.org", studyIndex: 2, minutesAgo: 60 * 6,
    body: "Everything back to normal signal at six months without any intervention beyond protected weight-bearing. That course is a strong clue." },

  // Teaching case
  { key: "m1", caseId: "demo-metatarsal-teaching", authorEmail: "resident@example.org", studyIndex: 0, minutesAgo: 60 * 24 * 35,
    body: "The first radiograph looked normal to me. How often are these occult at presentation?" },
  { key: "m1a", caseId: "demo-metatarsal-teaching", parentKey: "m1", authorEmail: "radiologist@example.org", minutesAgo: 60 * 24 * 35 - 60,
    body: "Very often in the first two weeks. Periosteal new bone or a sclerotic band usually appears later, which is why MRI earns its place when the clinical picture fits." },
];
