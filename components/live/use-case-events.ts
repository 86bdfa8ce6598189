"use client";
// Subscribes to a case's live events (SSE). After a network error the browser reconnects by
// itself and sends Last-Event-ID, so the server replays what was missed. When the device goes
// offline (a phone changing networks) the stream is closed and reopened on "online" from the
// last event seen. `status` drives the live indicator.
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
  const lastId = useRef(after);

  useEffect(() => {
    let source: EventSource | null = null;
    const open = () => {
      source?.close();
      source = new EventSource(`/api/cases/${encodeURIComponent(caseId)}/events?after=${encodeURIComponent(lastId.current)}`);
      source.onopen = () => setStatus("live");
      source.onerror = () => setStatus("reconnecting");
      source.addEventListener("case", (message) => {
        const event = message as MessageEvent<string>;
        if (event.lastEventId) lastId.current = event.lastEventId;
        handler.current({ id: event.lastEventId, ...(JSON.parse(event.data) as Omit<CaseEvent, "id">) });
      });
    };
    const offline = () => {
      source?.close();
      source = null;
      setStatus("reconnecting");
    };
    const online = () => open();
    open();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      source?.close();
    };
  }, [caseId]);

  return status;
}
