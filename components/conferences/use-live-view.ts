"use client";
// Keeps a conference view current: the server sends bare signals over SSE; on each the client
// refetches the view it may see (the server cuts it to the stages reached). The audience ignores
// "tally" signals (counts are the presenter's); a late or reconnecting client refetches at once.
import { useCallback, useRef, useState } from "react";
import { useEventSource, type LiveStatus } from "@/components/live/use-event-source";
import { SLICE_SIGNAL, type SliceFocus } from "@/lib/conferences/focus";

export function useLiveView<T extends { version: number }>(conferenceId: string, initial: T, options: { presenter?: boolean } = {}) {
  const [view, setView] = useState(initial);
  // The presenter's slice as the last "slice" signal carried it (issue 24 item 5): applied as is, no refetch.
  const [slice, setSlice] = useState<SliceFocus | null>(null);
  const latest = useRef(initial.version);
  const inFlight = useRef<AbortController | null>(null);
  const url = `/api/conferences/${encodeURIComponent(conferenceId)}/state${options.presenter ? "?as=presenter" : ""}`;

  const refresh = useCallback(async () => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(url, { cache: "no-store", signal: controller.signal });
      if (!response.ok) return;
      const next = (await response.json()) as T;
      // Never step back to an older snapshot that arrived late.
      if (next.version >= latest.current) {
        latest.current = next.version;
        setView(next);
      }
    } catch {
      // Aborted by a newer refresh, or offline: the next signal or reconnect refetches.
    }
  }, [url]);

  const status: LiveStatus = useEventSource(conferenceId, () => `/api/conferences/${encodeURIComponent(conferenceId)}/events`, "conference", (message) => {
    const signal = JSON.parse(message.data) as { kind: string; version: string } & Omit<SliceFocus, "seq">;
    if (signal.kind === SLICE_SIGNAL) {
      const { itemId, step, seriesId, index } = signal;
      setSlice((current) => (current && current.seq >= Number(signal.version) ? current : { itemId, step, seriesId, index, seq: Number(signal.version) }));
    } else if (signal.kind === "state" || options.presenter) void refresh();
  });

  return { view, status, refresh, slice };
}
