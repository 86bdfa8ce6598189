// The authorization matrix: (who) x (case visibility) x (every page, route handler, event stream
// and server action), executed against the running production server with direct HTTP requests.
// Server actions are posted with their Next-Action header, never through the UI. The test fails if
// the build contains a server action that has no rows here. Principals include a self-registered
// stranger (through the real register action) and a team's own educator; the listing pages that
// show one person's activity to another are surfaces too, searched for a team-only title (issue 21).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { createUser, database, expect, signIn, test, type TestUser } from "./support/fixtures";

/** educator: a global educator (granted by an admin) outside the team; teamEducator: the team's own educator. */
type Who = "anonymous" | "stranger" | "author" | "admin" | "educator" | "teamEducator" | "member" | "guest" | "outsider";
type Visibility = "team" | "institution" | "public" | "draft";
type Outcome = "allow" | "deny";

const manifest = JSON.parse(
  readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "server/server-reference-manifest.json"), "utf8"),
) as { node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }> };
const actions = new Map(
  Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0]!;
    const url = worker.replace(/^app/, "").replace(/\/page$/, "").replace(/\[[^\]]+\]/g, "x") || "/";
    return [entry.exportedName, { id, url }];
  }),
);

/** Who may see a case of this visibility (the rule under test, written out independently). */
function sees(who: Who, visibility: Visibility): boolean {
  if (who === "author") return true;
  if (visibility === "draft") return false;
  if (visibility === "public") return true;
  if (who === "anonymous") return false;
  if (visibility === "institution") return true;
  return who === "member" || who === "guest" || who === "teamEducator";
}
const signedIn = (who: Who) => who !== "anonymous";
/**
 * Power over a case (decision 031): its author, admins, and the owners, coordinators and educators
 * of a team case's own team. Never the global educator role, never a fresh account.
 */
const lead = (who: Who, visibility: Visibility) => who === "author" || who === "admin" || (who === "teamEducator" && visibility === "team");
const discussable = (visibility: Visibility) => visibility !== "draft";

/** Expected outcome of each case-scoped target. */
const CASE_TARGETS: Record<string, (who: Who, visibility: Visibility) => boolean> = {
  "page /cases/[id]": (who, v) => sees(who, v),
  "route export": (who, v) => signedIn(who) && sees(who, v),
  "route events (SSE)": (who, v) => signedIn(who) && sees(who, v),
  "route thinking": (who, v) => signedIn(who) && sees(who, v),
  "route comments": (who, v) => signedIn(who) && sees(who, v),
  "route mentions": (who, v) => signedIn(who) && sees(who, v),
  postComment: (who, v) => signedIn(who) && sees(who, v),
  castVote: (who, v) => signedIn(who) && sees(who, v) && discussable(v) && !(who === "guest" && v === "team"),
  saveCase: (who, v) => who === "author" || (who === "admin" && sees(who, v)),
  postDifferential: (who, v) => signedIn(who) && sees(who, v) && discussable(v),
  setSupport: (who, v) => signedIn(who) && sees(who, v) && discussable(v),
  setPollState: (who, v) => lead(who, v) && sees(who, v) && discussable(v),
  setVoterNamesVisible: (who, v) => lead(who, v) && sees(who, v),
  revealCase: (who, v) => lead(who, v) && sees(who, v) && discussable(v),
  editComment: (who) => who === "author",
  deleteComment: (who) => who === "author",
  removeComment: (who, v) => (who === "author" || who === "admin") && sees(who, v),
};

/** Rows for actions that are not about one case: who may call them at all. */
const OTHER_TARGETS: Record<string, Partial<Record<Who, Outcome>>> = {
  register: { anonymous: "allow", outsider: "allow" },
  previewComment: { anonymous: "deny", outsider: "allow" },
  markNotificationsRead: { anonymous: "deny", outsider: "allow" },
  proposeDiagnosis: { anonymous: "deny", outsider: "allow" },
  // The catalogue is the institution's: its educators (granted by an admin) and admins review it.
  reviewProposal: { anonymous: "deny", stranger: "deny", outsider: "deny", member: "deny", teamEducator: "deny", educator: "allow", admin: "allow" },
  // Only an admin grants or revokes the global educator role.
  setUserRole: { anonymous: "deny", stranger: "deny", outsider: "deny", educator: "deny", teamEducator: "deny", author: "deny", admin: "allow" },
  createTeam: { anonymous: "deny", outsider: "allow" },
  addMember: { anonymous: "deny", outsider: "deny", guest: "deny", member: "deny", teamEducator: "deny", author: "allow" },
  inviteMember: { anonymous: "deny", outsider: "deny", guest: "deny", member: "deny", teamEducator: "deny", author: "allow" },
  changeRole: { anonymous: "deny", outsider: "deny", guest: "deny", member: "deny", teamEducator: "deny", author: "allow" },
  removeMember: { anonymous: "deny", outsider: "deny", member: "deny", teamEducator: "deny", author: "allow" },
  acceptInvite: { anonymous: "deny", outsider: "allow" },
  // Marks on images: the case's editors only; someone else's (or no) image is "not found".
  addAnnotation: { anonymous: "deny", outsider: "deny" },
  deleteAnnotation: { anonymous: "deny", outsider: "deny" },
  // Actions added with images, collections and conference sessions: never for a signed-out caller.
  // (Their resource-level rules are tested in tests/integration: images, collections, conference-session.)
  addToCollection: { anonymous: "deny" },
  myCollectionsForCase: { anonymous: "deny" },
  // The library picker on a collection page: its owner only (the matrix collection is the outsider's).
  findCasesToAdd: { anonymous: "deny", stranger: "deny", author: "deny", member: "deny", outsider: "allow" },
  setRevealConsent: { anonymous: "deny" },
  confirmSeriesReview: { anonymous: "deny" },
  deleteImage: { anonymous: "deny" },
  deleteSeries: { anonymous: "deny" },
  moveSeries: { anonymous: "deny" },
  renameSeries: { anonymous: "deny" },
  setKeyImage: { anonymous: "deny" },
  blackOutRegions: { anonymous: "deny" },
  createCollection: { anonymous: "deny" },
  removeFromCollection: { anonymous: "deny" },
  reorderCollection: { anonymous: "deny" },
  setCollectionNote: { anonymous: "deny" },
  setShareLink: { anonymous: "deny" },
  commitQuizAnswer: { anonymous: "deny" },
  runConferenceAgain: { anonymous: "deny" },
  startMeeting: { anonymous: "deny" },
  // Issue 27: spaced review (a case nobody here missed), a teaching copy of the team case (not an MDT
  // case: refused to members too), a conference from a public collection (the team's leads only).
  gradeReview: { anonymous: "deny", outsider: "deny", author: "deny", member: "deny" },
  makeTeachingCopy: { anonymous: "deny", stranger: "deny", outsider: "deny", guest: "deny", member: "deny" },
  startConferenceFromCollection: { anonymous: "deny", stranger: "deny", outsider: "deny", guest: "deny", member: "deny", educator: "deny", teamEducator: "allow", author: "allow" },
  // Last: it ends the callers' sessions.
  signOutEverywhere: { anonymous: "deny", outsider: "allow" },
};

const members = new Set<Who>(["author", "member", "guest", "teamEducator"]);
const onlyAuthor = (who: Who): Outcome => (who === "author" ? "allow" : "deny");
/** A teaching conference is also run by the team's educator (its team role, not the global one). */
const teachingOrganiser = (who: Who): Outcome => (who === "author" || who === "teamEducator" ? "allow" : "deny");
const teamMember = (who: Who): Outcome => (members.has(who) ? "allow" : "deny");
const takesPart = (who: Who): Outcome => (who === "author" || who === "member" || who === "teamEducator" ? "allow" : "deny");

/**
 * Conference targets, for a teaching conference and an MDT meeting of the team (the author owns
 * the team and presents and chairs). Joining runs last for each principal, since it changes what
 * they may see.
 */
const CONFERENCE_TARGETS: Record<string, { teaching?: (who: Who) => Outcome; mdt?: (who: Who) => Outcome }> = {
  "page /conferences/[id]": { teaching: teamMember, mdt: teamMember },
  "page present": { teaching: onlyAuthor, mdt: onlyAuthor },
  "page agenda": { teaching: teamMember, mdt: teamMember },
  "page summary": { teaching: teamMember, mdt: teamMember },
  "page record": { mdt: teamMember },
  "page minutes": { mdt: teamMember },
  "route state": { teaching: teamMember, mdt: teamMember },
  "route events (SSE)": { teaching: teamMember, mdt: teamMember },
  "route calendar.ics": { teaching: teamMember, mdt: teamMember },
  "route outcome FHIR": { mdt: teamMember },
  scheduleConference: { teaching: teachingOrganiser, mdt: onlyAuthor },
  setRequiredSpecialties: { mdt: onlyAuthor },
  addAgendaItem: { teaching: teachingOrganiser, mdt: onlyAuthor },
  moveAgendaItem: { teaching: teachingOrganiser, mdt: onlyAuthor },
  saveIntake: { teaching: teachingOrganiser, mdt: onlyAuthor },
  removeAgendaItem: { teaching: teachingOrganiser, mdt: onlyAuthor },
  presenterCommand: { teaching: onlyAuthor, mdt: onlyAuthor },
  presentSlice: { teaching: onlyAuthor, mdt: onlyAuthor },
  castConferenceVote: { teaching: takesPart, mdt: takesPart },
  saveStagedDifferential: { teaching: takesPart, mdt: takesPart },
  recordAttendee: { mdt: onlyAuthor },
  removeAttendee: { mdt: onlyAuthor },
  saveOutcome: { mdt: onlyAuthor },
  signOffOutcome: { mdt: onlyAuthor },
  amendOutcome: { mdt: onlyAuthor },
  joinConference: { teaching: (who) => (who === "anonymous" ? "deny" : "allow"), mdt: teamMember },
};

const DENIED_CODES = ["not_found", "forbidden", "unauthenticated"];

/** allow: the request got past authorization (succeeded, or failed only on its content). */
function classifyAction(status: number, body: string): Outcome {
  if (status >= 300 && status < 400) return "deny"; // sent to sign-in
  if (status === 401 || status === 403 || status === 404) return "deny";
  const code = /"code":"([a-z_]+)"/.exec(body)?.[1];
  if (code && DENIED_CODES.includes(code)) return "deny";
  if (/"ok":true/.test(body) || code) return "allow";
  throw new Error(`unrecognised action response ${status}: ${body.slice(0, 200)}`);
}

async function postAction(request: APIRequestContext, name: string, args: unknown): Promise<{ status: number; body: string }> {
  const action = actions.get(name);
  if (!action) throw new Error(`no server action ${name} in the build`);
  const response = await request.post(action.url, {
    headers: { "Next-Action": action.id, Accept: "text/x-component", "Content-Type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([args]),
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}

async function callAction(request: APIRequestContext, name: string, args: unknown): Promise<Outcome> {
  const { status, body } = await postAction(request, name, args);
  return classifyAction(status, body);
}

async function routeOutcome(request: APIRequestContext, url: string, sse = false): Promise<Outcome> {
  if (sse) {
    const state = await request.storageState();
    const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const controller = new AbortController();
    const response = await fetch(`${test.info().project.use.baseURL}${url}`, { headers: { cookie }, signal: controller.signal, redirect: "manual" });
    controller.abort();
    return response.status === 200 ? "allow" : "deny";
  }
  const response = await request.get(url, { maxRedirects: 0 });
  return response.status() === 200 ? "allow" : "deny";
}

test("authorization matrix: every role, visibility and endpoint", async ({ playwright, baseURL }) => {
  test.setTimeout(240_000);
  const db = database();
  const created: Who[] = ["author", "admin", "educator", "teamEducator", "member", "guest", "outsider"];
  const names: Who[] = [...created, "stranger"];
  const users = {} as Record<Exclude<Who, "anonymous">, TestUser>;
  for (const who of created) {
    users[who as Exclude<Who, "anonymous">] = await createUser(who === "admin" ? "admin" : who === "educator" ? "educator" : "clinician", `Matrix ${who}`);
  }
  // The stranger signs up through the real register action, as anyone on the internet can: asking
  // for educator or admin is refused with a field error and stores nothing; resident works.
  const registrar = await playwright.request.newContext({ baseURL });
  const stranger = { name: "Matrix stranger", email: `e2e-stranger-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`, password: "stranger-password-2026" };
  for (const role of ["educator", "admin"]) {
    const refused = await postAction(registrar, "register", { ...stranger, role });
    expect(refused.status, `register as ${role}`).toBeLessThan(500);
    expect(refused.body).toMatch(/"ok":false,"code":"invalid_input"/);
    expect(refused.body).toMatch(/"fieldErrors":\{"role":\[/);
    expect(await db.user.findUnique({ where: { email: stranger.email } })).toBeNull();
  }
  expect((await postAction(registrar, "register", { ...stranger, role: "resident" })).body).toMatch(/"ok":true/);
  await registrar.dispose();
  const registered = await db.user.findUniqueOrThrow({ where: { email: stranger.email }, select: { id: true, role: true } });
  expect(registered.role).toBe("resident");
  users.stranger = { id: registered.id, email: stranger.email, name: stranger.name, password: stranger.password };
  const team = await db.team.create({ data: { name: "Matrix MDT", slug: `matrix-${Date.now()}` }, select: { id: true } });
  await db.membership.createMany({
    data: [
      { teamId: team.id, userId: users.author.id, role: "owner" },
      { teamId: team.id, userId: users.member.id, role: "member" },
      { teamId: team.id, userId: users.guest.id, role: "guest" },
      { teamId: team.id, userId: users.teamEducator.id, role: "educator" },
    ],
  });
  const diagnosis = await db.diagnosis.upsert({ where: { slug: "matrix-dx" }, create: { slug: "matrix-dx", name: "Matrix diagnosis", synonyms: [], category: "Other" }, update: {}, select: { id: true } });
  const proposal = await db.diagnosis.create({ data: { slug: `matrix-proposal-${Date.now()}`, name: "Matrix proposal", synonyms: [], category: "Proposed", status: "proposed" }, select: { id: true } });

  const visibilities: Visibility[] = ["team", "institution", "public", "draft"];
  const cases = {} as Record<Visibility, { id: string; commentId: string; removable: Record<string, string> }>;
  let pathCounter = 900_000_000_000 + Math.floor(Math.random() * 1_000_000);
  const nextPath = () => String(pathCounter++).padStart(12, "0");
  for (const visibility of visibilities) {
    const kase = await db.case.create({
      data: {
        title: `Matrix ${visibility} case`, presentation: "Forefoot pain.", ageBand: "30–34", sex: "female", region: "Foot",
        status: visibility === "draft" ? "draft" : "open", visibility: visibility === "draft" ? "institution" : visibility,
        teamId: visibility === "team" ? team.id : null, authorId: users.author.id, pollState: "open",
      },
      select: { id: true },
    });
    const own = await db.comment.create({ data: { caseId: kase.id, authorId: users.author.id, depth: 0, path: nextPath(), body: "Author comment", bodyHtml: "<p>Author comment</p>" }, select: { id: true } });
    const removable: Record<string, string> = {};
    for (const who of [...names, "anonymous"]) {
      removable[who] = (await db.comment.create({ data: { caseId: kase.id, authorId: users.author.id, depth: 0, path: nextPath(), body: `For ${who}`, bodyHtml: "<p>x</p>" }, select: { id: true } })).id;
    }
    if (visibility !== "draft") {
      await db.differentialEntry.create({ data: { caseId: kase.id, userId: users.educator.id, diagnosisId: diagnosis.id, rank: 1, rationale: "Listed for support" } });
    }
    cases[visibility] = { id: kase.id, commentId: own.id, removable };
  }

  const contexts = {} as Record<Who, APIRequestContext>;
  contexts.anonymous = await playwright.request.newContext({ baseURL });
  for (const who of names) {
    contexts[who] = await playwright.request.newContext({ baseURL });
    await signIn(contexts[who], users[who as Exclude<Who, "anonymous">].email, users[who as Exclude<Who, "anonymous">].password);
  }

  const failures: string[] = [];
  let cells = 0;
  const check = (label: string, expected: Outcome, actual: Outcome) => {
    cells++;
    if (expected !== actual) failures.push(`${label}: expected ${expected}, got ${actual}`);
  };

  // The author goes last: its deleteComment and saveCase change the cases the others probe.
  const order: Who[] = ["anonymous", "stranger", "outsider", "guest", "member", "educator", "teamEducator", "admin", "author"];
  for (const who of order) {
    const request = contexts[who];
    for (const visibility of visibilities) {
      const { id, commentId, removable } = cases[visibility];
      const expect = (target: string) => (CASE_TARGETS[target]!(who, visibility) ? "allow" : "deny") as Outcome;
      const label = (target: string) => `${who} x ${visibility} x ${target}`;
      check(label("page /cases/[id]"), expect("page /cases/[id]"), await routeOutcome(request, `/cases/${id}`));
      check(label("route export"), expect("route export"), await routeOutcome(request, `/api/cases/${id}/export`));
      check(label("route events (SSE)"), expect("route events (SSE)"), await routeOutcome(request, `/api/cases/${id}/events`, true));
      check(label("route thinking"), expect("route thinking"), await routeOutcome(request, `/api/cases/${id}/thinking`));
      check(label("route comments"), expect("route comments"), await routeOutcome(request, `/api/cases/${id}/comments`));
      check(label("route mentions"), expect("route mentions"), await routeOutcome(request, `/api/cases/${id}/mentions?q=`));
      check(label("postComment"), expect("postComment"), await callAction(request, "postComment", { caseId: id, body: `Matrix comment by ${who}` }));
      check(label("castVote"), expect("castVote"), await callAction(request, "castVote", { caseId: id, diagnosisId: diagnosis.id }));
      check(label("postDifferential"), expect("postDifferential"), await callAction(request, "postDifferential", { caseId: id, entries: [{ diagnosisId: diagnosis.id, rationale: "Matrix" }] }));
      check(label("setSupport"), expect("setSupport"), await callAction(request, "setSupport", { caseId: id, diagnosisId: diagnosis.id, support: true }));
      check(label("setPollState"), expect("setPollState"), await callAction(request, "setPollState", { caseId: id, state: "open" }));
      check(label("setVoterNamesVisible"), expect("setVoterNamesVisible"), await callAction(request, "setVoterNamesVisible", { caseId: id, show: false }));
      // An unknown diagnosis: a permitted caller gets "invalid_input", so nothing is revealed.
      check(label("revealCase"), expect("revealCase"), await callAction(request, "revealCase", { caseId: id, diagnosisId: "not-in-catalogue", certainty: "certain", basis: "consensus", explanation: "Matrix" }));
      check(label("editComment"), expect("editComment"), await callAction(request, "editComment", { commentId, body: `Edited by ${who}` }));
      check(label("removeComment"), expect("removeComment"), await callAction(request, "removeComment", { commentId: removable[who], reason: "Matrix moderation" }));
      check(label("deleteComment"), expect("deleteComment"), await callAction(request, "deleteComment", { commentId }));
      check(label("saveCase"), expect("saveCase"), await callAction(request, "saveCase", {
        caseId: id,
        case: {
          title: `Matrix ${visibility} case`, presentation: "Forefoot pain.", ageBand: "30–34", sex: "female", region: "Foot",
          status: visibility === "draft" ? "draft" : "open", visibility: visibility === "draft" ? "institution" : visibility,
          teamId: visibility === "team" ? team.id : null, timeline: [],
        },
      }));
    }
  }

  // Conferences (before the team and session actions below, which remove the guest from the team
  // and sign the outsider out everywhere): a teaching conference and an MDT meeting, the author presenting.
  const kinds = ["teaching", "mdt"] as const;
  const conferences = {} as Record<(typeof kinds)[number], { id: string; joinCode: string; itemId: string; removableItems: Record<string, string>; outcomeId: string | null; attendees: Record<string, string> }>;
  for (const kind of kinds) {
    const conference = await db.conference.create({
      data: {
        kind, teamId: team.id, title: `Matrix ${kind}`, startsAt: new Date(Date.now() + 86_400_000), durationMinutes: 60,
        joinCode: `M${kind === "mdt" ? "D" : "T"}${String(Date.now()).slice(-4)}`, presenterId: users.author.id, chairId: users.author.id, createdById: users.author.id,
      },
      select: { id: true, joinCode: true },
    });
    const item = await db.agendaItem.create({ data: { conferenceId: conference.id, caseId: cases.team.id, position: 1 }, select: { id: true } });
    const removableItems: Record<string, string> = {};
    const attendees: Record<string, string> = {};
    for (const [index, who] of [...names, "anonymous"].entries()) {
      const spare = await db.case.create({ data: { title: `Matrix spare ${who}`, presentation: "x", ageBand: "30–34", sex: "female", region: "Foot", status: "open", visibility: "institution", authorId: users.author.id }, select: { id: true } });
      removableItems[who] = (await db.agendaItem.create({ data: { conferenceId: conference.id, caseId: spare.id, position: index + 2 }, select: { id: true } })).id;
      if (kind === "mdt") attendees[who] = (await db.attendee.create({ data: { conferenceId: conference.id, name: `Visitor for ${who}`, specialty: "Radiology" }, select: { id: true } })).id;
    }
    const outcome = kind === "mdt"
      ? await db.outcome.create({ data: { itemId: item.id, recommendation: "Matrix", managementPlan: "Matrix", followUp: "None", recordedById: users.author.id }, select: { id: true } })
      : null;
    conferences[kind] = { ...conference, itemId: item.id, removableItems, outcomeId: outcome?.id ?? null, attendees };
  }
  const outcomeText = { recommendation: "Matrix recommendation", managementPlan: "Matrix plan", followUp: "None", dissent: "" };
  for (const who of order) {
    const request = contexts[who];
    for (const kind of kinds) {
      const { id, joinCode, itemId, removableItems, outcomeId, attendees } = conferences[kind];
      const probes: Array<[string, () => Promise<Outcome>]> = [
        ["page /conferences/[id]", () => routeOutcome(request, `/conferences/${id}`)],
        ["page present", () => routeOutcome(request, `/conferences/${id}/present`)],
        ["page agenda", () => routeOutcome(request, `/conferences/${id}/agenda`)],
        ["page summary", () => routeOutcome(request, `/conferences/${id}/summary`)],
        ["page record", () => routeOutcome(request, `/conferences/${id}/record`)],
        ["page minutes", () => routeOutcome(request, `/conferences/${id}/minutes`)],
        ["route state", () => routeOutcome(request, `/api/conferences/${id}/state`)],
        ["route events (SSE)", () => routeOutcome(request, `/api/conferences/${id}/events`, true)],
        ["route calendar.ics", () => routeOutcome(request, `/conferences/${id}/calendar.ics`)],
        ["route outcome FHIR", () => routeOutcome(request, `/api/outcomes/${outcomeId}/fhir`)],
        ["scheduleConference", () => callAction(request, "scheduleConference", { kind, teamId: team.id, title: `Matrix by ${who}`, startsAt: "2031-01-01T09:00:00Z", durationMinutes: 60, location: "", videoUrl: "", presenterId: users.author.id, chairId: users.author.id })],
        ["setRequiredSpecialties", () => callAction(request, "setRequiredSpecialties", { teamId: team.id, specialties: ["Radiology"] })],
        ["addAgendaItem", () => callAction(request, "addAgendaItem", { conferenceId: id, caseId: cases.institution.id })],
        ["moveAgendaItem", () => callAction(request, "moveAgendaItem", { itemId, direction: "down" })],
        ["saveIntake", () => callAction(request, "saveIntake", { itemId, estimatedMinutes: 10, clinicalQuestion: "Matrix?", relevantHistory: "", imagingToReview: "", presentingClinician: "" })],
        ["removeAgendaItem", () => callAction(request, "removeAgendaItem", { itemId: removableItems[who] })],
        // "previous" before the start: the presenter gets a conflict (allowed), nothing moves.
        ["presenterCommand", () => callAction(request, "presenterCommand", { conferenceId: id, command: "previous" })],
        // Before the start: the presenter gets a conflict (allowed); nothing is sent to the room.
        ["presentSlice", () => callAction(request, "presentSlice", { conferenceId: id, itemId, step: 1, seriesId: "matrix-no-series", index: 0 })],
        ["castConferenceVote", () => callAction(request, "castConferenceVote", { itemId, diagnosisId: diagnosis.id })],
        ["saveStagedDifferential", () => callAction(request, "saveStagedDifferential", { itemId, diagnosisIds: [diagnosis.id] })],
        ["recordAttendee", () => callAction(request, "recordAttendee", { conferenceId: id, name: `Visitor by ${who}`, specialty: "Pathology" })],
        ["removeAttendee", () => callAction(request, "removeAttendee", { attendeeId: attendees[who] ?? "none" })],
        // Version 5 of an outcome that does not exist yet: a permitted caller gets a conflict.
        ["saveOutcome", () => callAction(request, "saveOutcome", { itemId: removableItems.anonymous, version: 5, ...outcomeText })],
        ["signOffOutcome", () => callAction(request, "signOffOutcome", { outcomeId: outcomeId ?? "none", version: 99 })],
        ["amendOutcome", () => callAction(request, "amendOutcome", { outcomeId: outcomeId ?? "none", ...outcomeText, reason: "Matrix amendment" })],
        ["joinConference", () => callAction(request, "joinConference", { code: joinCode })],
      ];
      for (const [target, probe] of probes) {
        const rule = CONFERENCE_TARGETS[target]![kind];
        if (!rule) continue;
        check(`${who} x ${kind} conference x ${target}`, rule(who), await probe());
      }
    }
  }

  // Listing pages: one person's activity shown to another. A team-only unknown case, revealed,
  // that the member voted on and that is on the teaching conference's agenda; every principal is
  // notified about it and follows it. Its title may reach only those who may see the case.
  const secretTitle = `Matrix team-only secret ${Date.now()}`;
  const secret = await db.case.create({
    data: {
      title: secretTitle, presentation: "Forefoot pain.", ageBand: "30–34", sex: "female", region: "Foot", status: "resolved", postedAsUnknown: true,
      visibility: "team", teamId: team.id, authorId: users.author.id, pollState: "closed",
      resolution: { create: { diagnosisId: diagnosis.id, certainty: "certain", basis: "consensus", revealedAt: new Date() } },
    },
    select: { id: true },
  });
  await db.vote.create({ data: { caseId: secret.id, userId: users.member.id, diagnosisId: diagnosis.id } });
  await db.differentialEntry.create({ data: { caseId: secret.id, userId: users.member.id, diagnosisId: diagnosis.id, rank: 1, rationale: "Matrix" } });
  await db.agendaItem.create({ data: { conferenceId: conferences.teaching.id, caseId: secret.id, position: 99 } });
  await db.caseActivity.create({ data: { caseId: secret.id, actorId: users.member.id, kind: "comment_posted" } });
  await db.auditEvent.create({ data: { actorId: users.author.id, action: "case.create", resourceType: "case", resourceId: secret.id, teamId: team.id } });
  for (const who of names) {
    await db.notification.create({ data: { userId: users[who as Exclude<Who, "anonymous">].id, kind: "mention", caseId: secret.id, actorId: users.member.id } });
    await db.caseFollow.create({ data: { userId: users[who as Exclude<Who, "anonymous">].id, caseId: secret.id } });
  }
  /** Who opens the member's learning record: themselves, their team's leads, admins (others: 404). */
  const opensRecord = (who: Who) => who === "member" || who === "author" || who === "teamEducator" || who === "admin";
  const LISTINGS: Array<[string, string, (who: Who) => boolean]> = [
    ["learning record of the member", `/me/record?user=${users.member.id}`, opensRecord],
    ["notifications", "/notifications", signedIn],
    ["dashboard", "/", () => true],
    // Everyone signed in has joined the teaching conference with its code by now.
    ["teaching conference summary", `/conferences/${conferences.teaching.id}/summary`, signedIn],
    ["teaching conference agenda", `/conferences/${conferences.teaching.id}/agenda`, signedIn],
    ["admin audit trail", "/admin/audit", (who) => who === "admin"],
    ["team audit trail", `/teams/${team.id}/audit`, (who) => who === "author" || who === "admin"],
    ["admin people and roles", "/admin/users", (who) => who === "admin"],
  ];
  for (const who of order) {
    for (const [label, url, opens] of LISTINGS) {
      const response = await contexts[who].get(url, { maxRedirects: 0 });
      const body = await response.text();
      check(`${who} x listing ${label}`, opens(who) ? "allow" : "deny", response.status() === 200 ? "allow" : "deny");
      if (!sees(who, "team") && body.includes(secretTitle)) failures.push(`${who} x listing ${label}: the team-only title leaks`);
      if (!sees(who, "team") && body.includes(`/cases/${secret.id}`)) failures.push(`${who} x listing ${label}: a link to the team-only case leaks`);
    }
    // Opening the record of someone in no team with the viewer: only the learner and admins.
    check(`${who} x listing learning record of the outsider`, who === "outsider" || who === "admin" ? "allow" : "deny", await routeOutcome(contexts[who], `/me/record?user=${users.outsider.id}`));
  }
  // The search can fail: the learner and the team's educator do read the title in the record.
  for (const who of ["member", "teamEducator"] as const) {
    expect(await (await contexts[who].get(`/me/record?user=${users.member.id}`)).text(), `${who} reads the revealed team case in the record`).toContain(secretTitle);
  }

  // Actions that are not about one case.
  const collection = await db.collection.create({
    data: { ownerId: users.outsider.id, title: "Matrix collection", visibility: "public", items: { create: [{ caseId: cases.institution.id, position: 0 }] } },
    select: { id: true },
  });
  const otherArgs: Record<string, (who: Who) => unknown> = {
    setUserRole: () => ({ email: users.outsider.email, role: "clinician" }),
    register: () => ({ name: "x", email: "not-an-email", password: "short", role: "resident" }),
    previewComment: () => ({ body: "**preview**" }),
    markNotificationsRead: () => ({}),
    proposeDiagnosis: () => ({ name: "x" }),
    reviewProposal: () => ({ diagnosisId: proposal.id, decision: "merge" }),
    createTeam: () => ({ name: "x" }),
    addMember: () => ({ teamId: team.id, email: "nobody-matrix@example.test" }),
    inviteMember: () => ({ teamId: team.id, email: "invitee-matrix@example.test" }),
    changeRole: () => ({ teamId: team.id, userId: users.guest.id, role: "guest" }),
    removeMember: () => ({ teamId: team.id, userId: users.guest.id }),
    acceptInvite: () => ({ token: "short" }),
    signOutEverywhere: () => undefined,
    addAnnotation: () => ({ imageId: "no-such-image", kind: "label", geometry: { x: 1, y: 1 }, text: "here" }),
    deleteAnnotation: () => ({ annotationId: "no-such-mark" }),
    gradeReview: () => ({ caseId: cases.institution.id, grade: "got" }),
    makeTeachingCopy: () => ({ caseId: cases.team.id }),
    findCasesToAdd: () => ({ collectionId: collection.id, q: "" }),
    startConferenceFromCollection: (who) => ({ collectionId: collection.id, teamId: team.id, title: `Matrix set by ${who}`, startsAt: "2031-01-01T09:00:00Z", durationMinutes: 60 }),
    ...Object.fromEntries(
      ["addToCollection", "myCollectionsForCase", "setRevealConsent", "confirmSeriesReview", "deleteImage", "deleteSeries", "moveSeries", "renameSeries", "setKeyImage", "blackOutRegions",
        "createCollection", "removeFromCollection", "reorderCollection", "setCollectionNote", "setShareLink", "commitQuizAnswer", "runConferenceAgain", "startMeeting"]
        .map((name) => [name, () => ({})]),
    ),
  };
  // The case import is a route (a file, not a form): anyone signed in may import, nobody else. Before the
  // rows below, whose last one (signOutEverywhere) ends the callers' sessions.
  for (const who of order) {
    const response = await contexts[who].post("/api/cases/import", { data: "{not json", headers: { "content-type": "application/json" }, maxRedirects: 0 });
    const outcome: Outcome = response.status() === 401 || response.status() === 403 ? "deny" : "allow";
    check(`${who} x route import`, who === "anonymous" ? "deny" : "allow", outcome);
  }

  for (const [name, rows] of Object.entries(OTHER_TARGETS)) {
    for (const who of order) {
      const expected = rows[who];
      if (!expected) continue;
      check(`${who} x ${name}`, expected, await callAction(contexts[who], name, otherArgs[name]!(who)));
    }
  }

  // Every server action in the build has rows above.
  const covered = new Set([...Object.keys(CASE_TARGETS), ...Object.keys(OTHER_TARGETS), ...Object.keys(CONFERENCE_TARGETS)]);
  const missing = [...actions.keys()].filter((name) => !covered.has(name));
  expect(missing, "server actions without rows in the authorization matrix").toEqual([]);
  expect(cells).toBeGreaterThanOrEqual(150);
  expect(failures, `${failures.length} of ${cells} cells disagree`).toEqual([]);
  for (const context of Object.values(contexts)) await context.dispose();
});
