// Reads for case pages. Each returns a view model already filtered by policy: a caller cannot
// get the diagnosis of a case whose viewer may not see it, because it is never selected.
import "server-only";
import { cache } from "react";
import { sql } from "@/lib/core/db";
import { renderSafeMarkdown } from "@/lib/core/markdown";
import { Prisma } from "@/lib/generated/prisma/client";
import type { PollState } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/core/viewer";
import { answerShownAtConferenceSql, answerShownTo, answerVisibleSql, canEditCase, canSeeCaseLabels, caseTitleFor, stepsThrough, visibleCaseSql, type CaseAccessFacts, type StepFacts } from "./policy";
import { encodeCursor } from "./schema";
import { byTimeline, formatStudySpan } from "./timeline";
import type { EventRow, StudyRow, TimelineEntry } from "./timeline-entries";
import { buildTimeline } from "./timeline-entries";
import { withEntriesFor, type StepPosition } from "./answer-entries";
import { lastEventIdSql } from "@/lib/live/notify";

export const LIBRARY_PAGE_SIZE = 20;

export const accessSelect = { authorId: true, status: true, visibility: true, teamId: true } as const;

function firstLine(text: string, max = 160): string {
  const line = text.trim().split(/\r?\n/, 1)[0] ?? "";
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** The title a viewer may see (the one rule, caseTitleFor), with a teaser when the title is hidden. */
export function displayTitle(viewer: Viewer | null, kase: CaseAccessFacts & { title: string; presentation: string }) {
  return { title: caseTitleFor(viewer, kase), teaser: canSeeCaseLabels(viewer, kase) ? null : firstLine(kase.presentation) };
}

export interface LibraryItem {
  id: string;
  title: string;
  teaser: string | null;
  region: string;
  modalities: string[];
  studyCount: number;
  span: string;
  status: string;
  authorName: string;
  /** An imported case: who wrote it, as named in the file (authorName is who imported it). */
  originalAuthorName?: string | null;
  /** When it was posted (or imported): two cards with the same teaser still differ. */
  createdAt?: string;
  lastActivityAt: string;
}

/** What a library card shows: a page sends twenty of them to the browser, so nothing more (decision 125). */
export type CaseCardItem = Pick<LibraryItem, "id" | "title" | "teaser" | "region" | "modalities" | "span" | "status" | "authorName" | "originalAuthorName" | "createdAt">;

export function toCardItem(item: LibraryItem): CaseCardItem {
  const { id, title, teaser, region, modalities, span, status, authorName, originalAuthorName, createdAt } = item;
  return { id, title, teaser, region, modalities, span, status, authorName, originalAuthorName, createdAt };
}

const studySeenByAll: Prisma.StudyWhereInput = { OR: [{ partOfAnswer: false }, { case: { status: "resolved" } }] };
/** studySeenByAll in SQL, for the study `study` of the case `kase`: the answer rule for no viewer in particular. */
const studySeenByAllSql = (study: string, kase: string) =>
  Prisma.sql`(not ${Prisma.raw(`"${study}"`)}."partOfAnswer" or ${answerVisibleSql(null, kase)})`;

export const librarySelect = {
  id: true,
  title: true,
  presentation: true,
  region: true,
  lastActivityAt: true,
  createdAt: true,
  originalAuthorName: true,
  ...accessSelect,
  author: { select: { name: true } },
  // A card counts only studies anyone may see: not those that are part of an unresolved answer
  // (decision 065), and of a step-through unknown only the first (decision 088, toLibraryItem).
  stepThrough: true,
  studies: { where: studySeenByAll, select: { modality: true, dayOffset: true, position: true } },
} as const;

export type LibraryRow = CaseAccessFacts & {
  id: string;
  title: string;
  presentation: string;
  region: string;
  lastActivityAt: Date;
  createdAt?: Date;
  originalAuthorName?: string | null;
  author: { name: string };
  stepThrough: boolean;
  studies: Array<{ modality: string; dayOffset: number; position: number }>;
};

export function toLibraryItem(viewer: Viewer | null, row: LibraryRow): LibraryItem {
  // What every learner sees of a step-through unknown: the first study (the rule at step 0).
  const studies = stepsThrough(viewer, row) ? [...row.studies].sort(byTimeline).slice(0, 1) : row.studies;
  return {
    id: row.id,
    ...displayTitle(viewer, row),
    region: row.region,
    modalities: [...new Set(studies.map((study) => study.modality))],
    studyCount: studies.length,
    span: formatStudySpan(studies.map((study) => study.dayOffset)),
    status: row.status,
    authorName: row.author.name,
    originalAuthorName: row.originalAuthorName ?? null,
    createdAt: row.createdAt?.toISOString(),
    lastActivityAt: row.lastActivityAt.toISOString(),
  };
}

export async function listCases(
  viewer: Viewer,
  cursor?: { at: Date; id: string },
): Promise<{ items: LibraryItem[]; nextCursor: string | null }> {
  // Raw, as the search statement is: through Prisma, compiling this relation query took 3 ms of
  // the library page's server time on every view (its query compiler runs on each call).
  const after = cursor ? Prisma.sql`and (c."lastActivityAt", c.id) < (${cursor.at}, ${cursor.id})` : Prisma.empty;
  const rows = await sql<LibraryRow[]>(Prisma.sql`
    select c.id, c.title, c.presentation, c.region, c."lastActivityAt", c."createdAt", c."originalAuthorName",
      c."authorId", c.status, c.visibility, c."teamId", c."stepThrough", json_build_object('name', u.name) as author,
      coalesce((select json_agg(json_build_object('modality', st.modality, 'dayOffset', st."dayOffset", 'position', st.position))
        from "Study" st where st."caseId" = c.id and ${studySeenByAllSql("st", "c")}), '[]'::json) as studies
    from "Case" c join "User" u on u.id = c."authorId"
    where ${visibleCaseSql(viewer, "c")} ${after}
    order by c."lastActivityAt" desc, c.id desc limit ${LIBRARY_PAGE_SIZE + 1}`);
  const page = rows.slice(0, LIBRARY_PAGE_SIZE);
  const last = page.at(-1);
  return {
    items: page.map((row) => toLibraryItem(viewer, row)),
    nextCursor: rows.length > LIBRARY_PAGE_SIZE && last ? encodeCursor(last.lastActivityAt, last.id) : null,
  };
}

export { buildTimeline, timelineSelect, type TimelineEntry } from "./timeline-entries";

export interface CaseAnswer {
  diagnosis: string | null;
  certainty: string | null;
  basis: string | null;
  explanation: string | null;
  teachingPoints: string | null;
  /** The teaching points as sanitized HTML (Markdown, like comments: lib/core/markdown.ts). */
  teachingPointsHtml: string | null;
  revealedAt: string | null;
}

export interface CasePageView {
  id: string;
  title: string;
  teaser: string | null;
  presentation: string;
  ageBand: string;
  sex: string;
  region: string;
  tags: string[];
  status: string;
  authorName: string;
  /** An imported case: its author as named in the file; `authorName` imported it (issue 26 item 16). */
  originalAuthorName: string | null;
  isAuthor: boolean;
  canEdit: boolean;
  createdAt: string;
  updatedAt: string;
  timeline: TimelineEntry[];
  /** Present only to a viewer the answer has been shown to; see policy.answerShownTo. */
  answer: CaseAnswer | null;
  /** The answer exists but is hidden from this viewer. */
  answerHidden: boolean;
  /** A learner's place on a step-through unknown (decision 088); null for anyone else. */
  steps: StepPosition | null;
  /** Who may see it; the page records views of team-only cases in the audit trail. */
  access: { visibility: string; teamId: string | null };
}

/** What the case summary renders, and no more: it is a client component (components/cases/case-summary.tsx). */
const SUMMARY_FIELDS = ["id", "title", "status", "region", "authorName", "originalAuthorName", "tags", "canEdit", "ageBand", "sex", "presentation", "timeline", "answer", "answerHidden", "isAuthor", "steps"] as const;
export type CaseSummaryView = Pick<CasePageView, (typeof SUMMARY_FIELDS)[number]>;

export function caseSummaryView(kase: CasePageView): CaseSummaryView {
  return Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, kase[field]])) as CaseSummaryView;
}

export type CaseRow = CaseAccessFacts & {
  id: string; title: string; presentation: string; ageBand: string; sex: string; region: string; tags: string[];
  createdAt: Date; updatedAt: Date; authorName: string; originalAuthorName: string | null; studies: StudyRow[]; events: EventRow[];
  pollState: PollState; showVoterNames: boolean; lastEventId: string | null;
} & StepFacts & {
  /** Set by withEntriesFor, right after the read. */
  steps: StepPosition | null;
};

/**
 * The case's read: content, timeline, policy facts and the live stream's cursor, or no row if this
 * viewer may not see it. `extra` adds other areas' columns (", <expr> as name", over the "Case" row
 * `c`): the case page adds the viewer's own thinking and "Discussed at" (lib/pages/case-page.ts) so
 * that the whole page is one statement (decision 017). The answer is never here: it is read only
 * when the policy lets the viewer see it.
 */
export function caseReadSql(viewer: Viewer | null, caseId: string, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`
    select c.id, c.title, c.presentation, c."ageBand", c.sex::text as sex, c.region, coalesce(c.tags, '{}') as tags, c.status::text as status,
           c.visibility::text as visibility, c."teamId", c."authorId", c."createdAt", c."updatedAt", u.name as "authorName", c."originalAuthorName",
           c."pollState"::text as "pollState", c."showVoterNames", c."stepThrough",
           (select count(*)::int from "StepDifferential" sd where sd."caseId" = c.id and sd."userId" = ${viewer?.id ?? null}) as "stepsDone",
           ${answerShownAtConferenceSql(viewer?.id ?? null, Prisma.sql`c.id`)} as "answerShown",
           coalesce((select json_agg(json_build_object(
             'id', s.id, 'position', s.position, 'dayOffset', s."dayOffset", 'label', s.label, 'modality', s.modality,
             'region', s.region, 'technique', s.technique, 'contrast', s.contrast, 'findings', s.findings,
             'impression', s.impression, 'change', s.change, 'partOfAnswer', s."partOfAnswer")) from "Study" s where s."caseId" = c.id), '[]') as studies,
           coalesce((select json_agg(json_build_object(
             'id', e.id, 'position', e.position, 'dayOffset', e."dayOffset", 'label', e.label, 'kind', e.kind,
             'description', e.description, 'partOfAnswer', e."partOfAnswer")) from "ClinicalEvent" e where e."caseId" = c.id), '[]') as events,
           ${lastEventIdSql(Prisma.sql`c.id`)} as "lastEventId"${extra}
    from "Case" c join "User" u on u.id = c."authorId"
    where c.id = ${caseId} and ${visibleCaseSql(viewer, "c")}`;
}

/**
 * The case read alone, cached per request (outside a page, callers pass a read on as `read`).
 * The case page uses the larger read of lib/pages/case-page.ts instead.
 */
export const readCase = cache(async (viewer: Viewer | null, caseId: string): Promise<CaseRow | null> => {
  const [row] = await sql<Array<Omit<CaseRow, "steps">>>(caseReadSql(viewer, caseId));
  return row ? withEntriesFor(viewer, row) : null;
});

export async function getCasePage(viewer: Viewer | null, caseId: string, read = readCase(viewer, caseId)): Promise<CasePageView | null> {
  const row = await read;
  if (!row) return null;

  const labelsVisible = canSeeCaseLabels(viewer, row);
  // Attendees of a conference where the answer was revealed to the room see it here too (issue 26
  // item 9); the case itself stays unknown to everyone else.
  const answerVisible = answerShownTo(viewer, row);
  const resolution = answerVisible ? await readAnswer(row.id) : null;

  return {
    id: row.id,
    ...displayTitle(viewer, row),
    presentation: row.presentation,
    ageBand: row.ageBand,
    sex: row.sex,
    region: row.region,
    tags: labelsVisible ? row.tags : [],
    status: row.status,
    authorName: row.authorName,
    originalAuthorName: row.originalAuthorName ?? null,
    isAuthor: viewer?.id === row.authorId,
    canEdit: canEditCase(viewer, row),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    timeline: buildTimeline(row.studies, row.events),
    answer: resolution,
    answerHidden: !answerVisible,
    steps: row.steps,
    access: { visibility: row.visibility, teamId: row.teamId },
  };
}

/** What the discussion and the vote panel need to know about a case: who may do what. */
export interface CaseFacts extends CaseAccessFacts {
  id: string;
  pollState: PollState;
  showVoterNames: boolean;
  /** Studies in timeline order, for anchoring comments and differentials. */
  studies: Array<{ id: string; dayOffset: number; position: number; label: string | null; modality: string }>;
  /** Newest live event id ("0" for none): a live stream resumes from here. */
  lastEventId: string;
  /** A step-through unknown (decision 088), and this viewer's place on it if they step through it. */
  stepThrough: boolean;
  steps: StepPosition | null;
  /** The answer was revealed to a conference room this viewer was in (StepFacts.answerShown). */
  answerShown: boolean;
}

/** The case's policy facts, or null if this viewer may not see it (the same cached read). */
export async function getCaseFacts(viewer: Viewer, caseId: string, read = readCase(viewer, caseId)): Promise<CaseFacts | null> {
  const row = await read;
  if (!row) return null;
  const { id, authorId, status, visibility, teamId, pollState, showVoterNames, stepThrough, steps, answerShown } = row;
  const studies = [...row.studies].sort((a, b) => a.dayOffset - b.dayOffset || a.position - b.position);
  return { id, authorId, status, visibility, teamId, pollState, showVoterNames, studies, lastEventId: row.lastEventId ?? "0", stepThrough, steps, answerShown };
}

export async function readAnswer(caseId: string): Promise<CaseAnswer | null> {
  return (await readResolution(caseId))?.answer ?? null;
}

/** The answer and the catalogue id of its diagnosis (to score votes against it), in one read. */
export async function readResolution(caseId: string): Promise<{ answer: CaseAnswer; diagnosisId: string | null } | null> {
  const [row] = await sql<Array<Omit<CaseAnswer, "revealedAt" | "teachingPointsHtml"> & { diagnosisId: string | null; revealedAt: Date | null }>>(Prisma.sql`
    select r."diagnosisId", coalesce(d.name, r."diagnosisText") as diagnosis, r.certainty::text as certainty, r.basis::text as basis,
           r.explanation, r."teachingPoints", r."revealedAt"
    from "Resolution" r left join "Diagnosis" d on d.id = r."diagnosisId"
    where r."caseId" = ${caseId}`);
  if (!row) return null;
  const { diagnosisId, revealedAt, ...answer } = row;
  const teachingPointsHtml = answer.teachingPoints ? renderSafeMarkdown(answer.teachingPoints) : null;
  return { diagnosisId, answer: { ...answer, teachingPointsHtml, revealedAt: revealedAt?.toISOString() ?? null } };
}

/**
 * Metadata for <title>: never the real title of an unknown case to a non-editor. From the
 * request's cached case read, which the page itself needs too (no statement of its own).
 */
export async function getCaseTitle(viewer: Viewer | null, caseId: string, read = readCase(viewer, caseId)): Promise<string | null> {
  const row = await read;
  return row ? displayTitle(viewer, row).title : null;
}
