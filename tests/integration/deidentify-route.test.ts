// POST /api/deidentify (decision 050): the as-you-type findings and re-identification warnings,
// for signed-in users only, from the same guard the actions run. Real database for the
// catalogue's rare flag; only the session is replaced.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/core/viewer";
import { db } from "@/lib/core/db";
import { makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));

const { POST } = await import("@/app/api/deidentify/route");
const check = (body: unknown) => POST(new Request("http://localhost/api/deidentify", { method: "POST", headers: { "content-type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) }));

beforeAll(async () => {
  session.viewer = await makeUser("clinician");
  await db.diagnosis.upsert({
    where: { slug: "test-deid-rare" },
    create: { slug: "test-deid-rare", name: "Test rare sarcoma of the foot", synonyms: [], category: "Other", rare: true },
    update: { rare: true },
  });
});

describe("POST /api/deidentify", () => {
  it("answers the findings of each field", async () => {
    const response = await check({ fields: { body: "Seen by Dr. Ca Shuff on 7/22; wife Mary at the bedside.", clean: "T1 low signal at C5-C6 for 4 weeks." } });
    expect(response.status).toBe(200);
    const { findings, risks } = (await response.json()) as { findings: Array<{ field: string; text: string }>; risks: unknown[] };
    expect(findings.map((f) => [f.field, f.text])).toEqual([["body", "Dr. Ca Shuff"], ["body", "7/22"], ["body", "Mary"]]);
    expect(risks).toEqual([]);
  });

  it("warns about a rare diagnosis with a small-community detail", async () => {
    const response = await check({ fields: { presentation: "A retired fisherman with a foot mass." }, risk: { diagnosis: "Test rare sarcoma of the foot", ageBand: "90+" } });
    const { risks } = (await response.json()) as { risks: Array<{ kind: string; details: string[] }> };
    expect(risks.map((r) => r.kind)).toEqual(["rare_with_community_detail"]);
    expect(risks[0]!.details).toEqual(expect.arrayContaining(["fisherman", "age band 90+"]));
  });

  it("refuses the signed-out, bad JSON and oversized bodies with a typed status", async () => {
    expect((await check("{nope")).status).toBe(400);
    expect((await check({ fields: { body: "x".repeat(50_001) } })).status).toBe(400);
    expect((await check({ fields: { body: "x".repeat(300_000) } })).status).toBe(413);
    const viewer = session.viewer;
    session.viewer = null;
    expect((await check({ fields: { body: "Dr Smith" } })).status).toBe(401);
    session.viewer = viewer;
  });
});
