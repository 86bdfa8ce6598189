"use client";
// Subscribes to a case's live events (SSE). The browser reconnects by itself and sends
// Last-Event-ID, so the server replays what was missed; `status` drives the "live" indicator.
import { useEffect, useRef, useState } from "react";

export type LiveStatus = "connecting" | "live" | "reconnecting";
export interface CaseEvent {
  id: string;
  kind: string;
  subjectId: string | null;
}

export function useCaseEvents(caseId: string, after: string, onEvent: (event: CaseEvent) => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    const source = new EventSource(`/api/cases/${encodeURIComponent(caseId)}/events?after=${encodeURIComponent(after)}`);
    source.onopen = () => setStatus("live");
    source.onerror = () => setStatus("reconnecting");
    source.addEventListener("case", (message) => {
      const data = JSON.parse((message as MessageEvent<string>).data) as Omit<CaseEvent, "id">;
      handler.current({ id: (message as MessageEvent).lastEventId, ...data });
    });
    return () => source.close();
    // `after` is only the starting point; later reconnects use Last-Event-ID.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId]);

  return status;
}
