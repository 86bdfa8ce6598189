// Every text a person types and Rounds stores passes the de-identification guard (issue 25 item 4),
// through the one gate in lib/deidentify/confirm.ts (guardFields). This test enumerates every server
// action ("use server" files under lib/), walks its zod input to find each free-text field, and
// fails when an action or a text field is not in the table below: a new field is either guarded or
// exempted here with the reason, in review. Route handlers that accept a body are listed the same way.
// What each guarded field does with flagged text is tested with the real database in
// tests/integration/deidentify-everywhere.test.ts and guarded-texts.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { textPaths } from "./zod-text-paths";

const root = path.resolve(import.meta.dirname, "../..");

const G = "guarded";
const USER_NAME = "names a user of Rounds on purpose (decision 052)";
const CATALOGUE = "resolved to a catalogue entry by name; only its id is stored";
type Rule = typeof G | { exempt: string };
const exempt = (why: string): Rule => ({ exempt: why });

/** action -> its zod input (by name in the area's schema.ts, or the expression) -> each free-text field's rule. */
const ACTIONS: Record<string, { schema: string; texts: Record<string, Rule> }> = {
  addAnnotation: { schema: "addAnnotationInput", texts: { text: G } },
  deleteAnnotation: { schema: "deleteAnnotationInput", texts: {} },
  register: { schema: "registerInput", texts: { name: exempt("the user's own name, shown as the author of what they write"), password: exempt("hashed, never shown") } },
  signOutEverywhere: { schema: "z.unknown()", texts: {} },
  saveCase: {
    schema: "saveCaseInput",
    texts: {
      "case.title": G, "case.presentation": G, "case.tags.*": G, "case.timeline.*.label": G, "case.timeline.*.region": G,
      "case.timeline.*.technique": G, "case.timeline.*.findings": G, "case.timeline.*.impression": G, "case.timeline.*.description": G,
      "case.resolution.diagnosis": G, "case.resolution.explanation": G, "case.resolution.teachingPoints": G,
      "case.resolution.secondary.*.name": exempt(CATALOGUE),
    },
  },
  createCollection: { schema: "createCollectionInput", texts: { title: G, description: G } },
  updateCollection: { schema: "updateCollectionInput", texts: { title: G, description: G } },
  addToCollection: { schema: "itemInput", texts: {} },
  removeFromCollection: { schema: "itemInput", texts: {} },
  setCollectionNote: { schema: "noteInput", texts: { note: G } },
  reorderCollection: { schema: "reorderInput", texts: {} },
  setShareLink: { schema: "shareInput", texts: {} },
  commitQuizAnswer: { schema: "quizAnswerInput", texts: { key: exempt("the share link's key, compared and never stored"), "differential.*": exempt(CATALOGUE), final: exempt(CATALOGUE) } },
  myCollectionsForCase: { schema: "itemInput.pick({ caseId: true })", texts: {} },
  findCasesToAdd: { schema: "casePickerInput", texts: { q: exempt("a search of the library, run and never stored") } },
  startConferenceFromCollection: { schema: "conferenceFromCollectionInput", texts: { title: G, key: exempt("the share link's key, compared and never stored") } },
  scheduleConference: { schema: "scheduleInput", texts: { title: G, location: exempt("where the team meets (a room), not where the patient was") } },
  addAgendaItem: { schema: "addAgendaItemInput", texts: {} },
  moveAgendaItem: { schema: "moveAgendaItemInput", texts: {} },
  removeAgendaItem: { schema: "removeAgendaItemInput", texts: {} },
  saveIntake: { schema: "intakeInput", texts: { clinicalQuestion: G, relevantHistory: G, imagingToReview: G, presentingClinician: exempt(USER_NAME) } },
  setRequiredSpecialties: { schema: "requiredSpecialtiesInput", texts: {} },
  presenterCommand: { schema: "presenterCommandInput", texts: {} },
  joinConference: { schema: "z.unknown()", texts: {} },
  castConferenceVote: { schema: "conferenceVoteInput", texts: {} },
  saveStagedDifferential: { schema: "stagedDifferentialInput", texts: {} },
  presentSlice: { schema: "presentSliceInput", texts: {} },
  recordAttendee: { schema: "attendeeInput", texts: { name: exempt("an attendee of the meeting (a colleague), recorded on purpose") } },
  removeAttendee: { schema: "removeAttendeeInput", texts: {} },
  saveOutcome: { schema: "outcomeInput", texts: { recommendation: G, managementPlan: G, followUp: G, dissent: G } },
  signOffOutcome: { schema: "signOffInput", texts: {} },
  amendOutcome: { schema: "amendmentInput", texts: { recommendation: G, managementPlan: G, followUp: G, dissent: G, reason: G } },
  startMeeting: { schema: "startMeetingInput", texts: {} },
  runConferenceAgain: { schema: "runAgainInput", texts: {} },
  setRevealConsent: { schema: "revealConsentInput", texts: {} },
  proposeDiagnosis: {
    schema: "proposeDiagnosisInput",
    texts: {
      name: exempt("a disease for the shared catalogue, not about a patient; every proposal is listed for the reviewers (decision 091)"),
      "synonyms.*": exempt("as the proposal's name (decision 091)"),
    },
  },
  reviewProposal: { schema: "reviewProposalInput", texts: {} },
  postComment: { schema: "postCommentInput", texts: { body: G } },
  editComment: { schema: "editCommentInput", texts: { body: G } },
  deleteComment: { schema: "deleteCommentInput", texts: {} },
  removeComment: { schema: "removeCommentInput", texts: { reason: G } },
  previewComment: { schema: "previewInput", texts: { body: exempt("rendered and returned, never stored") } },
  renameSeries: { schema: "renameSeriesInput", texts: { name: G } },
  moveSeries: { schema: "moveSeriesInput", texts: {} },
  setKeyImage: { schema: "keyImageInput", texts: { caption: G } },
  confirmSeriesReview: { schema: "confirmReviewInput", texts: {} },
  blackOutRegions: { schema: "blackOutInput", texts: {} },
  deleteImage: { schema: "deleteImageInput", texts: {} },
  deleteSeries: { schema: "deleteSeriesInput", texts: {} },
  gradeReview: { schema: "gradeReviewInput", texts: {} },
  markNotificationsRead: { schema: "markReadInput", texts: {} },
  createTeam: { schema: "createTeamInput", texts: { name: exempt("a department or course, not a patient") } },
  addMember: { schema: "addMemberInput", texts: {} },
  changeRole: { schema: "changeRoleInput", texts: {} },
  removeMember: { schema: "removeMemberInput", texts: {} },
  inviteMember: { schema: "inviteInput", texts: {} },
  acceptInvite: { schema: "acceptInviteInput", texts: { token: exempt("an invitation token, compared by its hash") } },
  castVote: { schema: "castVoteInput", texts: {} },
  setPollState: { schema: "pollInput", texts: {} },
  setVoterNamesVisible: { schema: "voterNamesInput", texts: {} },
  revealCase: { schema: "revealInput", texts: { explanation: G, teachingPoints: G } },
  postDifferential: { schema: "postDifferentialInput", texts: { "entries.*.rationale": G } },
  setSupport: { schema: "supportInput", texts: {} },
  setUserRole: { schema: "setUserRoleInput", texts: {} },
  makeTeachingCopy: { schema: "teachingCopyInput", texts: {} },
};

/** Route handlers that read a body: what text they store, and where it is guarded. */
const ROUTES: Record<string, string> = {
  "app/api/cases/import/route.ts": "a case file or archive: importCaseFile and importCaseArchive guard every text (caseFields, imageTexts)",
  "app/api/deidentify/route.ts": "stores nothing: it is the guard's as-you-type check",
  "app/api/studies/[studyId]/uploads/route.ts": "file sizes only; file names are never kept",
  "app/api/uploads/[uploadId]/route.ts": "image bytes, de-identified by the image pipeline; no text",
};

interface FoundAction { name: string; area: string; file: string; schema: string; body: string }

function serverActions(): FoundAction[] {
  const found: FoundAction[] = [];
  for (const area of readdirSync(path.join(root, "lib"), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const file of readdirSync(path.join(root, "lib", area.name)).filter((name) => /^[\w-]*actions\.ts$/.test(name))) {
      const source = readFileSync(path.join(root, "lib", area.name, file), "utf8");
      if (!source.trimStart().startsWith('"use server"')) continue;
      const starts = [...source.matchAll(/export const (\w+) = (?:action|publicAction)\(\s*"\w+",\s*/g)];
      starts.forEach((match, index) => {
        const rest = source.slice(match.index + match[0].length);
        // The schema argument: up to the first comma outside brackets.
        let depth = 0;
        let end = 0;
        for (; end < rest.length; end++) {
          const char = rest[end]!;
          if ("([{".includes(char)) depth++;
          else if (")]}".includes(char)) depth--;
          else if (char === "," && depth === 0) break;
        }
        const body = source.slice(match.index, starts[index + 1]?.index ?? source.length);
        found.push({ name: match[1]!, area: area.name, file: `lib/${area.name}/${file}`, schema: rest.slice(0, end).trim(), body });
      });
    }
  }
  return found;
}

const actions = serverActions();

describe("every stored text passes the de-identification guard", () => {
  it("finds the server actions", () => {
    expect(actions.length).toBeGreaterThan(50);
  });

  it("lists every server action in the table, with the schema it parses", () => {
    const unlisted = actions.filter((found) => !ACTIONS[found.name]).map((found) => `${found.file}: ${found.name}`);
    expect(unlisted, "add these actions to ACTIONS with each text field guarded or exempted").toEqual([]);
    const stale = Object.keys(ACTIONS).filter((name) => !actions.some((found) => found.name === name));
    expect(stale, "actions in the table that no longer exist").toEqual([]);
    for (const found of actions) expect(found.schema, found.name).toBe(ACTIONS[found.name]!.schema);
  });

  it("classifies every free-text field of every action's input", async () => {
    const problems: string[] = [];
    for (const found of actions) {
      const entry = ACTIONS[found.name];
      if (!entry) continue; // reported by the test above
      if (!/^\w+$/.test(entry.schema)) {
        expect(entry.texts, `${found.name}: an inline schema must hold no text`).toEqual({});
        continue;
      }
      const schemas = (await import(path.join(root, "lib", found.area, "schema.ts"))) as Record<string, unknown>;
      const schema = schemas[entry.schema];
      if (!schema) {
        problems.push(`${found.name}: ${entry.schema} is not exported by lib/${found.area}/schema.ts`);
        continue;
      }
      const paths = textPaths(schema).sort();
      const listed = Object.keys(entry.texts).sort();
      for (const field of paths.filter((p) => !listed.includes(p))) problems.push(`${found.name}: text field "${field}" is neither guarded nor exempted`);
      for (const field of listed.filter((p) => !paths.includes(p))) problems.push(`${found.name}: "${field}" is listed but is not a text field of ${entry.schema}`);
    }
    expect(problems).toEqual([]);
  });

  it("runs the one gate (guardFields) in every action with a guarded field, and records overrides", () => {
    // (An action may guard text it does not take as input, e.g. a copy of stored text: that is allowed.)
    for (const found of actions) {
      if (!Object.values(ACTIONS[found.name]?.texts ?? {}).includes(G)) continue;
      expect(found.body, `${found.name} stores guarded text without guardFields`).toMatch(/\bguardFields\(/);
      expect(found.body, `${found.name} records an override in the trail`).toMatch(/auditOverride\(|identifiersOverride|override|[{ ,]guard[,} ]/);
    }
  });

  it("never scans text outside the gate: scanFields and findIdentifiers only in lib/deidentify and the as-you-type route", () => {
    const offenders = actions.filter((found) => /\bscanFields\(|\bfindIdentifiers\(|scanCaseForIdentifiers\(/.test(found.body)).map((found) => found.name);
    expect(offenders).toEqual([]);
  });

  it("lists every route handler that reads a request body", () => {
    const routes: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const relative = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(relative);
        else if (entry.name === "route.ts" && /export (?:async )?function (?:POST|PUT|PATCH)\b/.test(readFileSync(path.join(root, relative), "utf8"))) routes.push(relative);
      }
    };
    walk("app");
    expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  });
});
