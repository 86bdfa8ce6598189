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

/** A step-through unknown (decision 088) and how far this viewer has gone through it. */
export interface StepFacts {
  stepThrough: boolean;
  /** Steps this viewer has committed on the case (their StepDifferential rows); 0 for no viewer. */
  stepsDone: number;
}

/**
 * Whether the viewer goes through this case a step at a time: a step-through case while it is
 * unknown, for anyone who may not see its answer (those who may are not learners: issue 26 item 3).
 */
export function stepsThrough(viewer: Viewer | null, kase: CaseAccessFacts & Pick<StepFacts, "stepThrough">): boolean {
  return kase.stepThrough && kase.status === "unknown" && !canSeeAnswer(viewer, kase);
}

/**
 * The one rule for a timeline entry (study or event). One its author marked part of the answer
 * ("+12 months: pain-free") goes with the answer: only whoever may see the answer sees it before
 * the reveal (decision 065). On a step-through unknown a learner sees an entry once they have
 * committed as many steps as its `stage` (decision 088): the number of studies not part of the
 * answer before it in timeline order (lib/cases/answer-entries.ts computes it), so the
 * presentation and the first study at first, then each next study with the events before it.
 * Every read of a case's timeline passes the step facts (withEntriesFor requires them); only a
 * live conference leaves them out: there the presenter's step is the gate, for the whole room.
 */
export function canSeeTimelineEntry(viewer: Viewer | null, kase: CaseAccessFacts & Partial<StepFacts>, entry: { partOfAnswer: boolean; stage?: number }): boolean {
  if (entry.partOfAnswer && !canSeeAnswer(viewer, kase)) return false;
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
