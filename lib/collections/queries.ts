// Reads of collections. A collection's cases are read through the case visibility rule for the
// viewer (a case they may not see is simply absent), and named by the one title rule. A quiz step
// shows a case as an unknown: no title, tags, answer or timeline entry that is part of the answer,
// whatever the case's status, until the learner has committed their answer to it.
import "server-only";
import { stepFactsOf, stepFactsSelect, withEntriesFor } from "@/lib/cases/answer-entries";
import { canSeeAnswer, caseTitleFor, visibleCaseWhere } from "@/lib/cases/policy";
import { buildTimeline, readAnswer, timelineSelect, type CaseAnswer, type TimelineEntry } from "@/lib/cases/queries";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { canEditCollection, canOpenCollection } from "./policy";

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
  timeline: TimelineEntry[];
  /** Present once the learner has committed an answer to this case. */
  committed: { final: string; differential: string[]; correct: boolean | null; answer: CaseAnswer | null } | null;
}

/** One case of a collection played as a quiz (index from 0), or null (a 404). */
export async function getQuizStep(viewer: Viewer, collectionId: string, index: number, key?: string | null): Promise<QuizStep | null> {
  const collection = await getCollection(viewer, collectionId, key);
  const item = collection?.items[index];
  if (!collection || !item) return null;
  const kase = await db.case.findFirst({
    where: { AND: [{ id: item.caseId }, visibleCaseWhere(viewer)] },
    select: { id: true, presentation: true, ageBand: true, sex: true, region: true, authorId: true, status: true, visibility: true, teamId: true, ...timelineSelect, ...stepFactsSelect(viewer) },
  });
  if (!kase) return null;
  // Nothing that is part of the answer before the commit, even on a resolved case; of a
  // step-through unknown, what the case page shows this learner (decision 088).
  const seen = withEntriesFor(viewer, { ...kase, ...stepFactsOf(kase) });
  const timeline = buildTimeline(seen.studies.filter((study) => !study.partOfAnswer), seen.events.filter((event) => !event.partOfAnswer));
  const answer = await db.quizAnswer.findUnique({
    where: { collectionId_caseId_userId: { collectionId, caseId: kase.id, userId: viewer.id } },
    select: { correct: true, differentialIds: true, diagnosis: { select: { name: true } } },
  });
  let committed: QuizStep["committed"] = null;
  if (answer) {
    const names = answer.differentialIds.length
      ? await db.diagnosis.findMany({ where: { id: { in: answer.differentialIds } }, select: { id: true, name: true } })
      : [];
    committed = {
      final: answer.diagnosis.name,
      differential: answer.differentialIds.map((id) => names.find((entry) => entry.id === id)?.name ?? ""),
      correct: answer.correct,
      answer: canSeeAnswer(viewer, kase) ? await readAnswer(kase.id) : null,
    };
  }
  return {
    collection: { id: collection.id, title: collection.title }, index, count: collection.items.length, caseId: kase.id,
    presentation: kase.presentation, ageBand: kase.ageBand, sex: kase.sex, region: kase.region,
    // The owner's note may name the answer: shown with the reveal.
    note: committed ? item.note : "", timeline, committed,
  };
}

/** The viewer's teams, for sharing a collection with one. */
export async function teamsForSharing(viewer: Viewer): Promise<Array<{ id: string; name: string }>> {
  return db.team.findMany({ where: { id: { in: viewer.teamIds } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
