// The read side of live updates: one LISTEN connection per app instance, fanning events out to
// the Server-Sent Event streams of this instance. Reconnects by itself (with backoff) when the
// database restarts, then tells subscribers to catch up from the event log.
// The same connection hears the library's changes (LIBRARY_CHANNEL, decision 116): what the search
// cache needs to know that a result it kept may no longer be true.
import "server-only";
import pg from "pg";
import { listenDatabaseUrl } from "@/lib/core/env";
import { LIBRARY_CHANNEL, LIVE_CHANNEL, type LiveEvent } from "./notify";

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
  /** Something keeps results that the library's changes invalidate: listen even with no subscriber. */
  private libraryWatchers = new Set<(table: string) => void>();
  /** Bumped by every library change heard and by every (re)connection (changes may have been missed). */
  private libraryGeneration = 0;

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


  /**
   * Calls `onChange` with the table's name whenever a committed transaction changed a table the
   * library search reads (the `library_changed` triggers), and keeps listening from now on.
   */
  watchLibrary(onChange: (table: string) => void): void {
    this.libraryWatchers.add(onChange);
    void this.ensureConnected().catch(() => undefined);
  }

  /**
   * The library's version as this instance knows it, or null while it is not listening (then no
   * change can be heard, and nothing may be served from a cache). A result read after the version
   * was taken, and stored only if it is still the same afterwards, is as fresh as the version.
   */
  libraryVersion(): number | null {
    return this.client ? this.libraryGeneration : null;
  }

  /** For /health: listening, waiting for a first subscriber, or reconnecting after a loss. */
  state(): "listening" | "idle" | "reconnecting" {
    if (this.client) return "listening";
    return this.wanted() ? "reconnecting" : "idle";
  }

  private wanted(): boolean {
    return this.subscribers.size > 0 || this.libraryWatchers.size > 0;
  }

  private libraryChanged(table: string) {
    this.libraryGeneration++;
    for (const watcher of this.libraryWatchers) watcher(table);
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
      if (message.channel === LIBRARY_CHANNEL) return this.libraryChanged(message.payload ?? "");
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
      await client.query(`LISTEN ${LIVE_CHANNEL}; LISTEN ${LIBRARY_CHANNEL}`);
    } catch (error) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      throw error;
    }
    this.client = client;
    this.retryDelay = 250;
    this.libraryChanged("*");
    if (this.everConnected) {
      for (const set of this.subscribers.values()) for (const subscriber of set) subscriber.onResync();
    }
    this.everConnected = true;
  }

  private scheduleReconnect() {
    if (!this.wanted()) return; // reconnect lazily on the next subscription
    const delay = this.retryDelay;
    this.retryDelay = Math.min(this.retryDelay * 2, 2_000);
    setTimeout(() => void this.ensureConnected().catch(() => undefined), delay).unref?.();
  }
}

const cache = globalThis as unknown as { roundsLiveHub?: LiveHub };
export const liveHub: LiveHub = (cache.roundsLiveHub ??= new LiveHub());
