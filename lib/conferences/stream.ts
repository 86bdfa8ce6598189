// One viewer's signal stream for one conference. A state change comes with the viewer's live view
// in it (lib/conferences/room.ts: read once per class of viewer on each instance, decision 077), so
// a thousand phones fetch nothing back; should that read fail, the bare signal goes and the client
// refetches. Tally signals (a vote, a join) are for the presenter's screens only, at most four a
// second. Other signals (the presenter's slice) pass as they come. On (re)connect the stream sends
// the current view, so nothing needs replay.
import type { LiveStreamDefinition } from "@/lib/live/http";
import "server-only";
import type { Viewer } from "@/lib/core/viewer";
import { liveHub } from "@/lib/live/hub";
import type { LiveEvent } from "@/lib/live/notify";
import type { SseSource } from "@/lib/live/sse";
import { canViewCase, type CaseAccessFacts } from "@/lib/cases/policy";
import { SLICE_SIGNAL, type SliceWindow } from "./focus";
import { loadConference } from "./access";
import { conferenceTopic } from "./notify";
import { canPresent, canTakePart, canViewConference } from "./policy";
import { forgetRoomViews, roomAt, type Listener } from "./room";
import type { LiveView } from "./view";

/** The presenter's slice as lib/conferences/focus-actions.ts notifies it. */
type SliceEvent = LiveEvent & { slice?: { itemId: string; step: number; index: number; window?: SliceWindow | null; kase: CaseAccessFacts } };

/** The presenter's screens refetch their counts at most this often, however fast votes come. */
export const TALLY_INTERVAL_MS = 250;

/** The stream's source, or null if the viewer may not see the conference. */
export async function openConferenceStream(viewer: Viewer, conferenceId: string): Promise<SseSource | null> {
  const loaded = await loadConference(viewer, conferenceId);
  if (!loaded || !canViewConference(viewer, loaded.conference, loaded.standing)) return null;
  const { conference, standing } = loaded;
  const listener: Listener = { viewer, joined: standing.joined, canTakePart: canTakePart(viewer, conference, standing) };
  const presenter = canPresent(viewer, conference);
  return async (channel) => {
    const send = (kind: string, version: string, view?: LiveView | null) =>
      channel.write(`event: conference\ndata: ${JSON.stringify(view ? { kind, version, view } : { kind, version })}\n\n`);
    // The presenter's slice (issue 24 item 5), with its position, only to those who may see the case.
    const sendSlice = ({ id, subjectId, slice }: SliceEvent) => {
      // A phone connecting after this must not get a view read before it (its focus is older).
      forgetRoomViews(conferenceId);
      if (!slice || !canViewCase(viewer, slice.kase)) return;
      channel.write(`event: conference\ndata: ${JSON.stringify({ kind: SLICE_SIGNAL, version: id, itemId: slice.itemId, step: slice.step, seriesId: subjectId, index: slice.index, window: slice.window ?? null })}\n\n`);
    };
    // Views go out in the order of their signals, never an older one after a newer; each is read
    // at once (the snapshot is taken now, shared by this instance's listeners of the same signal).
    let sentVersion = -1;
    let queue: Promise<void> = Promise.resolve();
    const sendView = (tag: string, version: string, bulk: boolean) => {
      const read = roomAt(conferenceId, tag).viewFor(listener, bulk).catch(() => null);
      queue = queue.then(async () => {
        const view = await read;
        // Could not be read: the bare signal, and the client fetches its view.
        if (!view) return send("state", version);
        if (view.version < sentVersion) return;
        sentVersion = view.version;
        send("state", version, view);
      });
      return queue;
    };
    let tallyTimer: ReturnType<typeof setTimeout> | undefined;
    let tallySentAt = 0;
    let tallyVersion = "0";
    const tally = (version: string) => {
      tallyVersion = version;
      tallyTimer ??= setTimeout(() => {
        tallyTimer = undefined;
        tallySentAt = Date.now();
        send("tally", tallyVersion);
      }, Math.max(0, tallySentAt + TALLY_INTERVAL_MS - Date.now()));
    };
    channel.onClose(() => clearTimeout(tallyTimer));
    channel.onClose(
      liveHub.subscribe(conferenceTopic(conferenceId), {
        onEvent: (event) => {
          if (event.kind === "state") void sendView(`state:${event.id}`, event.id, true);
          else if (event.kind === "tally") {
            if (presenter) tally(event.id);
          } else if (event.kind === SLICE_SIGNAL) sendSlice(event);
          else send(event.kind, event.id);
        },
        // Signals may have been missed while the listener reconnected: everyone gets the view now.
        onResync: () => void sendView(`resync:${Math.floor(Date.now() / 1_000)}`, "0", true),
      }),
    );
    await liveHub.ready();
    // Anything that changed between the page's render and the LISTEN.
    await sendView("connect", "0", false);
  };
}

/** GET /api/conferences/:conferenceId/events: the conference's live views and signals. */
export const conferenceLiveStream: LiveStreamDefinition = {
  area: "conferences",
  messages: { signIn: "Sign in to follow this conference.", missing: "That conference does not exist or you do not have access to it." },
  open: (viewer, conferenceId) => openConferenceStream(viewer, conferenceId),
};
