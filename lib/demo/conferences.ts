// Demo conferences for a fresh install: the foot-and-ankle team, one past teaching conference
// (with the room's votes and staged differentials, so its summary has something to show) and one
// upcoming MDT meeting (one case with its intake complete, one flagged as incomplete).
// Pure data: prisma/seed-runner.ts writes it. Emails refer to DEMO_USERS, case ids to DEMO_CASES.

export const DEMO_TEAM = {
  id: "demo-team-foot-ankle",
  name: "Foot and ankle MDT",
  slug: "foot-and-ankle-mdt",
  requiredSpecialties: ["Radiology", "Orthopaedic surgery", "Rheumatology"],
  members: [
    { email: "attending@example.org", role: "owner" },
    { email: "radiologist@example.org", role: "coordinator" },
    // The course's educator: leads the team's cases and schedules its teaching (decision 031).
    { email: "educator@example.org", role: "educator" },
    { email: "resident@example.org", role: "member" },
  ],
} as const;

type StagedAnswers = Array<{ email: string; step: number; diagnoses: string[] }>;

export interface DemoAgendaItem {
  caseId: string;
  estimatedMinutes: number;
  intake?: { clinicalQuestion: string; relevantHistory: string; imagingToReview: string; presentingClinician: string };
  /** Past teaching sessions: votes by email → diagnosis slug, and staged differentials (slugs). */
  votes?: Record<string, string>;
  staged?: StagedAnswers;
}

export interface DemoConference {
  id: string;
  kind: "teaching" | "mdt";
  title: string;
  /** Days from seeding (negative: in the past) and the UTC hour it starts. */
  dayOffset: number;
  hourUtc: number;
  durationMinutes: number;
  location: string;
  joinCode: string;
  presenterEmail: string;
  chairEmail: string | null;
  ended: boolean;
  participants: string[];
  items: DemoAgendaItem[];
}

export const DEMO_CONFERENCES: DemoConference[] = [
  {
    id: "demo-conference-teaching",
    kind: "teaching",
    title: "Forefoot imaging rounds",
    dayOffset: -7,
    hourUtc: 17,
    durationMinutes: 45,
    location: "Seminar room 2, level 4",
    joinCode: "FEET26",
    presenterEmail: "educator@example.org",
    chairEmail: null,
    ended: true,
    participants: ["resident@example.org", "attending@example.org", "radiologist@example.org"],
    items: [
      {
        caseId: "demo-metatarsal-teaching",
        estimatedMinutes: 20,
        votes: { "resident@example.org": "metatarsal-stress-fracture", "attending@example.org": "insufficiency-fracture", "radiologist@example.org": "insufficiency-fracture" },
        staged: [
          { email: "resident@example.org", step: 0, diagnoses: ["morton-neuroma", "rheumatoid-arthritis"] },
          { email: "attending@example.org", step: 0, diagnoses: ["rheumatoid-arthritis", "insufficiency-fracture"] },
          { email: "radiologist@example.org", step: 0, diagnoses: ["insufficiency-fracture", "rheumatoid-arthritis"] },
          { email: "resident@example.org", step: 1, diagnoses: ["metatarsal-stress-fracture", "insufficiency-fracture"] },
          { email: "attending@example.org", step: 1, diagnoses: ["insufficiency-fracture"] },
          { email: "radiologist@example.org", step: 1, diagnoses: ["insufficiency-fracture", "metatarsal-stress-fracture"] },
        ],
      },
      {
        caseId: "demo-freiberg-infraction",
        estimatedMinutes: 15,
        votes: { "resident@example.org": "freiberg-infraction", "attending@example.org": "freiberg-infraction", "radiologist@example.org": "plantar-plate-tear" },
        staged: [
          { email: "resident@example.org", step: 0, diagnoses: ["plantar-plate-tear", "morton-neuroma"] },
          { email: "attending@example.org", step: 0, diagnoses: ["freiberg-infraction", "plantar-plate-tear"] },
          { email: "radiologist@example.org", step: 0, diagnoses: ["plantar-plate-tear"] },
          { email: "resident@example.org", step: 1, diagnoses: ["freiberg-infraction"] },
          { email: "attending@example.org", step: 1, diagnoses: ["freiberg-infraction"] },
          { email: "radiologist@example.org", step: 1, diagnoses: ["plantar-plate-tear", "freiberg-infraction"] },
        ],
      },
    ],
  },
  {
    id: "demo-conference-mdt",
    kind: "mdt",
    title: "Foot and ankle MDT",
    dayOffset: 3,
    hourUtc: 8,
    durationMinutes: 60,
    location: "Orthopaedic seminar room and video link",
    joinCode: "MDT4FA",
    presenterEmail: "radiologist@example.org",
    chairEmail: "attending@example.org",
    ended: false,
    participants: [],
    items: [
      {
        caseId: "demo-runner-metatarsal",
        estimatedMinutes: 15,
        intake: {
          clinicalQuestion: "New fracture of the metatarsal head after four weeks in a boot: continue protected weight-bearing, or refer for bone health work-up and surgical opinion?",
          relevantHistory: "Endurance runner, healing second metatarsal shaft stress fracture. New pain at the metatarsal head after the boot.",
          imagingToReview: "Foot MRI at presentation and at +8 weeks.",
          presentingClinician: "Dr Amira Haddad (MSK radiology)",
        },
      },
      {
        caseId: "demo-knee-medial-condyle",
        estimatedMinutes: 10,
        // Intake deliberately incomplete: the agenda flags it.
        intake: { clinicalQuestion: "", relevantHistory: "Sudden medial knee pain without injury.", imagingToReview: "Knee MRI.", presentingClinician: "" },
      },
    ],
  },
];
