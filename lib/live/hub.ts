// The read side of live updates: one LISTEN connection per app instance, fanning events out to
// the Server-Sent Event streams of this instance. Reconnects by itself (with backoff) when the
// database restarts, then tells subscribers to catch up from the event log.
import "server-only";
import pg from "pg";
import { listenDatabaseUrl } from "@/lib/core/env";
import { LIVE_CHANNEL, type LiveEvent } from "./notify";

export type Subscriber = {
  onEvent: (event: LiveEvent) => void;
  /** The listening connection was re-established: events may have been missed. */
  onResync: () => void;
};

class LiveHub {
  private subscribers = new Map<string, Set<Subscriber>>();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retryDelay = 250;
  private everConnected = false;

  /** `topic` is a case id, or `conference:<id>` for a conference's signals. */
  subscribe(topic: string, subscriber: Subscriber): () => void {
    let set = this.subscribers.get(topic);
    if (!set) this.subscribers.set(topic, (set = new Set()));
    set.add(subscriber);
    void this.ensureConnected();
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(topic);
    };
  }


  /** For /health: listening, waiting for a first subscriber, or reconnecting after a loss. */
  state(): "listening" | "idle" | "reconnecting" {
    if (this.client) return "listening";
    return this.subscribers.size === 0 ? "idle" : "reconnecting";
  }

  /** Resolves once the LISTEN is in place, so a fresh subscriber cannot miss what follows. */
  ready(): Promise<void> {
    return this.ensureConnected();
  }

  private ensureConnected(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = null));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: listenDatabaseUrl(), keepAlive: true });
    client.on("notification", (message) => {
      if (message.channel !== LIVE_CHANNEL || !message.payload) return;
      let event: LiveEvent;
      try {
        event = JSON.parse(message.payload) as LiveEvent;
      } catch {
        return;
      }
      for (const subscriber of this.subscribers.get(event.topic ?? event.caseId) ?? []) subscriber.onEvent(event);
    });
    const lost = () => {
      if (this.client !== client) return;
      this.client = null;
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on("error", lost);
    client.on("end", lost);
    try {
      await client.connect();
      await client.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      throw error;
    }
    this.client = client;
    this.retryDelay = 250;
    if (this.everConnected) {
      for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.onResync();
    }
    this.everConnected = true;
  }

  private scheduleReconnect() {
    if (this.subscribers.size === 0) return; // reconnect lazily on the next subscription
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 2_000);
    setTimeout(() => void this.ensureConnected().catch(() => undefined), delay).unref?.();
  }
}

const cache = globalThis as unknown as { roundsLiveHub?: LiveHub };
export const liveHub: LiveHub = (cache.roundsLiveHub ??= new LiveHub());
