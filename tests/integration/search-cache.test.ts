// The search results an instance keeps (decision 116): kept per viewer, dropped at the commit of
// any write to a table the search reads, never served while the instance cannot hear changes.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db, sql } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveHub } from "@/lib/live/hub";
import { cachedSearchCases, searchCache } from "@/lib/search/cache";
import { searchCatalogue } from "@/lib/search/catalogue";
import type { SearchParams } from "@/lib/search/schema";
import { searchSql, suggestionSql } from "@/lib/search/sql";
import { parseQuery } from "@/lib/search/terms";
import { makeCase, makeTeam, makeUser, withTeams } from "../support/factories";

const word = () => `zc${randomBytes(3).toString("hex").replace(/[0-9]/g, (d) => "abcdefghij"[Number(d)]!)}`;

async function until<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - started > 10_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The library's version once the instance listens (the first search starts the listener). */
async function listening(): Promise<number> {
  liveHub.watchLibrary(() => undefined);
  return (await until(() => liveHub.libraryVersion(), (version) => version !== null, "the library listener"))!;
}

/** Searches until the library is listened to and unchanged across two reads: the second is then a kept result. */
async function searchTwice(viewer: Viewer, params: SearchParams) {
  for (let attempt = 0; ; attempt++) {
    await listening();
    const first = await cachedSearchCases(viewer, params);
    const second = await cachedSearchCases(viewer, params);
    if (first === second || attempt === 20) return { first, second };
  }
}

async function afterNextChange(write: () => Promise<unknown>) {
  const before = await listening();
  await write();
  await until(() => liveHub.libraryVersion(), (version) => version !== null && version !== before, "the change's notification");
}

describe("the instance's kept search results", () => {
  it("serves a repeated search without a statement, and a new matching case as soon as it is committed", async () => {
    const author = await makeUser();
    const reader = await makeUser();
    const term = word();
    const firstCase = await makeCase(author, { presentation: `Pain after a ${term} injury.` });
    const params = { q: term, author: author.id };
    const { first, second } = await searchTwice(reader, params);
    expect(second).toBe(first);
    expect(first.items.map((item) => item.id)).toEqual([firstCase]);

    let secondCase = "";
    await afterNextChange(async () => (secondCase = await makeCase(author, { presentation: `A second ${term} injury.` })));
    const after = await cachedSearchCases(reader, params);
    expect(new Set(after.items.map((item) => item.id))).toEqual(new Set([firstCase, secondCase]));
    expect(after.total).toBe(2);
  });

  it("drops a kept result when its case becomes private to a team, and never gives one viewer's result to another", async () => {
    const author = await makeUser();
    const member = await makeUser();
    const outsider = await makeUser();
    const team = await makeTeam([[author, "member"], [member, "member"]]);
    const term = word();
    const id = await makeCase(author, { presentation: `Painless ${term} swelling.` });
    const params = { q: term };
    expect((await searchTwice(outsider, params)).second.items.map((item) => item.id)).toEqual([id]);

    await afterNextChange(() => db.case.update({ where: { id }, data: { visibility: "team", teamId: team } }));
    const hidden = await cachedSearchCases(outsider, params);
    expect(hidden.items).toEqual([]);
    expect(hidden.total).toBe(0);
    expect(hidden.facets?.teams).toEqual([]);
    // The member's search, kept, is not the outsider's: both are asked the same words.
    const memberView = await withTeams(member);
    expect((await searchTwice(memberView, params)).second.items.map((item) => item.id)).toEqual([id]);
    expect((await cachedSearchCases(outsider, params)).items).toEqual([]);
  });

  it("hears a comment (the discussed order and the activity change) and a new vote", async () => {
    const author = await makeUser();
    const reader = await makeUser();
    const term = word();
    const quiet = await makeCase(author, { presentation: `First ${term} case.` });
    const talked = await makeCase(author, { presentation: `Second ${term} case.` });
    const params = { q: term, author: author.id, sort: "discussed" as const };
    const before = (await searchTwice(reader, params)).second.items.map((item) => item.id);
    expect(before).toEqual([talked, quiet]); // equal counts: newest first
    await afterNextChange(() => db.comment.create({ data: { caseId: quiet, authorId: reader.id, body: "Which sequence shows it best?", path: "0001", depth: 0 } }));
    expect((await cachedSearchCases(reader, params)).items.map((item) => item.id)).toEqual([quiet, talked]);
  });

  it("serves nothing kept while the instance cannot hear changes, and keeps results again once it listens", async () => {
    const author = await makeUser();
    const reader = await makeUser();
    const term = word();
    await makeCase(author, { presentation: `A ${term} lesion.` });
    const params = { q: term, author: author.id };
    await searchTwice(reader, params);
    await db.$queryRaw`select pg_terminate_backend(pid) from pg_stat_activity
      where query ilike 'LISTEN rounds_case_events%' and datname = current_database()`;
    await until(() => liveHub.libraryVersion(), (version) => version === null, "the listener to be lost");
    // Written while nobody listens: no notification will ever say so.
    const missed = await makeCase(author, { presentation: `Another ${term} lesion.` });
    const during = await cachedSearchCases(reader, params);
    expect(during.items.map((item) => item.id)).toContain(missed);
    expect(during.total).toBe(2);
    const { first, second } = await searchTwice(reader, params);
    expect(second).toBe(first);
    expect(first.total).toBe(2);
  });

  it("stays within its bound", async () => {
    const reader = await makeUser();
    for (let index = 0; index < 230; index++) await cachedSearchCases(reader, { q: `${word()} ${index}`, author: reader.id });
    expect(searchCache.size).toBeLessThanOrEqual(200);
  });
});

describe("the library_changed triggers", () => {
  /** Every relation a plan reads, as schema.name. */
  function relations(plan: unknown, into = new Set<string>()): Set<string> {
    if (Array.isArray(plan)) for (const item of plan) relations(item, into);
    else if (plan && typeof plan === "object") {
      const node = plan as Record<string, unknown>;
      if (typeof node["Relation Name"] === "string") into.add(`${node.Schema as string}.${node["Relation Name"]}`);
      for (const value of Object.values(node)) relations(value, into);
    }
    return into;
  }

  it("are on every table any form of the search statement reads", async () => {
    const viewer = await withTeams(await makeUser());
    const catalogue = await searchCatalogue();
    const variants: SearchParams[] = [
      { q: "marrow oedema" },
      { q: "haemorrage talus", sort: "discussed" },
      { q: "fracture", sort: "votes", region: "Foot", modality: "MRI", status: "resolved", certainty: "probable", tag: "stress", author: viewer.id, team: "t", images: "1", discussed: "1", from: "2026-01-01", to: "2026-12-31", dx: "x" },
      { region: "Knee" },
      { images: "1", discussed: "1", sort: "activity", cursor: "x" },
    ];
    const read = new Set<string>();
    for (const params of variants) {
      const statement = searchSql(viewer, params, {
        parsed: parseQuery(params.q ?? "", catalogue), diagnosisId: params.dx ?? null, limit: 21, offset: 0,
        cursor: params.cursor ? { at: new Date(), id: "x" } : null, facets: true,
      });
      const [row] = await sql<Array<{ "QUERY PLAN": unknown }>>(Prisma.sql`explain (format json, verbose) ${statement}`, { prepare: false });
      relations(row!["QUERY PLAN"], read);
    }
    expect(read.size).toBeGreaterThan(8);
    const triggered = await sql<Array<{ name: string }>>(Prisma.sql`
      select n.nspname || '.' || c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace where t.tgname = 'library_changed'`);
    const covered = new Set(triggered.map((row) => row.name));
    expect([...read].filter((name) => !covered.has(name))).toEqual([]);
  });

  it("notify at commit, never for a rolled-back write", async () => {
    const author = await makeUser();
    const id = await makeCase(author);
    await listening();
    const heard: string[] = [];
    liveHub.watchLibrary((table) => heard.push(table));
    // Notifications arrive in commit order: once a marker is heard, every earlier commit's has been.
    const mark = async (name: string) => {
      await sql(Prisma.sql`select pg_notify('rounds_library_changed', ${name})`);
      await until(() => heard.includes(name), Boolean, `the marker ${name}`);
    };
    await mark("before");
    await db.$transaction(async (tx) => {
      await tx.case.update({ where: { id }, data: { title: "Renamed, then rolled back" } });
      throw new Error("roll back");
    }).catch(() => undefined);
    await db.case.update({ where: { id }, data: { title: "Renamed and committed" } });
    await mark("after");
    // The rolled-back update said nothing; the committed one said "Case" (and its search document).
    expect(heard.slice(heard.indexOf("before") + 1, heard.indexOf("after")).sort()).toEqual(["Case", "case_document"]);
  });
});

describe("the library_changed triggers and the empty search's suggestion", () => {
  function relationsOf(plan: unknown, into = new Set<string>()): Set<string> {
    if (Array.isArray(plan)) for (const item of plan) relationsOf(item, into);
    else if (plan && typeof plan === "object") {
      const node = plan as Record<string, unknown>;
      if (typeof node["Relation Name"] === "string") into.add(`${node.Schema as string}.${node["Relation Name"]}`);
      for (const value of Object.values(node)) relationsOf(value, into);
    }
    return into;
  }

  it("are on every table the suggestion statement reads (its result is kept with the search's)", async () => {
    const viewer = await withTeams(await makeUser());
    const catalogue = await searchCatalogue();
    const variants: SearchParams[] = [
      { q: "osteonecorsis talus" },
      { q: "haemorrage frcture", sort: "discussed", region: "Foot", modality: "MRI", status: "resolved", certainty: "probable", tag: "stress", author: viewer.id, team: "t", images: "1", discussed: "1", from: "2026-01-01", to: "2026-12-31", dx: "x" },
    ];
    const read = new Set<string>();
    for (const params of variants) {
      const query = parseQuery(params.q ?? "", catalogue);
      const typed = query.groups.map((group) => group.typed);
      const groups = query.groups.map((group, index) => ({ tsquery: query.tsqueries[index]!, fuzzy: group.fuzzy }));
      const statement = suggestionSql(viewer, params, {
        groups, filtered: Object.keys(params).length > 1, diagnosisId: params.dx ?? null, typed,
        options: [{ replaced: typed.map(() => true), groups }],
      });
      const [row] = await sql<Array<{ "QUERY PLAN": unknown }>>(Prisma.sql`explain (format json, verbose) ${statement}`, { prepare: false });
      relationsOf(row!["QUERY PLAN"], read);
    }
    expect(read).toContain("search.case_document");
    const triggered = await sql<Array<{ name: string }>>(Prisma.sql`
      select n.nspname || '.' || c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_namespace n on n.oid = c.relnamespace where t.tgname = 'library_changed'`);
    const covered = new Set(triggered.map((row) => row.name));
    expect([...read].filter((name) => !covered.has(name))).toEqual([]);
  });
});
