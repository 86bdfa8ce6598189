// The learning record: a participant's unknown cases, and how often their vote and their
// top-3 differential were right, counted only where the answer is certain or almost certain.
// Opened by the learner, their educators in a shared team and admins (canOpenRecordOf); it lists
// only the cases the viewer may see, named by the one title rule (decision 031).
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { caseTitleFor, visibleCaseWhere } from "@/lib/cases/policy";
import { db } from "@/lib/core/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canOpenRecordOf, opensEveryRecord, opensOthersRecords } from "./policy";

const COUNTED_CERTAINTIES = ["certain", "almost_certain"] as const;

export interface RecordRow {
  caseId: string;
  title: string;
  revealedAt: string | null;
  counted: boolean;
  voted: boolean;
  voteCorrect: boolean;
  inTop3: boolean;
}

export interface LearningRecord {
  user: { id: string; name: string };
  attempted: number;
  counted: number;
  voteAccuracy: number | null;
  top3Accuracy: number | null;
  rows: RecordRow[];
  /** Per month of reveal: counted cases, votes right, top-3 right. */
  byMonth: Array<{ month: string; counted: number; votesRight: number; top3Right: number }>;
  /** Collections played as quizzes (cases the viewer may see): answers committed, scored, right. */
  quiz: { answered: number; scored: number; correct: number };
}

/** The learner's quiz answers on cases the viewer may see (a team-only case stays out of an outsider's view). */
async function quizScore(viewer: Viewer, userId: string): Promise<LearningRecord["quiz"]> {
  const rows = await db.quizAnswer.groupBy({
    by: ["correct"],
    where: { userId, case: visibleCaseWhere(viewer) },
    _count: { _all: true },
  });
  const count = (value: boolean | null) => rows.find((row) => row.correct === value)?._count._all ?? 0;
  return { answered: count(true) + count(false) + count(null), scored: count(true) + count(false), correct: count(true) };
}

const AWAITING_REVEAL = "Unknown case (awaiting reveal)";

/** The learner with the teams they are a (non-guest) member of: what canOpenRecordOf decides on. */
const learnerSelect = {
  id: true, name: true,
  memberships: { where: { role: { not: "guest" } }, select: { teamId: true } },
} as const satisfies Prisma.UserSelect;

/** The record, or null (a 404) when there is no such learner or the viewer may not open it. */
export async function getLearningRecord(viewer: Viewer, userId: string): Promise<LearningRecord | null> {
  const learner = await db.user.findUnique({ where: { id: userId }, select: learnerSelect });
  if (!learner || !canOpenRecordOf(viewer, { id: learner.id, teamIds: learner.memberships.map((membership) => membership.teamId) })) return null;
  const user = { id: learner.id, name: learner.name };
  const cases = await db.case.findMany({
    where: {
      AND: [
        // Only cases the viewer may see: a learner's team-only case stays out of an outsider's view.
        visibleCaseWhere(viewer),
        { postedAsUnknown: true, authorId: { not: userId }, OR: [{ votes: { some: { userId } } }, { differentials: { some: { userId } } }] },
      ],
    },
    select: {
      id: true, title: true, status: true, authorId: true, visibility: true, teamId: true,
      resolution: { select: { diagnosisId: true, certainty: true, revealedAt: true } },
      finalDiagnoses: { where: { scoresVotes: true }, select: { diagnosisId: true } },
      votes: { where: { userId }, select: { diagnosisId: true } },
      differentials: { where: { userId, rank: { lte: 3 } }, select: { diagnosisId: true } },
      // The first commit is what blind-first scores (decision 066); lists posted before it was kept have none.
      firstDifferentials: { where: { userId, rank: { lte: 3 } }, select: { diagnosisId: true } },
    },
  });
  const rows: RecordRow[] = cases.map((kase) => {
    const revealed = kase.status === "resolved" ? kase.resolution : null;
    const answer = revealed?.diagnosisId ?? null;
    // Right answers: the primary diagnosis and the secondary ones the author lets score (decision 067).
    const right = new Set([answer, ...kase.finalDiagnoses.map((final) => final.diagnosisId)].filter(Boolean));
    const top3 = kase.firstDifferentials.length ? kase.firstDifferentials : kase.differentials;
    const counted = Boolean(revealed && answer && COUNTED_CERTAINTIES.includes(revealed.certainty as (typeof COUNTED_CERTAINTIES)[number]));
    return {
      caseId: kase.id,
      // Unrevealed unknown cases keep their title hidden here too.
      title: revealed ? caseTitleFor(viewer, kase) : AWAITING_REVEAL,
      revealedAt: revealed?.revealedAt?.toISOString() ?? null,
      counted,
      voted: kase.votes.length > 0,
      voteCorrect: counted && right.has(kase.votes[0]?.diagnosisId ?? null),
      inTop3: counted && top3.some((entry) => right.has(entry.diagnosisId)),
    };
  });
  rows.sort((a, b) => (a.revealedAt ?? "9999").localeCompare(b.revealedAt ?? "9999"));
  const countedRows = rows.filter((row) => row.counted);
  const votedCounted = countedRows.filter((row) => row.voted);
  const months = new Map<string, { month: string; counted: number; votesRight: number; top3Right: number }>();
  for (const row of countedRows) {
    const month = row.revealedAt!.slice(0, 7);
    const entry = months.get(month) ?? { month, counted: 0, votesRight: 0, top3Right: 0 };
    entry.counted += 1;
    if (row.voteCorrect) entry.votesRight += 1;
    if (row.inTop3) entry.top3Right += 1;
    months.set(month, entry);
  }
  const ratio = (right: number, total: number) => (total ? Math.round((right / total) * 1000) / 10 : null);
  return {
    user,
    attempted: rows.length,
    counted: countedRows.length,
    voteAccuracy: ratio(votedCounted.filter((row) => row.voteCorrect).length, votedCounted.length),
    top3Accuracy: ratio(countedRows.filter((row) => row.inTop3).length, countedRows.length),
    rows,
    byMonth: [...months.values()].sort((a, b) => a.month.localeCompare(b.month)),
    quiz: await quizScore(viewer, userId),
  };
}

/**
 * Learners whose records the viewer may open and who have attempted an unknown case: for an
 * admin everyone, for a team's owner, coordinator or educator that team's (non-guest) members.
 */
export async function listLearners(viewer: Viewer) {
  if (!opensOthersRecords(viewer)) return [];
  const attempted: Prisma.UserWhereInput = { OR: [{ votes: { some: { case: { postedAsUnknown: true } } } }, { differentials: { some: { case: { postedAsUnknown: true } } } }] };
  const mine: Prisma.UserWhereInput = opensEveryRecord(viewer) ? {} : { memberships: { some: { teamId: { in: viewer.leadTeamIds ?? [] }, role: { not: "guest" } } } };
  return db.user.findMany({
    where: { AND: [attempted, mine] },
    orderBy: { name: "asc" },
    take: 200,
    select: { id: true, name: true, role: true },
  });
}
