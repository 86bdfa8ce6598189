// One viewer's signal stream for one conference. Signals carry no content: on each, the client
// refetches the view it may see. On (re)connect the client refetches too, so nothing needs replay.
import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { liveHub } from "@/lib/live/hub";
import { sseStream } from "@/lib/live/sse";
import { loadConference } from "./access";
import { conferenceTopic } from "./notify";
import { canViewConference } from "./policy";

export async function openConferenceStream(viewer: Viewer, conferenceId: string, signal: AbortSignal) {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return null;
  return sseStream(signal, async (channel) => {
    const send = (kind: string, version: string) => channel.write(`event: conference\ndata: ${JSON.stringify({ kind, version })}\n\n`);
    channel.onClose(
      liveHub.subscribe(conferenceTopic(conferenceId), {
        onEvent: (event) => send(event.kind, event.id),
        // Signals may have been missed while the listener reconnected: everyone refetches.
        onResync: () => send("state", "0"),
      }),
    );
    await liveHub.ready();
    // Anything that changed between the page's render and the LISTEN: refetch once.
    send("state", "0");
  });
}
