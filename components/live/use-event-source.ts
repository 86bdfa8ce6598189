"use client";
// An EventSource that survives phones changing networks: after a network error the browser
// reconnects by itself; when the device goes offline the stream is closed and reopened on
// "online" (at the URL `urlFor` gives then, so a caller can resume from the last event seen).
// `status` drives the live indicator.
import { useEffect, useRef, useState } from "react";

export type LiveStatus = "connecting" | "live" | "reconnecting";

export function useEventSource(key: string, urlFor: () => string, eventName: string, onMessage: (message: MessageEvent<string>) => void): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  const handler = useRef(onMessage);
  handler.current = onMessage;
  const url = useRef(urlFor);
  url.current = urlFor;

  useEffect(() => {
    let source: EventSource | null = null;
    const open = () => {
      source?.close();
      source = new EventSource(url.current());
      source.onopen = () => setStatus("live");
      source.onerror = () => setStatus("reconnecting");
      source.addEventListener(eventName, (message) => handler.current(message as MessageEvent<string>));
    };
    const offline = () => {
      source?.close();
      source = null;
      setStatus("reconnecting");
    };
    open();
    window.addEventListener("offline", offline);
    window.addEventListener("online", open);
    return () => {
      window.removeEventListener("offline", offline);
      window.removeEventListener("online", open);
      source?.close();
    };
  }, [key, eventName]);

  return status;
}
