"use client";
// Subscribes to a case's live events (SSE). Each event carries its log id; every reopen (after a
// failure, a server's `reconnect`, or going offline) asks for `?after=` the last id seen, so the
// server replays exactly what was missed: no gap, and no event twice.
import { useRef } from "react";
import { useEventSource, type LiveStatus } from "./use-event-source";

export type { LiveStatus } from "./use-event-source";
export interface CaseEvent {
  id: string;
  kind: string;
  subjectId: string | null;
}

export function useCaseEvents(caseId: string, after: string, onEvent: (event: CaseEvent) => void): LiveStatus {
  const lastId = useRef(after);
  return useEventSource(
    caseId,
    () => `/api/cases/${encodeURIComponent(caseId)}/events?after=${encodeURIComponent(lastId.current)}`,
    "case",
    (message) => {
      // The server sends only ids after `after`; this guard keeps a replay that overlaps (a
      // reconnect racing an event) from reaching the panels twice.
      if (!message.lastEventId || !/^\d+$/.test(message.lastEventId)) return;
      if (/^\d+$/.test(lastId.current) && BigInt(message.lastEventId) <= BigInt(lastId.current)) return;
      lastId.current = message.lastEventId;
      onEvent({ id: message.lastEventId, ...(JSON.parse(message.data) as Omit<CaseEvent, "id">) });
    },
  );
}
