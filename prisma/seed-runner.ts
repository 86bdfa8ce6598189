// Demo data: users, the diagnosis catalogue and the demo cases. Idempotent: every row is keyed
// (email, slug, fixed case id) and only created when missing, so seeding twice changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { hashPassword } from "@/lib/auth/password";
import { caseInput } from "@/lib/cases/schema";
import { createCaseRows } from "@/lib/cases/write";
import { DEMO_CASES, DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/content";
import { DEMO_COMMENTS } from "@/lib/demo/discussion";
import { renderMarkdown } from "@/lib/discussion/markdown";
import { insertComment } from "@/lib/discussion/write";
import { DIAGNOSIS_CATALOGUE } from "@/lib/diagnoses/catalogue";
import { PrismaClient } from "@/lib/generated/prisma/client";

const DAY_MS = 24 * 60 * 60 * 1000;

export function connect(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
}
type Client = ReturnType<typeof connect>;

export async function seedCatalogue(client: Client): Promise<void> {
  for (const entry of DIAGNOSIS_CATALOGUE) {
    await client.diagnosis.upsert({
      where: { slug: entry.slug },
      create: { slug: entry.slug, name: entry.name, synonyms: entry.synonyms, category: entry.category },
      update: {},
    });
  }
}

export async function seedDemo(client: Client): Promise<{ users: number; cases: number }> {
  await seedCatalogue(client);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  let users = 0;
  for (const user of DEMO_USERS) {
    const existing = await client.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) {
      userIds.set(user.email, existing.id);
      continue;
    }
    const created = await client.user.create({ data: { ...user, passwordHash, demo: true }, select: { id: true } });
    userIds.set(user.email, created.id);
    users++;
  }

  let cases = 0;
  for (const demo of DEMO_CASES) {
    if (await client.case.findUnique({ where: { id: demo.id }, select: { id: true } })) continue;
    const authorId = userIds.get(demo.authorEmail);
    if (!authorId) throw new Error(`Demo case ${demo.id} names an unknown author ${demo.authorEmail}`);
    await client.$transaction((tx) =>
      createCaseRows(tx, authorId, caseInput.parse(demo.input), { id: demo.id, now: new Date(Date.now() - demo.daysAgo * DAY_MS) }),
    );
    // Demo unknown cases start with their poll open, so a first visit can vote.
    if (demo.input.status === "unknown") await client.case.update({ where: { id: demo.id }, data: { pollState: "open" } });
    cases++;
  }

  await seedDiscussion(client, userIds);

  // Everyone follows the published demo cases, so dashboards show activity on first start.
  const published = DEMO_CASES.filter((demo) => demo.input.status !== "draft");
  await client.caseFollow.createMany({
    data: [...userIds.values()].flatMap((userId) => published.map((demo) => ({ userId, caseId: demo.id }))),
    skipDuplicates: true,
  });
  return { users, cases };
}

/** Demo comments, only on demo cases that have no discussion yet (so reseeding adds nothing). */
async function seedDiscussion(client: Client, userIds: Map<string, string>): Promise<void> {
  const caseIds = [...new Set(DEMO_COMMENTS.map((comment) => comment.caseId))];
  for (const caseId of caseIds) {
    if ((await client.comment.count({ where: { caseId } })) > 0) continue;
    if (!(await client.case.findUnique({ where: { id: caseId }, select: { id: true } }))) continue;
    const studies = await client.study.findMany({ where: { caseId }, orderBy: [{ dayOffset: "asc" }, { position: "asc" }], select: { id: true } });
    await client.$transaction(async (tx) => {
      const written = new Map<string, { id: string; path: string }>();
      for (const demo of DEMO_COMMENTS.filter((comment) => comment.caseId === caseId)) {
        const parent = demo.parentKey ? written.get(demo.parentKey) : undefined;
        const body = demo.body.replace(/@\{([^}]+)\}/g, (_match, email: string) => {
          const user = DEMO_USERS.find((candidate) => candidate.email === email);
          return user ? `@[${user.name}](user:${userIds.get(email)})` : email;
        });
        const comment = await insertComment(tx, {
          caseId,
          parentId: parent?.id ?? null,
          parentPath: parent?.path ?? "",
          authorId: userIds.get(demo.authorEmail)!,
          studyId: demo.studyIndex === undefined ? null : (studies[demo.studyIndex]?.id ?? null),
          body,
          html: renderMarkdown(body),
          createdAt: new Date(Date.now() - demo.minutesAgo * 60_000),
        });
        written.set(demo.key, comment);
      }
    });
  }
}

/** First start: load the demo data only into a database that has no users at all. */
export async function seedIfEmpty(url: string): Promise<boolean> {
  const client = connect(url);
  try {
    if ((await client.user.count()) > 0) return false;
    await seedDemo(client);
    return true;
  } finally {
    await client.$disconnect();
  }
}
