// Concurrency of the create and replace actions (issue 21 items 6 and 7, decision 032): a double
// click or a retry carrying the same submission key stores one row and answers like the first
// call; concurrent writers get success or a typed conflict, never "Something went wrong".
// (The comment's own tests are in discussion.test.ts.)
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { actAs, caseDraft, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { postDifferential } = await import("@/lib/thinking/actions");
const { submissionKeys } = await import("@/components/use-submission-key");
const { proposeDiagnosis } = await import("@/lib/diagnoses/actions");
const { saveCase } = await import("@/lib/cases/actions");
const teams = await import("@/lib/teams/actions");
const { POST: postCaseFile } = await import("@/app/api/cases/import/route");

const as = actAs(session);
const dx: string[] = [];
let author: Viewer;

beforeAll(async () => {
  author = await makeUser("resident");
  for (const key of ["a", "b", "c", "d", "e", "f"]) {
    const row = await db.diagnosis.upsert({
      where: { slug: `test-idem-${key}` },
      create: { slug: `test-idem-${key}`, name: `Test idempotency ${key}`, synonyms: [], category: "Other" },
      update: {},
      select: { id: true },
    });
    dx.push(row.id);
  }
});
beforeEach(() => {
  session.viewer = null;
});

const key = () => crypto.randomUUID();
/** A random word without digits (digits in a case's text can look like a record number to the identifier guard). */
const word = () => crypto.randomUUID().replace(/[^a-f]/g, "").slice(0, 8);
const unexpected = (results: Array<{ ok: boolean; code?: string }>) => results.filter((result) => !result.ok && result.code !== "conflict");

describe("postDifferential under concurrency (issue 21 item 7)", () => {
  it("answers 50 concurrent replacements by one user with success, and leaves exactly one of the posted lists", async () => {
    const caseId = await makeCase(author);
    const user = await makeUser("clinician");
    // Fifty different lists of one to five diagnoses, each a rotation of the catalogue entries.
    const lists = Array.from({ length: 50 }, (_, index) =>
      Array.from({ length: (index % 5) + 1 }, (_, rank) => dx[(index + rank) % dx.length]!));
    const results = await Promise.all(lists.map((list, index) =>
      as(user, () => postDifferential({ caseId, entries: list.map((diagnosisId) => ({ diagnosisId, rationale: `list ${index}` })) }))));
    // Last write wins: every replacement succeeds in turn (none is an unexpected error, none even a conflict).
    expect(unexpected(results.map((result) => (result.ok ? { ok: true } : { ok: false, code: result.code })))).toEqual([]);
    expect(results.filter((result) => result.ok)).toHaveLength(50);

    const rows = await db.differentialEntry.findMany({ where: { caseId, userId: user.id }, orderBy: { rank: "asc" }, select: { rank: true, diagnosisId: true, rationale: true } });
    // One consistent ranked list: ranks 1..n, every line from the same submission, that submission's order.
    const from = new Set(rows.map((row) => row.rationale));
    expect(from.size).toBe(1);
    const index = Number([...from][0]!.replace("list ", ""));
    expect(rows.map((row) => row.rank)).toEqual(lists[index]!.map((_, rank) => rank + 1));
    expect(rows.map((row) => row.diagnosisId)).toEqual(lists[index]);
    // Every successful replacement was audited and announced once.
    const succeeded = results.filter((result) => result.ok).length;
    expect(await db.auditEvent.count({ where: { action: "differential.post", actorId: user.id } })).toBe(succeeded);
    expect(await db.caseActivity.count({ where: { caseId, actorId: user.id, kind: "differential_posted" } })).toBe(succeeded);
  });

  it("stores a double-submitted list once: both answers ok, one audit row, one live event", async () => {
    const caseId = await makeCase(author);
    const user = await makeUser("clinician");
    const payload = { caseId, entries: [{ diagnosisId: dx[0]!, rationale: "first" }, { diagnosisId: dx[1]!, rationale: "second" }], clientKey: key() };
    const results = await Promise.all([as(user, () => postDifferential(payload)), as(user, () => postDifferential(payload))]);
    expect(results).toEqual([{ ok: true, data: { count: 2, stepped: false } }, { ok: true, data: { count: 2, stepped: false } }]);
    expect(await db.differentialEntry.count({ where: { caseId, userId: user.id } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "differential.post", actorId: user.id } })).toBe(1);
    expect(await db.caseActivity.count({ where: { caseId, actorId: user.id, kind: "differential_posted" } })).toBe(1);
    // A new submission (a new key) replaces the list as before.
    expect(await as(user, () => postDifferential({ caseId, entries: [{ diagnosisId: dx[2]!, rationale: "changed my mind" }], clientKey: key() }))).toEqual({ ok: true, data: { count: 1, stepped: false } });
    expect(await db.differentialEntry.findMany({ where: { caseId, userId: user.id }, select: { diagnosisId: true } })).toEqual([{ diagnosisId: dx[2] }]);
  });
});

describe("proposeDiagnosis", () => {
  it("proposes once for a double-clicked submission", async () => {
    const user = await makeUser("resident");
    const name = `Test proposal ${crypto.randomUUID().slice(0, 8)}`;
    const payload = { name, clientKey: key() };
    const [first, second] = await Promise.all([as(user, () => proposeDiagnosis(payload)), as(user, () => proposeDiagnosis(payload))]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toEqual(first);
    expect(await db.diagnosis.count({ where: { name } })).toBe(1);
  });

  it("keeps a repeated submission's key when an earlier submission's second call is answered late (the form's keys)", async () => {
    // A double click sends two calls with one key; the first answer lets the form move on, and the
    // second answer may arrive after the next submission began (Next sends a page's actions one at
    // a time). That late success must not renew the key of the submission now under way.
    const user = await makeUser("resident");
    const keys = submissionKeys();
    const earlier = `Test proposal ${crypto.randomUUID().slice(0, 8)}`;
    const next = `Test proposal ${crypto.randomUUID().slice(0, 8)}`;
    const earlierKey = keys.keyFor(earlier);
    expect(keys.keyFor(earlier)).toBe(earlierKey);
    const [first, late] = [await as(user, () => proposeDiagnosis({ name: earlier, clientKey: earlierKey })), await as(user, () => proposeDiagnosis({ name: earlier, clientKey: earlierKey }))];
    expect(first).toMatchObject({ ok: true });
    keys.done(earlierKey);
    const nextKey = keys.keyFor(next);
    expect(late).toEqual(first);
    keys.done(earlierKey);
    const repeatKey = keys.keyFor(next);
    expect(repeatKey).toBe(nextKey);
    await Promise.all([as(user, () => proposeDiagnosis({ name: next, clientKey: nextKey })), as(user, () => proposeDiagnosis({ name: next, clientKey: repeatKey }))]);
    expect(await db.diagnosis.count({ where: { name: { in: [earlier, next] } } })).toBe(2);
    keys.done(nextKey);
    expect(keys.keyFor(next)).not.toBe(nextKey);
  });
});

describe("saveCase (a new case)", () => {
  it("creates one case for a double-clicked save, both answers naming it; a new key creates another", async () => {
    const user = await makeUser("clinician");
    const title = `Idempotent case ${word()}`;
    const payload = { case: caseDraft({ title }), clientKey: key() };
    const results = await Promise.all([as(user, () => saveCase(payload)), as(user, () => saveCase(payload)), as(user, () => saveCase(payload))]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set(results.map((result) => (result.ok ? result.data.caseId : null))).size).toBe(1);
    expect(await db.case.count({ where: { authorId: user.id, title } })).toBe(1);
    const caseId = results[0]!.ok ? results[0]!.data.caseId : "";
    expect(await db.study.count({ where: { caseId } })).toBe(2);
    expect(await db.auditEvent.count({ where: { action: "case.create", actorId: user.id } })).toBe(1);
    // A retry later answers the same; another submission is another case.
    expect(await as(user, () => saveCase(payload))).toEqual({ ok: true, data: { caseId } });
    expect(await as(user, () => saveCase({ ...payload, clientKey: key() }))).toMatchObject({ ok: true });
    expect(await db.case.count({ where: { authorId: user.id, title } })).toBe(2);
  });
});

describe("importing a case file", () => {
  async function importWithKey(user: Viewer, text: string, idempotencyKey: string) {
    session.viewer = user;
    const response = await postCaseFile(new Request("http://rounds.test/api/cases/import", { method: "POST", body: text, headers: { "idempotency-key": idempotencyKey } }));
    return { status: response.status, result: (await response.json()) as { ok: boolean; data?: { caseId: string }; code?: string } };
  }

  it("imports once for a double-clicked submission (the Idempotency-Key header), and refuses a malformed key", async () => {
    const user = await makeUser("clinician");
    const title = `Imported once ${word()}`;
    const text = JSON.stringify({ format: "rounds.case", version: 1, case: caseDraft({ title }) });
    const idempotencyKey = key();
    const [first, second] = await Promise.all([importWithKey(user, text, idempotencyKey), importWithKey(user, text, idempotencyKey)]);
    expect(first).toMatchObject({ status: 201, result: { ok: true } });
    expect(second).toEqual(first);
    expect(await db.case.count({ where: { authorId: user.id, title } })).toBe(1);
    expect(await importWithKey(user, text, "not-a-uuid")).toMatchObject({ status: 400, result: { ok: false, code: "invalid_input" } });
    expect(await db.case.count({ where: { authorId: user.id, title } })).toBe(1);
  });
});

describe("teams", () => {
  it("creates one team for a double-clicked submission", async () => {
    const user = await makeUser("clinician");
    const payload = { name: `Team ${crypto.randomUUID().slice(0, 8)}`, clientKey: key() };
    const results = await Promise.all([as(user, () => teams.createTeam(payload)), as(user, () => teams.createTeam(payload))]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toEqual(results[0]);
    expect(await db.team.count({ where: { name: payload.name } })).toBe(1);
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "team.create", actorId: user.id } })).toBe(1);
  });

  it("creates one invitation for a double-clicked submission, and both answers carry a link that works", async () => {
    const owner = await makeUser("clinician");
    const teamId = await makeTeam([[owner, "owner"]]);
    const invited = await makeUser("clinician");
    const payload = { teamId, email: invited.email, role: "member", clientKey: key() };
    const ownerViewer = await withTeamRoles(owner);
    const results = await Promise.all([as(ownerViewer, () => teams.inviteMember(payload)), as(ownerViewer, () => teams.inviteMember(payload))]);
    expect(results[0]).toMatchObject({ ok: true });
    expect(results[1]).toEqual(results[0]);
    expect(await db.teamInvite.count({ where: { teamId } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "team.invite", actorId: owner.id } })).toBe(1);
    const token = results[0]!.ok ? results[0]!.data.link.split("/").at(-1)! : "";
    expect(await as(invited, () => teams.acceptInvite({ token }))).toEqual({ ok: true, data: { teamId } });
    // Another submission is another invitation, with another link.
    const again = await as(ownerViewer, () => teams.inviteMember({ ...payload, clientKey: key() }));
    expect(again.ok && again.data.link).not.toBe(results[0]!.ok && results[0]!.data.link);
  });

  it("answers concurrent removals and role changes of one member with success or a typed conflict", async () => {
    const owner = await makeUser("clinician");
    const members = await Promise.all(Array.from({ length: 3 }, () => makeUser("clinician")));
    const teamId = await makeTeam([[owner, "owner"], ...members.map((member) => [member, "member"] as [Viewer, "member"])]);
    const ownerViewer = await withTeamRoles(owner);
    const removals = await Promise.all(Array.from({ length: 5 }, () => as(ownerViewer, () => teams.removeMember({ teamId, userId: members[0]!.id }))));
    expect(removals.filter((result) => result.ok)).toHaveLength(1);
    expect(unexpected(removals.map((result) => (result.ok ? { ok: true } : { ok: false, code: result.code })))).toEqual([]);
    const changes = await Promise.all([
      ...Array.from({ length: 4 }, (_, index) => as(ownerViewer, () => teams.changeRole({ teamId, userId: members[1]!.id, role: index % 2 ? "coordinator" : "guest" }))),
      as(ownerViewer, () => teams.removeMember({ teamId, userId: members[1]!.id })),
    ]);
    expect(unexpected(changes.map((result) => (result.ok ? { ok: true } : { ok: false, code: result.code })))).toEqual([]);
    expect(changes.some((result) => result.ok)).toBe(true);
  });
});
