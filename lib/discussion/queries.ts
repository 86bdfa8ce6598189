// Reads of a case's discussion, in SQL (decision 017). The thread's shape (ids, paths, depths)
// is one indexed query in path order; the window to send is chosen in memory, and only its
// comments' text is read. Deleted comments come back as tombstones without text.
import "server-only";
import { db, sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { visibleCaseSql, visibleCaseWhere, type CaseAccessFacts } from "@/lib/cases/policy";
import { getCaseFacts, type CaseRow } from "@/lib/cases/queries";
import { formatOffset } from "@/lib/cases/timeline";
import { Prisma } from "@/lib/generated/prisma/client";
import { sharedReads } from "@/lib/core/shared-read";
import { canComment } from "./policy";
import { commentFields, needsGate, toView, type CommentRow, type CommentView, type ReaderContext } from "./comment-view";
import { answerShownAtConferenceSql, canEditCase, canSeeTimelineEntry, type StepFacts } from "@/lib/cases/policy";
import { timelineStages } from "@/lib/cases/answer-entries";
import { liveReachedStepSql } from "@/lib/imaging/anchor-sql";
import { resolveSliceRefs } from "./anchor";

export type { CommentView } from "./comment-view";
import { INLINE_DEPTH } from "./constants";
import { SEGMENT_WIDTH } from "./write";
import type { ThreadSort } from "./tree";

export interface DiscussionView {
  caseId: string;
  comments: CommentView[];
  studies: Array<{ id: string; label: string; commentCount: number }>;
  canComment: boolean;
  /** Newest event id at render time: the live stream resumes from here. */
  lastEventId: string;
  /** Visible (not deleted) comments in the whole discussion, loaded or not. */
  commentCount: number;
  /** Threads matching the window's filter, and where the next window starts (null: no more). */
  totalThreads: number;
  nextOffset: number | null;
}

async function visibleCase(viewer: Viewer, caseId: string) {
  return db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: { id: true, authorId: true, status: true, visibility: true, teamId: true } });
}

/**
 * Comments in the case page's first window at most (whole threads): what a reader sees first,
 * below the case itself. Further windows (scrolling, "show more threads") are larger.
 */
export const FIRST_WINDOW = 20;
/** Comments in each further window at most (whole threads). */
export const COMMENT_WINDOW = 100;

export interface DiscussionOptions {
  /** A "continue this thread" page: only this comment's subtree. */
  rootId?: string;
  sort?: ThreadSort;
  /** Top-level threads to skip (the "show more threads" button). */
  threadOffset?: number;
  /** Only threads with a comment anchored to this study. */
  studyId?: string | null;
  /** Only the thread that contains this comment (a permalink into an unloaded thread). */
  threadOf?: string;
  /** Comments in the window at most (whole threads); COMMENT_WINDOW by default. */
  window?: number;
  /** The case read already under way for this request (see readCase). */
  read?: Promise<CaseRow | null>;
}

/** Deeper than any thread goes (the column is an int4, so no larger sentinel). */
const EVERY_DEPTH = 100_000;

interface WindowRow {
  comments: CommentRow[] | null;
  /** False when the window was asked for a comment (rootId) the case does not have. */
  found: boolean;
  totalThreads: number;
  chosenThreads: number;
  commentCount: number;
  studyCounts: Record<string, number> | null;
}

/**
 * The discussion of a case as one window of whole threads, in one statement besides the case read
 * shared with the page (decision 017). The database groups the comments into threads (a thread is
 * every comment whose path starts with its root's 12-digit segment), sorts and filters them, and
 * returns only the window's comments with their text, plus the counts the page shows; the app's
 * work is the same at 500 or 5,000 comments.
 */
export async function getDiscussion(viewer: Viewer, caseId: string, options: DiscussionOptions = {}): Promise<DiscussionView | null> {
  const offset = Math.max(0, options.threadOffset ?? 0);
  const kase = await getCaseFacts(viewer, caseId, options.read);
  if (!kase) return null;
  const studyIds = new Set(kase.studies.map((study) => study.id));
  // A study this reader may not see (part of the answer) is one no comment is about: the filter
  // must not tell which comments are about it. "-" is no id.
  if (options.studyId && !studyIds.has(options.studyId)) options = { ...options, studyId: "-" };
  const row = await readWindow(caseId, kase.lastEventId, options, offset);
  if (!row?.found) return null;
  const rows = row.comments ?? [];
  const context: ReaderContext = { caseId, studyIds, reachedStep: needsGate(rows) ? await readerGate(viewer, kase, options.read) : null };

  const nextOffset = options.rootId || offset + row.chosenThreads >= row.totalThreads ? null : offset + row.chosenThreads;
  return {
    caseId,
    // In path order: the client builds its tree from it.
    comments: rows.map((comment) => toView(viewer, kase, context, comment)),
    studies: kase.studies.map((study) => ({
      id: study.id,
      label: `${study.modality} ${study.label ?? formatOffset(study.dayOffset)}`,
      commentCount: row.studyCounts?.[study.id] ?? 0,
    })),
    canComment: canComment(viewer, kase),
    lastEventId: kase.lastEventId,
    commentCount: row.commentCount,
    totalThreads: options.rootId ? 0 : row.totalThreads,
    nextOffset,
  };
}

/**
 * The reader's live-conference gate, read only when the window holds an anchored comment or a
 * slice link and the reader is not one of the case's editors (whom no conference gates): one small
 * statement, per reader, never shared.
 */
async function readerGate(viewer: Viewer, kase: CaseAccessFacts & { id: string }, read?: Promise<CaseRow | null>): Promise<number | null> {
  if (canEditCase(viewer, kase)) return null;
  // A page read that selected `liveReachedStepSql(viewer, c.id) as "liveReachedStep"` saves the statement.
  const row = (await read) as (CaseRow & { liveReachedStep?: number | null }) | null | undefined;
  if (row && row.liveReachedStep !== undefined) return row.liveReachedStep;
  const [gate] = await sql<Array<{ reachedStep: number | null }>>(Prisma.sql`select ${liveReachedStepSql(viewer, Prisma.sql`${kase.id}`)} as "reachedStep"`);
  return gate?.reachedStep ?? null;
}

/**
 * A window as of the case's latest event, shared by every viewer who asks for the same window
 * (decision 026): the statement reads nothing viewer-specific (toView applies the viewer's rights
 * and hides what is not theirs). Every change to a comment (posted, edited, deleted, removed) and
 * to the case's studies records a case event in the same transaction, so a new event id is a new
 * key. Bounded like the vote panel's shared read (decision 025): 128 keys, a minute each.
 */
const sharedWindows = sharedReads<WindowRow | undefined>({ entries: 128, maxAgeMs: 60_000 });

/** Forgets every shared window: for measurements that must time the statement itself (the bench). */
export function clearSharedDiscussion(): void {
  sharedWindows.clear();
}

function readWindow(caseId: string, lastEventId: string, options: DiscussionOptions, offset: number): Promise<WindowRow | undefined> {
  const key = [caseId, lastEventId, options.rootId ?? null, options.threadOf ?? null, options.studyId ?? null, options.sort ?? "oldest", offset, options.window ?? COMMENT_WINDOW];
  return sharedWindows.get(key, async () => (await sql<WindowRow[]>(windowSql(caseId, options, offset)))[0]);
}

/**
 * The window's statement. Threads are chosen in the order asked for, from `offset`, while
 * their comments fit in `window` (the first always does). Replies deeper than INLINE_DEPTH live on
 * their thread's own page, so they are neither counted nor sent, except for a permalink's thread
 * (`threadOf`) and a thread page (`rootId`), which carry every depth.
 */
function windowSql(caseId: string, options: DiscussionOptions, offset: number): Prisma.Sql {
  if (!options.rootId && !options.threadOf && !options.studyId && (options.sort ?? "oldest") === "oldest") {
    return oldestWindowSql(caseId, offset, options.window ?? COMMENT_WINDOW);
  }
  const deepest = options.threadOf || options.rootId ? EVERY_DEPTH : INLINE_DEPTH;
  const order = { oldest: Prisma.sql`thread`, newest: Prisma.sql`thread desc`, replies: Prisma.sql`replies desc, thread` }[options.sort ?? "oldest"];
  const ofThread = options.threadOf
    ? Prisma.sql`and thread = (select left(path, ${SEGMENT_WIDTH}) from "Comment" where id = ${options.threadOf} and "caseId" = ${caseId})`
    : Prisma.empty;
  const ofStudy = options.studyId ? Prisma.sql`and bool_or("studyId" = ${options.studyId})` : Prisma.empty;
  const commentsSql = options.rootId
    ? Prisma.sql`c."caseId" = ${caseId} and starts_with(c.path, (select path from root))`
    : Prisma.sql`c."caseId" = ${caseId} and c.depth <= ${deepest} and left(c.path, ${SEGMENT_WIDTH}) = any(array(select thread from chosen))`;
  return Prisma.sql`
    with shape as (
      select left(path, ${SEGMENT_WIDTH}) as thread, depth, "studyId", "deletedAt" is null as alive, "descendantCount"
      from "Comment" where "caseId" = ${caseId}
    ),
    threads as (
      select thread, count(*) filter (where depth <= ${deepest}) as size, max("descendantCount") filter (where depth = 0) as replies
      from shape group by thread having true ${ofStudy} ${ofThread}
    ),
    ranked as (select thread, size, row_number() over (order by ${order}) - 1 as rank from threads),
    fitting as (select thread, rank, sum(size) over (order by rank) as running from ranked where rank >= ${offset}),
    chosen as (select thread from fitting where rank = ${offset} or running <= ${options.window ?? COMMENT_WINDOW}),
    root as (select path from "Comment" where id = ${options.rootId ?? null} and "caseId" = ${caseId})
    select
      (select json_agg(json_build_object(${commentFields}) order by c.path)
       from "Comment" c join "User" u on u.id = c."authorId" where ${commentsSql}) as comments,
      ${options.rootId ? Prisma.sql`exists (select 1 from root)` : Prisma.sql`true`} as found,
      (select count(*)::int from threads) as "totalThreads",
      (select count(*)::int from chosen) as "chosenThreads",
      (select count(*)::int from shape where alive) as "commentCount",
      (select json_object_agg("studyId", n) from (select "studyId", count(*)::int as n from shape
        where alive and "studyId" is not null group by "studyId") as anchored) as "studyCounts"`;
}

/**
 * The same window for the default order (oldest thread first, no filter): the case page's first
 * window and the further ones as the reader scrolls. A thread's comments are contiguous in path
 * order, so the window is a range of paths, found by reading the first `window + 1` comments from
 * the offset's root: a thread fits when it ends within them; the thread of the extra comment does
 * not (unless it is the first, which is always shown). Only the counts read every comment of the
 * case, and only the columns they count, so the window itself costs the same at 50 or 5,000.
 */
function oldestWindowSql(caseId: string, offset: number, window: number): Prisma.Sql {
  const inCase = Prisma.sql`"caseId" = ${caseId}`;
  return Prisma.sql`
    with start as (
      select path from "Comment" where ${inCase} and depth = 0 order by path offset ${offset} limit 1
    ),
    head as (
      select c.path from "Comment" c cross join start
      where c.${inCase} and c.depth <= ${INLINE_DEPTH} and c.path >= start.path
      order by c.path limit ${window + 1}
    ),
    edge as (
      select (select left(path, ${SEGMENT_WIDTH}) from head order by path limit 1) as first,
             (select left(path, ${SEGMENT_WIDTH}) from head order by path offset ${window} limit 1) as overflow
    ),
    -- The window is [first, upper): up to the overflowing thread's root, or, when the first thread
    -- alone overflows, up to the next root; otherwise to the end of the discussion (a proper
    -- prefix sorts first in every collation, so the last path with a character added bounds it).
    bounds as (
      select first, coalesce(
        case when overflow is distinct from first then overflow
             else (select r.path from "Comment" r where r.${inCase} and r.depth = 0 and r.path > edge.first order by r.path limit 1) end,
        (select max(path) || '0' from "Comment" where ${inCase})) as upper
      from edge
    ),
    shown as (
      select c.* from bounds b join "Comment" c on c.${inCase} and c.path >= b.first and c.path < b.upper
      where c.depth <= ${INLINE_DEPTH}
    ),
    -- Every count in one pass: per anchoring study (null: not anchored), summed for the totals.
    counts as (
      select "studyId", count(*) filter (where depth = 0)::int as threads, count(*) filter (where "deletedAt" is null)::int as alive
      from "Comment" where ${inCase} group by "studyId"
    )
    select
      (select json_agg(json_build_object(${commentFields}) order by c.path) from shown c join "User" u on u.id = c."authorId") as comments,
      true as found,
      (select coalesce(sum(threads), 0)::int from counts) as "totalThreads",
      (select count(*)::int from shown where depth = 0) as "chosenThreads",
      (select coalesce(sum(alive), 0)::int from counts) as "commentCount",
      (select json_object_agg("studyId", alive) from counts where "studyId" is not null and alive > 0) as "studyCounts"`;
}

/** One comment as the live client needs it after an event; null if not visible. */
export async function getComment(viewer: Viewer, caseId: string, commentId: string): Promise<CommentView | null> {
  // Every open page asks for each new comment: the comment, its author and the case check in
  // one statement.
  // one statement, with what its anchor's rules need: the case's studies and the reader's gate.
  // The step facts too: on a step-through unknown a learner sees only the studies they unlocked.
  const [row] = await sql<Array<{ comment: CommentRow; case: CaseAccessFacts & StepFacts; studies: Array<{ id: string; partOfAnswer: boolean; dayOffset: number; position: number }>; reachedStep: number | null }>>(Prisma.sql`
    select json_build_object(${commentFields}) as comment,
           json_build_object('authorId', k."authorId", 'status', k.status, 'visibility', k.visibility, 'teamId', k."teamId", 'stepThrough', k."stepThrough",
                             'stepsDone', (select count(*)::int from "StepDifferential" sd where sd."caseId" = k.id and sd."userId" = ${viewer.id}),
                             'answerShown', ${answerShownAtConferenceSql(viewer.id, Prisma.sql`k.id`)}) as case,
           (select coalesce(json_agg(json_build_object('id', s.id, 'partOfAnswer', s."partOfAnswer", 'dayOffset', s."dayOffset", 'position', s.position)), '[]') from "Study" s where s."caseId" = k.id) as studies,
           ${liveReachedStepSql(viewer, Prisma.sql`k.id`)} as "reachedStep"
    from "Comment" c join "User" u on u.id = c."authorId" join "Case" k on k.id = c."caseId"
    where c.id = ${commentId} and c."caseId" = ${caseId} and ${visibleCaseSql(viewer, "k")}`);
  if (!row) return null;
  const stages = timelineStages(row.studies, []);
  const studyIds = new Set(row.studies.filter((study) => canSeeTimelineEntry(viewer, row.case, { partOfAnswer: study.partOfAnswer, stage: stages.get(study) ?? 0 })).map((study) => study.id));
  return toView(viewer, row.case, { caseId, studyIds, reachedStep: canEditCase(viewer, row.case) ? null : row.reachedStep }, row.comment);
}

/** Earlier versions of an edited comment, newest first. Empty once the comment is deleted. */
export async function getCommentHistory(viewer: Viewer, caseId: string, commentId: string) {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const comment = await db.comment.findFirst({
    where: { id: commentId, caseId },
    select: { deletedAt: true, revisions: { orderBy: { createdAt: "desc" }, select: { id: true, bodyHtml: true, createdAt: true } } },
  });
  if (!comment) return null;
  // Earlier versions' slice links are plain words: the history is not the place to open the viewer.
  return comment.deletedAt ? [] : comment.revisions.map((revision) => ({ ...revision, bodyHtml: resolveSliceRefs(revision.bodyHtml, caseId, () => null), createdAt: revision.createdAt.toISOString() }));
}

/** Typeahead for @mentions: only people who may see the case. */
export async function getMentionCandidates(viewer: Viewer, caseId: string, query: string) {
  const kase = await visibleCase(viewer, caseId);
  if (!kase) return null;
  const audience: Prisma.UserWhereInput =
    kase.status === "draft"
      ? { id: kase.authorId }
      : kase.visibility === "team"
        ? { OR: [{ id: kase.authorId }, { memberships: { some: { teamId: kase.teamId ?? "" } } }] }
        : {};
  const text = query.trim().slice(0, 50);
  return db.user.findMany({
    where: {
      AND: [
        audience,
        { id: { not: viewer.id } },
        text ? { OR: [{ name: { contains: text, mode: "insensitive" } }, { email: { startsWith: text, mode: "insensitive" } }] } : {},
      ],
    },
    orderBy: { name: "asc" },
    take: 8,
    select: { id: true, name: true, role: true },
  });
}
