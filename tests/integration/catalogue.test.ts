// The diagnosis catalogue in the database (issue 27 item 5): loaded in one statement, idempotent,
// repairing a drifted row; and the typeahead route finding entities of every MDT by name,
// abbreviation, American spelling and typo over the full catalogue.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { inject } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { DIAGNOSIS_CATALOGUE } from "@/lib/diagnoses/catalogue";
import { connect, seedCatalogue } from "@/prisma/seed-runner";
import { makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
const { GET } = await import("@/app/api/diagnoses/route");

async function typeahead(query: string): Promise<Array<{ id: string; name: string; matched: string | null }>> {
  const response = await GET(new Request(`http://localhost/api/diagnoses?q=${encodeURIComponent(query)}`));
  expect(response.status).toBe(200);
  return response.json();
}

let slugById: Map<string, string>;
const catalogueSlugs = new Set(DIAGNOSIS_CATALOGUE.map((entry) => entry.slug));

beforeAll(async () => {
  const client = connect(inject("databaseUrl"));
  try {
    await seedCatalogue(client);
  } finally {
    await client.$disconnect();
  }
  slugById = new Map((await db.diagnosis.findMany({ select: { id: true, slug: true } })).map((row) => [row.id, row.slug]));
  session.viewer = await makeUser();
});

describe("catalogue seed", () => {
  it("holds every entry with its code, specialty and rare flag, and a second load changes nothing", async () => {
    const client = connect(inject("databaseUrl"));
    try {
      const started = performance.now();
      expect(await seedCatalogue(client)).toEqual({ inserted: 0, updated: 0 });
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(5_000);
      const rows = await db.diagnosis.findMany({ where: { slug: { in: DIAGNOSIS_CATALOGUE.map((entry) => entry.slug) } }, select: { slug: true, icd10: true, specialty: true, rare: true, synonyms: true } });
      expect(rows).toHaveLength(DIAGNOSIS_CATALOGUE.length);
      const pe = rows.find((row) => row.slug === "pulmonary-embolism")!;
      expect(pe).toMatchObject({ icd10: "I26.9", specialty: "chest", rare: false });
      expect(pe.synonyms).toContain("PE");
      expect(rows.find((row) => row.slug === "ewing-sarcoma")).toMatchObject({ specialty: "sarcoma", rare: true });
      expect(rows.find((row) => row.slug === "transient-bone-marrow-oedema")).toMatchObject({ specialty: "musculoskeletal", icd10: null });
    } finally {
      await client.$disconnect();
    }
  });

  it("puts a drifted row back as the data files say, touching nothing else", async () => {
    const client = connect(inject("databaseUrl"));
    try {
      await db.diagnosis.update({ where: { slug: "glioblastoma" }, data: { icd10: null, synonyms: [], rare: false } });
      const { inserted } = await seedCatalogue(client);
      expect(inserted).toBe(0);
      const row = await db.diagnosis.findUniqueOrThrow({ where: { slug: "glioblastoma" }, select: { icd10: true, synonyms: true, rare: true, specialty: true } });
      expect(row).toMatchObject({ icd10: "C71.9", rare: true, specialty: "neuro-oncology" });
      expect(row.synonyms).toContain("GBM");
      expect(await seedCatalogue(client)).toEqual({ inserted: 0, updated: 0 });
    } finally {
      await client.$disconnect();
    }
  });
});

describe("typeahead route over the full catalogue", () => {
  it.each([
    ["pulmonary embolism", "pulmonary-embolism"],
    ["appendicitis", "appendicitis"],
    ["glioblastoma", "glioblastoma"],
    ["PE", "pulmonary-embolism"],
    ["GBM", "glioblastoma"],
    ["NSCLC", "non-small-cell-lung-cancer"],
    ["subarachnoid hemorrhage", "subarachnoid-haemorrhage"],
    ["hepatocelular carcinoma", "hepatocellular-carcinoma"],
    ["transient osteoporosis", "transient-bone-marrow-oedema"],
  ])("%s finds %s first", async (query, slug) => {
    // Among catalogue entries: other test files add accepted entries of their own to the same database.
    const first = (await typeahead(query)).find((match) => catalogueSlugs.has(slugById.get(match.id) ?? ""));
    expect(first && slugById.get(first.id)).toBe(slug);
  });

  it("says which synonym matched an abbreviation", async () => {
    const first = (await typeahead("NSCLC")).find((match) => catalogueSlugs.has(slugById.get(match.id) ?? ""));
    expect(first?.name).toBe("Non-small cell lung cancer");
    expect(first?.matched).toBe("NSCLC");
  });

  it("answers a signed-out request with 401", async () => {
    const viewer = session.viewer;
    session.viewer = null;
    try {
      const response = await GET(new Request("http://localhost/api/diagnoses?q=PE"));
      expect(response.status).toBe(401);
    } finally {
      session.viewer = viewer;
    }
  });
});
