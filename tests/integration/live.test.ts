// The live event stream: ids-only events, replay after a reconnect, per-viewer access, and a
// listener that recovers by itself when its database connection is killed.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { makeCase, makeUser } from "../support/factories";
import { readFrames } from "../support/sse-frames";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { postComment } = await import("@/lib/discussion/actions");
const { openCaseStream } = await import("@/lib/cases/stream");
const { sseStream } = await import("@/lib/live/sse");

interface Received { id: string; kind: string; subjectId: string | null }

/** Reads SSE frames from a stream until `count` events have arrived (or the timeout). */
function reader(stream: ReadableStream<Uint8Array>) {
  const events: Received[] = [];
  const raw: string[] = [];
  const frames = readFrames(stream, (frame) => {
    raw.push(frame);
    const id = /^id: (.+)$/m.exec(frame)?.[1];
    const data = /^data: (.+)$/m.exec(frame)?.[1];
    if (id && data) events.push({ id, ...(JSON.parse(data) as Omit<Received, "id">) });
  });
  return {
    events,
    raw,
    async waitFor(count: number, timeoutMs = 5_000) {
      const started = Date.now();
      while (events.length < count) {
        if (Date.now() - started > timeoutMs) throw new Error(`expected ${count} events, got ${events.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return events;
    },
    close: frames.close,
  };
}

let author: Viewer;
let watcher: Viewer;
let caseId: string;
const aborts: AbortController[] = [];

beforeAll(async () => {
  [author, watcher] = await Promise.all([makeUser("resident"), makeUser("clinician")]);
  caseId = await makeCase(author);
});
afterEach(() => aborts.splice(0).forEach((controller) => controller.abort()));

async function open(viewer: Viewer, after: string | null, id = caseId) {
  const controller = new AbortController();
  aborts.push(controller);
  const source = await openCaseStream(viewer, id, after);
  return source && sseStream(controller.signal, source);
}

async function say(body: string) {
  session.viewer = author;
  const result = await postComment({ caseId, body });
  if (!result.ok) throw new Error(result.message);
  return result.data.commentId;
}

describe("case event stream", () => {
  it("delivers a new comment's event live, with ids only (no comment text)", async () => {
    const latest = await db.caseActivity.findFirstOrThrow({ where: { caseId }, orderBy: { id: "desc" } });
    const stream = reader((await open(watcher, latest.id.toString()))!);
    const commentId = await say("Confidential-looking text that must not be in the stream");
    const [event] = await stream.waitFor(1);
    expect(event).toMatchObject({ kind: "comment_posted", subjectId: commentId });
    expect(stream.raw.join("\n")).not.toContain("Confidential-looking");
    expect(Buffer.byteLength(stream.raw.join("\n"))).toBeLessThan(1024);
    await stream.close();
  });

  it("replays what was missed after Last-Event-ID, in order and without duplicates", async () => {
    const before = await db.caseActivity.findFirstOrThrow({ where: { caseId }, orderBy: { id: "desc" } });
    const missed = [await say("one"), await say("two"), await say("three")];
    const stream = reader((await open(watcher, before.id.toString()))!);
    const events = await stream.waitFor(3);
    expect(events.map((e) => e.subjectId)).toEqual(missed);
    const live = await say("four");
    await stream.waitFor(4);
    expect(stream.events.map((e) => e.subjectId)).toEqual([...missed, live]);
    expect(new Set(stream.events.map((e) => e.id)).size).toBe(4);
    await stream.close();
  });

  it("is refused for a case the viewer may not see", async () => {
    const draft = await makeCase(author, { status: "draft" });
    expect(await open(watcher, null, draft)).toBeNull();
    expect(await open(watcher, null, "missing")).toBeNull();
  });

  it("recovers by itself when the listening connection is killed (as by a database restart)", async () => {
    const latest = await db.caseActivity.findFirstOrThrow({ where: { caseId }, orderBy: { id: "desc" } });
    const stream = reader((await open(watcher, latest.id.toString()))!);
    const killed = await db.$queryRaw<Array<{ killed: boolean }>>`
      select pg_terminate_backend(pid) as killed from pg_stat_activity
      where query ilike 'LISTEN rounds_case_events%' and datname = current_database()`;
    expect(killed.length).toBeGreaterThan(0);
    // Posted while the listener is down: delivered through the resync replay, or live once back.
    const during = await say("while the listener was down");
    await stream.waitFor(1, 10_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const after = await say("after the listener came back");
    await stream.waitFor(2, 10_000);
    expect(stream.events.map((e) => e.subjectId)).toEqual([during, after]);
    await stream.close();
  });
});

describe("where a page's stream resumes", () => {
  it("reads a case's newest event from its own index, even when one busy case holds most events", async () => {
    const { readCase } = await import("@/lib/cases/queries");
    const { lastEventIdSql } = await import("@/lib/live/notify");
    const author = await makeUser("educator");
    const busy = await makeCase(author);
    const quiet = await makeCase(author);
    await db.$executeRaw`insert into "CaseActivity" ("caseId", kind) select ${busy}, 'vote_cast' from generate_series(1, 20000)`;
    await db.$executeRawUnsafe(`analyze "CaseActivity"`);
    const newest = async (caseId: string) =>
      (await db.caseActivity.findFirst({ where: { caseId }, orderBy: { id: "desc" }, select: { id: true } }))?.id.toString() ?? null;
    expect((await readCase(author, busy))?.lastEventId).toBe(await newest(busy));
    expect((await readCase(author, quiet))?.lastEventId).toBe(await newest(quiet));

    // The plan a prepared statement settles on (generic): it must not walk the primary key.
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local plan_cache_mode = force_generic_plan`);
      await tx.$executeRawUnsafe(`prepare resume_at(text) as select ${lastEventIdSql(Prisma.sql`c.id`).text} from "Case" c where c.id = $1`);
      const [row] = await tx.$queryRawUnsafe<Array<{ "QUERY PLAN": unknown }>>(`explain (analyze, format json) execute resume_at('${quiet}')`);
      await tx.$executeRawUnsafe(`deallocate resume_at`);
      return JSON.stringify(row!["QUERY PLAN"]);
    });
    expect(plan).toContain("CaseActivity_caseId_id_idx");
    expect(plan).not.toContain("CaseActivity_pkey");
    await db.caseActivity.deleteMany({ where: { caseId: busy } });
  });
});
