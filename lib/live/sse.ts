// The plumbing every Server-Sent Events stream shares: the reconnect hint, a heartbeat that keeps
// proxies from closing an idle stream, and one close path (client gone, server done or database
// lost) that runs the stream's clean-ups exactly once.
import "server-only";

const HEARTBEAT_MS = 20_000;

export interface SseChannel {
  /** Enqueues raw SSE text (already framed); ignored once closed. */
  write: (text: string) => void;
  close: () => void;
  /** Runs when the stream ends, however it ends. */
  onClose: (cleanup: () => void) => void;
}

/** `setup` subscribes and sends any catch-up; the heartbeat starts once it has resolved. */
export function sseStream(signal: AbortSignal, setup: (channel: SseChannel) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const cleanups: Array<() => void> = [];
  let closed = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const cleanUp = () => {
    clearInterval(heartbeat);
    for (const cleanup of cleanups.splice(0)) cleanup();
  };
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const channel: SseChannel = {
        write: (text) => {
          if (!closed) controller.enqueue(encoder.encode(text));
        },
        close: () => {
          if (closed) return;
          closed = true;
          cleanUp();
          try {
            controller.close();
          } catch {
            // already closed by the client
          }
        },
        onClose: (cleanup) => void cleanups.push(cleanup),
      };
      signal.addEventListener("abort", channel.close);
      channel.write("retry: 2000\n: connected\n\n");
      try {
        await setup(channel);
      } catch {
        // The database is unreachable: end the stream; the browser reconnects.
        channel.close();
        return;
      }
      if (!closed) heartbeat = setInterval(() => channel.write(": heartbeat\n\n"), HEARTBEAT_MS);
    },
    cancel() {
      closed = true;
      cleanUp();
    },
  });
}
