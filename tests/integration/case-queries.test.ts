import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { canViewCase, visibleCaseSql, visibleCaseWhere } from "@/lib/cases/policy";
import { getCaseFile } from "@/lib/cases/file";
import { getCasePage, getCaseTitle, listCases } from "@/lib/cases/queries";
import { loadCasePage } from "@/lib/pages/case-page";
import { caseFile } from "@/lib/cases/schema";
import { db, onQuery } from "@/lib/core/db";
import type { Viewer } from "@/lib/core/viewer";
import { caseDraft, makeCase, makeTeam, makeUser, withTeamRoles } from "../support/factories";

let author: Viewer;
let colleague: Viewer;
let admin: Viewer;

beforeAll(async () => {
  [author, colleague, admin] = await Promise.all([makeUser("resident"), makeUser("clinician"), makeUser("admin")]);
});

describe("case page view model", () => {
  it("orders the timeline by day, then by the author's order, with relative labels", async () => {
    const id = await makeCase(author, {
      timeline: caseDraft().timeline.concat([
        { type: "study", dayOffset: 122, label: null, modality: "MRI", region: "Ankle", technique: "", contrast: false, findings: "Tibial oedema.", impression: "", change: "mixed" },
      ]).reverse(),
    });
    const page = await getCasePage(colleague, id);
    expect(page?.timeline.map((entry) => [entry.type, entry.when])).toEqual([
      ["event", "Day 0"],
      ["study", "Day 0"],
      ["study", "+8 weeks"],
      ["study", "+4 months"],
    ]);
  });

  it("hides an unknown case's answer, title and tags from everyone but its author and admins", async () => {
    const id = await makeCase(author, { status: "unknown", title: "Transient marrow oedema, talus", tags: ["tbmes"] });
    const seen = await getCasePage(colleague, id);
    expect(seen?.title).toBe("Unknown case");
    expect(seen?.tags).toEqual([]);
    expect(seen?.answer).toBeNull();
    expect(JSON.stringify(seen)).not.toMatch(/metatarsal stress fracture|transient marrow|tbmes|second metatarsal bears/i);
    // The page's <title> follows the same rule.
    expect(await getCaseTitle(colleague, id)).toBe("Unknown case");
    expect(await getCaseTitle(author, id)).toBe("Transient marrow oedema, talus");

    const own = await getCasePage(author, id);
    expect(own?.title).toBe("Transient marrow oedema, talus");
    expect(own?.answer?.diagnosis).toBe("Metatarsal stress fracture");
    expect((await getCasePage(admin, id))?.answer?.diagnosis).toBe("Metatarsal stress fracture");
  });

  it("shows the answer to every viewer once the case is resolved", async () => {
    const id = await makeCase(author, { status: "resolved" });
    const page = await getCasePage(colleague, id);
    expect(page?.answer?.teachingPoints).toBe("Second metatarsal bears the most load.");
    expect(page?.answer?.revealedAt).not.toBeNull();
  });

  it("keeps a draft to its author: absent from the library, the page and the export of others", async () => {
    const id = await makeCase(author, { status: "draft" });
    expect(await getCasePage(colleague, id)).toBeNull();
    expect(await getCasePage(admin, id)).toBeNull();
    expect(await getCaseFile(colleague, id)).toBeNull();
    expect((await listCases(colleague)).items.map((item) => item.id)).not.toContain(id);
    expect((await getCasePage(author, id))?.status).toBe("draft");
  });

  it("answers a missing id like a foreign one", async () => {
    expect(await getCasePage(colleague, "does-not-exist")).toBeNull();
  });

  it("renders a case page in a bounded number of queries, whatever the timeline size", async () => {
    const small = await makeCase(author);
    const large = await makeCase(author, {
      timeline: Array.from({ length: 30 }, (_, index) => ({
        type: "study" as const, dayOffset: index * 7, label: null, modality: "MRI" as const, region: "Foot",
        technique: "", contrast: false, findings: `Study ${index}`, impression: "", change: null,
      })),
    });
    const count = async (id: string) => {
      let queries = 0;
      const stop = onQuery(() => queries++);
      await getCasePage(author, id);
      stop();
      return queries;
    };
    const smallCount = await count(small);
    expect(smallCount).toBeGreaterThan(0);
    expect(await count(large)).toBe(smallCount);
  });

  it("reads the whole page's data (case, series and slices, discussion, thinking) in three statements, however many images", async () => {
    const plain = await makeCase(author);
    const imaged = await makeCase(author, { timeline: Array.from({ length: 3 }, (_, index) => ({
      type: "study" as const, dayOffset: index * 7, label: null, modality: "MRI" as const, region: "Foot",
      technique: "", contrast: false, findings: `Study ${index}`, impression: "", change: null,
    })) });
    for (const study of await db.study.findMany({ where: { caseId: imaged } })) {
      for (const position of [0, 1]) {
        await db.imageSeries.create({ data: { studyId: study.id, caseId: imaged, name: `Series ${position}`, position, images: { create: Array.from({ length: 12 }, (_, slice) => ({
          caseId: imaged, position: slice, fullKey: `test/${study.id}/${position}/${slice}`, thumbKey: `test/${study.id}/${position}/${slice}-t`, contentType: "image/png", width: 4, height: 4, isKey: slice === 5,
        })) } } });
      }
    }
    const statements = async (id: string) => {
      let queries = 0;
      const stop = onQuery(() => queries++);
      // A colleague: the author would also read the answer (the summary and the reveal form).
      const page = await loadCasePage(colleague, id);
      stop();
      return { queries, page };
    };
    const withoutImages = await statements(plain);
    const withImages = await statements(imaged);
    expect(withoutImages.queries).toBe(3);
    expect(withImages.queries).toBe(3);
    const series = Object.values(withImages.page.images).flat();
    expect(series).toHaveLength(6);
    expect(series.every((one) => one.images.length === 12 && one.images.map((image) => image.position).join() === [...Array(12).keys()].join())).toBe(true);
  });
});

describe("export format", () => {
  it("round-trips through the import schema, with the answer only for the author", async () => {
    const id = await makeCase(author, { status: "unknown" });
    const own = await getCaseFile(author, id);
    expect(caseFile.parse(JSON.parse(JSON.stringify(own))).case.resolution.diagnosis).toBe("Metatarsal stress fracture");
    const other = await getCaseFile(colleague, id);
    expect(other?.case.resolution.diagnosis).toBe("");
    expect(other?.case.title).toBe("Unknown case");
    expect(other?.case.status).toBe("open"); // a copy without its answer cannot be an unknown case
    expect(caseFile.safeParse(other).success).toBe(true);
  });
});

describe("library", () => {
  afterEach(() => undefined);

  it("pages by last activity with a keyset cursor, without repeats or gaps", async () => {
    const reader = await makeUser("clinician");
    const expected = await db.case.count({ where: visibleCaseWhere(reader) });
    const seen = new Set<string>();
    let cursor: { at: Date; id: string } | undefined;
    let pages = 0;
    // The test database is shared by every file (some write thousands of cases): a bound on the
    // pages, not a fixed hundred, keeps a loop from running forever without capping the library.
    do {
      const page = await listCases(reader, cursor);
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      if (!page.nextCursor) break;
      const [at, id] = JSON.parse(Buffer.from(page.nextCursor, "base64url").toString()) as [string, string];
      cursor = { at: new Date(at), id };
      pages++;
    } while (pages <= expected);
    expect(seen.size).toBe(expected);
  });

  it("shows an unknown case as \"Unknown case\" with the first line of its presentation", async () => {
    const id = await makeCase(author, { status: "unknown", presentation: "Disabling ankle pain without trauma.\nSecond line." });
    const item = (await listCases(colleague)).items.find((entry) => entry.id === id);
    expect(item).toMatchObject({ title: "Unknown case", teaser: "Disabling ankle pain without trauma.", studyCount: 2, span: "2 studies over 8 weeks" });
  });
});

describe("case page read in SQL", () => {
  it("reads a case whose list columns are NULL in the database as empty lists", async () => {
    const id = await makeCase(author, { tags: [] });
    await db.$executeRaw`update "Case" set tags = null where id = ${id}`;
    expect((await getCasePage(colleague, id))?.tags).toEqual([]);
  });
});

describe("policy and query filter agree", () => {
  it.each(["draft", "open", "unknown", "resolved"] as const)("for a %s case, as a Prisma filter and as SQL", async (status) => {
    const outsider = await makeUser("clinician");
    const teamMember = await makeUser("resident");
    const teamId = await makeTeam([[author, "owner"], [teamMember, "member"]]);
    const member = await withTeamRoles(teamMember);
    const ids = await Promise.all([
      makeCase(author, { status, visibility: "public" }),
      makeCase(author, { status, visibility: "institution" }),
      makeCase(author, { status, visibility: "team", teamId }),
    ]);
    for (const id of ids) {
      const row = await db.case.findUniqueOrThrow({ where: { id }, select: { authorId: true, status: true, visibility: true, teamId: true } });
      for (const viewer of [author, colleague, admin, outsider, member, null]) {
        const expected = canViewCase(viewer, row);
        const visibleByQuery = (await db.case.count({ where: { AND: [{ id }, visibleCaseWhere(viewer)] } })) === 1;
        const [counted] = await db.$queryRaw<Array<{ n: number }>>`select count(*)::int as n from "Case" k where k.id = ${id} and ${visibleCaseSql(viewer, "k")}`;
        expect({ viewer: viewer?.id ?? "anonymous", visibility: row.visibility, byQuery: visibleByQuery, bySql: counted?.n === 1 }).toEqual({
          viewer: viewer?.id ?? "anonymous", visibility: row.visibility, byQuery: expected, bySql: expected,
        });
      }
    }
  });
});
