// The case page's assembler: the one place that joins several areas' reads for a page. The case,
// its series and slices, the viewer's own thinking, "Discussed at" and a teaching copy's link back
// to its MDT case (for the team only, decision 086) come in one statement
// (decision 017), shared by the page's title, body, images, discussion and vote panel through
// React's cache.
import "server-only";
import { cache } from "react";
import { caseReadSql, getCasePage, getCaseTitle, type CaseRow } from "@/lib/cases/queries";
import { withEntriesFor } from "@/lib/cases/answer-entries";
import { caseConferencesJson, type CaseConference } from "@/lib/conferences/sql";
import { sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { FIRST_WINDOW, getDiscussion } from "@/lib/discussion/queries";
import { Prisma } from "@/lib/generated/prisma/client";
import { THINKING_PREVIEW_ROWS } from "@/lib/thinking/constants";
import { caseSeriesJson, type SeriesRow } from "@/lib/imaging/sql";
import { liveReachedStepSql } from "@/lib/imaging/anchor-sql";
import { visibleSeries } from "@/lib/imaging/queries";
import { getThinking } from "@/lib/thinking/queries";
import { ownThinkingJson, type OwnThinking } from "@/lib/thinking/sql";
import { mayOfferTeachingCopy } from "@/lib/teaching/policy";
import { teachingSourceFor, teachingSourceJson, type TeachingSourceRow } from "@/lib/teaching/sql";

export type CasePageRow = CaseRow & {
  /** The viewer's own differential and vote. */
  own: OwnThinking | null;
  /** "Discussed at": the conferences the viewer may see that had this case on their agenda. */
  conferences: CaseConference[];
  /** Every series of the case with its slices; `visibleSeries` keeps what this viewer may see. */
  series: SeriesRow[];
  /** A teaching copy's MDT case, for a member of its team only (null for anyone else). */
  teachingSource: TeachingSourceRow | null;
  /** The viewer's live-conference gate on the case (anchored comments in the discussion ask it). */
  liveReachedStep: number | null;
};

/** The page's one read, cached per request; null when this viewer may not see the case. */
export const readCasePage = cache(async (viewer: Viewer, caseId: string): Promise<CasePageRow | null> => {
  const caseColumn = Prisma.sql`c.id`;
  const extra = Prisma.sql`, ${ownThinkingJson(viewer, caseColumn)} as own, ${caseConferencesJson(viewer, caseColumn)} as conferences, ${caseSeriesJson(caseColumn)} as series, ${teachingSourceJson(viewer, caseColumn)} as "teachingSource",
    ${liveReachedStepSql(viewer, caseColumn)} as "liveReachedStep"`;
  const [row] = await sql<Array<Omit<CasePageRow, "steps">>>(caseReadSql(viewer, caseId, extra));
  return row ? withEntriesFor(viewer, row) : null;
});

/**
 * A public teaching case for someone signed out: the case and the images of the studies it shows,
 * in one statement. Null when the case is not public (the page asks to sign in).
 */
export const loadPublicCasePage = cache(async (caseId: string) => {
  const [raw] = await sql<Array<Omit<CaseRow, "steps"> & { series: SeriesRow[] }>>(caseReadSql(null, caseId, Prisma.sql`, ${caseSeriesJson(Prisma.sql`c.id`)} as series`));
  if (!raw) return null;
  const row = withEntriesFor(null, raw);
  const kase = await getCasePage(null, caseId, Promise.resolve(row));
  return kase ? { kase, images: imagesOfRead(null, row) } : null;
});

/** The series of the studies a read kept for this viewer (answer entries and locked steps stay hidden with them). */
function imagesOfRead(viewer: Viewer | null, row: Parameters<typeof visibleSeries>[1] & { series: SeriesRow[]; studies: Array<{ id: string }> }) {
  return visibleSeries(viewer, row, row.series, new Set(row.studies.map((study) => study.id)));
}

/** The <title>: from the page's own read, so it costs no statement. */
export async function casePageTitle(viewer: Viewer, caseId: string): Promise<string | null> {
  return getCaseTitle(viewer, caseId, readCasePage(viewer, caseId));
}

/**
 * Everything a signed-in viewer's case page shows. `read` lets a caller outside a render (the
 * bench) pass one read on, as React's cache does inside one.
 */
export async function loadCasePage(viewer: Viewer, caseId: string, { studyId = null, read = readCasePage(viewer, caseId) }: { studyId?: string | null; read?: Promise<CasePageRow | null> } = {}) {
  const [kase, discussion, thinking, row] = await Promise.all([
    getCasePage(viewer, caseId, read),
    getDiscussion(viewer, caseId, { studyId, window: FIRST_WINDOW, read }),
    getThinking(viewer, caseId, { rows: THINKING_PREVIEW_ROWS, read }),
    read,
  ]);
  // Attendees of a conference where the case's answer was revealed to the room see it, and the
  // whole timeline, through the read's own `answerShown` (getCasePage, withEntriesFor: decision 093).
  // Images of the studies the read kept for this viewer (answer entries stay hidden with them).
  const images = row ? imagesOfRead(viewer, row) : {};
  const conferences = row?.conferences ?? [];
  // An MDT case of the viewer's team (on one of its MDT agendas) offers a teaching copy (issue 27 item 8).
  const teaching = {
    source: teachingSourceFor(viewer, row?.teachingSource),
    canCopy: row ? mayOfferTeachingCopy(viewer, row, { onMdtAgenda: conferences.some((conference) => conference.kind === "mdt") }) : false,
  };
  return { kase, discussion, thinking, conferences, images, teaching };
}
