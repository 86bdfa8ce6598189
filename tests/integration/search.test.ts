// Library search on a real PostgreSQL: full text, spelling, plurals, typos, catalogue synonyms,
// ranking, filters, facet counts and the statement count. Each test scopes its searches to the
// cases of a fresh author (the `author` filter), so other files' cases never change the counts.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { caseConferencesJson, type CaseConference } from "@/lib/conferences/sql";
import { db, onQuery, sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { forgetSearchCatalogue } from "@/lib/search/catalogue";
import { searchCases } from "@/lib/search/queries";
import { parseSearchParams, type SearchParams } from "@/lib/search/schema";
import { snippetHits } from "@/lib/search/snippet";
import { caseDraft, makeCase, makeTeam, makeUser, withTeams } from "../support/factories";

let reader: Viewer;
beforeAll(async () => {
  reader = await makeUser("clinician");
});

const token = () => `zq${randomBytes(3).toString("hex").replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;
const study = (findings: string, modality: "MRI" | "CT" | "XR" = "MRI") => ({
  type: "study" as const, dayOffset: 0, label: null, modality, region: "Foot", technique: "", contrast: false, findings, impression: "", change: null,
});

async function ids(viewer: Viewer, params: SearchParams): Promise<string[]> {
  return (await searchCases(viewer, params)).items.map((item) => item.id);
}

describe("matching", () => {
  it("finds British spellings by American ones and back, and plurals by singulars", async () => {
    const author = await makeUser();
    const british = await makeCase(author, { timeline: [study("Subacute haemorrhage with surrounding oedema and metastases.")] });
    const american = await makeCase(author, { timeline: [study("Acute hemorrhage and marrow edema; a single metastasis.")] });
    const scope = { author: author.id };
    expect(new Set(await ids(reader, { ...scope, q: "hemorrhage" }))).toEqual(new Set([british, american]));
    expect(new Set(await ids(reader, { ...scope, q: "oedema" }))).toEqual(new Set([british, american]));
    expect(new Set(await ids(reader, { ...scope, q: "metastasis" }))).toEqual(new Set([british, american]));
    expect(new Set(await ids(reader, { ...scope, q: "haemorrhages" }))).toEqual(new Set([british, american]));
  });

  it("tolerates typos through trigram similarity, and marks the intended word in the snippet", async () => {
    const author = await makeUser();
    const id = await makeCase(author, { presentation: "Insidious hindfoot pain in a ballet dancer.", timeline: [study("Os trigonum with surrounding marrow signal.")] });
    const result = await searchCases(reader, { author: author.id, q: "hindfot dancr" });
    expect(result.items.map((item) => item.id)).toEqual([id]);
    expect(snippetHits(result.items[0]?.snippet ?? [])).toEqual(["hindfoot", "dancer"]);
    expect((await searchCases(reader, { author: author.id, q: "trigonnum" })).total).toBe(1);
  });

  it("expands a catalogue name to its synonyms", async () => {
    const word = token();
    await db.diagnosis.create({ data: { slug: `test-${word}`, name: `${word} osteopathy`, synonyms: [`${word}x disease`, `${word.toUpperCase()}D`], category: "test" } });
    forgetSearchCatalogue();
    const author = await makeUser();
    const id = await makeCase(author, { presentation: `Known ${word}x disease, now with new pain.` });
    expect(await ids(reader, { author: author.id, q: `${word} osteopathy` })).toEqual([id]);
    expect(await ids(reader, { author: author.id, q: `${word}d` })).toEqual([id]);
  });

  it("ranks a title match above a mention in the findings, and needs every word", async () => {
    const author = await makeUser();
    const word = token();
    const inFindings = await makeCase(author, { title: "Foot pain", timeline: [study(`Incidental ${word} in the forefoot.`)] });
    const inTitle = await makeCase(author, { title: `Painful ${word} of the calcaneus` });
    expect(await ids(reader, { author: author.id, q: word })).toEqual([inTitle, inFindings]);
    expect(await ids(reader, { author: author.id, q: `${word} calcaneus` })).toEqual([inTitle]);
    expect((await searchCases(reader, { author: author.id, q: `${word} nowhereword` })).total).toBe(0);
  });

  it("keeps the index in step with edits, deletions and catalogue changes", async () => {
    const author = await makeUser();
    const word = token();
    const id = await makeCase(author, { timeline: [study("Normal study.")] });
    expect((await searchCases(reader, { author: author.id, q: word })).total).toBe(0);
    await db.study.updateMany({ where: { caseId: id }, data: { findings: `Now with ${word}.` } });
    expect(await ids(reader, { author: author.id, q: word })).toEqual([id]);
    await db.study.deleteMany({ where: { caseId: id } });
    expect((await searchCases(reader, { author: author.id, q: word })).total).toBe(0);
    await db.case.update({ where: { id }, data: { title: `Retitled ${word}` } });
    expect(await ids(reader, { author: author.id, q: word })).toEqual([id]);
  });
});

describe("filters, facets and sorting", () => {
  it("filters by region, modality, status, tag, certainty, diagnosis and activity dates, with facet counts", async () => {
    const author = await makeUser();
    const dxName = `${token()} fracture`;
    const dx = await db.diagnosis.create({ data: { slug: `test-${dxName.replace(" ", "-")}`, name: dxName, synonyms: ["Alias " + dxName], category: "test" } });
    forgetSearchCatalogue();
    const foot = await makeCase(author, { region: "Foot", tags: ["runner"], status: "resolved", timeline: [study("Fracture.", "MRI")], resolution: { diagnosis: dxName, certainty: "certain", basis: null, explanation: "", teachingPoints: "" } });
    const knee = await makeCase(author, { region: "Knee", tags: ["runner", "acl"], status: "open", timeline: [study("Tear.", "XR")] });
    await makeCase(author, { region: "Knee", tags: ["acl"], status: "open", timeline: [study("Tear.", "MRI"), study("Tear.", "CT")] });
    const scope = { author: author.id };

    expect(await ids(reader, { ...scope, region: "Foot" })).toEqual([foot]);
    expect(await ids(reader, { ...scope, modality: "XR" })).toEqual([knee]);
    expect((await ids(reader, { ...scope, status: "open" })).length).toBe(2);
    expect(new Set(await ids(reader, { ...scope, tag: "runner" }))).toEqual(new Set([foot, knee]));
    expect(await ids(reader, { ...scope, certainty: "certain" })).toEqual([foot]);
    expect(await ids(reader, { ...scope, dx: dx.id })).toEqual([foot]);
    expect(await ids(reader, parseSearchParams({ ...scope, dx: `alias ${dxName.toUpperCase()}` }))).toEqual([foot]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await ids(reader, { ...scope, from: today, to: today })).length).toBe(3);
    expect((await ids(reader, { ...scope, to: "2020-01-01" })).length).toBe(0);

    const { facets, total } = await searchCases(reader, scope);
    expect(total).toBe(3);
    expect(facets?.regions).toEqual([{ value: "Knee", label: "Knee", count: 2 }, { value: "Foot", label: "Foot", count: 1 }]);
    expect(facets?.modalities).toEqual([
      { value: "MRI", label: "MRI", count: 2 }, { value: "CT", label: "CT", count: 1 }, { value: "XR", label: "XR", count: 1 },
    ]);
    expect(facets?.tags).toEqual([{ value: "acl", label: "acl", count: 2 }, { value: "runner", label: "runner", count: 2 }]);
    expect(facets?.diagnoses).toEqual([{ value: dx.id, label: dxName, count: 1 }]);
    expect(facets?.statuses.map((value) => [value.value, value.count])).toEqual([["open", 2], ["resolved", 1]]);
    // Facets follow the other filters.
    expect((await searchCases(reader, { ...scope, region: "Knee" })).facets?.tags).toEqual([
      { value: "acl", label: "acl", count: 2 }, { value: "runner", label: "runner", count: 1 },
    ]);
  });

  it("sorts by most discussed and by newest activity", async () => {
    const author = await makeUser();
    const quiet = await makeCase(author);
    const busy = await makeCase(author);
    await db.comment.createMany({
      data: [1, 2].map((n) => ({ caseId: busy, authorId: author.id, depth: 0, path: `t${n}`, body: "x", bodyHtml: "x" })),
    });
    expect(await ids(reader, { author: author.id, sort: "discussed" })).toEqual([busy, quiet]);
    // Newest activity first: the case made last leads, whatever its discussion.
    expect(await ids(reader, { author: author.id, sort: "activity" })).toEqual([busy, quiet]);
    await db.case.update({ where: { id: quiet }, data: { lastActivityAt: new Date(Date.now() + 60_000) } });
    expect(await ids(reader, { author: author.id, sort: "activity" })).toEqual([quiet, busy]);
    expect(await ids(reader, { author: author.id, sort: "discussed" })).toEqual([busy, quiet]);
  });

  it("answers in one statement, with or without a query and filters", async () => {
    const author = await makeUser();
    await makeCase(author);
    await searchCases(reader, { q: "warm" });
    for (const params of [{}, { q: "forefoot runner" }, { q: "oedema", region: "Foot" as const, modality: "MRI" as const, tag: "x", discussed: "1" as const, images: "1" as const }]) {
      let statements = 0;
      const stop = onQuery(() => statements++);
      await searchCases(reader, { author: author.id, ...params });
      stop();
      expect(statements).toBe(1);
    }
  });

  it("plans a search without sampling the case texts: ANALYZE keeps no statistics of them (decision 100)", async () => {
    // The trigram arms were estimated by running `%>` over sampled whole texts: 25 ms of planning per word.
    await db.$executeRawUnsafe(`analyze search.case_document`);
    const sampled = await db.$queryRawUnsafe<Array<{ attname: string }>>(
      `select attname::text as attname from pg_stats where schemaname = 'search' and tablename = 'case_document' order by attname`,
    );
    const columns = sampled.map((row) => row.attname);
    expect(columns).toContain("createdAt");
    expect(columns.filter((column) => column.endsWith("_text"))).toEqual([]);
  });

  it("suggests a catalogue spelling when nothing matches", async () => {
    const word = token();
    // A suggestion must find something (issue 27 fixes): the entry's synonym is in the reader's case.
    const synonym = token();
    await db.diagnosis.create({ data: { slug: `test-${word}-s`, name: `${word}abcd`, synonyms: [`${synonym} syndrome`], category: "test" } });
    forgetSearchCatalogue();
    await makeCase(reader, { presentation: `Known ${synonym} syndrome.` });
    const result = await searchCases(reader, { q: `${word}abdc`, author: reader.id });
    expect(result.total).toBe(0);
    expect(result.didYouMean).toBe(`${word}abcd`);
  });
});

describe("a plain library", () => {
  it("includes every visible case with caseDraft's defaults", async () => {
    const author = await makeUser();
    const id = await makeCase(author, caseDraft());
    expect(await ids(reader, { author: author.id })).toEqual([id]);
  });
});

describe("at scale (decision 083)", () => {
  it("ranks and counts the newest 500 matches, says there are more, and walks past them in activity order", async () => {
    const author = await makeUser();
    const word = token();
    await db.$executeRaw`insert into "Case" (id, title, presentation, "ageBand", sex, region, tags, status, visibility, "authorId", "createdAt", "updatedAt", "lastActivityAt")
      select ${word} || g, 'Case ' || g, 'Pain with ' || ${word} || '.', '40–44', 'female', 'Foot', '{}', 'open', 'institution', ${author.id},
        now() - make_interval(mins => g), now(), now() - make_interval(mins => g)
      from generate_series(1, 501) g`;
    const scope = { author: author.id, q: word };
    const result = await searchCases(reader, scope);
    expect(result.total).toBe(500);
    expect(result.totalCapped).toBe(true);
    expect(result.facets?.regions).toEqual([{ value: "Foot", label: "Foot", count: 500 }]);
    // The oldest case, beyond the newest 500, leads the newest-activity order once it has activity.
    await db.case.update({ where: { id: `${word}501` }, data: { lastActivityAt: new Date(Date.now() + 60_000) } });
    expect((await ids(reader, { ...scope, sort: "activity" }))[0]).toBe(`${word}501`);
    await db.case.delete({ where: { id: `${word}1` } });
    expect((await searchCases(reader, scope)).totalCapped).toBe(false);
  });

  it("keeps the document's facts in step with the case's status, visibility and team", async () => {
    const author = await makeUser();
    const word = token();
    const id = await makeCase(author, { presentation: `Pain with ${word}.` });
    expect(await ids(reader, { q: word })).toEqual([id]);
    await db.case.update({ where: { id }, data: { visibility: "team", teamId: null } });
    expect((await searchCases(reader, { q: word })).total).toBe(0);
    await db.case.update({ where: { id }, data: { visibility: "institution" } });
    expect(await ids(reader, { q: word })).toEqual([id]);
    expect(await ids(reader, { q: word, status: "open" })).toEqual([id]);
    await db.case.update({ where: { id }, data: { status: "draft" } });
    expect((await searchCases(reader, { q: word })).total).toBe(0);
  });
});

describe("discussed at a conference (held, not only on an agenda)", () => {
  async function meeting(teamId: string, presenterId: string, caseId: string, held: boolean): Promise<string> {
    const day = 86_400_000;
    const startsAt = new Date(Date.now() + (held ? -2 : 30) * day);
    const conference = await db.conference.create({
      data: {
        kind: "mdt", teamId, title: `Board ${token()}`, startsAt, durationMinutes: 60, joinCode: token().toUpperCase(), presenterId, createdById: presenterId,
        ...(held ? { startedAt: startsAt, endedAt: new Date(startsAt.getTime() + 3_600_000) } : {}),
        items: { create: { caseId, position: 1 } },
      },
      select: { id: true },
    });
    return conference.id;
  }
  const listed = async (viewer: Viewer, caseId: string) =>
    (await sql<Array<{ conferences: CaseConference[] }>>(Prisma.sql`select ${caseConferencesJson(viewer, Prisma.sql`${caseId}`)} as conferences`))[0]!.conferences;

  it("counts, filters and lists on the case page only meetings that have started; one still ahead is on the agenda", async () => {
    const author = await makeUser();
    const member = await makeUser();
    const teamId = await makeTeam([[member, "member"]]);
    const viewer = await withTeams(member);
    const discussed = await makeCase(author, { title: "Discussed last week" });
    const upcoming = await makeCase(author, { title: "On next month's agenda" });
    await makeCase(author, { title: "Never on an agenda" });
    await meeting(teamId, member.id, discussed, true);
    const ahead = await meeting(teamId, member.id, upcoming, false);
    const scope = { author: author.id };

    expect(await ids(viewer, { ...scope, discussed: "1" })).toEqual([discussed]);
    expect((await searchCases(viewer, scope)).facets?.discussedCount).toBe(1);
    expect((await listed(viewer, discussed)).map((conference) => conference.held)).toEqual([true]);
    expect(await listed(viewer, upcoming)).toEqual([expect.objectContaining({ id: ahead, held: false })]);

    // Once the chair starts that meeting, the case has been discussed there.
    await db.conference.update({ where: { id: ahead }, data: { startedAt: new Date() } });
    expect(new Set(await ids(viewer, { ...scope, discussed: "1" }))).toEqual(new Set([discussed, upcoming]));
    expect((await searchCases(viewer, scope)).facets?.discussedCount).toBe(2);
    expect((await listed(viewer, upcoming)).map((conference) => conference.held)).toEqual([true]);
  });
});

describe("suggestions when nothing matches", () => {
  async function entry(name: string, synonyms: string[] = []) {
    await db.diagnosis.create({ data: { slug: `test-${name.replace(/\W+/g, "-")}`, name, synonyms, category: "test" } });
    forgetSearchCatalogue();
  }

  it("does not respell a word of the viewer's library: when only the filters empty the result, it says so", async () => {
    const author = await makeUser();
    const word = token();
    await entry(`${word}cancer`);
    const id = await makeCase(author, { region: "Foot", presentation: `A ${word}dancer with forefoot pain.` });
    const scope = { author: author.id, q: `${word}dancer` };
    expect(await ids(reader, scope)).toEqual([id]);
    const filtered = await searchCases(reader, { ...scope, region: "Knee" });
    expect(filtered.total).toBe(0);
    expect(filtered.didYouMean).toBeNull();
  });

  it("offers a respelling only if it finds cases for this viewer with these filters", async () => {
    const author = await makeUser();
    const [word, other] = [token(), token()];
    // The respelling names a catalogue entry, so it also finds the entry's synonym: the typo did not.
    await entry(`${word}abcd`, [`${other} syndrome`]);
    const id = await makeCase(author, { region: "Foot", presentation: `Known ${other} syndrome, now with pain.` });
    const scope = { author: author.id };
    const found = await searchCases(reader, { ...scope, q: `${word}abdc` });
    expect(found.total).toBe(0);
    expect(found.didYouMean).toBe(`${word}abcd`);
    expect(await ids(reader, { ...scope, q: found.didYouMean! })).toEqual([id]);

    // Not with a filter that leaves the respelling nothing, nor with a word nothing has.
    for (const params of [{ ...scope, q: `${word}abdc`, region: "Knee" as const }, { ...scope, q: `${word}abdc ${token()}` }]) {
      const result = await searchCases(reader, params);
      expect(result.total, JSON.stringify(params)).toBe(0);
      expect(result.didYouMean, JSON.stringify(params)).toBeNull();
    }
  });

  it("respells the typos of a catalogue name into the name, found by its synonyms", async () => {
    const author = await makeUser();
    const [first, second, other] = [token(), token(), token()];
    await entry(`${first}abcd ${second}efgh`, [`${other}`]);
    const id = await makeCase(author, { presentation: `Follow-up of ${other}.` });
    const result = await searchCases(reader, { author: author.id, q: `${first}abdc ${second}efhg` });
    expect(result.total).toBe(0);
    expect(result.didYouMean).toBe(`${first}abcd ${second}efgh`);
    expect(await ids(reader, { author: author.id, q: result.didYouMean! })).toEqual([id]);
  });

  it("never points at a hidden word: an unknown case's answer or teaching points, or a team case, for those who may not see them", async () => {
    const author = await makeUser("resident");
    const outsider = await makeUser();
    const [word, hidden] = [token(), token()];
    await entry(`${word}osis`);
    const unknown = await makeCase(author, {
      status: "unknown", presentation: "Ankle pain for three months.",
      resolution: { diagnosis: `${word}osis`, certainty: "certain", basis: "histology", explanation: "", teachingPoints: `Remember ${hidden}mentum.` },
    });
    // The author sees the answer and finds the case by it; others get no suggestion pointing at it.
    expect(await ids(author, { author: author.id, q: `${word}osys` })).toEqual([unknown]);
    for (const q of [`${word}osys`, `${word}osis`, `${hidden}mentun`]) {
      const result = await searchCases(outsider, { q });
      expect(result.total, q).toBe(0);
      expect(result.didYouMean, q).toBeNull();
      expect(JSON.stringify(result), q).not.toContain(hidden);
    }

    // A team case: its member is offered the respelling that finds it, a non-member nothing.
    const member = await makeUser();
    const teamId = await makeTeam([[member, "member"]]);
    const [teamWord, teamOther] = [token(), token()];
    await entry(`${teamWord}abcd`, [`${teamOther} disease`]);
    await makeCase(member, { visibility: "team", teamId, presentation: `Known ${teamOther} disease.` });
    expect((await searchCases(await withTeams(member), { q: `${teamWord}abdc` })).didYouMean).toBe(`${teamWord}abcd`);
    const outside = await searchCases(outsider, { q: `${teamWord}abdc` });
    expect(outside.didYouMean).toBeNull();
  });

  it("costs one more statement at most, and only when nothing matched", async () => {
    const author = await makeUser();
    const [word, other] = [token(), token()];
    await entry(`${word}abcd`, [`${other} syndrome`]);
    await makeCase(author, { presentation: `Known ${other} syndrome.` });
    await searchCases(reader, { q: "warm" });
    const count = async (params: SearchParams) => {
      let statements = 0;
      const stop = onQuery(() => statements++);
      const result = await searchCases(reader, params);
      stop();
      return { statements, result };
    };
    expect((await count({ author: author.id, q: other })).statements).toBe(1);
    // Nothing to respell (no catalogue word near, or only catalogue words): nothing more to ask.
    expect((await count({ q: "zzqqxxkkvvww", region: "Knee" })).statements).toBe(1);
    expect((await count({ author: author.id, q: `${word}abcd` })).statements).toBe(1);
    for (const params of [{ q: `${word}abdc` }, { author: author.id, q: `${word}abdc ${token()} ${word}abdd`, region: "Knee" as const, discussed: "1" as const, images: "1" as const }]) {
      const { statements, result } = await count(params);
      expect(result.total).toBe(0);
      expect(statements, JSON.stringify(params)).toBe(2);
    }
  });
});

describe("a search that finds nothing (issue 27: an empty result as fast as a full one)", () => {
  const NO_FACETS = { regions: [], modalities: [], statuses: [], tags: [], authors: [], teams: [], diagnoses: [], certainties: [], withImages: 0, discussedCount: 0 };

  async function counted(params: SearchParams) {
    await searchCases(reader, { q: "warm" });
    let statements = 0;
    const stop = onQuery(() => statements++);
    const result = await searchCases(reader, params);
    stop();
    return { statements, result };
  }

  it("answers a typo with filters that match nothing in one statement, empty, with empty facets", async () => {
    const author = await makeUser();
    const [word, other] = [token(), token()];
    const id = await makeCase(author, { region: "Foot", presentation: `Pain over the ${word}abcd and ${other}efgh for a month.` });
    const typo = `${word}abd`; // a letter dropped: no case has it, so only the typo path finds the case
    // (Typos of no catalogue word: "did you mean" has nothing to respell, so it asks nothing more.)
    // The same typo without the filters, or with filters the case passes, finds it: the typo path ran.
    expect(await ids(reader, { author: author.id, q: typo })).toEqual([id]);
    expect(await ids(reader, { author: author.id, q: typo, region: "Foot", modality: "MRI" })).toEqual([id]);

    for (const params of [
      { author: author.id, q: typo, region: "Head" as const, modality: "DXA" as const },
      { author: author.id, q: `${typo} ${other}egh`, region: "Knee" as const },
      { author: author.id, q: `${word}abcd`, modality: "DXA" as const, status: "resolved" as const },
      { author: author.id, q: typo, tag: "no-such-tag", sort: "activity" as const },
    ]) {
      const { statements, result } = await counted(params);
      expect(result.items, JSON.stringify(params)).toEqual([]);
      expect(result.total).toBe(0);
      expect(result.totalCapped).toBe(false);
      expect(result.facets).toEqual(NO_FACETS);
      expect(result.didYouMean).toBeNull();
      expect(statements, JSON.stringify(params)).toBe(1);
    }
  });

  it("matches a typo by whole words of the library (search.word), kept as documents are written", async () => {
    const author = await makeUser();
    const word = token();
    const id = await makeCase(author, { presentation: "Normal study." });
    expect((await searchCases(reader, { author: author.id, q: `${word}abd` })).total).toBe(0);
    await db.case.update({ where: { id }, data: { presentation: `Now a ${word}abcd.` } });
    expect(await sql<Array<{ word: string }>>(Prisma.sql`select word from search.word where word = ${`${word}abcd`}`)).toEqual([{ word: `${word}abcd` }]);
    expect(await ids(reader, { author: author.id, q: `${word}abd` })).toEqual([id]);
  });

  it("gives a typo near a word of thousands of cases the newest 500 and says there are more, in every order", async () => {
    const author = await makeUser();
    const word = token();
    // More matches than the typo branch takes through the word indexes in one go (TYPO_SOME).
    await db.$executeRaw`insert into "Case" (id, title, presentation, "ageBand", sex, region, tags, status, visibility, "authorId", "createdAt", "updatedAt", "lastActivityAt")
      select ${word} || g, 'Case ' || g, 'Pain with ' || ${word} || 'abcd.', '40–44', 'female', 'Foot', '{}', 'open', 'institution', ${author.id},
        now() - make_interval(mins => g), now(), now() - make_interval(mins => g)
      from generate_series(1, 2100) g`;
    const exact = await searchCases(reader, { author: author.id, q: `${word}abcd` });
    const typo = await searchCases(reader, { author: author.id, q: `${word}abd` });
    expect(exact.total).toBe(500);
    expect(typo.total).toBe(500);
    expect(typo.totalCapped).toBe(true);
    expect(typo.facets?.regions).toEqual([{ value: "Foot", label: "Foot", count: 500 }]);
    expect(typo.items.map((item) => item.id)).toEqual(exact.items.map((item) => item.id));
    expect(typo.items.map((item) => item.id).slice(0, 3)).toEqual([`${word}1`, `${word}2`, `${word}3`]);
    // Newest activity first, past the newest 500: the oldest case leads once it has activity.
    await db.case.update({ where: { id: `${word}2100` }, data: { lastActivityAt: new Date(Date.now() + 60_000) } });
    expect((await ids(reader, { author: author.id, q: `${word}abd`, sort: "activity" }))[0]).toBe(`${word}2100`);
    const second = await searchCases(reader, { author: author.id, q: `${word}abd`, sort: "activity" });
    expect(second.nextCursor).not.toBeNull();
    const next = await ids(reader, { author: author.id, q: `${word}abd`, sort: "activity", cursor: second.nextCursor! });
    expect(next[0]).toBe(`${word}20`);
  });
});
