// Demo data: users, the diagnosis catalogue and the demo cases. Idempotent: every row is keyed
// (email, slug, fixed case id) and only created when missing, so seeding twice changes nothing.
import { PrismaPg } from "@prisma/adapter-pg";
import { audit } from "@/lib/audit/write";
import { hashPassword } from "@/lib/auth/password";
import { caseInput } from "@/lib/cases/schema";
import { createCaseRows } from "@/lib/cases/write";
import { DEMO_CASES, DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/content";
import { DEMO_CONFERENCES, DEMO_TEAM } from "@/lib/demo/conferences";
import { DEMO_COMMENTS } from "@/lib/demo/discussion";
import { renderMarkdown } from "@/lib/discussion/markdown";
import { insertComment, newId } from "@/lib/discussion/write";
import { DIAGNOSIS_CATALOGUE } from "@/lib/diagnoses/catalogue";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { roleChangeAction } from "@/lib/users/policy";

const DAY_MS = 24 * 60 * 60 * 1000;

export function connect(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
}
type Client = ReturnType<typeof connect>;

/**
 * The diagnosis catalogue (lib/diagnoses/catalogue) into the Diagnosis table in one statement: the
 * missing entries inserted, and those whose name, synonyms, category, code, specialty or rare flag
 * differ from the data files updated (the files are the source of truth for their slugs; proposals
 * have slugs of their own and are never touched). Running it again changes nothing.
 */
export async function seedCatalogue(client: Client): Promise<{ inserted: number; updated: number }> {
  const rows = DIAGNOSIS_CATALOGUE.map((entry) => ({
    id: newId(), slug: entry.slug, name: entry.name, synonyms: entry.synonyms, category: entry.category,
    icd10: entry.icd10, specialty: entry.specialty, rare: entry.rare,
  }));
  const changed = await client.$queryRaw<Array<{ inserted: boolean }>>`
    insert into "Diagnosis" (id, slug, name, synonyms, category, icd10, specialty, rare)
    select c.id, c.slug, c.name, c.synonyms, c.category, c.icd10, c.specialty, c.rare
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as c(id text, slug text, name text, synonyms text[], category text, icd10 text, specialty text, rare boolean)
    on conflict (slug) do update
      set name = excluded.name, synonyms = excluded.synonyms, category = excluded.category,
          icd10 = excluded.icd10, specialty = excluded.specialty, rare = excluded.rare
      where ("Diagnosis".name, "Diagnosis".synonyms, "Diagnosis".category, "Diagnosis".icd10, "Diagnosis".specialty, "Diagnosis".rare)
        is distinct from (excluded.name, excluded.synonyms, excluded.category, excluded.icd10, excluded.specialty, excluded.rare)
    returning (xmax = 0) as inserted`;
  const inserted = changed.filter((row) => row.inserted).length;
  return { inserted, updated: changed.length - inserted };
}

/** `npm start`: bring an existing database's catalogue up to date (new entries, codes, flags). */
export async function loadCatalogue(url: string): Promise<{ inserted: number; updated: number }> {
  const client = connect(url);
  try {
    return await seedCatalogue(client);
  } finally {
    await client.$disconnect();
  }
}

export async function seedDemo(client: Client): Promise<{ users: number; cases: number }> {
  await seedCatalogue(client);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  let users = 0;
  const educatorsCreated: string[] = [];
  for (const user of DEMO_USERS) {
    const existing = await client.user.findUnique({ where: { email: user.email }, select: { id: true } });
    if (existing) {
      userIds.set(user.email, existing.id);
      continue;
    }
    const created = await client.user.create({ data: { ...user, passwordHash, demo: true }, select: { id: true } });
    userIds.set(user.email, created.id);
    users++;
    if (user.role === "educator") educatorsCreated.push(created.id);
  }
  // The demo educator's global role is the admin's grant, in the audit trail as a real one would be.
  const adminId = DEMO_USERS.filter((user) => user.role === "admin").map((user) => userIds.get(user.email)).find(Boolean) ?? null;
  for (const userId of educatorsCreated) {
    await audit(client, { actorId: adminId, action: roleChangeAction("clinician", "educator"), resourceType: "user", resourceId: userId });
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
  await seedConferences(client, userIds);
  // Imported here, not at the top: the e2e fixtures import this file (for connect) outside the
  // react-server condition, where lib/core/env.ts's "server-only" refuses to load.
  const [{ seedDemoImages }, { storageSettings }, { storageFromConfig }] = await Promise.all([
    import("@/lib/demo/images"), import("@/lib/core/env"), import("@/lib/storage/config"),
  ]);
  await seedDemoImages(client, storageFromConfig(storageSettings()));

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

/** The demo team and its conferences, each only when missing (keyed by fixed ids). */
async function seedConferences(client: Client, userIds: Map<string, string>): Promise<void> {
  const user = (email: string) => {
    const id = userIds.get(email);
    if (!id) throw new Error(`Demo conference data names an unknown user ${email}`);
    return id;
  };
  if (!(await client.team.findUnique({ where: { id: DEMO_TEAM.id }, select: { id: true } }))) {
    await client.team.create({
      data: {
        id: DEMO_TEAM.id, name: DEMO_TEAM.name, slug: DEMO_TEAM.slug, requiredSpecialties: [...DEMO_TEAM.requiredSpecialties],
        memberships: { create: DEMO_TEAM.members.map((member) => ({ userId: user(member.email), role: member.role })) },
      },
    });
  }
  const slugs = await client.diagnosis.findMany({ select: { id: true, slug: true } });
  const diagnosis = (slug: string) => {
    const found = slugs.find((row) => row.slug === slug);
    if (!found) throw new Error(`Demo conference data names an unknown diagnosis ${slug}`);
    return found.id;
  };
  for (const demo of DEMO_CONFERENCES) {
    if (await client.conference.findUnique({ where: { id: demo.id }, select: { id: true } })) continue;
    const day = new Date();
    day.setUTCDate(day.getUTCDate() + demo.dayOffset);
    day.setUTCHours(demo.hourUtc, 0, 0, 0);
    const studyCounts = await Promise.all(demo.items.map((item) => client.study.count({ where: { caseId: item.caseId } })));
    await client.$transaction(async (tx) => {
      await tx.conference.create({
        data: {
          id: demo.id, kind: demo.kind, teamId: DEMO_TEAM.id, title: demo.title, startsAt: day, durationMinutes: demo.durationMinutes,
          location: demo.location, joinCode: demo.joinCode, presenterId: user(demo.presenterEmail), chairId: demo.chairEmail ? user(demo.chairEmail) : null,
          createdById: user(demo.presenterEmail),
          ...(demo.ended ? { startedAt: day, endedAt: new Date(day.getTime() + demo.durationMinutes * 60_000), liveVersion: 1 } : {}),
          participants: { create: demo.participants.map((email) => ({ userId: user(email), joinedAt: day })) },
        },
      });
      for (const [index, item] of demo.items.entries()) {
        const revealed = (studyCounts[index] ?? 0) + 2;
        await tx.agendaItem.create({
          data: {
            conferenceId: demo.id, caseId: item.caseId, position: index + 1, estimatedMinutes: item.estimatedMinutes, ...item.intake,
            ...(demo.ended ? { reachedStep: revealed, startedAt: day, voteState: "closed", answerReleased: true } : {}),
            votes: { create: Object.entries(item.votes ?? {}).map(([email, slug]) => ({ userId: user(email), diagnosisId: diagnosis(slug), createdAt: day, updatedAt: day })) },
            differentials: { create: (item.staged ?? []).map((answer) => ({ userId: user(answer.email), step: answer.step, diagnosisIds: answer.diagnoses.map(diagnosis), updatedAt: day })) },
          },
        });
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
