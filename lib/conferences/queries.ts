// Reads for conference pages. Every function starts from the viewer's standing and returns a view
// model cut to what they may see: the live view, in particular, is built from the conference's
// live state, so a study the presenter has not reached is never selected into it.
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/core/viewer";
import { canSeeCaseLabels, canViewCase, caseTitleFor, visibleCaseWhere, type CaseAccessFacts } from "@/lib/cases/policy";
import { readCase } from "@/lib/cases/queries";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { conferenceStatus, loadConference, type LoadedConference } from "./access";
import { MAX_AGENDA_ITEMS } from "./constants";
import { caseConferencesJson, type CaseConference } from "./sql";
import { canManageConference, canPresent, canReadOutcomes, canRecordOutcome, canScheduleConference, canSetQuorum, canSignOff, canViewConference, type Standing } from "./policy";

export const caseFacts = { authorId: true, status: true, visibility: true, teamId: true } as const;

/** The title a viewer may see of an agenda case: the one rule of lib/cases/policy.ts. */
export const titleFor = (viewer: Viewer, kase: CaseAccessFacts & { title: string }) => caseTitleFor(viewer, kase);

export async function viewable(viewer: Viewer, conferenceId: string) {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return null;
  return loaded;
}

// ---------------------------------------------------------------------------------------------
// Lists and headers
// ---------------------------------------------------------------------------------------------

const listSelect = {
  id: true, kind: true, title: true, startsAt: true, durationMinutes: true, location: true, startedAt: true, endedAt: true,
  team: { select: { name: true } }, presenter: { select: { name: true } }, _count: { select: { items: true } },
} as const;

/** The viewer's teams' conferences and the teaching sessions they joined: upcoming, then the last 50. */
export async function listConferences(viewer: Viewer) {
  const mine = { OR: [{ teamId: { in: viewer.teamIds } }, { kind: "teaching" as const, participants: { some: { userId: viewer.id } } }] };
  const endOfPast = new Date(Date.now() - 12 * 60 * 60 * 1000);
  const [upcoming, past] = await Promise.all([
    db.conference.findMany({ where: { AND: [mine, { endedAt: null }, { OR: [{ startsAt: { gte: endOfPast } }, { startedAt: { not: null } }] }] }, orderBy: { startsAt: "asc" }, take: 100, select: listSelect }),
    db.conference.findMany({ where: { AND: [mine, { OR: [{ endedAt: { not: null } }, { startsAt: { lt: endOfPast }, startedAt: null }] }] }, orderBy: { startsAt: "desc" }, take: 50, select: listSelect }),
  ]);
  const shape = (row: (typeof upcoming)[number]) => ({
    id: row.id, kind: row.kind, title: row.title, startsAt: row.startsAt.toISOString(), durationMinutes: row.durationMinutes,
    location: row.location, status: conferenceStatus(row), teamName: row.team.name, presenterName: row.presenter.name, caseCount: row._count.items,
  });
  return { upcoming: upcoming.map(shape), past: past.map(shape) };
}
export type ConferenceListItem = Awaited<ReturnType<typeof listConferences>>["upcoming"][number];

/** Teams in which the viewer may schedule something, with the members who may present or chair. */
export async function getSchedulingOptions(viewer: Viewer) {
  const memberships = await db.membership.findMany({
    where: { userId: viewer.id, role: { not: "guest" } },
    orderBy: { team: { name: "asc" } },
    select: { role: true, team: { select: { id: true, name: true, memberships: { where: { role: { not: "guest" } }, orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } } } } },
  });
  return memberships.map(({ role, team }) => ({
    id: team.id,
    name: team.name,
    kinds: (["teaching", "mdt"] as const).filter((kind) => canScheduleConference(viewer, kind, role)),
    members: team.memberships.map((membership) => membership.user),
  })).filter((team) => team.kinds.length > 0);
}

export function permissions(viewer: Viewer, conference: LoadedConference, standing: Standing) {
  return {
    canManage: canManageConference(viewer, conference, standing),
    canPresent: canPresent(viewer, conference),
    canReadOutcomes: canReadOutcomes(viewer, conference, standing),
    canRecordOutcome: canRecordOutcome(viewer, conference, standing),
    canSignOff: canSignOff(viewer, conference),
    isMember: standing.teamRole !== null,
    joined: standing.joined,
  };
}

/** Title, schedule and what the viewer may do: the header of every conference page (and its <title>). */
export const getConferenceHeader = cache(async (viewer: Viewer, conferenceId: string) => {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded) return null;
  const { conference, standing } = loaded;
  // Raw SQL: every audience page of a live room reads it (decision 096).
  const [details] = await sql<Array<{ location: string; videoUrl: string | null; joinCode: string; team: { id: string; name: string }; presenterName: string; chairName: string | null }>>(Prisma.sql`
    select f.location, f."videoUrl", f."joinCode", json_build_object('id', t.id, 'name', t.name) as team, p.name as "presenterName", ch.name as "chairName"
    from "Conference" f join "Team" t on t.id = f."teamId" join "User" p on p.id = f."presenterId" left join "User" ch on ch.id = f."chairId"
    where f.id = ${conferenceId}`);
  if (!details) return null;
  const can = permissions(viewer, conference, standing);
  return {
    id: conference.id,
    kind: conference.kind,
    title: conference.title,
    startsAt: conference.startsAt.toISOString(),
    durationMinutes: conference.durationMinutes,
    status: conferenceStatus(conference),
    location: details.location,
    videoUrl: details.videoUrl,
    team: details.team,
    presenterName: details.presenterName,
    chairName: details.chairName,
    // Members may share the code; someone who joined with it already has it.
    joinCode: can.isMember ? details.joinCode : null,
    ...can,
  };
});
export type ConferenceHeader = NonNullable<Awaited<ReturnType<typeof getConferenceHeader>>>;

/** Missing specialties for quorum: the team's required ones nobody on the attendance list has. */
export function missingSpecialties(required: string[], present: string[]): string[] {
  const have = new Set(present);
  return required.filter((specialty) => !have.has(specialty));
}

const INTAKE_FIELDS = ["clinicalQuestion", "relevantHistory", "imagingToReview", "presentingClinician"] as const;

/** The agenda editor: items with their intake, flags, quorum, and cases that may be added. */
export async function getAgendaEditor(viewer: Viewer, conferenceId: string) {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded) return null;
  const { conference, standing } = loaded;
  const can = permissions(viewer, conference, standing);
  const [details, candidates] = await Promise.all([
    db.conference.findUniqueOrThrow({
      where: { id: conferenceId },
      select: {
        location: true, videoUrl: true, presenterId: true, chairId: true,
        team: { select: { id: true, name: true, requiredSpecialties: true, memberships: { where: { role: { not: "guest" } }, orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } } } },
        attendees: { select: { specialty: true } },
        items: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          select: {
            id: true, position: true, estimatedMinutes: true, reachedStep: true, clinicalQuestion: true, relevantHistory: true, imagingToReview: true, presentingClinician: true,
            case: { select: { id: true, title: true, ...caseFacts } },
            outcome: { select: { id: true } },
          },
        },
      },
    }),
    can.canManage
      ? db.case.findMany({
          where: { AND: [visibleCaseWhere(viewer), { status: { not: "draft" } }, { OR: [{ teamId: null }, { teamId: conference.teamId }] }, conference.kind === "mdt" ? { visibility: { not: "public" } } : {}] },
          orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
          take: 200,
          select: { id: true, title: true, region: true, presentation: true, tags: true, author: { select: { name: true } }, ...caseFacts },
        })
      : Promise.resolve([]),
  ]);
  const onAgenda = new Set(details.items.map((item) => item.case.id));
  const items = details.items.map((item) => {
    const missing = conference.kind === "mdt" ? INTAKE_FIELDS.filter((field) => item[field].trim() === "") : [];
    const mayEditIntake = can.canManage || item.case.authorId === viewer.id;
    // A case the viewer may not see is named "Private case" and gets no link (nor its id).
    const restricted = !canViewCase(viewer, item.case);
    return {
      id: item.id,
      position: item.position,
      estimatedMinutes: item.estimatedMinutes,
      caseId: restricted ? null : item.case.id,
      restricted,
      title: titleFor(viewer, item.case),
      presented: item.reachedStep >= 0,
      hasOutcome: item.outcome !== null,
      intake: mayEditIntake || can.isMember
        ? { clinicalQuestion: item.clinicalQuestion, relevantHistory: item.relevantHistory, imagingToReview: item.imagingToReview, presentingClinician: item.presentingClinician }
        : null,
      mayEditIntake,
      missingIntake: missing,
    };
  });
  const required = details.team.requiredSpecialties;
  return {
    ...can,
    canSetQuorum: canSetQuorum(standing.teamRole),
    schedule: {
      conferenceId, kind: conference.kind, teamId: conference.teamId, title: conference.title, startsAt: conference.startsAt.toISOString(),
      durationMinutes: conference.durationMinutes, location: details.location, videoUrl: details.videoUrl ?? "", presenterId: details.presenterId, chairId: details.chairId ?? "",
    },
    teamName: details.team.name,
    members: details.team.memberships.map((membership) => membership.user),
    items,
    totalMinutes: items.reduce((sum, item) => sum + item.estimatedMinutes, 0),
    quorum: conference.kind === "mdt" ? { required, missing: missingSpecialties(required, details.attendees.map((attendee) => attendee.specialty)), recorded: details.attendees.length } : null,
    // Enough to find and tell cases apart (two "Unknown case" rows differ by teaser and author).
    candidates: candidates.filter((kase) => !onAgenda.has(kase.id)).map((kase) => ({
      id: kase.id, title: titleFor(viewer, kase), region: kase.region, teaser: (kase.presentation.split("\n")[0] ?? "").slice(0, 120),
      tags: canSeeCaseLabels(viewer, kase) ? kase.tags : [], authorName: kase.author.name, mine: kase.authorId === viewer.id,
    })),
    full: items.length >= MAX_AGENDA_ITEMS,
  };
}
export type AgendaEditorView = NonNullable<Awaited<ReturnType<typeof getAgendaEditor>>>;


/**
 * "Discussed at", for a case the viewer may see. The case page reads it with the case instead
 * (lib/pages/case-page.ts); this is the same list on its own.
 */
export async function listCaseConferences(viewer: Viewer | null, caseId: string): Promise<CaseConference[]> {
  if (!(await readCase(viewer, caseId))) return [];
  const [row] = await sql<Array<{ conferences: CaseConference[] }>>(Prisma.sql`select ${caseConferencesJson(viewer, Prisma.sql`${caseId}`)} as conferences`);
  return row?.conferences ?? [];
}

export type { MeetingRecord, OutcomeView } from "./record-queries";
