// Secrecy in search (issue 27 item 3): the demo unknown case is never found, ranked or counted by
// its hidden words (title, tags, diagnosis and its synonyms, explanation, teaching points) for
// someone who may not see its answer; team cases are invisible to non-members in results and
// counts. The comparison is with a copy of the case without those words, by another author.
import { beforeAll, describe, expect, it } from "vitest";
import { answerVisibleSql, canSeeAnswer, canSeeCaseLabels, labelsVisibleSql } from "@/lib/cases/policy";
import { db, sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { DEMO_CASES } from "@/lib/demo/content";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CaseStatus, Visibility } from "@/lib/generated/prisma/enums";
import { forgetSearchCatalogue } from "@/lib/search/catalogue";
import { normaliseText } from "@/lib/search/distance";
import { searchCases, type SearchFacets } from "@/lib/search/queries";
import type { SearchParams } from "@/lib/search/schema";
import { makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

const demo = DEMO_CASES.find((entry) => entry.id === "demo-talus-unknown")!.input;
const SYNONYMS = ["Transient osteoporosis", "Transient osteoporosis of the hip", "Regional migratory osteoporosis", "TBMES", "Bone marrow oedema syndrome"];

let author: Viewer;
let copyAuthor: Viewer;
let outsider: Viewer;
let admin: Viewer;
let unknownId: string;
let copyId: string;

beforeAll(async () => {
  [author, copyAuthor, outsider, admin] = await Promise.all([makeUser("resident"), makeUser("resident"), makeUser("clinician"), makeUser("admin")]);
  const existing = await db.diagnosis.findFirst({ where: { name: demo.resolution.diagnosis } });
  if (existing) await db.diagnosis.update({ where: { id: existing.id }, data: { synonyms: [...new Set([...existing.synonyms, ...SYNONYMS])] } });
  // Under the catalogue's own slug, so that loading the catalogue later (the seed test) updates this
  // row instead of adding a second entry of the same name that the demo case could resolve to.
  else await db.diagnosis.create({ data: { slug: "transient-bone-marrow-oedema", name: demo.resolution.diagnosis, synonyms: SYNONYMS, category: "test" } });
  forgetSearchCatalogue();
  unknownId = await makeCase(author, demo);
  // Timeline entries hidden as part of the answer (issue 26): a late biopsy and a PET-CT.
  await db.clinicalEvent.create({ data: { caseId: unknownId, position: 98, dayOffset: 400, kind: "outcome", description: "Biopsy zqhiddenbiopsy report.", partOfAnswer: true } });
  await db.study.create({ data: { caseId: unknownId, position: 99, dayOffset: 400, modality: "PET-CT", region: "Ankle", findings: "Zqhiddenstudy uptake.", partOfAnswer: true } });
  // The same case without its hidden words: a neutral title, no tags and no answer text.
  copyId = await makeCase(copyAuthor, {
    ...demo, title: "Case", tags: [],
    resolution: { diagnosis: "Xq", certainty: null, basis: null, explanation: "", teachingPoints: "" },
  });
});

/** Every word of the hidden text, with each synonym as a whole phrase too. */
function hiddenQueries(): string[] {
  const text = ["zqhiddenbiopsy zqhiddenstudy biopsy uptake", demo.title, demo.tags.join(" "), demo.resolution.diagnosis, ...SYNONYMS, demo.resolution.explanation, demo.resolution.teachingPoints].join(" ");
  const words = [...new Set(normaliseText(text).split(" ").filter((word) => word.length >= 2))];
  return [...words, demo.resolution.diagnosis, ...SYNONYMS, demo.title];
}

/** A search's outcome without the one thing that differs by construction (the author's name). */
function comparable(result: { total: number; facets: SearchFacets | null; items: Array<{ snippet: unknown; title: string }> }) {
  const { authors: _authors, ...facets } = result.facets!;
  return { total: result.total, facets, snippets: result.items.map((item) => [item.title, item.snippet]) };
}

async function both(viewer: Viewer, params: SearchParams) {
  const [original, copy] = await Promise.all([
    searchCases(viewer, { ...params, author: author.id }),
    searchCases(viewer, { ...params, author: copyAuthor.id }),
  ]);
  return { original: comparable(original), copy: comparable(copy) };
}

describe("the demo unknown case in search", () => {
  it("gives a non-author the same hits, snippets and facet counts for every hidden word as the copy without them", async () => {
    const queries = hiddenQueries();
    expect(queries.length).toBeGreaterThan(60);
    for (const q of queries) {
      const { original, copy } = await both(outsider, { q });
      expect(original, q).toEqual(copy);
    }
  });

  it("is found by none of its diagnosis's names or teaching-point words that appear nowhere visible", async () => {
    for (const q of ["zqhiddenbiopsy", "zqhiddenstudy", "transient osteoporosis", "tbmes", "migratory", "syndrome", "reflex sympathetic dystrophy", "classic site", "patience"]) {
      expect((await searchCases(outsider, { q, author: author.id })).total, q).toBe(0);
    }
  });

  it("counts and filters the same as the copy with no query, and by hidden tags, diagnosis and certainty", async () => {
    const dx = await db.diagnosis.findFirstOrThrow({ where: { name: demo.resolution.diagnosis }, select: { id: true } });
    for (const params of [{}, { tag: "hindfoot" }, { dx: dx.id }, { dx: "TBMES" }, { certainty: "almost_certain" as const }, { status: "unknown" as const }, { region: "Ankle" as const }, { modality: "PET-CT" as const }]) {
      const { original, copy } = await both(outsider, params);
      expect(original, JSON.stringify(params)).toEqual(copy);
    }
    expect((await searchCases(outsider, { dx: dx.id, author: author.id })).total).toBe(0);
  });

  it("is found by its hidden words by its author and an admin, and by everyone once resolved", async () => {
    expect((await searchCases(author, { q: "transient osteoporosis" })).items.map((item) => item.id)).toContain(unknownId);
    expect((await searchCases(admin, { q: "tbmes", author: author.id })).items.map((item) => item.id)).toEqual([unknownId]);
    const resolvedAuthor = await makeUser();
    const resolved = await makeCase(resolvedAuthor, { ...demo, status: "resolved" });
    const hit = await searchCases(outsider, { q: "regional migratory osteoporosis", author: resolvedAuthor.id });
    expect(hit.items.map((item) => item.id)).toEqual([resolved]);
    expect(copyId).toBeTruthy();
  });

  it("keeps the SQL forms of the labels and answer rules in step with the policy functions", async () => {
    const viewers = [author, outsider, admin];
    const statuses = ["open", "unknown", "resolved", "draft"] as const;
    const cases = await Promise.all(statuses.map((status) => makeCase(author, { ...demo, status })));
    for (const viewer of viewers) {
      const rows = await sql<Array<{ id: string; status: CaseStatus; visibility: Visibility; authorId: string; teamId: string | null; lv: boolean; av: boolean }>>(Prisma.sql`
        select c.id, c.status, c.visibility, c."authorId", c."teamId", ${labelsVisibleSql(viewer, "c")} as lv, ${answerVisibleSql(viewer, "c")} as av
        from "Case" c where c.id = any(${cases}::text[])`);
      for (const row of rows) {
        if (row.status === "draft" && viewer.id !== author.id) continue; // not visible at all: never reaches the tier rules
        expect(row.lv, `${viewer.role} ${row.status}`).toBe(canSeeCaseLabels(viewer, row));
        expect(row.av, `${viewer.role} ${row.status}`).toBe(canSeeAnswer(viewer, row));
      }
    }
  });
});

describe("team cases in search", () => {
  it("never appear, are never counted and never change a snippet for a non-member", async () => {
    const member = await makeUser();
    const teamId = await makeTeam([[member, "member"]]);
    const memberViewer = await withTeamRoles(member);
    const word = "zqteamonlyword";
    const teamCase = await makeCase(member, { visibility: "team", teamId, title: `Team ${word}`, presentation: `Seen in clinic with ${word} and hindfoot pain.` });
    await makeCase(member, { visibility: "institution", presentation: "Hindfoot pain after a fall." });

    expect((await searchCases(memberViewer, { q: word })).items.map((item) => item.id)).toEqual([teamCase]);
    const outside = await searchCases(outsider, { q: word });
    expect(outside.total).toBe(0);
    expect(outside.didYouMean).toBeNull();

    const mine = await searchCases(memberViewer, { author: member.id, q: "hindfoot" });
    const theirs = await searchCases(outsider, { author: member.id, q: "hindfoot" });
    expect(mine.total).toBe(2);
    expect(theirs.total).toBe(1);
    expect(theirs.facets?.teams).toEqual([]);
    expect(theirs.facets?.regions.reduce((sum, value) => sum + value.count, 0)).toBe(1);
    expect(JSON.stringify(theirs)).not.toContain(word);
    expect((await searchCases(outsider, { team: teamId })).total).toBe(0);
    expect((await searchCases(memberViewer, { team: teamId })).items.map((item) => item.id)).toEqual([teamCase]);
  });
});

describe("typos of hidden words (the library's word list holds every case's words)", () => {
  // A pair of its own: the cases above gave `author` open and resolved copies of the demo case.
  let typoAuthor: Viewer;
  let typoCopyAuthor: Viewer;
  let typoUnknownId: string;
  beforeAll(async () => {
    [typoAuthor, typoCopyAuthor] = await Promise.all([makeUser("resident"), makeUser("resident")]);
    typoUnknownId = await makeCase(typoAuthor, demo);
    await db.clinicalEvent.create({ data: { caseId: typoUnknownId, position: 98, dayOffset: 400, kind: "outcome", description: "Biopsy zqhiddenbiopsy report.", partOfAnswer: true } });
    await db.study.create({ data: { caseId: typoUnknownId, position: 99, dayOffset: 400, modality: "PET-CT", region: "Ankle", findings: "Zqhiddenstudy uptake.", partOfAnswer: true } });
    await makeCase(typoCopyAuthor, { ...demo, title: "Case", tags: [], resolution: { diagnosis: "Xq", certainty: null, basis: null, explanation: "", teachingPoints: "" } });
  });

  /** Each hidden word of the demo case with one letter dropped: near it, and a word of no case. */
  function hiddenTypos(): string[] {
    const words = hiddenQueries().filter((query) => !query.includes(" ") && query.length >= 6);
    return [...new Set(words.map((word) => word.slice(0, 3) + word.slice(4)))];
  }

  it("gives a non-author the same hits, snippets and facet counts for a typo of every hidden word as the copy without them", async () => {
    const typos = hiddenTypos();
    expect(typos.length).toBeGreaterThan(20);
    for (const q of typos) {
      const [original, copy] = await Promise.all([
        searchCases(outsider, { q, author: typoAuthor.id }),
        searchCases(outsider, { q, author: typoCopyAuthor.id }),
      ]);
      expect(comparable(original), q).toEqual(comparable(copy));
    }
  });

  it("finds the case by a typo of its hidden words for its author only, and never with filters it fails", async () => {
    for (const q of ["zqhiddenbiopy", "zqhidenstudy"]) {
      expect((await searchCases(typoAuthor, { q, author: typoAuthor.id })).items.map((item) => item.id), q).toEqual([typoUnknownId]);
      expect((await searchCases(outsider, { q, author: typoAuthor.id })).total, q).toBe(0);
      const filtered = await searchCases(typoAuthor, { q, author: typoAuthor.id, region: "Head", modality: "DXA" });
      expect(filtered.total, q).toBe(0);
      expect(filtered.facets?.regions, q).toEqual([]);
    }
  });
});
