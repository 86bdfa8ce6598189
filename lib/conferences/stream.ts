// One viewer's signal stream for one conference. Signals carry no content: on each, the client
// refetches the view it may see. On (re)connect the client refetches too, so nothing needs replay.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { liveHub } from "@/lib/live/hub";
import { loadConference } from "./access";
import { conferenceTopic } from "./notify";
import { canViewConference } from "./policy";

const HEARTBEAT_MS = 20_000;

export async function openConferenceStream(viewer: Viewer, conferenceId: string, signal: AbortSignal) {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return null;
  const encoder = new TextEncoder();
  let unsubscribe = () => {};
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let closed = false;
      const send = (kind: string, version: string) => {
        if (!closed) controller.enqueue(encoder.encode(`event: conference\ndata: ${JSON.stringify({ kind, version })}\n\n`));
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
      unsubscribe = liveHub.subscribe(conferenceTopic(conferenceId), {
        onEvent: (event) => send(event.kind, event.id),
        // Signals may have been missed while the listener reconnected: everyone refetches.
        onResync: () => send("state", "0"),
      });
      signal.addEventListener("abort", close);
      controller.enqueue(encoder.encode("retry: 2000\n: connected\n\n"));
      try {
        await liveHub.ready();
      } catch {
        close();
        return;
      }
      // Anything that changed between the page's render and the LISTEN: refetch once.
      send("state", "0");
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
