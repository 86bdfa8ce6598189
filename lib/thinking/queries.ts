// What a viewer may see of a case's collective thinking: their own differential and vote,
// and (only when the blind-first rules allow) everyone else's, the group differential and the
// vote distribution. A bounded number of queries whatever the number of participants.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { getCaseFacts, readCase, type CaseRow } from "@/lib/cases/queries";
import { sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { sharedReads } from "@/lib/core/shared-read";
import { rankPoints, SUPPORT_POINTS, WEIGHTING_EXPLANATION } from "./schema";
import { readOwnThinking, stepNamesJson, type OwnThinking } from "./sql";
import { readAuthoredAnswer, type AuthoredAnswer } from "./reveal";
import { groupStepSeries, stepViews, type StepRow, type StepView } from "./steps";
import { stepCount, type StepPosition } from "@/lib/cases/answer-entries";
import type { StageSeries } from "@/lib/conferences/view";
import { canSeeAnswer } from "@/lib/cases/policy";
import {
  canManagePoll, canPostDifferential, canReveal, canSeeDistribution, canSeeOthersThinking, canSeeVoterNames, canVote, isCaseLead, knowsTheAnswer,
} from "./policy";

export interface GroupItem {
  diagnosisId: string;
  name: string;
  points: number;
  supporters: number;
  postedBy: string;
  listedBy: Array<{ name: string; rank: number; rationale: string }>;
  supportedBy: string[];
  listedByMe: boolean;
  supportedByMe: boolean;
}

export interface DistributionItem {
  diagnosisId: string;
  name: string;
  count: number;
  percent: number;
  voters: string[] | null;
}

export interface ParticipantResult {
  userId: string;
  name: string;
  vote: string | null;
  voteCorrect: boolean;
  inTop3: boolean;
}

export interface ThinkingView {
  caseId: string;
  status: string;
  pollState: string;
  showVoterNames: boolean;
  isLead: boolean;
  committed: boolean;
  /** True when the viewer must commit before seeing anyone else's thinking. */
  blind: boolean;
  /** The viewer can see the answer before the reveal, so takes no part (policy.knowsTheAnswer). */
  knowsAnswer: boolean;
  canPostDifferential: boolean;
  canVote: boolean;
  canManagePoll: boolean;
  canReveal: boolean;
  myDifferential: Array<{ diagnosisId: string; name: string; rank: number; rationale: string; studyIds: string[] }>;
  myVote: { diagnosisId: string; name: string } | null;
  /** The group differential, best first: every item, or the first `rows` when asked for fewer. */
  group: GroupItem[] | null;
  /** How many diagnoses the whole group differential holds (however many `group` carries). */
  groupSize: number;
  /** Votes per diagnosis, most first; `diagnoses` counts them all however many `items` carries. */
  distribution: { total: number; diagnoses: number; items: DistributionItem[] } | null;
  /** After the reveal: each participant's result, and the viewer's own. */
  results: ParticipantResult[] | null;
  weighting: string;
  /** The viewer's first committed differential (decision 066), shown beside a later revision. */
  myFirst: Array<{ name: string; rank: number }>;
  /** Participants whose list now differs from their first commit, with both (when others' thinking is shown). */
  revisions: Array<{ name: string; first: string[]; now: string[] }> | null;
  /** The authored answer the reveal form starts from: only to a revealer who may see the answer. */
  authored: AuthoredAnswer | null;
  /** A learner's place on a step-through unknown (decision 088); null for anyone else. */
  stepping: StepPosition | null;
  /** Their list at each step, once they have seen the whole course or the case is revealed. */
  mySteps: StepView[] | null;
  /** After the reveal of a step-through case: how the group's leading diagnoses moved, step by step. */
  groupSteps: StageSeries | null;
}

interface OthersRow {
  entries: Array<{ userId: string; diagnosisId: string; rank: number; rationale: string; userName: string; diagnosisName: string }> | null;
  supports: Array<{ userId: string; diagnosisId: string; userName: string }> | null;
  /** Everyone's first commits, with the entries (decision 066). */
  firsts: Array<{ userId: string; rank: number; diagnosisName: string }> | null;
  /** Votes per diagnosis, counted by the database: as many rows as diagnoses, however many voters. */
  tally: Array<{ diagnosisId: string; name: string; count: number; voters: string[] | null }> | null;
  /** Every vote, only after the reveal (each participant's result names their vote). */
  votes: Array<{ userId: string; diagnosisId: string; userName: string; diagnosisName: string }> | null;
  /** The final diagnoses a vote is right for: the primary, and the secondary ones the author lets score (decision 067). */
  answerIds: string[] | null;
  /** Everyone's step lists of a step-through case, only after the reveal (decision 088). */
  steps: StepRow[] | null;
}

export interface ThinkingOptions {
  /** The case read already under way for this request (shared with the rest of the page); the case
   * page's read carries the viewer's own thinking (lib/pages/case-page.ts). */
  read?: Promise<(CaseRow & { own?: OwnThinking | null }) | null>;
  /** At most this many rows of each ranked list; the page sends its preview, "Show more" asks for all. */
  rows?: number;
}

/**
 * One statement of SQL besides the shared case read, which carries the viewer's own thinking
 * (decision 017), and that one shared by the viewers of the same case event (decision 025):
 * only what the blind-first rules allow this viewer to see of everyone else's.
 * The database counts the votes, so a page reads one row per diagnosis rather than one per voter
 * (a conference of 2,000 voters costs what a room of 20 does); every vote is read only after the
 * reveal, when each participant's result needs theirs.
 */
export async function getThinking(viewer: Viewer, caseId: string, { read, rows = Infinity }: ThinkingOptions = {}): Promise<ThinkingView | null> {
  const row: NonNullable<ThinkingOptions["read"]> = read ?? readCase(viewer, caseId);
  const kase = await getCaseFacts(viewer, caseId, row);
  if (!kase) return null;
  // The viewer's own thinking comes with the case page's read, else in a statement of its own.
  const { mine, myVote, first: myFirst = [], steps: mySteps = [] } = (await row)!.own ?? (await readOwnThinking(viewer, caseId));

  // A learner on a step-through unknown stays blind to others until they have seen the whole course:
  // others' lists were made with studies they have not unlocked (decision 088).
  const committed = (mine.length > 0 || myVote !== null) && !kase.steps?.more;
  const seeOthers = canSeeOthersThinking(viewer, kase, committed);
  const seeDistribution = canSeeDistribution(viewer, kase, myVote !== null, committed);
  const seeNames = canSeeVoterNames(viewer, kase);
  const revealed = kase.status === "resolved";

  const others = await readOthers(kase.id, kase.lastEventId, { entries: seeOthers || revealed, supports: seeOthers, tally: seeDistribution, names: seeNames, revealed, steps: revealed && kase.stepThrough });
  const steps = stepCount((await row)!.studies);
  const entries = others?.entries ?? [];
  const supports = others?.supports ?? [];
  const votes = others?.votes ?? [];
  const rightAnswers = new Set(others?.answerIds ?? []);

  let group: GroupItem[] | null = null;
  let groupSize = 0;
  if (seeOthers) {
    const items = new Map<string, GroupItem>();
    for (const entry of entries) {
      let item = items.get(entry.diagnosisId);
      if (!item) {
        item = { diagnosisId: entry.diagnosisId, name: entry.diagnosisName, points: 0, supporters: 0, postedBy: entry.userName, listedBy: [], supportedBy: [], listedByMe: false, supportedByMe: false };
        items.set(entry.diagnosisId, item);
      }
      item.points += rankPoints(entry.rank);
      item.supporters += 1;
      item.listedBy.push({ name: entry.userName, rank: entry.rank, rationale: entry.rationale });
      if (entry.userId === viewer.id) item.listedByMe = true;
    }
    for (const support of supports) {
      const item = items.get(support.diagnosisId);
      if (!item) continue;
      item.points += SUPPORT_POINTS;
      item.supporters += 1;
      item.supportedBy.push(support.userName);
      if (support.userId === viewer.id) item.supportedByMe = true;
    }
    group = [...items.values()].sort((a, b) => b.points - a.points || b.supporters - a.supporters || a.name.localeCompare(b.name));
    groupSize = group.length;
    group = group.slice(0, rows);
  }

  let distribution: ThinkingView["distribution"] = null;
  if (seeDistribution) {
    const tally = others?.tally ?? [];
    const total = tally.reduce((sum, item) => sum + item.count, 0);
    const items = tally
      .map((item) => ({ ...item, percent: total ? Math.round((item.count / total) * 1000) / 10 : 0 }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
    distribution = { total, diagnoses: items.length, items: items.slice(0, rows) };
  }

  let results: ParticipantResult[] | null = null;
  if (revealed && rightAnswers.size) {
    const byUser = new Map<string, ParticipantResult>();
    const ensure = (userId: string, name: string) => {
      const existing = byUser.get(userId);
      if (existing) return existing;
      const created = { userId, name, vote: null, voteCorrect: false, inTop3: false };
      byUser.set(userId, created);
      return created;
    };
    for (const vote of votes) {
      const result = ensure(vote.userId, vote.userName);
      result.vote = vote.diagnosisName;
      result.voteCorrect = rightAnswers.has(vote.diagnosisId);
    }
    for (const entry of entries) {
      const result = ensure(entry.userId, entry.userName);
      if (entry.rank <= 3 && rightAnswers.has(entry.diagnosisId)) result.inTop3 = true;
    }
    results = [...byUser.values()].sort((a, b) => Number(b.userId === viewer.id) - Number(a.userId === viewer.id) || a.name.localeCompare(b.name));
    if (!seeNames) results = results.filter((result) => result.userId === viewer.id);
  }

  return {
    caseId,
    status: kase.status,
    pollState: kase.pollState,
    showVoterNames: kase.showVoterNames,
    isLead: isCaseLead(viewer, kase),
    committed,
    blind: !seeOthers,
    knowsAnswer: knowsTheAnswer(viewer, kase),
    myFirst,
    revisions: seeOthers ? revisionsOf(entries, others?.firsts ?? []) : null,
    canPostDifferential: canPostDifferential(viewer, kase),
    canVote: canVote(viewer, kase),
    canManagePoll: canManagePoll(viewer, kase),
    canReveal: canReveal(viewer, kase),
    myDifferential: mine,
    myVote,
    group,
    groupSize,
    distribution,
    results,
    weighting: WEIGHTING_EXPLANATION,
    authored: canReveal(viewer, kase) && canSeeAnswer(viewer, kase) ? await readAuthoredAnswer(kase.id) : null,
    stepping: kase.steps,
    // Once the whole course is seen: through the last step, at the reveal, or shown the answer at a conference (no longer stepping).
    mySteps: mySteps.length && (revealed || !kase.steps?.more) ? stepViews(mySteps, steps) : null,
    groupSteps: others?.steps ? groupStepSeries(others.steps, steps) : null,
  };
}

/** What of everyone else's thinking a viewer may see; nothing else is selected at all. */
interface OthersShown {
  entries: boolean;
  supports: boolean;
  tally: boolean;
  names: boolean;
  revealed: boolean;
  steps: boolean;
}

/**
 * Everyone else's thinking as of the case's latest event, shared by the viewers allowed the same
 * view (decision 025). Every change it reflects (a differential, a support, a vote, the poll's
 * settings, the reveal) records a case event in the same transaction, so a new event id is a new
 * key; a result cached under id N was read after N committed, so it holds everything up to N.
 * The key carries what the viewer may see, so a blind viewer never gets a sighted viewer's row.
 * Concurrent misses share one statement (a live room refetches on each event). Bounded: the
 * latest 64 keys, a minute each (lib/core/shared-read.ts).
 */
const sharedOthers = sharedReads<OthersRow | undefined>({ entries: 64, maxAgeMs: 60_000 });

/** Forgets every shared row: for measurements that must time the statement itself (the bench). */
export function clearSharedThinking(): void {
  sharedOthers.clear();
}

function readOthers(caseId: string, lastEventId: string, shown: OthersShown): Promise<OthersRow | undefined> {
  const key = [caseId, lastEventId, shown.entries, shown.supports, shown.tally, shown.names, shown.revealed, shown.steps];
  return sharedOthers.get(key, () => selectOthers(caseId, shown));
}

async function selectOthers(caseId: string, { entries, supports, tally, names, revealed, steps }: OthersShown): Promise<OthersRow | undefined> {
  const none = Prisma.sql`null`;
  const [others] = await sql<OthersRow[]>(Prisma.sql`
    select ${entries ? Prisma.sql`(
             select json_agg(json_build_object('userId', e."userId", 'diagnosisId', e."diagnosisId", 'rank', e.rank,
                                               'rationale', e.rationale, 'userName', u.name, 'diagnosisName', d.name) order by e."createdAt")
             from "DifferentialEntry" e join "User" u on u.id = e."userId" join "Diagnosis" d on d.id = e."diagnosisId"
             where e."caseId" = ${caseId})` : none} as entries,
           ${entries ? Prisma.sql`(
             select json_agg(json_build_object('userId', f."userId", 'rank', f.rank, 'diagnosisName', d.name) order by f.rank)
             from "FirstDifferentialEntry" f join "Diagnosis" d on d.id = f."diagnosisId"
             where f."caseId" = ${caseId})` : none} as firsts,
           ${supports ? Prisma.sql`(
             select json_agg(json_build_object('userId', s."userId", 'diagnosisId', s."diagnosisId", 'userName', u.name))
             from "DifferentialSupport" s join "User" u on u.id = s."userId"
             where s."caseId" = ${caseId})` : none} as supports,
           ${tally ? Prisma.sql`(
             select json_agg(t) from (
               select v."diagnosisId", d.name, count(*)::int as count,
                      ${names ? Prisma.sql`json_agg(u.name order by u.name)` : none} as voters
               from "Vote" v join "Diagnosis" d on d.id = v."diagnosisId" ${names ? Prisma.sql`join "User" u on u.id = v."userId"` : Prisma.empty}
               where v."caseId" = ${caseId}
               group by v."diagnosisId", d.name) t)` : none} as tally,
           ${revealed ? Prisma.sql`(
             select json_agg(json_build_object('userId', v."userId", 'diagnosisId', v."diagnosisId", 'userName', u.name, 'diagnosisName', d.name))
             from "Vote" v join "User" u on u.id = v."userId" join "Diagnosis" d on d.id = v."diagnosisId"
             where v."caseId" = ${caseId})` : none} as votes,
           ${revealed ? Prisma.sql`(select array_agg(a.id) from (
             select r."diagnosisId" as id from "Resolution" r where r."caseId" = ${caseId} and r."diagnosisId" is not null
             union select f."diagnosisId" from "FinalDiagnosis" f where f."caseId" = ${caseId} and f."scoresVotes") a)` : none} as "answerIds",
           ${steps ? Prisma.sql`(select json_agg(${stepNamesJson}) from "StepDifferential" sd where sd."caseId" = ${caseId})` : none} as steps`);
  return others;
}

/** Each participant whose current list differs from their first commit: both, in rank order. */
function revisionsOf(entries: NonNullable<OthersRow["entries"]>, firsts: NonNullable<OthersRow["firsts"]>): NonNullable<ThinkingView["revisions"]> {
  const now = new Map<string, { name: string; list: Array<[number, string]> }>();
  for (const entry of entries) {
    const person = now.get(entry.userId) ?? { name: entry.userName, list: [] };
    person.list.push([entry.rank, entry.diagnosisName]);
    now.set(entry.userId, person);
  }
  const first = new Map<string, Array<[number, string]>>();
  for (const line of firsts) first.set(line.userId, [...(first.get(line.userId) ?? []), [line.rank, line.diagnosisName]]);
  const ordered = (list: Array<[number, string]>) => [...list].sort((a, b) => a[0] - b[0]).map(([, name]) => name);
  const revisions: NonNullable<ThinkingView["revisions"]> = [];
  for (const [userId, person] of now) {
    const firstList = first.get(userId);
    if (!firstList) continue;
    const [was, is] = [ordered(firstList), ordered(person.list)];
    if (was.join("\u0000") !== is.join("\u0000")) revisions.push({ name: person.name, first: was, now: is });
  }
  return revisions.sort((a, b) => a.name.localeCompare(b.name));
}
