// One viewer's event stream for one case: replay from the log after `after`, then live events,
// in id order without duplicates. Payloads are ids and kinds only; clients fetch what they may see.
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import type { LiveStreamDefinition } from "@/lib/live/http";
import { liveHub } from "@/lib/live/hub";
import { caseSignalTopic, type LiveEvent } from "@/lib/live/notify";
import { eventId } from "@/lib/live/schema";
import type { SseSource } from "@/lib/live/sse";
import { visibleCaseWhere } from "./policy";
import { accessSelect } from "./queries";
import { stepFactsOf, stepFactsSelect, withEntriesFor } from "./answer-entries";

/** The case's studies this viewer may not see now (the one rule: answer entries, steps not unlocked). */
async function hiddenStudyIds(viewer: Viewer, caseId: string): Promise<Set<string>> {
  const row = await db.case.findUnique({
    where: { id: caseId },
    select: { ...accessSelect, ...stepFactsSelect(viewer), studies: { select: { id: true, dayOffset: true, position: true, partOfAnswer: true } }, events: { select: { dayOffset: true, position: true, partOfAnswer: true } } },
  });
  if (!row) return new Set();
  const shown = new Set(withEntriesFor(viewer, { ...row, ...stepFactsOf(row) }).studies.map((study) => study.id));
  return new Set(row.studies.filter((study) => !shown.has(study.id)).map((study) => study.id));
}

const REPLAY_LIMIT = 1_000;

function parseEventId(value: string | null): bigint {
  return eventId.safeParse(value).success ? BigInt(value!) : 0n;
}

/** The stream's source, or null if the viewer may not see the case (checked once, when subscribing). */
export async function openCaseStream(viewer: Viewer, caseId: string, after: string | null): Promise<SseSource | null> {
  const kase = await db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: { id: true, ...accessSelect } });
  if (!kase) return null;
  // Events about a study that is part of the answer (its images changed), or that a learner has not
  // unlocked (decision 088), lose their subject for a viewer who may not see it (decision 065); the
  // set is read again when the case changes, and when the viewer's own differential may have unlocked a step.
  let hidden = await hiddenStudyIds(viewer, kase.id);
  const subject = (id: string | null) => (id && hidden.has(id) ? null : id);

  let lastSent = parseEventId(after);
  return async (channel) => {
    let replaying = true;
    const pending: LiveEvent[] = [];
    const send = (event: LiveEvent) => {
      const id = BigInt(event.id);
      if (id <= lastSent) return;
      lastSent = id;
      if (event.kind === "case_updated" || event.kind === "case_revealed" || event.kind === "differential_posted") void hiddenStudyIds(viewer, kase.id).then((ids) => (hidden = ids), () => undefined);
      channel.write(`id: ${event.id}\nevent: case\ndata: ${JSON.stringify({ kind: event.kind, subjectId: subject(event.subjectId) })}\n\n`);
    };
    const replay = async () => {
      const rows = await db.caseActivity.findMany({
        where: { caseId, id: { gt: lastSent } },
        orderBy: { id: "asc" },
        take: REPLAY_LIMIT,
        select: { id: true, kind: true, subjectId: true },
      });
      for (const row of rows) send({ id: row.id.toString(), caseId, kind: row.kind, subjectId: row.subjectId });
    };

    // Unlogged signals (an upload's progress) carry no id, so the browser's resume point stays put.
    channel.onClose(
      liveHub.subscribe(caseSignalTopic(caseId), {
        onEvent: (event) => channel.write(`event: case\ndata: ${JSON.stringify({ kind: event.kind, subjectId: subject(event.subjectId) })}\n\n`),
        onResync: () => undefined,
      }),
    );
    // Subscribe first and buffer, then replay: nothing committed in between can be missed.
    channel.onClose(
      liveHub.subscribe(caseId, {
        onEvent: (event) => (replaying ? pending.push(event) : send(event)),
        onResync: () => void replay().catch(channel.close),
      }),
    );
    await liveHub.ready();
    await replay();
    replaying = false;
    pending.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)).forEach(send);
  };
}

/** GET /api/cases/:caseId/events: ids and kinds of the case's events; replays after Last-Event-ID or ?after=. */
export const caseLiveStream: LiveStreamDefinition = {
  area: "cases",
  messages: { signIn: "Sign in to follow this case live.", missing: "That case does not exist or you do not have access to it." },
  open: openCaseStream,
};
