// The write side of live updates. Inside the mutation's transaction: append the event to the
// case's log (CaseActivity, whose id is the SSE event id) and pg_notify a small payload of ids.
// PostgreSQL delivers the notification only if the transaction commits.
import type { Tx } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseEventKind, CaseSignalKind } from "./events";

export const LIVE_CHANNEL = "rounds_case_events";

/**
 * Sent (with the table's name) by the `library_changed` triggers on every table the library search
 * reads, at the commit of any transaction that wrote to one (decision 116).
 */
export const LIBRARY_CHANNEL = "rounds_library_changed";

export interface LiveEvent {
  /** CaseActivity id: the SSE event id, monotonic per database. */
  id: string;
  caseId: string;
  kind: string;
  subjectId: string | null;
  /** Set for signals that are not about one case (a conference's): the hub routes by it. */
  topic?: string;
}

/** The advisory lock that orders a case's events (held until commit; decision 027). */
export function caseEventLockKey(caseId: string): string {
  return `case-events:${caseId}`;
}

/** The lock as a SQL expression, for single-statement writes (taken last, decision 027). */
export function caseEventLockSql(caseId: string): Prisma.Sql {
  return Prisma.sql`pg_advisory_xact_lock(hashtext(${caseEventLockKey(caseId)}))`;
}

/**
 * The notification of an event row, as a SQL expression over the inserted CaseActivity row
 * aliased `event` (its id, caseId and subjectId): the same payload recordCaseEvent sends.
 */
export function notifyCaseEventSql(event: string, kind: CaseEventKind): Prisma.Sql {
  const e = Prisma.raw(`"${event}"`);
  return Prisma.sql`pg_notify(${LIVE_CHANNEL}, json_build_object('id', ${e}.id::text, 'caseId', ${e}."caseId", 'kind', ${kind}::text, 'subjectId', ${e}."subjectId")::text)`;
}

/**
 * Call as the last statement of the transaction. The per-case lock is held until commit, so a
 * case's event ids become visible in increasing order: a stream that has sent id N can safely
 * skip anything <= N, and replaying "after N" after a reconnect misses nothing.
 */
export async function recordCaseEvent(
  tx: Tx,
  event: { caseId: string; actorId: string | null; kind: CaseEventKind; subjectId?: string | null },
): Promise<LiveEvent> {
  await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${caseEventLockKey(event.caseId)}))`;
  const row = await tx.caseActivity.create({
    data: { caseId: event.caseId, actorId: event.actorId, kind: event.kind, subjectId: event.subjectId ?? null },
    select: { id: true },
  });
  const payload: LiveEvent = { id: row.id.toString(), caseId: event.caseId, kind: event.kind, subjectId: event.subjectId ?? null };
  await tx.$executeRaw`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(payload)})`;
  return payload;
}

/**
 * The newest event id of the case `caseId` (a column of the outer query) as text, or null: where a
 * page's live stream resumes. Written as a range on the (caseId, id desc) index, ordered as that
 * index is, because the obvious `max(id) where caseId = ...` let PostgreSQL walk the primary key
 * backwards filtering by case: when a few cases hold most events (one busy conference), its
 * generic plan expects a match within a row or two, and for a quiet case read the whole table
 * (30,000 events: 11 ms for one page). An equality would let the planner drop the case from the
 * ordering; a range keeps it, so only that index can supply the order.
 */
export function lastEventIdSql(caseId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(select a.id from "CaseActivity" a where a."caseId" >= ${caseId} and a."caseId" <= ${caseId}
    order by a."caseId", a.id desc limit 1)::text`;
}

/** The hub topic of a case's unlogged signals (CASE_SIGNAL_KINDS). */
export const caseSignalTopic = (caseId: string) => `case-signal:${caseId}`;

/**
 * An unlogged signal on the case's stream (an upload's progress): delivered to whoever follows
 * the case live at that moment, never replayed. Inside a transaction it is sent on commit.
 */
export async function signalCase(tx: Pick<Tx, "$executeRaw">, caseId: string, kind: CaseSignalKind, subjectId: string): Promise<void> {
  const payload: LiveEvent = { id: "0", caseId, kind, subjectId, topic: caseSignalTopic(caseId) };
  await tx.$executeRaw`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(payload)})`;
}
