// The shapes conference pages and their client components receive: plain data, already cut to
// what the viewer may see. Types only, so client components can import them.
import type { CaseAnswer, TimelineEntry } from "@/lib/cases/queries";
import type { StudyImages } from "@/lib/imaging/view";
import type { SliceFocus } from "./focus";
import type { StageKind } from "./steps";

export type ConferenceStatus = "scheduled" | "live" | "ended";

export interface Tally {
  total: number;
  rows: Array<{ diagnosisId: string; name: string; count: number; correct: boolean | null }>;
}

export interface LiveItemView {
  itemId: string;
  /** 1-based place on the agenda, and the agenda's length. */
  position: number;
  total: number;
  caseId: string;
  title: string;
  /** The viewer may not see this case (a team case they are not in): nothing of it is sent. */
  restricted: boolean;
  presentation: string;
  ageBand: string;
  sex: string;
  region: string;
  step: number;
  reachedStep: number;
  studyCount: number;
  stage: StageKind;
  stageLabel: string;
  /** The timeline entries shown so far: never a study the presenter has not reached. */
  timeline: TimelineEntry[];
  /** The series of the studies in `timeline` (nothing else), as the room sees them (issue 24 item 5). */
  images: StudyImages;
  /** The presenter's slice, while it is on the step on screen. */
  focus: SliceFocus | null;
  vote: {
    state: "not_open" | "open" | "closed";
    myVote: { diagnosisId: string; name: string } | null;
    /** Votes cast so far: the presenter's count while the vote is open. */
    count: number;
    /** The distribution, once the vote is closed. */
    tally: Tally | null;
  };
  /** The viewer's staged differential at the current stage (presentation or last study shown). */
  myDifferential: { step: number; diagnoses: Array<{ id: string; name: string }> } | null;
  canTakePart: boolean;
  /** At the reveal, if the presenter released it. */
  answer: CaseAnswer | null;
  answerWithheld: boolean;
  /** Share of votes for the revealed diagnosis (0..1), when both exist. */
  accuracy: number | null;
}

export interface LiveView {
  conferenceId: string;
  title: string;
  kind: "teaching" | "mdt";
  status: ConferenceStatus;
  version: number;
  joined: boolean;
  item: LiveItemView | null;
}

export interface PresenterView extends LiveView {
  joinCode: string;
  /** ISO 8601: when it was scheduled (running it again proposes a week later). */
  startsAt: string;
  participants: number;
  agenda: Array<{ itemId: string; position: number; title: string; estimatedMinutes: number; reachedStep: number; current: boolean }>;
  itemStartedAt: string | null;
  estimatedMinutes: number;
}

export interface StageSeries {
  /** One point per step (presentation, study 1..n): the share of that step's respondents naming it. */
  diagnoses: Array<{ name: string; shares: number[] }>;
  respondents: number[];
  labels: string[];
  /** Short labels for the chart's axis; absent, "Pres.", "S1", "S2"... (a conference's stages). */
  ticks?: string[];
}
