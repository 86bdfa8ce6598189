// Reads for what a conference leaves behind: the teaching summary and the MDT meeting record
// (attendance, outcomes, sign-off and amendments).
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { canSeeAnswer, canViewCase } from "@/lib/cases/policy";
import { db } from "@/lib/core/db";
import { conferenceStatus } from "./access";
import { canReadOutcomes, canStartMeeting, meetingRecordProblem } from "./policy";
import { revealStep } from "./steps";
import { diagnosisNames, stageSeries, tallyOf, toTally } from "./live-queries";
import { caseFacts, missingSpecialties, permissions, titleFor, viewable } from "./queries";

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
  const recordOpen = meetingRecordProblem(conference) === null;
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
    // Attendance, outcomes and sign-off open when the meeting starts (issue 26 item 10).
    recordOpen,
    canStart: conference.endedAt === null && canStartMeeting(viewer, conference),
    canRecordAttendance: recordOpen && can.canManage,
    canRecordOutcome: recordOpen && can.canRecordOutcome,
    canSignOff: recordOpen && can.canSignOff,
  };
}
export type MeetingRecord = NonNullable<Awaited<ReturnType<typeof getMeetingRecord>>>;
