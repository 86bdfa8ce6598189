// Reads for the live conference: the audience's and the presenter's views, built from the live
// state, so a study the presenter has not reached is never selected into them.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { canViewCase } from "@/lib/cases/policy";
import { buildTimeline, readResolution, timelineSelect } from "@/lib/cases/queries";
import { db } from "@/lib/core/db";
import { conferenceStatus, type LoadedConference } from "./access";
import { canPresent, canTakePart, type Standing } from "./policy";
import { differentialStep, revealStep, stageLabel, stageOf, visibleTimelineLength } from "./steps";
import type { LiveItemView, LiveView, PresenterView, StageSeries, Tally } from "./view";

import { caseFacts, titleFor, viewable } from "./queries";
import { stageImages } from "./stage-images";

// ---------------------------------------------------------------------------------------------
// The live view
// ---------------------------------------------------------------------------------------------

export async function tallyOf(itemIds: string[]) {
  const grouped = await db.conferenceVote.groupBy({ by: ["itemId", "diagnosisId"], where: { itemId: { in: itemIds } }, _count: { _all: true } });
  return grouped.map((row) => ({ itemId: row.itemId, diagnosisId: row.diagnosisId, count: row._count._all }));
}

export async function diagnosisNames(ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.diagnosis.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(rows.map((row) => [row.id, row.name]));
}

export function toTally(rows: Array<{ diagnosisId: string; count: number }>, names: Map<string, string>, correctId: string | null): Tally {
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
    stage: stage.kind, stageLabel: stageLabel(step, studyCount), timeline: [], images: {}, focus: null,
    vote: { state: item.voteState, myVote: null, count: 0, tally: null }, myDifferential: null,
    canTakePart: false, answer: null, answerWithheld: false, accuracy: null,
  };
  if (restricted) return base;

  const differentialAt = differentialStep(step, studyCount);
  const shown = fullTimeline.slice(0, visibleTimelineLength(fullTimeline.map((entry) => entry.type), item.reachedStep));
  // The images of the studies reached (issue 24 item 5); a study that is part of the answer only with the answer.
  const shownStudies = shown.filter((entry) => entry.type === "study" && (!entry.partOfAnswer || (revealed && item.answerReleased))).map((entry) => entry.id);
  const [myVote, tallies, myDifferential, answer, staged] = await Promise.all([
    db.conferenceVote.findUnique({ where: { itemId_userId: { itemId: item.id, userId: viewer.id } }, select: { diagnosis: { select: { id: true, name: true } } } }),
    tallyOf([item.id]),
    db.stagedDifferential.findUnique({ where: { itemId_userId_step: { itemId: item.id, userId: viewer.id, step: differentialAt } }, select: { diagnosisIds: true } }),
    revealed && item.answerReleased ? readResolution(kase.id) : Promise.resolve(null),
    stageImages(viewer, kase, shownStudies, { conferenceId: conference.id, itemId: item.id, step }),
  ]);
  const names = await diagnosisNames([...tallies.map((row) => row.diagnosisId), ...(myDifferential?.diagnosisIds ?? [])]);
  const count = tallies.reduce((sum, row) => sum + row.count, 0);
  const closed = item.voteState === "closed";
  const tally = closed ? toTally(tallies, names, answer?.diagnosisId ?? null) : null;
  const correct = answer?.diagnosisId ? tallies.find((row) => row.diagnosisId === answer.diagnosisId)?.count ?? 0 : null;

  return {
    ...base,
    presentation: kase.presentation, ageBand: kase.ageBand, sex: kase.sex, region: kase.region,
    // Entries the author marked part of the answer (decision 065) come with the answer, not with their stage.
    timeline: shown.filter((entry) => !entry.partOfAnswer || answer !== null),
    images: staged.images, focus: staged.focus,
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
    startsAt: conference.startsAt.toISOString(),
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

