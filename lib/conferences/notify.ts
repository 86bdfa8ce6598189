// Live signals for a conference, on the same channel as case events (one LISTEN per instance).
// A signal carries no content, only "the live state changed" (everyone refetches what they may
// see) or "a tally changed" (only the presenter's screen shows counts). The id is the
// conference's liveVersion, so a client can ignore a snapshot older than the one it holds.
import { noteDatabaseFailure } from "@/lib/core/availability";
import { sql, type Tx } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_CHANNEL, type LiveEvent } from "@/lib/live/notify";

export type ConferenceSignal = "state" | "tally";
export const conferenceTopic = (conferenceId: string) => `conference:${conferenceId}`;

/** The notification payload (for statements that notify by themselves). */
export function conferenceSignal(conferenceId: string, kind: ConferenceSignal, version: number): string {
  const payload: LiveEvent = { id: String(version), caseId: "", kind, subjectId: null, topic: conferenceTopic(conferenceId) };
  return JSON.stringify(payload);
}

/** Call inside the transaction: PostgreSQL delivers the notification only if it commits. */
export async function signalConference(tx: Pick<Tx, "$executeRaw">, conferenceId: string, kind: ConferenceSignal, version: number): Promise<void> {
  await tx.$executeRaw`select pg_notify(${LIVE_CHANNEL}, ${conferenceSignal(conferenceId, kind, version)})`;
}

/**
 * How long an instance gathers the tally signals of one conference (joins, votes) into one. The
 * presenter's screens show counts at most four times a second anyway (stream.ts).
 */
export const TALLY_GATHER_MS = 100;

// On globalThis: server.ts (which flushes on shutdown) and Next.js's compiled actions load this module twice.
const gathered = ((globalThis as unknown as { roundsTallySignals?: Map<string, { version: number; timer: ReturnType<typeof setTimeout> }> }).roundsTallySignals ??= new Map());

/**
 * "A tally changed", sent after the write committed, at most once per TALLY_GATHER_MS per
 * conference from each instance, in a statement of its own. Not inside each join's and vote's
 * statement: PostgreSQL commits transactions that notify one at a time, under one lock held
 * through the commit's WAL flush (bench/notify-ceiling.ts: a sixth to a third of the plain write
 * rate), so a lecture hall joining or voting at once queued behind its own signals (decision 106).
 * A signal lost with its instance costs the presenter's screen nothing lasting: the next join or
 * vote signals again, and a reconnecting stream reads the counts afresh.
 */
export function signalTallySoon(conferenceId: string, version: number): void {
  const waiting = gathered.get(conferenceId);
  if (waiting) {
    waiting.version = Math.max(waiting.version, version);
    return;
  }
  const timer = setTimeout(() => void sendGathered(conferenceId), TALLY_GATHER_MS);
  timer.unref?.();
  gathered.set(conferenceId, { version, timer });
}

async function sendGathered(conferenceId: string): Promise<void> {
  const waiting = gathered.get(conferenceId);
  if (!waiting) return;
  gathered.delete(conferenceId);
  clearTimeout(waiting.timer);
  try {
    await sql(Prisma.sql`select pg_notify(${LIVE_CHANNEL}, ${conferenceSignal(conferenceId, "tally", waiting.version)})`);
  } catch (error) {
    // The database is unreachable: the presenter's stream reconnects when it returns and reads the counts then.
    if (!noteDatabaseFailure(error)) console.error(`[live] tally signal for a conference not sent: ${error instanceof Error ? error.message : "unknown error"}`);
  }
}

/** Sends every gathered tally signal now (an instance shutting down). */
export async function flushTallySignals(): Promise<void> {
  await Promise.all([...gathered.keys()].map(sendGathered));
}
