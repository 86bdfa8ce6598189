"use client";
// A live stream that never gives up (decision 046). A browser's EventSource retries by itself
// only after a network error; after any other answer (a 503 during a database outage, a 502 from
// a proxy while an instance restarts) it closes for good. So this hook owns every reconnect: on
// any failure it closes the EventSource and opens a new one after an exponential backoff with
// jitter (lib/live/backoff.ts: 1 s doubling to 30 s, randomised so a thousand phones do not come
// back in step), at the URL `urlFor` gives then, so a caller resumes from the last
// event it saw. A stopping server sends `reconnect`: reopen after a short random wait. Going
// offline closes the stream; coming back online reopens it at once. `status` drives the indicator.
import { useEffect, useRef, useState } from "react";
import { reconnectDelay } from "@/lib/live/backoff";
import { RECONNECT_EVENT } from "@/lib/live/events";

export type LiveStatus = "connecting" | "live" | "reconnecting";

/** A connection that stayed open this long was healthy: the next failure starts the backoff over. */
const HEALTHY_AFTER_MS = 10_000;
/** After a server's `reconnect`, each client waits up to this (random), to spread the herd. */
const HANDOVER_SPREAD_MS = 1_500;

export function useEventSource(key: string, urlFor: () => string, eventName: string, onMessage: (message: MessageEvent<string>) => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onMessage);
  handler.current = onMessage;
  const url = useRef(urlFor);
  url.current = urlFor;

  useEffect(() => {
    let source: EventSource | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let openedAt = 0;
    let disposed = false;

    const close = () => {
      clearTimeout(timer);
      timer = undefined;
      source?.close();
      source = null;
    };
    const open = () => {
      close();
      if (disposed) return;
      const current = new EventSource(url.current());
      source = current;
      current.onopen = () => {
        openedAt = Date.now();
        setStatus("live");
      };
      current.onerror = () => {
        if (source !== current) return;
        // Whatever the browser would do next (retry a network error, or give up after a non-200),
        // this hook decides: close now, reopen after the backoff.
        if (openedAt && Date.now() - openedAt >= HEALTHY_AFTER_MS) attempt = 0;
        openedAt = 0;
        setStatus("reconnecting");
        reopenAfter(reconnectDelay(attempt++));
      };
      current.addEventListener(RECONNECT_EVENT, () => {
        if (source !== current) return;
        setStatus("reconnecting");
        reopenAfter(Math.round(Math.random() * HANDOVER_SPREAD_MS));
      });
      current.addEventListener(eventName, (message) => handler.current(message as MessageEvent<string>));
    };
    const reopenAfter = (delay: number) => {
      close();
      if (!navigator.onLine) return; // "online" reopens
      timer = setTimeout(open, delay);
    };
    const offline = () => {
      close();
      setStatus("reconnecting");
    };
    const online = () => {
      attempt = 0;
      open();
    };
    open();
    window.addEventListener("offline", offline);
    window.addEventListener("online", online);
    return () => {
      disposed = true;
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", online);
      close();
    };
  }, [key, eventName]);

  return status;
}
