// Discussion actions and reads against the real database. The session and revalidatePath are
// the only framework seams replaced (see case-actions.test.ts).
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db, onQuery } from "@/lib/core/db";
import { makeCase, makeUser } from "../support/factories";
import { whileEventLockHeld } from "../support/event-lock";
import { statementsContaining } from "../support/statements";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { postComment, editComment, deleteComment, removeComment } = await import("@/lib/discussion/actions");
const { getDiscussion, getComment, getCommentHistory, getMentionCandidates } = await import("@/lib/discussion/queries");

let author: Viewer;
let alice: Viewer;
let bob: Viewer;
let admin: Viewer;
let caseId: string;

beforeAll(async () => {
  [author, alice, bob, admin] = await Promise.all([makeUser("resident"), makeUser("clinician"), makeUser("clinician"), makeUser("admin")]);
  caseId = await makeCase(author);
});
beforeEach(() => {
  session.viewer = alice;
});

async function post(as: Viewer, body: string, extra: { parentId?: string; studyId?: string; caseId?: string } = {}) {
  session.viewer = as;
  const result = await postComment({ caseId, body, ...extra });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data.commentId;
}

describe("postComment", () => {
  it("stores depth, an ordering path under the parent, sanitized HTML, and bumps ancestors' reply counts", async () => {
    const root = await post(alice, "Marrow **oedema** <script>alert(1)</script>");
    const reply = await post(bob, "Agree", { parentId: root });
    const nested = await post(alice, "And then?", { parentId: reply });
    const rows = await db.comment.findMany({ where: { id: { in: [root, reply, nested] } }, orderBy: { path: "asc" } });
    expect(rows.map((r) => [r.id, r.depth])).toEqual([[root, 0], [reply, 1], [nested, 2]]);
    expect(rows[1]!.path.startsWith(rows[0]!.path)).toBe(true);
    expect(rows[2]!.path.startsWith(rows[1]!.path)).toBe(true);
    expect(rows[0]!.bodyHtml).toBe("<p>Marrow <strong>oedema</strong> </p>");
    expect(rows.map((r) => r.descendantCount)).toEqual([2, 1, 0]);
  });

  it.each([
    ["an empty body", { body: "" }, "invalid_input"],
    ["a whitespace-only body", { body: "  \n\t " }, "invalid_input"],
    ["a body over 20,000 characters", { body: "x".repeat(20_001) }, "invalid_input"],
    ["a missing case", { body: "hi", caseId: "nope" }, "not_found"],
  ])("rejects %s and changes nothing", async (_label, input, code) => {
    const before = await db.comment.count();
    const result = await postComment({ caseId, ...input });
    expect(result).toMatchObject({ ok: false, code });
    expect(await db.comment.count()).toBe(before);
  });

  it("rejects a parent or a study from another case", async () => {
    const otherCase = await makeCase(author);
    session.viewer = alice;
    const foreignComment = (await postComment({ caseId: otherCase, body: "elsewhere" }));
    if (!foreignComment.ok) throw new Error("setup");
    const foreignStudy = await db.study.findFirstOrThrow({ where: { caseId: otherCase }, select: { id: true } });
    const before = await db.comment.count();
    expect(await postComment({ caseId, body: "x", parentId: foreignComment.data.commentId })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await postComment({ caseId, body: "x", studyId: foreignStudy.id })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await postComment({ caseId, body: "x", parentId: "does-not-exist" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await db.comment.count()).toBe(before);
  });

  it("refuses without a session and on a case the user cannot see", async () => {
    session.viewer = null;
    expect(await postComment({ caseId, body: "x" })).toMatchObject({ ok: false, code: "unauthenticated" });
    const draft = await makeCase(author, { status: "draft" });
    session.viewer = alice;
    expect(await postComment({ caseId: draft, body: "x" })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("says slow down after 10 comments in a minute", async () => {
    const hasty = await makeUser("resident");
    for (let i = 0; i < 10; i++) await post(hasty, `comment ${i}`);
    session.viewer = hasty;
    expect(await postComment({ caseId, body: "eleventh" })).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await db.comment.count({ where: { authorId: hasty.id } })).toBe(10);
  });

  it("keeps the limit exact when one user's posts arrive at once: 10 stored, the rest told to slow down", async () => {
    const eager = await makeUser("resident");
    session.viewer = eager;
    const results = await Promise.all(Array.from({ length: 15 }, (_, i) => postComment({ caseId, body: `at once ${i}` })));
    expect(results.filter((result) => result.ok)).toHaveLength(10);
    expect(results.filter((result) => !result.ok && result.code === "rate_limited")).toHaveLength(5);
    expect(await db.comment.count({ where: { authorId: eager.id } })).toBe(10);
  });

  it("notifies mentioned users who can see the case and the parent's author, and reports the others", async () => {
    const draftOwner = await makeUser("clinician");
    const teamCase = await makeCase(author);
    await db.case.update({ where: { id: teamCase }, data: { visibility: "team" } });
    const outsider = await makeUser("clinician");
    // On an institution case, everyone may see it: both mentions notify.
    const parent = await post(bob, "Parent");
    session.viewer = alice;
    const result = await postComment({ caseId, parentId: parent, body: `@[${draftOwner.name}](user:${draftOwner.id}) and @[${author.name}](user:${author.id})` });
    expect(result).toMatchObject({ ok: true, data: { unnotified: [] } });
    const notes = await db.notification.findMany({ where: { caseId, commentId: result.ok ? result.data.commentId : "" }, select: { userId: true, kind: true } });
    expect(notes).toEqual(expect.arrayContaining([
      { userId: draftOwner.id, kind: "mention" }, { userId: author.id, kind: "mention" }, { userId: bob.id, kind: "reply" },
    ]));
    expect(notes).toHaveLength(3);
    // On a team case with no members, an outsider mentioned is reported and not notified.
    session.viewer = author;
    const teamResult = await postComment({ caseId: teamCase, body: `@[${outsider.name}](user:${outsider.id}) have a look` });
    expect(teamResult).toMatchObject({ ok: true, data: { unnotified: [outsider.name] } });
    expect(await db.notification.count({ where: { userId: outsider.id } })).toBe(0);
  });

  it("keeps 50 concurrent posts to one thread: exactly 50 comments in a well-formed tree", async () => {
    const thread = await makeCase(author);
    session.viewer = author;
    const root = await postComment({ caseId: thread, body: "root" });
    if (!root.ok) throw new Error("setup");
    const posters = await Promise.all(Array.from({ length: 50 }, () => makeUser("clinician")));
    // Each call reads the mocked session synchronously before its first await.
    const results = await Promise.all(
      posters.map((poster, index) => {
        session.viewer = poster;
        return postComment({ caseId: thread, parentId: root.data.commentId, body: `reply ${index}` });
      }),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(50);
    const rows = await db.comment.findMany({ where: { caseId: thread }, select: { id: true, parentId: true, path: true, depth: true, descendantCount: true } });
    expect(rows).toHaveLength(51);
    expect(new Set(rows.map((r) => r.path)).size).toBe(51);
    const rootRow = rows.find((r) => r.id === root.data.commentId)!;
    expect(rootRow.descendantCount).toBe(50);
    for (const row of rows.filter((r) => r.id !== rootRow.id)) {
      expect(row).toMatchObject({ parentId: rootRow.id, depth: 1 });
      expect(row.path.startsWith(rootRow.path)).toBe(true);
    }
  });

  it("writes everything but its event before it waits for the case's event lock (decision 027)", async () => {
    const thread = await makeCase(author);
    session.viewer = author;
    const root = await postComment({ caseId: thread, body: "root" });
    if (!root.ok) throw new Error("setup");
    const hourAgo = new Date(Date.now() - 3_600_000);
    await db.case.update({ where: { id: thread }, data: { lastActivityAt: hourAgo } });
    const locked = (statement: Promise<unknown>) => statement.then(() => "free", () => "locked");
    const result = await whileEventLockHeld(thread, () => {
      session.viewer = alice;
      return postComment({ caseId: thread, parentId: root.data.commentId, body: "A reply while the lock is held." });
    }, async (_tx, waiter) => {
      expect(waiter.xid).not.toBeNull();
      // The waiting post has already moved the case's activity on and counted the reply on its parent.
      expect(await locked(db.$queryRaw`select id from "Case" where id = ${thread} for update nowait`)).toBe("locked");
      expect(await locked(db.$queryRaw`select id from "Comment" where id = ${root.data.commentId} for update nowait`)).toBe("locked");
    });
    expect(result.ok).toBe(true);
    const kase = await db.case.findUniqueOrThrow({ where: { id: thread }, select: { lastActivityAt: true } });
    expect(kase.lastActivityAt.getTime()).toBeGreaterThan(hourAgo.getTime());
    expect(await db.comment.findUniqueOrThrow({ where: { id: root.data.commentId }, select: { descendantCount: true } })).toEqual({ descendantCount: 1 });
    expect(await db.caseActivity.count({ where: { caseId: thread, kind: "comment_posted" } })).toBe(2);
  });
});

describe("postComment with a submission key (decision 032)", () => {
  async function allowanceSlots(userId: string) {
    const row = await db.commentAllowance.findUnique({ where: { userId }, select: { postedAt: true } });
    return row?.postedAt.length ?? 0;
  }

  it("stores one comment for a double-clicked post: both answers are ok with the same id, one notification, one event", async () => {
    const thread = await makeCase(author);
    const poster = await makeUser("clinician");
    session.viewer = bob;
    const parent = await postComment({ caseId: thread, body: "Parent" });
    if (!parent.ok) throw new Error("setup");
    const clientKey = crypto.randomUUID();
    const payload = { caseId: thread, parentId: parent.data.commentId, body: `Agree, @[${alice.name}](user:${alice.id})`, clientKey };
    session.viewer = poster;
    const [first, second] = await Promise.all([postComment(payload), postComment(payload)]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: true });
    const ids = [first, second].map((result) => (result.ok ? result.data.commentId : null));
    expect(ids[0]).toBe(ids[1]);
    expect(await db.comment.count({ where: { caseId: thread, authorId: poster.id } })).toBe(1);
    expect(await db.comment.findUniqueOrThrow({ where: { id: parent.data.commentId }, select: { descendantCount: true } })).toEqual({ descendantCount: 1 });
    expect(await db.notification.count({ where: { commentId: ids[0]! } })).toBe(2); // alice's mention, bob's reply
    expect(await db.caseActivity.count({ where: { caseId: thread, kind: "comment_posted", actorId: poster.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "comment.create", actorId: poster.id } })).toBe(1);
    // The twin gave back the rate-limit slot it took while it waited: one submission counts once.
    expect(await allowanceSlots(poster.id)).toBe(1);
  });

  it("answers a retry with the stored comment, even after the rate limit is reached, and a new key posts again", async () => {
    const poster = await makeUser("clinician");
    session.viewer = poster;
    const clientKey = crypto.randomUUID();
    const first = await postComment({ caseId, body: "Same text", clientKey });
    if (!first.ok) throw new Error("setup");
    for (let i = 0; i < 9; i++) await post(poster, `filler ${i}`);
    session.viewer = poster;
    expect(await postComment({ caseId, body: "Same text", clientKey })).toEqual({ ok: true, data: { commentId: first.data.commentId, unnotified: [] } });
    expect(await allowanceSlots(poster.id)).toBe(10);
    expect(await postComment({ caseId, body: "Same text", clientKey: crypto.randomUUID() })).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await db.comment.count({ where: { authorId: poster.id, body: "Same text" } })).toBe(1);
  });

  it("keeps 20 concurrent submissions of one key to one comment, and refuses the key on another case", async () => {
    const poster = await makeUser("clinician");
    session.viewer = poster;
    const clientKey = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => postComment({ caseId, body: "Burst", clientKey })));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set(results.map((result) => (result.ok ? result.data.commentId : null))).size).toBe(1);
    expect(await db.comment.count({ where: { authorId: poster.id } })).toBe(1);
    expect(await allowanceSlots(poster.id)).toBe(1);
    const other = await makeCase(author);
    session.viewer = poster;
    expect(await postComment({ caseId: other, body: "Burst", clientKey })).toMatchObject({ ok: false, code: "conflict" });
    expect(await db.comment.count({ where: { authorId: poster.id } })).toBe(1);
  });

  it("rejects a key that is not a UUID", async () => {
    session.viewer = alice;
    expect(await postComment({ caseId, body: "x", clientKey: "not-a-key" })).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { clientKey: [expect.any(String)] } });
  });
});

describe("edit, delete, remove", () => {
  it("edits one's own comment, keeping the previous version", async () => {
    const id = await post(alice, "First version");
    session.viewer = alice;
    expect(await editComment({ commentId: id, body: "Second version" })).toMatchObject({ ok: true });
    const view = await getComment(alice, caseId, id);
    expect(view).toMatchObject({ html: "<p>Second version</p>", body: "Second version" });
    expect(view?.editedAt).not.toBeNull();
    expect((await getCommentHistory(bob, caseId, id))?.map((r) => r.bodyHtml)).toEqual(["<p>First version</p>"]);
  });

  it("refuses to edit someone else's comment or a missing one", async () => {
    const id = await post(alice, "Mine");
    session.viewer = bob;
    expect(await editComment({ commentId: id, body: "Hijack" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await editComment({ commentId: "missing", body: "x" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await editComment({ commentId: id, body: "   " })).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).body).toBe("Mine");
  });

  it("deletes to a tombstone: replies survive, the text and its history are gone from every output", async () => {
    const id = await post(alice, "Secret-ish original");
    session.viewer = alice;
    await editComment({ commentId: id, body: "Secret-ish edit" });
    const reply = await post(bob, "Reply survives", { parentId: id });
    session.viewer = alice;
    expect(await deleteComment({ commentId: id })).toMatchObject({ ok: true });
    const row = await db.comment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ body: null, bodyHtml: null });
    expect(await db.commentRevision.count({ where: { commentId: id } })).toBe(0);
    const discussion = await getDiscussion(bob, caseId);
    expect(JSON.stringify(discussion)).not.toContain("Secret-ish");
    expect(discussion?.comments.find((c) => c.id === id)).toMatchObject({ state: "deleted", html: null });
    expect(discussion?.comments.find((c) => c.id === reply)?.html).toBe("<p>Reply survives</p>");
    expect(await deleteComment({ commentId: id })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("lets the case author and admins remove any comment with a reason, and nobody else", async () => {
    const id = await post(bob, "Off topic");
    session.viewer = alice;
    expect(await removeComment({ commentId: id, reason: "Off topic" })).toMatchObject({ ok: false, code: "forbidden" });
    session.viewer = author;
    expect(await removeComment({ commentId: id, reason: "" })).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await removeComment({ commentId: id, reason: "Not about this case" })).toMatchObject({ ok: true });
    expect(await getComment(alice, caseId, id)).toMatchObject({ state: "removed", html: null, removalReason: "Not about this case" });
    const second = await post(bob, "Also off topic");
    session.viewer = admin;
    expect(await removeComment({ commentId: second, reason: "Moderation" })).toMatchObject({ ok: true });
  });
});

describe("edits and deletions racing each other (issue 21 item 7)", () => {
  it("never gives a deleted comment its text back: an edit racing a deletion lands first or is refused", async () => {
    const writer = await makeUser("clinician");
    for (let round = 0; round < 10; round++) {
      const id = await post(writer, `Soon deleted ${round}`);
      session.viewer = writer;
      const [edited, deleted] = await Promise.all([editComment({ commentId: id, body: `Edited ${round}` }), deleteComment({ commentId: id })]);
      expect(deleted).toMatchObject({ ok: true });
      expect(edited.ok || edited.code === "conflict").toBe(true);
      expect(await db.comment.findUniqueOrThrow({ where: { id }, select: { body: true, bodyHtml: true } })).toEqual({ body: null, bodyHtml: null });
      expect(await db.commentRevision.count({ where: { commentId: id } })).toBe(0);
    }
  });

  it("deletes once when deleted twice at once, and keeps every version when edited twice at once", async () => {
    const writer = await makeUser("clinician");
    const id = await post(writer, "Version 0");
    session.viewer = writer;
    const edits = await Promise.all([editComment({ commentId: id, body: "Version A" }), editComment({ commentId: id, body: "Version B" })]);
    expect(edits.every((result) => result.ok)).toBe(true);
    const revisions = await db.commentRevision.findMany({ where: { commentId: id }, select: { body: true } });
    const { body } = await db.comment.findUniqueOrThrow({ where: { id }, select: { body: true } });
    // Each edit saved the version it replaced: "Version 0", then the first edit's text.
    expect(revisions.map((revision) => revision.body).sort()).toEqual(["Version 0", body === "Version A" ? "Version B" : "Version A"].sort());

    const deletions = await Promise.all([deleteComment({ commentId: id }), deleteComment({ commentId: id })]);
    expect(deletions.filter((result) => result.ok)).toHaveLength(1);
    expect(deletions.find((result) => !result.ok)).toMatchObject({ code: "conflict" });
    expect(await db.auditEvent.count({ where: { action: "comment.delete", resourceId: id } })).toBe(1);
    expect(await db.caseActivity.count({ where: { kind: "comment_deleted", subjectId: id } })).toBe(1);
  });
});

describe("reads", () => {
  it("loads a case's discussion in the same number of queries for 10 and 1,000 comments", async () => {
    const seedThread = async (count: number) => {
      const id = await makeCase(author);
      const users = await Promise.all([makeUser(), makeUser(), makeUser()]);
      const rows: Array<{ id: string; path: string; depth: number; parentId: string | null }> = [];
      for (let i = 0; i < count; i++) {
        const parent = i % 4 === 0 || rows.length === 0 ? null : rows[Math.floor(i / 2)]!;
        const depth = parent ? parent.depth + 1 : 0;
        const path = `${parent?.path ?? ""}${String(i + 1).padStart(12, "0")}`;
        rows.push({ id: `${id}-c${i}`, path, depth, parentId: parent?.id ?? null });
      }
      await db.comment.createMany({
        data: rows.map((row, i) => ({ ...row, caseId: id, authorId: users[i % 3]!.id, body: `c${i}`, bodyHtml: `<p>c${i}</p>` })),
      });
      return id;
    };
    const count = async (id: string) => {
      let queries = 0;
      const stop = onQuery(() => queries++);
      const discussion = await getDiscussion(alice, id);
      stop();
      return { queries, comments: discussion?.comments.length, next: discussion?.nextOffset };
    };
    const small = await count(await seedThread(10));
    const largeId = await seedThread(1000);
    const large = await count(largeId);
    expect(small).toMatchObject({ comments: 10, next: null });
    expect(large.queries).toBe(small.queries);
    // The page carries a window of whole threads (replies deeper than the inline depth live on
    // their thread's page); the rest come in further windows, none lost or repeated.
    expect(large.comments).toBeLessThan(1000);
    const seen = new Set<string>();
    let offset: number | null = 0;
    while (offset !== null) {
      const window = await getDiscussion(alice, largeId, { threadOffset: offset });
      for (const comment of window!.comments) {
        expect(seen.has(comment.id)).toBe(false);
        seen.add(comment.id);
      }
      offset = window!.nextOffset;
    }
    expect(seen.size).toBe(await db.comment.count({ where: { caseId: largeId, depth: { lte: 5 } } }));
  });

  it("chooses each window of whole threads as the reading order, filters and depth rules say", async () => {
    // A reference model, written plainly, against the windowing the database does.
    const id = await makeCase(author);
    const studyIds = (await db.study.findMany({ where: { caseId: id }, select: { id: true } })).map((study) => study.id);
    const users = await Promise.all([makeUser(), makeUser()]);
    type Row = { id: string; parentId: string | null; path: string; depth: number; studyId: string | null; deleted: boolean; descendantCount: number };
    const rows: Row[] = [];
    let state = 7;
    const next = () => (state = (state * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 160; i++) {
      // Roots, chains of replies to the latest comment (deep threads), and replies anywhere.
      const pick = next();
      const parent = rows.length === 0 || pick < 0.25 ? null : pick < 0.65 ? rows.at(-1)! : rows[Math.floor(next() * rows.length)]!;
      rows.push({
        id: `${id}-w${i}`, parentId: parent?.id ?? null, path: `${parent?.path ?? ""}${String(i + 1).padStart(12, "0")}`,
        depth: parent ? parent.depth + 1 : 0, studyId: next() < 0.15 ? studyIds[i % studyIds.length]! : null, deleted: next() < 0.1, descendantCount: 0,
      });
    }
    for (const row of rows) row.descendantCount = rows.filter((other) => other !== row && other.path.startsWith(row.path)).length;
    await db.comment.createMany({
      data: rows.map(({ deleted, ...row }, i) => ({
        ...row, caseId: id, authorId: users[i % 2]!.id, body: deleted ? null : `w${i}`, bodyHtml: deleted ? null : `<p>w${i}</p>`,
        deletedAt: deleted ? new Date() : null,
      })),
    });
    rows.sort((a, b) => a.path.localeCompare(b.path));
    expect(Math.max(...rows.map((row) => row.depth))).toBeGreaterThan(5);

    const expected = (options: { sort?: "oldest" | "newest" | "replies"; threadOffset?: number; studyId?: string; threadOf?: string; window?: number }) => {
      let threads = rows.filter((row) => row.depth === 0).map((root) => rows.filter((row) => row.path.startsWith(root.path)));
      if (!options.threadOf) threads = threads.map((thread) => thread.filter((row) => row.depth <= 5));
      else threads = threads.filter((thread) => thread.some((row) => row.id === options.threadOf));
      if (options.studyId) threads = threads.filter((thread) => thread.some((row) => row.studyId === options.studyId));
      if (options.sort === "newest") threads.reverse();
      if (options.sort === "replies") threads.sort((a, b) => b[0]!.descendantCount - a[0]!.descendantCount || a[0]!.path.localeCompare(b[0]!.path));
      const chosen: Row[] = [];
      let index = options.threadOffset ?? 0;
      for (; index < threads.length; index++) {
        if (chosen.length > 0 && chosen.length + threads[index]!.length > (options.window ?? 100)) break;
        chosen.push(...threads[index]!);
      }
      return { ids: chosen.map((row) => row.id).sort(), totalThreads: threads.length, nextOffset: index < threads.length ? index : null };
    };
    const cases = [
      {}, { window: 30 }, { window: 1 }, { threadOffset: 3 }, { threadOffset: 500 }, { window: 20 }, { window: 20, threadOffset: 1 },
      { window: 5, threadOffset: 7 }, { window: 2, threadOffset: 11 }, { window: 3, threadOffset: 38 }, { sort: "oldest" as const, window: 200 },
      { sort: "newest" as const, window: 20 },
      { sort: "replies" as const, window: 25 }, { sort: "replies" as const, threadOffset: 2, window: 40 }, { studyId: studyIds[0]!, window: 10 },
      { studyId: "no-such-study" }, { threadOf: rows.find((row) => row.depth > 5)!.id }, { threadOf: "no-such-comment" },
    ];
    for (const options of cases) {
      const view = await getDiscussion(alice, id, options);
      const want = expected(options);
      expect({ options, ids: view!.comments.map((c) => c.id).sort(), totalThreads: view!.totalThreads, nextOffset: view!.nextOffset }).toEqual({ options, ...want });
      // Path order, tombstones without text, and counts of the whole discussion.
      expect(view!.comments.map((c) => c.path)).toEqual(view!.comments.map((c) => c.path).sort());
      expect(view!.commentCount).toBe(rows.filter((row) => !row.deleted).length);
      for (const comment of view!.comments) expect(comment.html === null).toBe(rows.find((row) => row.id === comment.id)!.deleted);
      for (const study of view!.studies) expect(study.commentCount).toBe(rows.filter((row) => !row.deleted && row.studyId === study.id).length);
    }
    // A thread's own page: the whole subtree, every depth; an unknown root is not found.
    const deepRoot = rows.find((row) => row.depth === 1 && row.descendantCount > 3)!;
    const subtree = await getDiscussion(alice, id, { rootId: deepRoot.id });
    expect(subtree!.comments.map((c) => c.id)).toEqual(rows.filter((row) => row.path.startsWith(deepRoot.path)).map((row) => row.id));
    expect(subtree!.nextOffset).toBeNull();
    expect(await getDiscussion(alice, id, { rootId: "no-such-comment" })).toBeNull();
    expect(await getDiscussion(alice, id, { rootId: rows[0]!.id, studyId: null })).not.toBeNull();
  });

  it("offers only people who may see the case for @mentions", async () => {
    const teamCase = await makeCase(author);
    const team = await db.team.create({ data: { name: "Foot and ankle MDT", slug: `mdt-${teamCase}` } });
    await db.case.update({ where: { id: teamCase }, data: { visibility: "team", teamId: team.id } });
    await db.membership.create({ data: { teamId: team.id, userId: bob.id } });
    const candidates = await getMentionCandidates(author, teamCase, "");
    expect(candidates?.map((c) => c.id)).toEqual([bob.id]);
    expect(await getMentionCandidates(alice, teamCase, "")).toBeNull(); // alice cannot see it at all
  });
});

describe("a discussion window, shared between viewers (decision 026)", () => {
  const windowStatements = (read: () => Promise<unknown>) => statementsContaining('as "studyCounts"', read);

  it("is read once per case event and window, and every change is seen at once", async () => {
    const shared = await makeCase(author);
    const first = await post(alice, "First read of the marrow signal.", { caseId: shared });
    expect(await windowStatements(() => getDiscussion(alice, shared))).toBe(1);
    // Bob asks for the same window after the same event: no statement, and only his rights.
    const bobsView = await getDiscussion(bob, shared);
    expect(await windowStatements(() => getDiscussion(bob, shared))).toBe(0);
    expect(bobsView?.comments.map((c) => [c.id, c.body, c.canEdit])).toEqual([[first, null, false]]);
    expect((await getDiscussion(alice, shared))?.comments.map((c) => [c.body, c.canEdit])).toEqual([["First read of the marrow signal.", true]]);
    // Another window of the same case is another statement.
    expect(await windowStatements(() => getDiscussion(bob, shared, { sort: "newest" }))).toBe(1);

    const reply = await post(bob, "Agree, and it has progressed distally.", { caseId: shared, parentId: first });
    expect((await getDiscussion(alice, shared))?.comments.map((c) => c.id)).toEqual([first, reply]);
    session.viewer = bob;
    // No month in the text: "since March" is a date element the guard flags (issue 25).
    expect(await editComment({ commentId: reply, body: "Agree; it progressed distally since the last scan." })).toMatchObject({ ok: true });
    expect((await getDiscussion(alice, shared))?.comments[1]?.html).toContain("since the last scan");
    expect(await deleteComment({ commentId: reply })).toMatchObject({ ok: true });
    expect((await getDiscussion(alice, shared))?.comments.map((c) => [c.id, c.state])).toEqual([[first, "visible"], [reply, "deleted"]]);
    expect((await getDiscussion(alice, shared))?.commentCount).toBe(1);
  });
});
