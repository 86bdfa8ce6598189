// One viewer's event stream for one case: replay from the log after `after`, then live events,
// in id order without duplicates. Payloads are ids and kinds only; clients fetch what they may see.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { visibleCaseWhere } from "@/lib/cases/policy";
import { db } from "@/lib/db";
import { liveHub } from "./hub";
import { eventId } from "./schema";
import type { SseSource } from "./sse";
import type { LiveEvent } from "./notify";

const REPLAY_LIMIT = 1_000;

function parseEventId(value: string | null): bigint {
  return eventId.safeParse(value).success ? BigInt(value!) : 0n;
}

/** The stream's source, or null if the viewer may not see the case (checked once, when subscribing). */
export async function openCaseStream(viewer: Viewer, caseId: string, after: string | null): Promise<SseSource | null> {
  const kase = await db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: { id: true } });
  if (!kase) return null;

  let lastSent = parseEventId(after);
  return async (channel) => {
    let replaying = true;
    const pending: LiveEvent[] = [];
    const send = (event: LiveEvent) => {
      const id = BigInt(event.id);
      if (id <= lastSent) return;
      lastSent = id;
      channel.write(`id: ${event.id}\nevent: case\ndata: ${JSON.stringify({ kind: event.kind, subjectId: event.subjectId })}\n\n`);
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
