// One viewer's event stream for one case: replay from the log after `after`, then live events,
// in id order without duplicates. Payloads are ids and kinds only; clients fetch what they may see.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { visibleCaseWhere } from "@/lib/cases/policy";
import { db } from "@/lib/db";
import { liveHub } from "./hub";
import type { LiveEvent } from "./notify";

const HEARTBEAT_MS = 20_000;
const REPLAY_LIMIT = 1_000;

function parseEventId(value: string | null): bigint {
  if (!value || !/^\d{1,19}$/.test(value)) return 0n;
  return BigInt(value);
}

export async function openCaseStream(viewer: Viewer, caseId: string, after: string | null, signal: AbortSignal) {
  const kase = await db.case.findFirst({ where: { AND: [{ id: caseId }, visibleCaseWhere(viewer)] }, select: { id: true } });
  if (!kase) return null;

  const encoder = new TextEncoder();
  let lastSent = parseEventId(after);
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      let replaying = true;
      const pending: LiveEvent[] = [];
      const send = (event: LiveEvent) => {
        const id = BigInt(event.id);
        if (closed || id <= lastSent) return;
        lastSent = id;
        const data = JSON.stringify({ kind: event.kind, subjectId: event.subjectId });
        controller.enqueue(encoder.encode(`id: ${event.id}\nevent: case\ndata: ${data}\n\n`));
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
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };

      // Subscribe first and buffer, then replay: nothing committed in between can be missed.
      unsubscribe = liveHub.subscribe(caseId, {
        onEvent: (event) => (replaying ? pending.push(event) : send(event)),
        onResync: () => void replay().catch(close),
      });
      signal.addEventListener("abort", close);
      controller.enqueue(encoder.encode("retry: 2000\n: connected\n\n"));
      try {
        await liveHub.ready();
        await replay();
      } catch {
        // The database is unreachable: end the stream; the browser reconnects and replays.
        close();
        return;
      }
      replaying = false;
      pending.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1)).forEach(send);
      heartbeat = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(": heartbeat\n\n"));
      }, HEARTBEAT_MS);
    },
    cancel() {
      clearInterval(heartbeat);
      unsubscribe();
    },
  });
}
