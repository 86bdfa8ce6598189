// The plumbing every Server-Sent Events stream shares: the reconnect hint, a heartbeat that keeps
// proxies from closing an idle stream, and one close path (client gone, server done or database
// lost) that runs the stream's clean-ups exactly once. A stream is written to a sink: a Node
// response in production (lib/live/http.ts), a web ReadableStream where one is wanted (tests).
import "server-only";
import { noteDatabaseFailure } from "@/lib/core/availability";

const HEARTBEAT_MS = 20_000;

export interface SseChannel {
  /** Sends raw SSE text (already framed); ignored once closed. */
  write: (text: string) => void;
  close: () => void;
  /** Runs when the stream ends, however it ends. */
  onClose: (cleanup: () => void) => void;
}

/** What a stream sends: subscribes and sends any catch-up; the heartbeat starts once it resolves. */
export type SseSource = (channel: SseChannel) => Promise<void>;

interface SseSink {
  write: (text: string) => void;
  end: () => void;
}

/** Runs `source` into `sink`; returns the stream's close, for when the client goes away. */
function runSse(sink: SseSink, source: SseSource): () => void {
  const cleanups: Array<() => void> = [];
  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const channel: SseChannel = {
    write: (text) => {
      if (!closed) sink.write(text);
    },
    close: () => {
      if (closed) return;
      closed = true;
      clearInterval(heartbeat);
      for (const cleanup of cleanups.splice(0)) cleanup();
      sink.end();
    },
    onClose: (cleanup) => void cleanups.push(cleanup),
  };
  channel.write("retry: 2000\n: connected\n\n");
  source(channel).then(
    () => {
      if (!closed) heartbeat = setInterval(() => channel.write(": heartbeat\n\n"), HEARTBEAT_MS);
    },
    // The database is unreachable: end the stream; the browser reconnects with backoff and resumes.
    (error: unknown) => {
      noteDatabaseFailure(error);
      channel.close();
    },
  );
  return channel.close;
}

/** The stream as a web ReadableStream, closed when `signal` aborts or the reader cancels. */
export function sseStream(signal: AbortSignal, source: SseSource): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let close: () => void = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      close = runSse({
        write: (text) => controller.enqueue(encoder.encode(text)),
        end: () => {
          try {
            controller.close();
          } catch {
            // already closed by the reader
          }
        },
      }, source);
      signal.addEventListener("abort", close);
    },
    cancel: () => close(),
  });
}

/** The stream written straight to a Node response: a few kilobytes per open stream. */
export function pipeSse(response: import("node:http").ServerResponse, source: SseSource): void {
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  // Each event goes out at once, not after Nagle's delay.
  response.socket?.setNoDelay(true);
  const close = runSse({ write: (text) => void response.write(text), end: () => response.end() }, source);
  response.once("close", close);
}
