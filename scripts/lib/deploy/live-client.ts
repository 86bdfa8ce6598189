// What the deployment test does as a browser would: follow a case's live stream (reconnecting
// after any end or failure, from its last event id, as components/live/use-event-source.ts does)
// and post comments with a submission key, retried with the same key until one is acknowledged.

export interface ReceivedEvent {
  id: string;
  kind: string;
  subjectId: string | null;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The instance that answered: nginx's X-Upstream lists every one it tried, the last answered. */
export function answeredBy(response: Response): string | null {
  return response.headers.get("x-upstream")?.split(",").at(-1)?.trim() || null;
}

/** One case's live stream, followed until stop(). */
export class LiveFollower {
  readonly events: ReceivedEvent[] = [];
  /** Each connection's answer: status and the instance that served it (nginx's X-Upstream). */
  readonly connections: Array<{ status: number; upstream: string | null }> = [];
  /** `reconnect` events received (a stopping instance tells its streams to go elsewhere). */
  reconnectEvents = 0;
  private lastId: string | null = null;
  private stopped = false;
  private controller: AbortController | null = null;
  private loop: Promise<void> | null = null;

  constructor(private readonly url: string, private readonly cookie: string) {}

  /** Starts following; resolves once the first connection answered 200. */
  async start(): Promise<void> {
    this.loop = this.run();
    await this.until(() => this.connections.some((connection) => connection.status === 200), 15_000, "the live stream to connect");
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.controller?.abort();
    await this.loop;
  }

  /** The instance serving the stream now. */
  get upstream(): string | null {
    return this.connections.at(-1)?.upstream ?? null;
  }

  async until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      await pause(25);
    }
  }

  hasComment(commentId: string): boolean {
    return this.events.some((event) => event.kind === "comment_posted" && event.subjectId === commentId);
  }

  private async run(): Promise<void> {
    let delay = 250;
    while (!this.stopped) {
      this.controller = new AbortController();
      try {
        const headers: Record<string, string> = { cookie: this.cookie, accept: "text/event-stream" };
        if (this.lastId) headers["last-event-id"] = this.lastId;
        const response = await fetch(this.url, { headers, signal: this.controller.signal });
        this.connections.push({ status: response.status, upstream: answeredBy(response) });
        if (response.ok && response.body) {
          delay = 250;
          await this.read(response.body);
        } else await response.body?.cancel();
      } catch {
        // refused, reset or aborted: reconnect below (or stop)
      }
      if (this.stopped) return;
      // As a browser told to reconnect: a short random wait, then through the proxy again.
      await pause(delay + Math.random() * 300);
      delay = Math.min(delay * 2, 2_000);
    }
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = body.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const field = (name: string) => new RegExp(`^${name}: ?(.*)$`, "m").exec(frame)?.[1];
        if (field("event") === "reconnect") this.reconnectEvents++;
        const id = field("id");
        const data = field("data");
        if (!id || !data) continue;
        const parsed = JSON.parse(data) as { kind: string; subjectId: string | null };
        this.events.push({ id, kind: parsed.kind, subjectId: parsed.subjectId });
        this.lastId = id;
      }
    }
  }
}

export type PostOutcome = { ok: true; commentId: string; attempts: number } | { ok: false; attempts: number; last: string };

/**
 * Posts a comment through the server action `actionId`, as the composer does: with one submission
 * key, retried (same key) after any failure until acknowledged or `timeoutMs` has passed.
 */
export async function postComment(
  base: string,
  input: { cookie: string; actionId: string; caseId: string; body: string; clientKey: string },
  timeoutMs = 15_000,
): Promise<PostOutcome> {
  const deadline = Date.now() + timeoutMs;
  let attempts = 0;
  let last = "";
  while (Date.now() < deadline) {
    attempts++;
    try {
      const response = await fetch(`${base}/cases/${input.caseId}`, {
        method: "POST",
        headers: { "next-action": input.actionId, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", cookie: input.cookie },
        body: JSON.stringify([{ caseId: input.caseId, body: input.body, clientKey: input.clientKey }]),
      });
      const text = await response.text();
      const commentId = /"commentId":"([^"]+)"/.exec(text)?.[1];
      if (response.ok && commentId) return { ok: true, commentId, attempts };
      last = `HTTP ${response.status} from ${response.headers.get("x-upstream") ?? "?"}: ${text.slice(0, 160)}`;
      // A refusal that a retry cannot change is final.
      if (/"code":"(rate_limited|forbidden|invalid_input|unauthenticated|not_found)"/.test(text)) break;
    } catch (error) {
      last = error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? "")}` : String(error);
    }
    await pause(200);
  }
  return { ok: false, attempts, last };
}
