"use client";
// Subscribes to a case's live events (SSE). Each event carries its log id: the browser's own
// reconnect sends Last-Event-ID, and a reopen after going offline asks for `?after=` the last
// id seen, so the server replays exactly what was missed.
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
      if (message.lastEventId) lastId.current = message.lastEventId;
      onEvent({ id: message.lastEventId, ...(JSON.parse(message.data) as Omit<CaseEvent, "id">) });
    },
  );
}
