// Live signals for a conference, on the same channel as case events (one LISTEN per instance).
// A signal carries no content, only "the live state changed" (everyone refetches what they may
// see) or "a tally changed" (only the presenter's screen shows counts). The id is the
// conference's liveVersion, so a client can ignore a snapshot older than the one it holds.
import type { Tx } from "@/lib/core/db";
import { LIVE_CHANNEL, type LiveEvent } from "@/lib/live/notify";

export type ConferenceSignal = "state" | "tally";
export const conferenceTopic = (conferenceId: string) => `conference:${conferenceId}`;

/** The notification payload (for statements that notify by themselves, like the vote's). */
export function conferenceSignal(conferenceId: string, kind: ConferenceSignal, version: number): string {
  const payload: LiveEvent = { id: String(version), caseId: "", kind, subjectId: null, topic: conferenceTopic(conferenceId) };
  return JSON.stringify(payload);
}

/** Call inside the transaction: PostgreSQL delivers the notification only if it commits. */
export async function signalConference(tx: Pick<Tx, "$executeRaw">, conferenceId: string, kind: ConferenceSignal, version: number): Promise<void> {
  await tx.$executeRaw`select pg_notify(${LIVE_CHANNEL}, ${conferenceSignal(conferenceId, kind, version)})`;
}
