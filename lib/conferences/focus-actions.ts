"use server";
// The presenter's slice (issue 24 item 5): the presenter's viewer sends the slice on screen (at
// most ten times a second, the last one winning: components/conferences/use-slice-sender.ts);
// one statement stores it on the conference, if the conference is still on that item and step,
// and notifies the room with the position itself, so that no phone refetches anything to follow.
// The presenter's window/level travels with it (decision 095): the same signal, the same
// throttling, stored in the same statement so that a late phone and the projector catch up.
import { action } from "@/lib/auth/action";
import { byTimeline } from "@/lib/cases/timeline";
import { db } from "@/lib/core/db";
import { fail, notFound, ok, type ActionResult } from "@/lib/core/result";
import { LIVE_CHANNEL } from "@/lib/live/notify";
import { conferenceStatus, loadConference } from "./access";
import { SLICE_SIGNAL } from "./focus";
import { conferenceTopic } from "./notify";
import { canPresent, canViewConference, sliceProblem } from "./policy";
import { caseFacts } from "./queries";
import { presentSliceInput } from "./schema";

const movedOn = () => fail("conflict", "The conference has moved on: that slice is no longer on screen.");

export const presentSlice = action("presentSlice", presentSliceInput, async ({ viewer, input }): Promise<ActionResult<{ seq: number }>> => {
  const { conferenceId, itemId, step, seriesId, index, window } = input;
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return notFound("conference");
  const { conference } = loaded;
  if (!canPresent(viewer, conference)) return fail("forbidden", "Only the conference's presenter moves the room's images.");
  if (conferenceStatus(conference) !== "live" || conference.currentItemId !== itemId || conference.currentStep !== step) return movedOn();

  // The series, derived to its case and study; the agenda item must present that case here.
  const series = await db.imageSeries.findUnique({
    where: { id: seriesId },
    select: {
      needsReview: true,
      study: {
        select: {
          id: true, partOfAnswer: true,
          case: { select: { ...caseFacts, studies: { select: { id: true, dayOffset: true, position: true } }, agendaItems: { where: { id: itemId, conferenceId }, select: { id: true } } } },
        },
      },
      _count: { select: { images: { where: { needsReview: false } } } },
    },
  });
  const kase = series?.study.case;
  if (!series || !kase || kase.agendaItems.length === 0) return notFound("series");
  const studyStep = [...kase.studies].sort(byTimeline).findIndex((study) => study.id === series.study.id) + 1;
  const problem = sliceProblem({ studyStep, partOfAnswer: series.study.partOfAnswer, needsReview: series.needsReview, imageCount: series._count.images }, step, index);
  if (problem) return fail("invalid_input", problem);

  // The case's access facts ride along: each stream passes the position on only to those who may
  // see the case (lib/conferences/stream.ts), with no read per phone.
  const { authorId, status, visibility, teamId } = kase;
  const slice = JSON.stringify({ itemId, step, index, window, kase: { authorId, status, visibility, teamId } });
  const written = await db.$queryRaw<Array<{ seq: number }>>`
    with moved as (
      update "Conference" set "focusItemId" = ${itemId}, "focusStep" = ${step}, "focusSeriesId" = ${seriesId}, "focusIndex" = ${index},
        "focusWindowCenter" = ${window?.center ?? null}::double precision, "focusWindowWidth" = ${window?.width ?? null}::double precision,
        "focusWindowPreset" = ${window?.preset ?? null}::text, "focusSeq" = "focusSeq" + 1
      where id = ${conferenceId} and "startedAt" is not null and "endedAt" is null and "currentItemId" = ${itemId} and "currentStep" = ${step}
      returning "focusSeq"
    )
    select moved."focusSeq" as seq from moved cross join lateral (select pg_notify(${LIVE_CHANNEL}, json_build_object(
      'id', moved."focusSeq"::text, 'caseId', '', 'kind', ${SLICE_SIGNAL}::text, 'subjectId', ${seriesId}::text,
      'topic', ${conferenceTopic(conferenceId)}::text, 'slice', ${slice}::json)::text)) as notified`;
  const seq = written[0]?.seq;
  return seq === undefined ? movedOn() : ok({ seq });
});
