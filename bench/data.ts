// Bench data, generated with a fixed seed so every run measures the same thing: users, a library
// of cases, and three case pages with 50, 500 and 5,000 comments (threads of mixed depth), each
// with 30 differentials and 200 votes. Bulk inserts; paths as the app writes them.
import { hashPassword } from "@/lib/auth/password";
import { MUSCULOSKELETAL } from "@/lib/diagnoses/catalogue/musculoskeletal";
import { SEGMENT_WIDTH } from "@/lib/discussion/write";
import { seedCatalogue, type connect } from "../prisma/seed-runner";

type Client = ReturnType<typeof connect>;

/** mulberry32: small, fast, deterministic. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_PASSWORD = "bench-password-2026";
/** The team whose educator (the measured viewer) reads the measured case pages. */
export const BENCH_TEAM_ID = "bench-team";
/** The users who write the generated data and take part in the page, vote and SSE runs. */
export const CORE_USERS = 260;
/** Users after the core ones who only post the comments that warm the comment action up. */
export const WARM_UP_POSTERS = 100;
/** Users after those who only take turns posting in the measured comment run. */
export const EXTRA_COMMENTERS = 200;

export interface BenchData {
  users: Array<{ id: string; email: string }>;
  viewer: { id: string; email: string };
  cases: Record<"case_page_50" | "case_page_500" | "case_page_5000", string>;
  votingCaseId: string;
  commentCaseId: string;
  diagnosisIds: string[];
}

const SENTENCES = [
  "Marrow oedema extends along the shaft with a **periosteal reaction** medially.",
  "I would compare with the previous study before calling this progression.",
  "Agree. The fluid-sensitive images are convincing; T1 shows a low-signal band.",
  "Could this be an insufficiency fracture given the offloading in the boot?",
  "- no cortical destruction\n- no soft-tissue mass\n- normal joint",
  "Follow-up at six weeks would settle it.",
];

export async function generate(client: Client, options: { libraryCases: number; largeThread: number }): Promise<BenchData> {
  const rand = random(20261121);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // The full catalogue (the typeahead is measured over it); the generated thinking keeps to the 198
  // musculoskeletal entries it always used, so the case pages measure the same data as before.
  await seedCatalogue(client);
  const diagnosisIds = (await client.diagnosis.findMany({ where: { slug: { in: MUSCULOSKELETAL.map((entry) => entry.slug) } }, select: { id: true }, orderBy: { slug: "asc" } })).map((d) => d.id);

  // Only the core users write the generated data. The product allows each user 10 comments a
  // minute, so the comment action's warm-up and a measured run as long as the votes' take
  // posters of their own.
  const userCount = CORE_USERS;
  const users = Array.from({ length: userCount + WARM_UP_POSTERS + EXTRA_COMMENTERS }, (_, index) => ({
    id: `bench-user-${index}`,
    email: `bench-${index}@example.test`,
    name: `Dr Bench ${index}`,
    role: index % 10 === 0 ? ("educator" as const) : ("clinician" as const),
    passwordHash,
  }));
  await client.user.createMany({ data: users });
  const viewer = users[0]!;
  // The measured case pages are read by a lead of each case, as before decision 031 made the
  // global educator role no lead: the team's educator, on its team cases (a lead who is not an
  // editor, so the page reads everyone's thinking but not the answer).
  await client.team.create({ data: { id: BENCH_TEAM_ID, name: "Bench team", slug: "bench-team", memberships: { create: { userId: viewer.id, role: "educator" } } } });

  const caseRow = (id: string, index: number, status: "open" | "unknown") => ({
    id,
    title: `Bench case ${index}: forefoot pain`,
    presentation: `Runner with forefoot pain, case ${index}.`,
    ageBand: "30–34",
    sex: "female" as const,
    region: "Foot",
    tags: ["bench"],
    status,
    pollState: "open" as const,
    authorId: users[1 + (index % 50)]!.id,
    lastActivityAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
  });
  await client.case.createMany({ data: Array.from({ length: options.libraryCases }, (_, index) => caseRow(`bench-case-${index}`, index, index % 7 === 0 ? "unknown" : "open")) });
  await client.study.createMany({
    data: Array.from({ length: options.libraryCases }, (_, index) => [0, 1].map((n) => ({
      caseId: `bench-case-${index}`, position: n, dayOffset: n * 56, modality: n ? "MRI" : "XR", region: "Foot", findings: "Bench findings.",
    }))).flat(),
  });

  const sizes = { case_page_50: 50, case_page_500: 500, case_page_5000: options.largeThread } as const;
  const cases = {} as BenchData["cases"];
  for (const [key, size] of Object.entries(sizes) as Array<[keyof typeof sizes, number]>) {
    const id = `bench-${key}`;
    cases[key] = id;
    await client.case.create({ data: { ...caseRow(id, 100_000 + size, "open"), title: `Bench ${key}`, visibility: "team", teamId: BENCH_TEAM_ID } });
    await client.study.createMany({
      data: [0, 28, 56].map((day, position) => ({ caseId: id, position, dayOffset: day, modality: "MRI", region: "Foot", technique: "Sagittal T1, STIR", findings: "Marrow oedema of the second metatarsal.", impression: "Stress injury." })),
    });
    // Threads of mixed depth: a third of comments start a thread, the rest reply to a recent comment.
    const rows: Array<{ id: string; path: string; depth: number; parentId: string | null }> = [];
    for (let index = 0; index < size; index++) {
      const parent = rows.length && rand() > 0.33 ? rows[Math.max(0, rows.length - 1 - Math.floor(rand() * 12))]! : null;
      const depth = parent && parent.depth < 8 ? parent.depth + 1 : 0;
      const realParent = depth ? parent : null;
      rows.push({ id: `${id}-c${index}`, path: `${realParent?.path ?? ""}${String(index + 1).padStart(SEGMENT_WIDTH, "0")}`, depth, parentId: realParent?.id ?? null });
    }
    const descendants = new Map<string, number>();
    const parentOf = new Map(rows.map((row) => [row.id, row.parentId]));
    for (const row of rows) {
      for (let parent = row.parentId; parent; parent = parentOf.get(parent) ?? null) {
        descendants.set(parent, (descendants.get(parent) ?? 0) + 1);
      }
    }
    for (let offset = 0; offset < rows.length; offset += 1000) {
      await client.comment.createMany({
        data: rows.slice(offset, offset + 1000).map((row, index) => {
          const body = pick(SENTENCES);
          return {
            ...row, caseId: id, authorId: users[(offset + index) % userCount]!.id, body,
            bodyHtml: `<p>${body.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`,
            descendantCount: descendants.get(row.id) ?? 0,
            createdAt: new Date(Date.UTC(2026, 0, 1) + (offset + index) * 1000),
          };
        }),
      });
    }
    // 30 differentials (3 entries each) and 200 votes.
    await client.differentialEntry.createMany({
      data: Array.from({ length: 30 }, (_, u) => [0, 1, 2].map((rank) => ({
        caseId: id, userId: users[10 + u]!.id, diagnosisId: diagnosisIds[(u + rank * 7) % 40]!, rank: rank + 1, rationale: "Fits the serial imaging.",
      }))).flat(),
    });
    await client.vote.createMany({ data: Array.from({ length: 200 }, (_, u) => ({ caseId: id, userId: users[50 + u]!.id, diagnosisId: diagnosisIds[u % 12]! })) });
  }

  const votingCaseId = "bench-voting";
  const commentCaseId = "bench-commenting";
  await client.case.create({ data: { ...caseRow(votingCaseId, 200_000, "open"), title: "Bench voting" } });
  await client.case.create({ data: { ...caseRow(commentCaseId, 200_001, "open"), title: "Bench commenting" } });
  return { users: users.map(({ id, email }) => ({ id, email })), viewer: { id: viewer.id, email: viewer.email }, cases, votingCaseId, commentCaseId, diagnosisIds };
}
