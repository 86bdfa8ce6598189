// Reads for conference pages. Every function starts from the viewer's standing and returns a view
// model cut to what they may see: the live view, in particular, is built from the conference's
// live state, so a study the presenter has not reached is never selected into it.
import "server-only";
import { cache } from "react";
import type { Viewer } from "@/lib/core/viewer";
import { canSeeAnswer, canViewCase, caseTitleFor, visibleCaseWhere, type CaseAccessFacts } from "@/lib/cases/policy";
import { buildTimeline, readCase, readResolution, timelineSelect } from "@/lib/cases/queries";
import { db, sql } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { conferenceStatus, loadConference, type LoadedConference } from "./access";
import { MAX_AGENDA_ITEMS } from "./constants";
import { caseConferencesJson, type CaseConference } from "./sql";
import {
  canManageConference, canPresent, canReadOutcomes, canRecordOutcome, canScheduleConference, canSetQuorum, canSignOff, canTakePart, canViewConference, type Standing,
} from "./policy";
import { differentialStep, revealStep, stageLabel, stageOf, visibleTimelineLength } from "./steps";
import type { LiveItemView, LiveView, PresenterView, StageSeries, Tally } from "./view";

const caseFacts = { authorId: true, status: true, visibility: true, teamId: true } as const;

/** The title a viewer may see of an agenda case: the one rule of lib/cases/policy.ts. */
export const titleFor = (viewer: Viewer, kase: CaseAccessFacts & { title: string }) => caseTitleFor(viewer, kase);

async function viewable(viewer: Viewer, conferenceId: string) {
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

function permissions(viewer: Viewer, conference: LoadedConference, standing: Standing) {
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
  const details = await db.conference.findUniqueOrThrow({
    where: { id: conferenceId },
    select: { location: true, videoUrl: true, joinCode: true, team: { select: { id: true, name: true } }, presenter: { select: { name: true } }, chair: { select: { name: true } } },
  });
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
    presenterName: details.presenter.name,
    chairName: details.chair?.name ?? null,
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
          select: { id: true, title: true, region: true, ...caseFacts },
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
    candidates: candidates.filter((kase) => !onAgenda.has(kase.id)).map((kase) => ({ id: kase.id, title: titleFor(viewer, kase), region: kase.region })),
    full: items.length >= MAX_AGENDA_ITEMS,
  };
}
export type AgendaEditorView = NonNullable<Awaited<ReturnType<typeof getAgendaEditor>>>;

// ---------------------------------------------------------------------------------------------
// The live view
// ---------------------------------------------------------------------------------------------

async function tallyOf(itemIds: string[]) {
  const grouped = await db.conferenceVote.groupBy({ by: ["itemId", "diagnosisId"], where: { itemId: { in: itemIds } }, _count: { _all: true } });
  return grouped.map((row) => ({ itemId: row.itemId, diagnosisId: row.diagnosisId, count: row._count._all }));
}

async function diagnosisNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.diagnosis.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

function toTally(rows: Array<{ diagnosisId: string; count: number }>, names: Map<string, string>, correctId: string | null): Tally {
  const sorted = [...rows].sort((a, b) => b.count - a.count);
  return {
    total: rows.reduce((sum, row) => sum + row.count, 0),
    rows: sorted.map((row) => ({ diagnosisId: row.diagnosisId, name: names.get(row.diagnosisId) ?? "Unknown diagnosis", count: row.count, correct: correctId === null ? null : row.diagnosisId === correctId })),
  };
}

/** The agenda item on screen, cut to the stages reached. Shared by the audience and the presenter. */
async function liveItem(viewer: Viewer, conference: LoadedConference, standing: Standing, presenter: boolean): Promise<LiveItemView | null> {
  if (!conference.currentItemId || conferenceStatus(conference) !== "live") return null;
  const [item, agenda] = await Promise.all([
    db.agendaItem.findUnique({
      where: { id: conference.currentItemId },
      select: {
        id: true, reachedStep: true, voteState: true, answerReleased: true,
        case: { select: { id: true, title: true, presentation: true, ageBand: true, sex: true, region: true, ...caseFacts, ...timelineSelect } },
      },
    }),
    db.agendaItem.findMany({ where: { conferenceId: conference.id }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } }),
  ]);
  if (!item) return null;
  const kase = item.case;
  const total = agenda.length;
  const position = agenda.findIndex((entry) => entry.id === item.id) + 1;
  const step = conference.currentStep;
  const fullTimeline = buildTimeline(kase.studies, kase.events);
  const studyCount = kase.studies.length;
  const restricted = !canViewCase(viewer, kase);
  const revealed = item.reachedStep >= revealStep(studyCount);
  const stage = stageOf(step, studyCount);

  const base: LiveItemView = {
    itemId: item.id, position, total, caseId: kase.id, title: titleFor(viewer, kase), restricted,
    presentation: "", ageBand: "", sex: "", region: "", step, reachedStep: item.reachedStep, studyCount,
    stage: stage.kind, stageLabel: stageLabel(step, studyCount), timeline: [],
    vote: { state: item.voteState, myVote: null, count: 0, tally: null }, myDifferential: null,
    canTakePart: false, answer: null, answerWithheld: false, accuracy: null,
  };
  if (restricted) return base;

  const differentialAt = differentialStep(step, studyCount);
  const [myVote, tallies, myDifferential, answer] = await Promise.all([
    db.conferenceVote.findUnique({ where: { itemId_userId: { itemId: item.id, userId: viewer.id } }, select: { diagnosis: { select: { id: true, name: true } } } }),
    tallyOf([item.id]),
    db.stagedDifferential.findUnique({ where: { itemId_userId_step: { itemId: item.id, userId: viewer.id, step: differentialAt } }, select: { diagnosisIds: true } }),
    revealed && item.answerReleased ? readResolution(kase.id) : Promise.resolve(null),
  ]);
  const names = await diagnosisNames([...tallies.map((row) => row.diagnosisId), ...(myDifferential?.diagnosisIds ?? [])]);
  const count = tallies.reduce((sum, row) => sum + row.count, 0);
  const closed = item.voteState === "closed";
  const tally = closed ? toTally(tallies, names, answer?.diagnosisId ?? null) : null;
  const correct = answer?.diagnosisId ? tallies.find((row) => row.diagnosisId === answer.diagnosisId)?.count ?? 0 : null;

  return {
    ...base,
    presentation: kase.presentation, ageBand: kase.ageBand, sex: kase.sex, region: kase.region,
    timeline: fullTimeline.slice(0, visibleTimelineLength(fullTimeline.map((entry) => entry.type), item.reachedStep)),
    vote: { state: item.voteState, myVote: myVote ? { diagnosisId: myVote.diagnosis.id, name: myVote.diagnosis.name } : null, count: presenter || closed ? count : 0, tally },
    myDifferential: myDifferential ? { step: differentialAt, diagnoses: myDifferential.diagnosisIds.map((id) => ({ id, name: names.get(id) ?? "Unknown diagnosis" })) } : null,
    canTakePart: !presenter && canTakePart(viewer, conference, standing),
    answer: answer?.answer ?? null,
    answerWithheld: revealed && !answer,
    accuracy: answer && closed && count > 0 && correct !== null ? correct / count : null,
  };
}

/** What the audience sees now: exactly the stages the presenter has reached, nothing further. */
export async function getLiveView(viewer: Viewer, conferenceId: string): Promise<LiveView | null> {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded) return null;
  const { conference, standing } = loaded;
  return {
    conferenceId: conference.id, title: conference.title, kind: conference.kind, status: conferenceStatus(conference),
    version: conference.liveVersion, joined: standing.joined,
    item: standing.joined ? await liveItem(viewer, conference, standing, false) : null,
  };
}

/** The presenter's screen: the same stage as the audience, plus the code, counts, agenda and timer. */
export async function getPresenterView(viewer: Viewer, conferenceId: string): Promise<PresenterView | null> {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded || !canPresent(viewer, loaded.conference)) return null;
  const { conference, standing } = loaded;
  const [item, details, participants] = await Promise.all([
    liveItem(viewer, conference, standing, true),
    db.conference.findUniqueOrThrow({
      where: { id: conferenceId },
      select: { joinCode: true, items: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, estimatedMinutes: true, reachedStep: true, startedAt: true, case: { select: { title: true, ...caseFacts } } } } },
    }),
    db.conferenceParticipant.count({ where: { conferenceId } }),
  ]);
  const current = details.items.find((row) => row.id === conference.currentItemId);
  return {
    conferenceId: conference.id, title: conference.title, kind: conference.kind, status: conferenceStatus(conference),
    version: conference.liveVersion, joined: true, item,
    joinCode: details.joinCode,
    participants,
    agenda: details.items.map((row, index) => ({ itemId: row.id, position: index + 1, title: titleFor(viewer, row.case), estimatedMinutes: row.estimatedMinutes, reachedStep: row.reachedStep, current: row.id === conference.currentItemId })),
    itemStartedAt: current?.startedAt?.toISOString() ?? null,
    estimatedMinutes: current?.estimatedMinutes ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// After the meeting: summary, minutes, the case page's links back
// ---------------------------------------------------------------------------------------------

/** How the group's leading diagnoses moved from stage to stage (the top four overall). */
export function stageSeries(rows: Array<{ step: number; diagnosisIds: string[] }>, studyCount: number, names: Map<string, string>): StageSeries {
  // Up to the last stage anyone answered at (a session may stop before the last study).
  const steps = Math.min(studyCount, Math.max(0, ...rows.map((row) => row.step))) + 1;
  const respondents = Array.from({ length: steps }, () => 0);
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    if (row.step < 0 || row.step >= steps) continue;
    respondents[row.step] = (respondents[row.step] ?? 0) + 1;
    for (const id of row.diagnosisIds) {
      const series = counts.get(id) ?? Array.from({ length: steps }, () => 0);
      series[row.step] = (series[row.step] ?? 0) + 1;
      counts.set(id, series);
    }
  }
  const top = [...counts.entries()].sort((a, b) => b[1].reduce((x, y) => x + y, 0) - a[1].reduce((x, y) => x + y, 0)).slice(0, 4);
  return {
    labels: Array.from({ length: steps }, (_, step) => (step === 0 ? "Presentation" : `Study ${step}`)),
    respondents,
    diagnoses: top.map(([id, series]) => ({ name: names.get(id) ?? "Unknown diagnosis", shares: series.map((count, step) => (respondents[step] ? count / respondents[step]! : 0)) })),
  };
}

const outcomeSelect = {
  id: true, recommendation: true, managementPlan: true, followUp: true, dissent: true, version: true, createdAt: true, signedOffAt: true,
  signedOffBy: { select: { name: true } },
  amendments: { orderBy: { createdAt: "asc" as const }, select: { id: true, recommendation: true, managementPlan: true, followUp: true, dissent: true, reason: true, createdAt: true, author: { select: { name: true } } } },
} as const;

type OutcomeRow = {
  id: string; recommendation: string; managementPlan: string; followUp: string; dissent: string; version: number; createdAt: Date; signedOffAt: Date | null;
  signedOffBy: { name: string } | null;
  amendments: Array<{ id: string; recommendation: string; managementPlan: string; followUp: string; dissent: string; reason: string; createdAt: Date; author: { name: string } }>;
};

/** The outcome as it stands (the latest amendment, if any) with the original kept beside it. */
export function outcomeView(row: OutcomeRow) {
  const latest = row.amendments.at(-1);
  const text = (source: { recommendation: string; managementPlan: string; followUp: string; dissent: string }) => ({
    recommendation: source.recommendation, managementPlan: source.managementPlan, followUp: source.followUp, dissent: source.dissent,
  });
  return {
    id: row.id,
    version: row.version,
    current: text(latest ?? row),
    original: text(row),
    signedOff: row.signedOffAt ? { by: row.signedOffBy?.name ?? "the chair", at: row.signedOffAt.toISOString() } : null,
    amendments: row.amendments.map((amendment) => ({ id: amendment.id, ...text(amendment), reason: amendment.reason, at: amendment.createdAt.toISOString(), by: amendment.author.name })),
  };
}
export type OutcomeView = ReturnType<typeof outcomeView>;

export async function getConferenceSummary(viewer: Viewer, conferenceId: string) {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded) return null;
  const { conference, standing } = loaded;
  const mayReadOutcomes = canReadOutcomes(viewer, conference, standing);
  const items = await db.agendaItem.findMany({
    where: { conferenceId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true, reachedStep: true, voteState: true, answerReleased: true, clinicalQuestion: true,
      case: { select: { id: true, title: true, ...caseFacts, _count: { select: { studies: true } }, resolution: { select: { diagnosisId: true } } } },
      differentials: { select: { step: true, diagnosisIds: true } },
      outcome: { select: outcomeSelect },
    },
  });
  const tallies = await tallyOf(items.map((item) => item.id));
  const names = await diagnosisNames([...tallies.map((row) => row.diagnosisId), ...items.flatMap((item) => item.differentials.flatMap((row) => row.diagnosisIds))]);
  const views = items.map((item) => {
    const kase = item.case;
    const restricted = !canViewCase(viewer, kase);
    // The answer may be compared against only where this viewer may know it.
    const answerKnown = !restricted && (canSeeAnswer(viewer, kase) || (item.answerReleased && item.reachedStep >= revealStep(kase._count.studies)));
    const correctId = answerKnown ? (kase.resolution?.diagnosisId ?? null) : null;
    const rows = tallies.filter((row) => row.itemId === item.id);
    const tally = !restricted && item.voteState === "closed" && rows.length > 0 ? toTally(rows, names, correctId) : null;
    const correct = tally && correctId ? (rows.find((row) => row.diagnosisId === correctId)?.count ?? 0) : null;
    return {
      itemId: item.id,
      caseId: kase.id,
      title: titleFor(viewer, kase),
      restricted,
      presented: item.reachedStep >= 0,
      clinicalQuestion: conference.kind === "mdt" && !restricted ? item.clinicalQuestion : "",
      tally,
      accuracy: tally && correct !== null ? correct / tally.total : null,
      series: restricted ? null : stageSeries(item.differentials, kase._count.studies, names),
      // Outcomes are the team's: never in a code-joined participant's summary.
      outcome: mayReadOutcomes && item.outcome ? outcomeView(item.outcome) : null,
    };
  });
  const scored = views.filter((view) => view.accuracy !== null);
  return {
    id: conference.id, kind: conference.kind, title: conference.title, startsAt: conference.startsAt.toISOString(), status: conferenceStatus(conference),
    items: views,
    accuracy: conference.kind === "teaching" && scored.length > 0 ? scored.reduce((sum, view) => sum + view.accuracy!, 0) / scored.length : null,
    canReadOutcomes: mayReadOutcomes,
  };
}
export type ConferenceSummary = NonNullable<Awaited<ReturnType<typeof getConferenceSummary>>>;

/** The meeting record: attendance with quorum, and each case's question and outcome. MDT only. */
export async function getMeetingRecord(viewer: Viewer, conferenceId: string) {
  const loaded = await viewable(viewer, conferenceId);
  if (!loaded || !canReadOutcomes(viewer, loaded.conference, loaded.standing)) return null;
  const { conference, standing } = loaded;
  const row = await db.conference.findUniqueOrThrow({
    where: { id: conferenceId },
    select: {
      location: true, videoUrl: true, chair: { select: { name: true } }, presenter: { select: { name: true } },
      team: { select: { name: true, requiredSpecialties: true, memberships: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } } } },
      attendees: { orderBy: [{ specialty: "asc" }, { name: "asc" }], select: { id: true, name: true, specialty: true, userId: true } },
      items: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, clinicalQuestion: true, relevantHistory: true, imagingToReview: true, presentingClinician: true, case: { select: { id: true, title: true, ageBand: true, sex: true, region: true, ...caseFacts } }, outcome: { select: outcomeSelect } },
      },
    },
  });
  const can = permissions(viewer, conference, standing);
  return {
    id: conference.id, title: conference.title, startsAt: conference.startsAt.toISOString(), durationMinutes: conference.durationMinutes,
    status: conferenceStatus(conference), location: row.location, teamName: row.team.name,
    chairName: row.chair?.name ?? null, presenterName: row.presenter.name,
    attendees: row.attendees,
    members: row.team.memberships.map((membership) => membership.user),
    quorum: { required: row.team.requiredSpecialties, missing: missingSpecialties(row.team.requiredSpecialties, row.attendees.map((attendee) => attendee.specialty)) },
    items: row.items.map((item, index) => ({
      itemId: item.id,
      position: index + 1,
      caseId: item.case.id,
      title: titleFor(viewer, item.case),
      patient: `${item.case.ageBand}, ${item.case.sex.replace("_", " ")}, ${item.case.region}`,
      intake: { clinicalQuestion: item.clinicalQuestion, relevantHistory: item.relevantHistory, imagingToReview: item.imagingToReview, presentingClinician: item.presentingClinician },
      outcome: item.outcome ? outcomeView(item.outcome) : null,
    })),
    ...can,
  };
}
export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof getMeetingRecord>>>;

/**
 * "Discussed at", for a case the viewer may see. The case page reads it with the case instead
 * (lib/pages/case-page.ts); this is the same list on its own.
 */
export async function listCaseConferences(viewer: Viewer | null, caseId: string): Promise<CaseConference[]> {
  if (!(await readCase(viewer, caseId))) return [];
  const [row] = await sql<Array<{ conferences: CaseConference[] }>>(Prisma.sql`select ${caseConferencesJson(viewer, Prisma.sql`${caseId}`)} as conferences`);
  return row?.conferences ?? [];
}

