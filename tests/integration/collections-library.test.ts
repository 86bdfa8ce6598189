// Adding cases to a collection from the library (issue 27 item 6): the card's "Add to collection"
// (the viewer's collections read when it is opened, then one add), the collection page's case
// picker (the library's own search, only cases the owner may see, never by what they may not
// search), adding twice or from two tabs at once leaving one entry, and the case counts' wording.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { casesLabel } from "@/lib/collections/schema";
import { actAs, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/lib/collections/actions");
const { getCollection } = await import("@/lib/collections/queries");

const as = actAs(session);

/** A word no other case holds (letters only: the search and the de-identification guard see a word). */
const token = () => `zq${[...randomBytes(6)].map((byte) => String.fromCharCode(97 + (byte % 26))).join("")}`;

async function create(owner: Viewer, data: Record<string, unknown> = {}) {
  const result = await as(owner, () => actions.createCollection({ title: "Library picks", ...data }));
  if (!result.ok) throw new Error(result.message);
  return result.data.collectionId;
}

const itemCount = (collectionId: string) => db.collectionItem.count({ where: { collectionId } });

let owner: Viewer;
let author: Viewer;
beforeAll(async () => {
  [owner, author] = await Promise.all([makeUser("educator"), makeUser("clinician")]);
});

describe("adding from a library card", () => {
  it("lists only the viewer's own collections, saying which hold the case, and refuses a case they may not see", async () => {
    const kase = await makeCase(author, { title: "Library card case" });
    const holding = await create(owner, { caseId: kase });
    const empty = await create(owner, { title: "Empty one" });
    const someoneElses = await create(author, { title: "Not the owner's", visibility: "public" });
    const listed = await as(owner, () => actions.myCollectionsForCase({ caseId: kase }));
    expect(listed.ok).toBe(true);
    const byId = new Map((listed.ok ? listed.data : []).map((entry) => [entry.id, entry.hasCase]));
    expect(byId.get(holding)).toBe(true);
    expect(byId.get(empty)).toBe(false);
    expect(byId.has(someoneElses)).toBe(false);

    const hidden = await makeCase(author, { visibility: "team", teamId: await makeTeam([[author, "owner"]]) });
    const refused = await as(owner, () => actions.myCollectionsForCase({ caseId: hidden }));
    expect(refused.ok ? null : refused.code).toBe("not_found");
    expect((await as(owner, () => actions.addToCollection({ collectionId: empty, caseId: hidden }))).ok).toBe(false);
    expect(await itemCount(empty)).toBe(0);
    // Nor into someone else's collection, whatever the client sends.
    expect((await as(owner, () => actions.addToCollection({ collectionId: someoneElses, caseId: kase }))).ok).toBe(false);
  });

  it("adds once however often it is clicked: twice in a row, or from two tabs at the same moment", async () => {
    const [first, second] = await Promise.all([makeCase(author, { title: "Clicked twice" }), makeCase(author, { title: "Second case" })]);
    const id = await create(owner);
    const both = await Promise.all([
      as(owner, () => actions.addToCollection({ collectionId: id, caseId: first })),
      as(owner, () => actions.addToCollection({ collectionId: id, caseId: first })),
    ]);
    expect(both.map((result) => result.ok)).toEqual([true, true]);
    expect((await as(owner, () => actions.addToCollection({ collectionId: id, caseId: first }))).ok).toBe(true);
    expect(await itemCount(id)).toBe(1);
    await as(owner, () => actions.addToCollection({ collectionId: id, caseId: second }));
    expect((await getCollection(owner, id))?.items.map((item) => item.caseId)).toEqual([first, second]);

    // "Create and add" sent twice with the same submission key: one collection holding the case once.
    const clientKey = crypto.randomUUID();
    const made = await Promise.all([0, 1].map(() => as(owner, () => actions.createCollection({ title: "Made from a card", caseId: first, clientKey }))));
    const ids = new Set(made.map((result) => (result.ok ? result.data.collectionId : null)));
    expect(ids.size).toBe(1);
    const [made1] = [...ids];
    expect(await itemCount(made1!)).toBe(1);
  });
});

describe("the collection page's case picker", () => {
  it("finds cases through the library search, only those the owner may see, and marks those already in", async () => {
    const word = token();
    const secret = token();
    const otherTeam = await makeTeam([[author, "owner"]]);
    const open = await makeCase(author, { title: `Open ${word} case`, presentation: `Ankle pain, ${word} on the radiograph.` });
    const teamOnly = await makeCase(author, { title: `Team ${word} case`, presentation: `Team case ${word}.`, visibility: "team", teamId: otherTeam });
    const unknown = await makeCase(author, {
      title: `Unknown titled ${word}`, status: "unknown", presentation: `Hindfoot pain ${word}.`,
      resolution: { diagnosis: "Metatarsal stress fracture", certainty: "certain", basis: null, explanation: "", teachingPoints: `Teaching ${secret}.` },
    });
    const draft = await makeCase(owner, { title: `Draft ${word}`, status: "draft", presentation: `Draft ${word}.` });
    const id = await create(owner);

    const found = await as(owner, () => actions.findCasesToAdd({ collectionId: id, q: word }));
    expect(found.ok).toBe(true);
    const items = found.ok ? found.data : [];
    expect(new Set(items.map((item) => item.caseId))).toEqual(new Set([open, unknown]));
    expect(items.map((item) => item.caseId)).not.toContain(teamOnly);
    expect(items.map((item) => item.caseId)).not.toContain(draft);
    // An unknown case keeps its title to itself, as in the library.
    expect(items.find((item) => item.caseId === unknown)?.title).toBe("Unknown case");
    expect(JSON.stringify(items)).not.toContain(`Unknown titled ${word}`);
    expect(items.every((item) => !item.inCollection)).toBe(true);

    // Never by what the owner may not search: the unknown case's teaching points.
    const bySecret = await as(owner, () => actions.findCasesToAdd({ collectionId: id, q: secret }));
    expect(bySecret.ok ? bySecret.data : null).toEqual([]);

    expect((await as(owner, () => actions.addToCollection({ collectionId: id, caseId: open }))).ok).toBe(true);
    const again = await as(owner, () => actions.findCasesToAdd({ collectionId: id, q: word }));
    expect((again.ok ? again.data : []).find((item) => item.caseId === open)?.inCollection).toBe(true);

    // With no words: the newest cases the owner may see, at most a page of the picker.
    const newest = await as(owner, () => actions.findCasesToAdd({ collectionId: id, q: "" }));
    expect(newest.ok).toBe(true);
    const newestIds = newest.ok ? newest.data.map((item) => item.caseId) : [];
    expect(newestIds.length).toBeLessThanOrEqual(10);
    expect(newestIds).not.toContain(teamOnly);
    expect(newestIds).not.toContain(draft);
  });

  it("is the owner's alone: anyone else (a team member of a team collection too) gets not found", async () => {
    const member = await makeUser();
    const teamId = await makeTeam([[owner, "educator"], [member, "member"]]);
    const [ownerT, memberT] = await Promise.all([withTeamRoles(owner), withTeamRoles(member)]);
    const id = await create(ownerT, { visibility: "team", teamId });
    expect(await getCollection(memberT, id)).not.toBeNull();
    const refused = await as(memberT, () => actions.findCasesToAdd({ collectionId: id, q: "fracture" }));
    expect(refused.ok ? null : refused.code).toBe("not_found");
  });
});

describe("case counts", () => {
  it("say 1 case, 2 cases, 0 cases", () => {
    expect([0, 1, 2, 1200].map(casesLabel)).toEqual(["0 cases", "1 case", "2 cases", "1,200 cases"]);
  });
});
