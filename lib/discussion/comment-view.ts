// A comment as a reader gets it: the one column list the discussion's statements read, and the
// step that applies this reader's rights to a row. The rows are shared between readers (decision
// 026); everything about who may see what happens here. A slice anchor or a slice link (decision
// 071) reaches only a reader who may see that series' images now (canSeeStudyImages); for anyone
// else the anchor is absent and the link is the words "slice N": no id, no image URL, no name.
import "server-only";
import { isoTimestampSql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { canEditCase, type CaseAccessFacts, type StepFacts } from "@/lib/cases/policy";
import { Prisma } from "@/lib/generated/prisma/client";
import { canSeeStudyImages } from "@/lib/imaging/policy";
import { gateOf, seriesFactsJson, type SeriesFacts } from "@/lib/imaging/anchor-sql";
import { imageVersion } from "@/lib/imaging/version";
import { resolveSliceRefs, type AnchorMark, type CommentAnchorView } from "./anchor";
import { canDeleteComment, canEditComment, canRemoveComment } from "./policy";

export interface CommentView {
  id: string;
  parentId: string | null;
  path: string;
  depth: number;
  authorId: string;
  authorName: string;
  /** The study it is about, when this reader may see that study; else null. */
  studyId: string | null;
  /** The slice it points at, when this reader may see it; else null. */
  anchor: CommentAnchorView | null;
  /** Sanitized at write time, slice links resolved for this reader; null for a tombstone. */
  html: string | null;
  /** The markdown source, only for the comment's own author (to edit it). */
  body: string | null;
  state: "visible" | "deleted" | "removed";
  removalReason: string | null;
  createdAt: string;
  editedAt: string | null;
  descendantCount: number;
  canEdit: boolean;
  canDelete: boolean;
  canRemove: boolean;
}

type AnchorRow = SeriesFacts & {
  imageId: string | null; imageNeedsReview: boolean; width: number | null; height: number | null; mark: AnchorMark | null;
  /** The slice's storage keys, only to derive its URL version (never sent on). */
  fullKey: string | null; thumbKey: string | null; dicomKey: string | null;
  /** 1-based place of the slice among all the series' slices, and among those not awaiting review. */
  sliceAll: number; sliceShown: number;
};

export interface CommentRow {
  id: string; parentId: string | null; path: string; depth: number; studyId: string | null; descendantCount: number;
  authorId: string; body: string | null; bodyHtml: string | null; deletedAt: string | null; removedById: string | null;
  removalReason: string | null; createdAt: string; editedAt: string | null; authorName: string;
  anchor: AnchorRow | null;
  /** The series its slice links name (only this case's). */
  slices: SeriesFacts[] | null;
}

const before = Prisma.sql`(p.position, p.id) < (i.position, i.id)`;

/** A comment as CommentRow, from `c` joined to its author `u`: the one column list for rows and JSON. */
export const commentFields = Prisma.sql`'id', c.id, 'parentId', c."parentId", 'path', c.path, 'depth', c.depth, 'authorId', c."authorId",
  'studyId', c."studyId", 'body', c.body, 'bodyHtml', c."bodyHtml", 'deletedAt', ${isoTimestampSql(Prisma.sql`c."deletedAt"`)},
  'removedById', c."removedById", 'removalReason', c."removalReason", 'createdAt', ${isoTimestampSql(Prisma.sql`c."createdAt"`)},
  'editedAt', ${isoTimestampSql(Prisma.sql`c."editedAt"`)}, 'descendantCount', c."descendantCount", 'authorName', u.name,
  'anchor', case when c."seriesId" is not null and c."deletedAt" is null then (
    select (${seriesFactsJson})::jsonb || jsonb_build_object('imageId', i.id, 'imageNeedsReview', coalesce(i."needsReview", false),
      'width', i.width, 'height', i.height, 'mark', c."anchorMark", 'fullKey', i."fullKey", 'thumbKey', i."thumbKey", 'dicomKey', i."dicomKey",
      'sliceAll', (select count(*)::int + 1 from "Image" p where p."seriesId" = s.id and ${before}),
      'sliceShown', (select count(*)::int + 1 from "Image" p where p."seriesId" = s.id and not p."needsReview" and ${before}))
    from "ImageSeries" s join "Study" st on st.id = s."studyId" left join "Image" i on i.id = c."imageId"
    where s.id = c."seriesId") end,
  'slices', case when c."bodyHtml" like '%data-slice=%' then (
    select json_agg(${seriesFactsJson}) from "ImageSeries" s join "Study" st on st.id = s."studyId"
    where s."caseId" = c."caseId" and s.id in (select (regexp_matches(c."bodyHtml", 'data-slice="([a-z0-9]+)/', 'g'))[1])) end`;

/** What the reader's rights over a case's images depend on, beyond the case itself. */
export interface ReaderContext {
  caseId: string;
  /** The studies this reader may see (the case read's, after the answer's entries were dropped). */
  studyIds: Set<string>;
  /** The reader's live-conference gate (lib/imaging/anchor-sql.ts); null: none. */
  reachedStep: number | null;
}

/**
 * The case as a reader's rights need it: its access facts and whether its answer was revealed to a
 * conference room the reader was in (then a study that is part of the answer is theirs: decision 093).
 */
export type ReaderCase = CaseAccessFacts & Pick<StepFacts, "answerShown">;

/** Whether rows carry anything that depends on the reader's live-conference gate. */
export const needsGate = (rows: Array<Pick<CommentRow, "anchor" | "slices">>) => rows.some((row) => row.anchor || row.slices?.length);

function seesSeries(viewer: Viewer, kase: ReaderCase, context: ReaderContext, series: SeriesFacts, imageNeedsReview = false): boolean {
  if (!context.studyIds.has(series.studyId)) return false;
  const image = { needsReview: series.needsReview || imageNeedsReview, partOfAnswer: series.partOfAnswer };
  // The study's steps were applied with its stage when `studyIds` was made; the facts here carry
  // no stage, so passing the step facts on would hide every slice of a step-through case from a learner.
  const { authorId, status, visibility, teamId, answerShown } = kase;
  return canSeeStudyImages(viewer, { authorId, status, visibility, teamId, answerShown }, image, gateOf(context.reachedStep, series.studyStep));
}

function anchorFor(viewer: Viewer, kase: ReaderCase, context: ReaderContext, row: AnchorRow | null): CommentAnchorView | null {
  if (!row || !seesSeries(viewer, kase, context, row, row.imageNeedsReview)) return null;
  return {
    seriesId: row.id,
    seriesName: row.name,
    imageId: row.imageId,
    imageVersion: row.imageId && row.fullKey && row.thumbKey ? imageVersion({ fullKey: row.fullKey, thumbKey: row.thumbKey, dicomKey: row.dicomKey }) : null,
    slice: canEditCase(viewer, kase) ? row.sliceAll : row.sliceShown,
    width: row.width ?? 1,
    height: row.height ?? 1,
    mark: row.imageId ? row.mark : null,
  };
}

/**
 * What a reader is shown of a comment about a study they may not see yet (a study a learner has
 * not unlocked on a step-through unknown, or one an unknown case's author marked part of the
 * answer and anchored a comment to): that it exists, in its place in the thread, not what it says.
 * Its author always sees their own words.
 */
const WITHHELD_HTML = "<p><em>This comment is about a study you cannot see yet: it shows when that study does.</em></p>";

export function toView(viewer: Viewer, kase: ReaderCase, context: ReaderContext, row: CommentRow): CommentView {
  const state = row.deletedAt ? (row.removedById ? "removed" : "deleted") : "visible";
  if (state === "visible" && row.studyId && !context.studyIds.has(row.studyId) && row.authorId !== viewer.id) {
    return { ...toView(viewer, kase, context, { ...row, studyId: null, anchor: null, slices: [], bodyHtml: null }), html: WITHHELD_HTML };
  }
  const named = new Map((row.slices ?? []).filter((series) => seesSeries(viewer, kase, context, series)).map((series) => [series.id, series.name]));
  return {
    id: row.id,
    parentId: row.parentId,
    path: row.path,
    depth: row.depth,
    authorId: row.authorId,
    authorName: row.authorName,
    studyId: row.studyId && context.studyIds.has(row.studyId) ? row.studyId : null,
    anchor: state === "visible" ? anchorFor(viewer, kase, context, row.anchor) : null,
    html: state === "visible" && row.bodyHtml !== null ? resolveSliceRefs(row.bodyHtml, context.caseId, (id) => named.get(id) ?? null) : null,
    body: state === "visible" && row.authorId === viewer.id ? row.body : null,
    state,
    removalReason: state === "removed" ? row.removalReason : null,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    descendantCount: row.descendantCount,
    canEdit: canEditComment(viewer, row),
    canDelete: canDeleteComment(viewer, row),
    canRemove: canRemoveComment(viewer, kase, row),
  };
}
