// One viewer's signal stream for one conference. Signals carry no content: on each, the client
// refetches the view it may see. On (re)connect the client refetches too, so nothing needs replay.
import type { LiveStreamDefinition } from "@/lib/live/http";
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { liveHub } from "@/lib/live/hub";
import type { LiveEvent } from "@/lib/live/notify";
import type { SseSource } from "@/lib/live/sse";
import { canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { SLICE_SIGNAL } from "./focus";
import { loadConference } from "./access";
import { conferenceTopic } from "./notify";
import { canViewConference } from "./policy";

/** The presenter's slice as lib/conferences/focus-actions.ts notifies it. */
type SliceEvent = LiveEvent & { slice?: { itemId: string; step: number; index: number; kase: CaseAccessFacts } };

/** The stream's source, or null if the viewer may not see the conference. */
export async function openConferenceStream(viewer: Viewer, conferenceId: string): Promise<SseSource | null> {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return null;
  return async (channel) => {
    const send = (kind: string, version: string) => channel.write(`event: conference\ndata: ${JSON.stringify({ kind, version })}\n\n`);
    // The presenter's slice (issue 24 item 5), with its position, only to those who may see the case.
    const sendSlice = ({ id, subjectId, slice }: SliceEvent) => {
      if (!slice || !canViewCase(viewer, slice.kase)) return;
      channel.write(`event: conference\ndata: ${JSON.stringify({ kind: SLICE_SIGNAL, version: id, itemId: slice.itemId, step: slice.step, seriesId: subjectId, index: slice.index })}\n\n`);
    };
    channel.onClose(
      liveHub.subscribe(conferenceTopic(conferenceId), {
        onEvent: (event) => (event.kind === SLICE_SIGNAL ? sendSlice(event) : send(event.kind, event.id)),
        // Signals may have been missed while the listener reconnected: everyone refetches.
        onResync: () => send("state", "0"),
      }),
    );
    await liveHub.ready();
    // Anything that changed between the page's render and the LISTEN: refetch once.
    send("state", "0");
  };
}

/** GET /api/conferences/:conferenceId/events: signals to refetch the conference's live view. */
export const conferenceLiveStream: LiveStreamDefinition = {
  area: "conferences",
  messages: { signIn: "Sign in to follow this conference.", missing: "That conference does not exist or you do not have access to it." },
  open: (viewer, conferenceId) => openConferenceStream(viewer, conferenceId),
};
