"use client";
// Keeps a conference view current. The audience's view comes in the state signal itself, already
// cut by the server to the stages reached (decision 077); a signal without one (the server could
// not read it) means: refetch. The presenter's screens refetch theirs on every signal (counts
// included). The stream is reopened when the viewer joins, so that it sends the joined view.
import { useCallback, useRef, useState } from "react";
import { useEventSource, type LiveStatus } from "@/components/live/use-event-source";
import { SLICE_SIGNAL, type SliceFocus } from "@/lib/conferences/focus";

export function useLiveView<T extends { version: number; joined?: boolean }>(conferenceId: string, initial: T, options: { presenter?: boolean } = {}) {
  const [view, setView] = useState(initial);
  // The presenter's slice as the last "slice" signal carried it (issue 24 item 5): applied as is, no refetch.
  const [slice, setSlice] = useState<SliceFocus | null>(null);
  const latest = useRef(initial.version);
  const inFlight = useRef<AbortController | null>(null);
  const url = `/api/conferences/${encodeURIComponent(conferenceId)}/state${options.presenter ? "?as=presenter" : ""}`;

  const apply = useCallback((next: T) => {
    // Never step back to an older snapshot that arrived late.
    if (next.version >= latest.current) {
      latest.current = next.version;
      setView(next);
    }
  }, []);

  const refresh = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(url, { cache: "no-store", signal: controller.signal });
      if (!response.ok) return;
      apply((await response.json()) as T);
    } catch {
      // Aborted by a newer refresh, or offline: the next signal or reconnect refetches.
    }
  }, [url, apply]);

  const status: LiveStatus = useEventSource(`${conferenceId}:${view.joined ?? ""}`, () => `/api/conferences/${encodeURIComponent(conferenceId)}/events`, "conference", (message) => {
    const signal = JSON.parse(message.data) as { kind: string; version: string; view?: T } & Omit<SliceFocus, "seq">;
    if (signal.kind === SLICE_SIGNAL) {
      // The presenter's window/level rides along (decision 095); an older server sends none.
      const { itemId, step, seriesId, index, window = null } = signal;
      setSlice((current) => (current && current.seq >= Number(signal.version) ? current : { itemId, step, seriesId, index, window, seq: Number(signal.version) }));
    } else if (signal.kind === "state" && signal.view && !options.presenter) apply(signal.view);
    else if (signal.kind === "state" || options.presenter) void refresh();
  });

  /** A change the viewer made and the server confirmed (their vote), shown without a fetch. */
  const update = useCallback((change: (current: T) => T) => setView(change), []);

  return { view, status, refresh, slice, update };
}
