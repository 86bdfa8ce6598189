// Reads of collections. A collection's cases are read through the case visibility rule for the
// viewer (a case they may not see is simply absent), and named by the one title rule. A quiz step
// shows a case as an unknown: no title, tags, answer, timeline entry that is part of the answer or
// text that gives it away (quiz-view.ts), whatever the case's status, until the learner has
// committed their answer to it; then the whole course as the case page shows it. Past the last
// case, the quiz's summary.
import "server-only";
import { stepFactsOf, stepFactsSelect, withEntriesFor } from "@/lib/cases/answer-entries";
import { answerShownTo, caseTitleFor, visibleCaseWhere } from "@/lib/cases/policy";
import { buildTimeline, readAnswer, timelineSelect, type CaseAnswer, type TimelineEntry } from "@/lib/cases/queries";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { canEditCollection, canOpenCollection } from "./policy";
import { answerMatcher, timelineBeforeCommit, withoutAnswerSentences, type AnswerNames } from "./quiz-view";

const collectionSelect = {
  id: true, title: true, description: true, visibility: true, teamId: true, ownerId: true, shareKey: true, updatedAt: true,
  owner: { select: { name: true } }, team: { select: { name: true } },
} as const;

export interface CollectionSummary {
  id: string;
  title: string;
  visibility: string;
  ownerName: string;
  teamName: string | null;
  mine: boolean;
  updatedAt: string;
}

/** Mine, my teams', and public ones, newest first. */
export async function listCollections(viewer: Viewer): Promise<CollectionSummary[]> {
  const rows = await db.collection.findMany({
    where: { OR: [{ ownerId: viewer.id }, { visibility: "team", teamId: { in: viewer.teamIds } }, { visibility: "public" }] },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: collectionSelect,
  });
  return rows.map((row) => ({
    id: row.id, title: row.title, visibility: row.visibility, ownerName: row.owner.name, teamName: row.team?.name ?? null,
    mine: row.ownerId === viewer.id, updatedAt: row.updatedAt.toISOString(),
  }));
}

export interface CollectionView {
  id: string;
  title: string;
  description: string;
  visibility: string;
  teamId: string | null;
  teamName: string | null;
  ownerName: string;
  canEdit: boolean;
  /** The share link's key: only for the owner, who shares it. */
  shareKey: string | null;
  items: Array<{ caseId: string; title: string; region: string; status: string; note: string }>;
}

/** The collection as this viewer may see it, or null (a 404). */
export async function getCollection(viewer: Viewer, collectionId: string, key?: string | null): Promise<CollectionView | null> {
  const row = await db.collection.findUnique({
    where: { id: collectionId },
    select: {
      ...collectionSelect,
      items: {
        where: { case: visibleCaseWhere(viewer) },
        orderBy: [{ position: "asc" }, { caseId: "asc" }],
        select: { note: true, case: { select: { id: true, title: true, region: true, status: true, authorId: true, visibility: true, teamId: true } } },
      },
    },
  });
  if (!row || !canOpenCollection(viewer, row, key)) return null;
  const canEdit = canEditCollection(viewer, row);
  return {
    id: row.id, title: row.title, description: row.description, visibility: row.visibility, teamId: row.teamId, teamName: row.team?.name ?? null,
    ownerName: row.owner.name, canEdit, shareKey: canEdit ? row.shareKey : null,
    items: row.items.map((item) => ({ caseId: item.case.id, title: caseTitleFor(viewer, item.case), region: item.case.region, status: item.case.status, note: item.note })),
  };
}

/** The viewer's own collections, each saying whether it holds this case (the case page's "Add to collection"). */
export async function collectionsForCase(viewer: Viewer, caseId: string): Promise<Array<{ id: string; title: string; hasCase: boolean }>> {
  const rows = await db.collection.findMany({
    where: { ownerId: viewer.id },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, title: true, items: { where: { caseId }, select: { caseId: true } } },
  });
  return rows.map((row) => ({ id: row.id, title: row.title, hasCase: row.items.length > 0 }));
}

export interface QuizStep {
  collection: { id: string; title: string };
  index: number;
  count: number;
  caseId: string;
  presentation: string;
  ageBand: string;
  sex: string;
  region: string;
  note: string;
  /**
   * Before the commit: what the case page would show this learner, minus what gives the answer
   * away (lib/collections/quiz-view.ts). After it: the whole course as the case page shows it.
   */
  timeline: TimelineEntry[];
  /** Present once the learner has committed an answer to this case. */
  committed: {
    final: string;
    differential: string[];
    correct: boolean | null;
    answer: CaseAnswer | null;
    /** The case as the case page names it to this viewer, for the link to it. */
    caseTitle: string;
  } | null;
}

/** The names the case's final diagnosis goes by, to hold them back before the commit (never sent). */
async function answerNamesOf(caseId: string): Promise<AnswerNames> {
  const labels = { select: { name: true, synonyms: true } } as const;
  const [resolution, finals] = await Promise.all([
    db.resolution.findUnique({ where: { caseId }, select: { diagnosisText: true, diagnosis: labels } }),
    db.finalDiagnosis.findMany({ where: { caseId }, select: { diagnosis: labels } }),
  ]);
  return [resolution?.diagnosis, resolution?.diagnosisText, ...finals.map((row) => row.diagnosis)];
}

/** One case of a collection played as a quiz (index from 0), or null (a 404). */
export async function getQuizStep(viewer: Viewer, collectionId: string, index: number, key?: string | null): Promise<QuizStep | null> {
  const collection = await getCollection(viewer, collectionId, key);
  return collection ? quizStepOf(viewer, collection, index) : null;
}

async function quizStepOf(viewer: Viewer, collection: CollectionView, index: number): Promise<QuizStep | null> {
  const item = collection.items[index];
  if (!item) return null;
  const [kase, answer] = await Promise.all([
    db.case.findFirst({
      where: { AND: [{ id: item.caseId }, visibleCaseWhere(viewer)] },
      select: {
        id: true, title: true, presentation: true, ageBand: true, sex: true, region: true, authorId: true, status: true, visibility: true, teamId: true,
        ...timelineSelect, ...stepFactsSelect(viewer),
      },
    }),
    db.quizAnswer.findUnique({
      where: { collectionId_caseId_userId: { collectionId: collection.id, caseId: item.caseId, userId: viewer.id } },
      select: { correct: true, differentialIds: true, diagnosis: { select: { name: true } } },
    }),
  ]);
  if (!kase) return null;
  // Only the entries the case page shows this learner (decisions 065, 088, 093), before and after.
  const seen = withEntriesFor(viewer, { ...kase, ...stepFactsOf(kase) });
  const base = {
    collection: { id: collection.id, title: collection.title }, index, count: collection.items.length, caseId: kase.id,
    ageBand: kase.ageBand, sex: kase.sex, region: kase.region,
  };
  if (!answer) {
    // Before the commit, nothing that gives the answer away, even on a resolved case; the owner's
    // note may name the answer too: it comes with the reveal.
    const namesAnswer = answerMatcher(await answerNamesOf(kase.id));
    return {
      ...base,
      presentation: withoutAnswerSentences(kase.presentation, namesAnswer),
      note: "",
      timeline: timelineBeforeCommit(seen.studies, seen.events, namesAnswer),
      committed: null,
    };
  }
  const names = answer.differentialIds.length
    ? await db.diagnosis.findMany({ where: { id: { in: answer.differentialIds } }, select: { id: true, name: true } })
    : [];
  return {
    ...base,
    presentation: kase.presentation,
    note: item.note,
    // The whole course, as the case page shows it to this viewer: answer entries included once the
    // answer is theirs to see.
    timeline: buildTimeline(seen.studies, seen.events),
    committed: {
      final: answer.diagnosis.name,
      differential: answer.differentialIds.map((id) => names.find((entry) => entry.id === id)?.name ?? ""),
      correct: answer.correct,
      // As the case page: whoever the answer has been shown to (policy.answerShownTo) sees it.
      answer: answerShownTo(viewer, seen) ? await readAnswer(kase.id) : null,
      caseTitle: caseTitleFor(viewer, kase),
    },
  };
}

export interface QuizSummary {
  collection: { id: string; title: string };
  count: number;
  /** Cases this learner has committed an answer to. */
  answered: number;
  /** Of those, the ones scored (the answer was theirs to see at the commit), and how many were right. */
  scored: number;
  correct: number;
  /** Each case in order: the learner's final answer and its score, or null if not answered yet. */
  items: Array<{ index: number; final: string | null; correct: boolean | null }>;
}

async function quizSummaryOf(viewer: Viewer, collection: CollectionView): Promise<QuizSummary> {
  const answers = await db.quizAnswer.findMany({
    where: { collectionId: collection.id, userId: viewer.id, caseId: { in: collection.items.map((item) => item.caseId) } },
    select: { caseId: true, correct: true, diagnosis: { select: { name: true } } },
  });
  const byCase = new Map(answers.map((row) => [row.caseId, row]));
  return {
    collection: { id: collection.id, title: collection.title },
    count: collection.items.length,
    answered: answers.length,
    scored: answers.filter((row) => row.correct !== null).length,
    correct: answers.filter((row) => row.correct === true).length,
    items: collection.items.map((item, index) => {
      const row = byCase.get(item.caseId);
      return { index, final: row?.diagnosis.name ?? null, correct: row?.correct ?? null };
    }),
  };
}

/** The end of a quiz: what this learner answered of the collection's cases they may see, or null (a 404). */
export async function getQuizSummary(viewer: Viewer, collectionId: string, key?: string | null): Promise<QuizSummary | null> {
  const collection = await getCollection(viewer, collectionId, key);
  return collection ? quizSummaryOf(viewer, collection) : null;
}

/**
 * The quiz page: case `index` (from 0), or past the last case the summary, or null (a 404: a
 * collection the viewer may not open). One read of the collection either way.
 */
export async function getQuizPage(
  viewer: Viewer, collectionId: string, index: number, key?: string | null,
): Promise<{ kind: "step"; step: QuizStep } | { kind: "summary"; summary: QuizSummary } | null> {
  const collection = await getCollection(viewer, collectionId, key);
  if (!collection) return null;
  if (index < collection.items.length) {
    const step = await quizStepOf(viewer, collection, index);
    return step ? { kind: "step", step } : null;
  }
  return { kind: "summary", summary: await quizSummaryOf(viewer, collection) };
}

/** The viewer's teams, for sharing a collection with one. */
export async function teamsForSharing(viewer: Viewer): Promise<Array<{ id: string; name: string }>> {
  return db.team.findMany({ where: { id: { in: viewer.teamIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
