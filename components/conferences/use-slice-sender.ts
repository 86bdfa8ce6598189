"use client";
// Sends the presenter's slice to the room (issue 24 item 5) without flooding it: at most one
// change per SLICE_SEND_INTERVAL_MS and one request at a time; whatever arrives meanwhile replaces
// what is waiting, so a fast scroll ends on the slice the presenter stopped at (the last one wins).
// The presenter's window/level goes in the same target (decision 095): a drag on the window is
// throttled the same way and ends on the window the presenter let go at.
import { useCallback, useEffect, useRef } from "react";
import { sameWindow, SLICE_SEND_INTERVAL_MS, type SliceWindow } from "@/lib/conferences/focus";
import { presentSlice } from "@/lib/conferences/focus-actions";

export interface SliceTarget {
  conferenceId: string;
  itemId: string;
  step: number;
  seriesId: string;
  index: number;
  /** The window the presenter's viewer shows, null for the slice as rendered at ingest. */
  window: SliceWindow | null;
}

const same = (a: SliceTarget | null, b: SliceTarget) =>
  a !== null && a.itemId === b.itemId && a.step === b.step && a.seriesId === b.seriesId && a.index === b.index && sameWindow(a.window, b.window);

export function useSliceSender(): (target: SliceTarget) => void {
  const waiting = useRef<SliceTarget | null>(null);
  const sent = useRef<SliceTarget | null>(null);
  const busy = useRef(false);
  const lastAt = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async function flush(): Promise<void> {
    const next = waiting.current;
    if (busy.current || !next) return;
    if (same(sent.current, next)) {
      waiting.current = null;
      return;
    }
    const wait = lastAt.current + SLICE_SEND_INTERVAL_MS - Date.now();
    if (wait > 0) {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), wait);
      return;
    }
    waiting.current = null;
    busy.current = true;
    lastAt.current = Date.now();
    try {
      // A refused slice (the presenter moved on meanwhile) is simply dropped: the next one goes.
      const result = await presentSlice(next);
      if (result.ok) sent.current = next;
    } catch {
      // Offline for a moment: the next slice change tries again.
    } finally {
      busy.current = false;
    }
    await flush();
  }, []);

  useEffect(() => () => clearTimeout(timer.current), []);

  return useCallback((target: SliceTarget) => {
    waiting.current = target;
    void flush();
  }, [flush]);
}
