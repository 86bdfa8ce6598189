// What a viewer may see of a case's collective thinking: their own differential and vote,
// and (only when the blind-first rules allow) everyone else's, the group differential and the
// vote distribution. A bounded number of queries whatever the number of participants.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { visibleCaseWhere } from "@/lib/cases/policy";
import { db } from "@/lib/db";
import { rankPoints, SUPPORT_POINTS, WEIGHTING_EXPLANATION } from "@/lib/differentials/schema";
import {
  canManagePoll, canPostDifferential, canReveal, canSeeDistribution, canSeeOthersThinking, canSeeVoterNames, canVote, isCaseLead,
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
  canPostDifferential: boolean;
  canVote: boolean;
  canManagePoll: boolean;
  canReveal: boolean;
  myDifferential: Array<{ diagnosisId: string; name: string; rank: number; rationale: string; studyIds: string[] }>;
  myVote: { diagnosisId: string; name: string } | null;
  group: GroupItem[] | null;
  distribution: { total: number; items: DistributionItem[] } | null;
  /** After the reveal: each participant's result, and the viewer's own. */
  results: ParticipantResult[] | null;
  weighting: string;
}

const pollFacts = { id: true, authorId: true, status: true, visibility: true, teamId: true, pollState: true, showVoterNames: true } as const;

export async function getThinking(viewer: Viewer, caseId: string): Promise<ThinkingView | null> {
  const kase = await db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: pollFacts });
  if (!kase) return null;

  const [mine, myVote] = await Promise.all([
    db.differentialEntry.findMany({
      where: { caseId, userId: viewer.id },
      orderBy: { rank: "asc" },
      select: { diagnosisId: true, rank: true, rationale: true, studyIds: true, diagnosis: { select: { name: true } } },
    }),
    db.vote.findUnique({ where: { caseId_userId: { caseId, userId: viewer.id } }, select: { diagnosisId: true, diagnosis: { select: { name: true } } } }),
  ]);
  const committed = mine.length > 0 || myVote !== null;
  const seeOthers = canSeeOthersThinking(viewer, kase, committed);
  const seeDistribution = canSeeDistribution(viewer, kase, myVote !== null, committed);
  const seeNames = canSeeVoterNames(viewer, kase);
  const revealed = kase.status === "resolved";

  const [entries, supports, votes, answer] = await Promise.all([
    seeOthers || revealed
      ? db.differentialEntry.findMany({
          where: { caseId },
          orderBy: { createdAt: "asc" },
          select: { userId: true, diagnosisId: true, rank: true, rationale: true, user: { select: { name: true } }, diagnosis: { select: { name: true } } },
        })
      : Promise.resolve([]),
    seeOthers
      ? db.differentialSupport.findMany({ where: { caseId }, select: { userId: true, diagnosisId: true, user: { select: { name: true } } } })
      : Promise.resolve([]),
    seeDistribution || revealed
      ? db.vote.findMany({ where: { caseId }, select: { userId: true, diagnosisId: true, user: { select: { name: true } }, diagnosis: { select: { name: true } } } })
      : Promise.resolve([]),
    revealed ? db.resolution.findUnique({ where: { caseId }, select: { diagnosisId: true } }) : Promise.resolve(null),
  ]);

  let group: GroupItem[] | null = null;
  if (seeOthers) {
    const items = new Map<string, GroupItem>();
    for (const entry of entries) {
      let item = items.get(entry.diagnosisId);
      if (!item) {
        item = { diagnosisId: entry.diagnosisId, name: entry.diagnosis.name, points: 0, supporters: 0, postedBy: entry.user.name, listedBy: [], supportedBy: [], listedByMe: false, supportedByMe: false };
        items.set(entry.diagnosisId, item);
      }
      item.points += rankPoints(entry.rank);
      item.supporters += 1;
      item.listedBy.push({ name: entry.user.name, rank: entry.rank, rationale: entry.rationale });
      if (entry.userId === viewer.id) item.listedByMe = true;
    }
    for (const support of supports) {
      const item = items.get(support.diagnosisId);
      if (!item) continue;
      item.points += SUPPORT_POINTS;
      item.supporters += 1;
      item.supportedBy.push(support.user.name);
      if (support.userId === viewer.id) item.supportedByMe = true;
    }
    group = [...items.values()].sort((a, b) => b.points - a.points || b.supporters - a.supporters || a.name.localeCompare(b.name));
  }

  let distribution: ThinkingView["distribution"] = null;
  if (seeDistribution) {
    const counts = new Map<string, DistributionItem>();
    for (const vote of votes) {
      const item = counts.get(vote.diagnosisId) ?? { diagnosisId: vote.diagnosisId, name: vote.diagnosis.name, count: 0, percent: 0, voters: seeNames ? [] : null };
      item.count += 1;
      item.voters?.push(vote.user.name);
      counts.set(vote.diagnosisId, item);
    }
    const total = votes.length;
    distribution = {
      total,
      items: [...counts.values()]
        .map((item) => ({ ...item, percent: total ? Math.round((item.count / total) * 1000) / 10 : 0 }))
        .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    };
  }

  let results: ParticipantResult[] | null = null;
  if (revealed && answer?.diagnosisId) {
    const byUser = new Map<string, ParticipantResult>();
    const ensure = (userId: string, name: string) => {
      const existing = byUser.get(userId);
      if (existing) return existing;
      const created = { userId, name, vote: null, voteCorrect: false, inTop3: false };
      byUser.set(userId, created);
      return created;
    };
    for (const vote of votes) {
      const result = ensure(vote.userId, vote.user.name);
      result.vote = vote.diagnosis.name;
      result.voteCorrect = vote.diagnosisId === answer.diagnosisId;
    }
    for (const entry of entries) {
      const result = ensure(entry.userId, entry.user.name);
      if (entry.rank <= 3 && entry.diagnosisId === answer.diagnosisId) result.inTop3 = true;
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
    canPostDifferential: canPostDifferential(viewer, kase),
    canVote: canVote(viewer, kase),
    canManagePoll: canManagePoll(viewer, kase),
    canReveal: canReveal(viewer, kase),
    myDifferential: mine.map((entry) => ({ diagnosisId: entry.diagnosisId, name: entry.diagnosis.name, rank: entry.rank, rationale: entry.rationale, studyIds: entry.studyIds })),
    myVote: myVote ? { diagnosisId: myVote.diagnosisId, name: myVote.diagnosis.name } : null,
    group,
    distribution,
    results,
    weighting: WEIGHTING_EXPLANATION,
  };
}
