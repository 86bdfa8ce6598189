import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { connect, seedDemo } from "@/prisma/seed-runner";
import { DEMO_CASES, DEMO_USERS } from "@/lib/demo/content";
import { DIAGNOSIS_CATALOGUE } from "@/lib/diagnoses/catalogue";

async function counts(client: ReturnType<typeof connect>) {
  const [users, cases, studies, events, resolutions, diagnoses, follows, activities] = await Promise.all([
    client.user.count(), client.case.count(), client.study.count(), client.clinicalEvent.count(),
    client.resolution.count(), client.diagnosis.count(), client.caseFollow.count(), client.caseActivity.count(),
  ]);
  return { users, cases, studies, events, resolutions, diagnoses, follows, activities };
}

describe("demo seed", () => {
  it("creates the demo users, catalogue and cases, and changes nothing when run again", async () => {
    const client = connect(inject("databaseUrl"));
    try {
      await seedDemo(client);
      const first = await counts(client);
      const second = await seedDemo(client);
      expect(second).toEqual({ users: 0, cases: 0 });
      expect(await counts(client)).toEqual(first);

      const emails = (await client.user.findMany({ where: { demo: true }, select: { email: true } })).map((u) => u.email).sort();
      expect(emails).toEqual(DEMO_USERS.map((u) => u.email).sort());
      expect(await client.diagnosis.count({ where: { slug: { in: DIAGNOSIS_CATALOGUE.map((d) => d.slug) } } })).toBe(DIAGNOSIS_CATALOGUE.length);

      const talus = await client.case.findUniqueOrThrow({
        where: { id: "demo-talus-unknown" },
        select: { status: true, studies: { select: { dayOffset: true } }, resolution: { select: { diagnosis: { select: { slug: true } } } } },
      });
      expect(talus.status).toBe("unknown");
      expect(talus.studies.map((s) => s.dayOffset).sort((a, b) => a - b)).toHaveLength(3);
      expect(talus.resolution?.diagnosis?.slug).toBe("transient-bone-marrow-oedema");
      const runner = await client.study.count({ where: { caseId: "demo-runner-metatarsal" } });
      expect(runner).toBe(2);
      expect(DEMO_CASES.length).toBeGreaterThanOrEqual(3);

      // A lively discussion: threads, replies three levels deep, a mention, every study discussed.
      const comments = await client.comment.findMany({ where: { caseId: { in: ["demo-runner-metatarsal", "demo-talus-unknown"] } }, select: { caseId: true, depth: true, parentId: true, body: true, studyId: true } });
      expect(comments.filter((c) => c.parentId === null).length).toBeGreaterThanOrEqual(4);
      expect(Math.max(...comments.map((c) => c.depth))).toBeGreaterThanOrEqual(3);
      expect(comments.some((c) => /@\[[^\]]+\]\(user:/.test(c.body ?? ""))).toBe(true);
      const studies = await client.study.findMany({ where: { caseId: { in: ["demo-runner-metatarsal", "demo-talus-unknown"] } }, select: { id: true } });
      for (const study of studies) expect(comments.some((c) => c.studyId === study.id)).toBe(true);
      const talusText = comments.filter((c) => c.caseId === "demo-talus-unknown").map((c) => c.body).join(" ");
      expect(talusText).not.toMatch(/transient|osteoporosis|bone marrow (o)?edema syndrome/i);

      // The demo educator, set up as an institution would (decision 031): the demo team's educator,
      // and a global educator whose grant by the demo admin is in the audit trail.
      const educator = await client.user.findUniqueOrThrow({ where: { email: "educator@example.org" }, select: { id: true, role: true, memberships: { select: { teamId: true, role: true } } } });
      expect(educator.role).toBe("educator");
      expect(educator.memberships).toEqual([{ teamId: "demo-team-foot-ankle", role: "educator" }]);
      const admin = await client.user.findUniqueOrThrow({ where: { email: "admin@example.org" }, select: { id: true } });
      expect(await client.auditEvent.count({ where: { action: "user.educator_grant", resourceId: educator.id, actorId: admin.id } })).toBe(1);
    } finally {
      await client.$disconnect();
    }
  });
});
