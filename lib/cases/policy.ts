// Who may do what with a case: pure functions of (viewer, case). Queries use
// `visibleCaseWhere` so that an invisible case is simply absent (and a foreign id is a 404).
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/core/viewer";
import type { CaseStatus, Visibility } from "@/lib/generated/prisma/enums";


export interface CaseAccessFacts {
  authorId: string;
  status: CaseStatus;
  visibility: Visibility;
  teamId: string | null;
}

const isAuthor = (viewer: Pick<Viewer, "id"> | null, kase: CaseAccessFacts) => viewer?.id === kase.authorId;

/**
 * Seeing a case depends only on who someone is and their teams, so it also answers for people
 * other than the viewer (whether a mentioned colleague may see the case they are mentioned in).
 */
export function canViewCase(viewer: Pick<Viewer, "id" | "teamIds"> | null, kase: CaseAccessFacts): boolean {
  if (isAuthor(viewer, kase)) return true;
  if (kase.status === "draft") return false; // drafts are their author's alone
  if (kase.visibility === "public") return true;
  if (!viewer) return false;
  if (kase.visibility === "institution") return true;
  return kase.teamId !== null && viewer.teamIds.includes(kase.teamId);
}

/** The same rule as `canViewCase`, as a Prisma filter. Keep it in step with the SQL form below (tested together). */
export function visibleCaseWhere(viewer: Viewer | null): Prisma.CaseWhereInput {
  const published: Prisma.CaseWhereInput = { status: { not: "draft" } };
  if (!viewer) return { ...published, visibility: "public" };
  return {
    OR: [
      { authorId: viewer.id },
      { ...published, visibility: { in: ["public", "institution"] } },
      { ...published, visibility: "team", teamId: { in: viewer.teamIds } },
    ],
  };
}

/**
 * The same rule again, as a SQL condition on the "Case" row aliased `alias`, for the hot reads
 * written in SQL (decision 017). Keep all three in step (tested together).
 */
export function visibleCaseSql(viewer: Viewer | null, alias: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  if (!viewer) return Prisma.sql`(${c}.status <> 'draft' and ${c}.visibility = 'public')`;
  return visibleToSql(Prisma.sql`${viewer.id}`, Prisma.sql`${viewer.teamIds}::text[]`, alias);
}

/** The signed-in rule with the viewer's id and team ids (text[]) as SQL expressions. */
function visibleToSql(viewerId: Prisma.Sql, teamIds: Prisma.Sql, alias: string): Prisma.Sql {
  const c = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${c}."authorId" = ${viewerId} or (${c}.status <> 'draft' and (${c}.visibility in ('public', 'institution')
    or (${c}.visibility = 'team' and ${c}."teamId" = any(${teamIds})))))`;
}

export function canEditCase(viewer: Viewer | null, kase: CaseAccessFacts): boolean {
  if (!viewer) return false;
  if (isAuthor(viewer, kase)) return true;
  return viewer.role === "admin" && canViewCase(viewer, kase);
}

/**
 * Power over a case (run its poll, reveal it, see who voted for what, see through blind-first)
 * comes only from authorship, from the case's own team (owner, coordinator or educator of the
 * team of a team case), from presenting it at a conference of that team, or from being an admin.
 * Never from the global role a person has (decision 031): whoever may see the case and holds one
 * of these is a lead.
 */
export function isCaseLead(viewer: Viewer | null, kase: CaseAccessFacts & { id: string }): boolean {
  if (!viewer || !canViewCase(viewer, kase)) return false;
  if (isAuthor(viewer, kase) || viewer.role === "admin") return true;
  if (kase.visibility !== "team" || kase.teamId === null) return false;
  return (viewer.leadTeamIds ?? []).includes(kase.teamId) || (viewer.presentedCaseIds ?? []).includes(kase.id);
}

/**
 * The one rule for the title a viewer may read of a case, wherever a case is named (library,
 * dashboard, notifications, conference agendas and summaries, learning records): "Private case"
 * when the viewer may not see the case at all, "Unknown case" when its title could give the
 * answer away, else its title.
 */
export function caseTitleFor(viewer: Viewer | null, kase: CaseAccessFacts & { title: string }): string {
  if (!canViewCase(viewer, kase)) return PRIVATE_CASE_TITLE;
  return canSeeCaseLabels(viewer, kase) ? kase.title : UNKNOWN_CASE_TITLE;
}
export const UNKNOWN_CASE_TITLE = "Unknown case";
export const PRIVATE_CASE_TITLE = "Private case";

/**
 * The answer (diagnosis, teaching points) and anything that could give it away (an unknown
 * case's real title and tags) are for the author and editors until the case is resolved.
 */
export function canSeeAnswer(viewer: Viewer | null, kase: CaseAccessFacts): boolean {
  if (kase.status === "resolved") return canViewCase(viewer, kase);
  return canEditCase(viewer, kase);
}

/** Whether the title and tags may be shown: always, except an unknown case to a non-editor. */
export function canSeeCaseLabels(viewer: Viewer | null, kase: CaseAccessFacts): boolean {
  return kase.status !== "unknown" || canEditCase(viewer, kase);
}

/**
 * What this viewer has been through on a case, beyond who they are: how far through a step-through
 * unknown (decision 088), and whether its answer was revealed to a conference room they were in.
 */
export interface StepFacts {
  stepThrough: boolean;
  /** Steps this viewer has committed on the case (their StepDifferential rows); 0 for no viewer. */
  stepsDone: number;
  /**
   * The answer was revealed to a conference this viewer attended (a joined participant or the
   * presenter) and the case's author allowed it there (issue 26 item 9, decision 068): read with
   * answerShownAtConferenceSql or answerShownAtConferenceWhere. False for no viewer.
   */
  answerShown: boolean;
}

/**
 * Whether the answer has been shown to this viewer: they may see it (canSeeAnswer: its author and
 * editors, everyone who sees the case after the author's reveal), or it was revealed to a
 * conference room they were in (`answerShown`). Such a viewer is no learner: every study and event,
 * those that are part of the answer included, is theirs to see (decision 093). Where a read does
 * not carry `answerShown` this is canSeeAnswer: never more than the viewer may see.
 */
export function answerShownTo(viewer: Viewer | null, kase: CaseAccessFacts & Partial<Pick<StepFacts, "answerShown">>): boolean {
  return canSeeAnswer(viewer, kase) || (kase.answerShown === true && viewer !== null && canViewCase(viewer, kase));
}

/**
 * Whether the viewer goes through this case a step at a time: a step-through case while it is
 * unknown, for anyone to whom its answer has not been shown (those who may see it are not
 * learners: issue 26 item 3; nor are those who saw it revealed at a conference: decision 093).
 */
export function stepsThrough(viewer: Viewer | null, kase: CaseAccessFacts & Pick<StepFacts, "stepThrough"> & Partial<Pick<StepFacts, "answerShown">>): boolean {
  return kase.stepThrough && kase.status === "unknown" && !answerShownTo(viewer, kase);
}

/**
 * The one rule for a timeline entry (study or event). One its author marked part of the answer
 * ("+12 months: pain-free") goes with the answer: only whoever the answer has been shown to sees it
 * (answerShownTo: decisions 065 and 093). On a step-through unknown a learner sees an entry once
 * they have committed as many steps as its `stage` (decision 088): the number of studies not part
 * of the answer before it in timeline order (lib/cases/answer-entries.ts computes it), so the
 * presentation and the first study at first, then each next study with the events before it; a
 * viewer the answer has been shown to sees every stage. Every read of a case's timeline passes
 * the step facts (withEntriesFor requires them); only a live conference leaves them out: there the
 * presenter's step is the gate, for the whole room.
 */
export function canSeeTimelineEntry(viewer: Viewer | null, kase: CaseAccessFacts & Partial<StepFacts>, entry: { partOfAnswer: boolean; stage?: number }): boolean {
  if (entry.partOfAnswer && !answerShownTo(viewer, kase)) return false;
  if (kase.stepThrough === undefined) return true;
  return !stepsThrough(viewer, { ...kase, stepThrough: kase.stepThrough }) || (entry.stage ?? Infinity) <= (kase.stepsDone ?? 0);
}

/**
 * `canEditCase`, `canSeeAnswer` and `canSeeCaseLabels` as SQL conditions on a "Case" row aliased
 * `alias` that `visibleCaseSql` has already let through (search, lib/search/sql.ts: a hidden tier
 * of a case's search document is matched, ranked and counted only where these hold). Kept in
 * step with the functions above (tested together in tests/integration/search-secrecy.test.ts).
 */
function canEditVisibleCaseSql(viewer: Viewer | null, alias: string): Prisma.Sql {
  if (!viewer) return Prisma.sql`false`;
  const c = Prisma.raw(`"${alias}"`);
  return viewer.role === "admin" ? Prisma.sql`true` : Prisma.sql`(${c}."authorId" = ${viewer.id})`;
}
export function answerVisibleSql(viewer: Viewer | null, alias: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`"${alias}"`)}.status = 'resolved' or ${canEditVisibleCaseSql(viewer, alias)})`;
}
export function labelsVisibleSql(viewer: Viewer | null, alias: string): Prisma.Sql {
  return Prisma.sql`(${Prisma.raw(`"${alias}"`)}.status <> 'unknown' or ${canEditVisibleCaseSql(viewer, alias)})`;
}

/**
 * `StepFacts.answerShown` as a SQL condition on the case `caseId` (a column or value): the answer
 * was released at a conference's reveal (`AgendaItem.answerReleased`, decision 068) and the viewer
 * presented that conference or joined it. Always false for no viewer. Kept in step with
 * answerShownAtConferenceWhere (tested together in tests/integration/step-through.test.ts).
 */
export function answerShownAtConferenceSql(viewerId: string | null, caseId: Prisma.Sql): Prisma.Sql {
  if (viewerId === null) return Prisma.sql`false`;
  return Prisma.sql`exists (
    select 1 from "AgendaItem" a join "Conference" f on f.id = a."conferenceId"
    where a."caseId" = ${caseId} and a."answerReleased"
      and (f."presenterId" = ${viewerId} or exists (select 1 from "ConferenceParticipant" p where p."conferenceId" = f.id and p."userId" = ${viewerId})))`;
}

/** The same rule as a Prisma filter on a case's agenda items (one matches: the answer was shown). */
export function answerShownAtConferenceWhere(viewerId: string | null): Prisma.AgendaItemWhereInput {
  if (viewerId === null) return { id: { in: [] } };
  return { answerReleased: true, conference: { OR: [{ presenterId: viewerId }, { participants: { some: { userId: viewerId } } }] } };
}

/**
 * A case that has been on an MDT meeting's agenda is never public: its outcomes (recommendation,
 * management plan) are private to the team, and a public case is readable without signing in.
 */
export function visibilityProblem(visibility: Visibility, facts: { onMdtAgenda: boolean }): string | null {
  if (visibility === "public" && facts.onMdtAgenda) {
    return "This case has been discussed at an MDT meeting, so it cannot be public. Choose institution or team visibility.";
  }
  return null;
}

export const canCreateCase = (viewer: Viewer | null): boolean => viewer !== null;
