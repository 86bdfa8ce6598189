"use client";
// One live connection per case page, shared by every panel on it (discussion, differentials,
// votes). Panels subscribe with useCaseLive; the status feeds the live indicator. What arrives is
// also announced politely to screen readers (one sentence for events that come together).
import { createContext, useCallback, useContext, useEffect, useRef } from "react";
import { Announcer, useEventAnnouncements } from "./announcer";
import { useCaseEvents, type CaseEvent, type LiveStatus } from "./use-case-events";

type Listener = (event: CaseEvent) => void;
interface LiveContext {
  status: LiveStatus;
  subscribe: (listener: Listener) => () => void;
}

const Context = createContext<LiveContext | null>(null);

export function CaseLiveProvider({ caseId, after, children }: { caseId: string; after: string; children: React.ReactNode }) {
  const listeners = useRef(new Set<Listener>());
  const [announcement, announce] = useEventAnnouncements();
  const status = useCaseEvents(caseId, after, (event) => {
    for (const listener of listeners.current) listener(event);
    announce(event.kind);
  });
  const subscribe = useCallback((listener: Listener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  return (
    <Context.Provider value={{ status, subscribe }}>
      {children}
      <Announcer message={announcement} />
    </Context.Provider>
  );
}

export function useCaseLive(onEvent: Listener): LiveStatus {
  const context = useContext(Context);
  if (!context) throw new Error("useCaseLive needs a CaseLiveProvider");
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const { subscribe } = context;
  useEffect(() => subscribe((event) => handler.current(event)), [subscribe]);
  return context.status;
}
