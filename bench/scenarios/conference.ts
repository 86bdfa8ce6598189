// The lecture hall (issue 28 item 4): a teaching conference with 1,000 audience phones split over
// the two instances. Joins, every stage change on every phone, a vote by all 1,000 counted exactly,
// the distribution on every phone after the close, and memory per audience stream
// (bench/conference.mjs drives the phones from a process of its own). Ratios against the
// 200-subscriber SSE scenario when it ran in the same bench.
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { projectRoot } from "../../scripts/lib/app-env";
import { connect } from "../../prisma/seed-runner";
import type { BenchContext } from "../lib/context";
import { actionId, log, round } from "../lib/measure";

const PHONES = 1_000;
const CONFERENCE_ID = "bench-hall";
const JOIN_CODE = "HWRD23";
const STUDIES = 3;

export interface ConferenceFigures {
  phones: number;
  join: { all_joined_s: number; p95_ms: number };
  stage: { p95_ms: number };
  vote: { votes: number; all_voted_s: number; p95_ms: number };
  close: { max_ms: number; p95_ms: number; distribution_exact: boolean };
  votes_in_database: number;
  errors: number;
  non2xx: number;
  memory_kb_per_connection: number;
}

const paragraph = (topic: string) =>
  `${topic}: marrow oedema extends along the shaft with a periosteal reaction medially; no cortical destruction, no soft-tissue mass, joint normal. ` +
  "Compared with the previous study the signal has spread proximally and a low-signal band is now visible on T1, parallel to the growth plate remnant. ";

/** Users, the presenter's team, the case (3 studies, 2 events) and the conference, not yet started. */
async function setUp(databaseUrl: string): Promise<void> {
  const client = connect(databaseUrl);
  try {
    await client.user.createMany({
      data: [{ id: "bench-hall-presenter", email: "bench-hall-presenter@example.test", name: "Dr Hall Presenter", role: "clinician" },
        ...Array.from({ length: PHONES }, (_, index) => ({ id: `bench-hall-${index}`, email: `bench-hall-${index}@example.test`, name: `Dr Audience ${index}`, role: "resident" as const }))],
    });
    await client.team.create({ data: { id: "bench-hall-team", name: "Lecture hall", slug: "bench-hall", memberships: { create: { userId: "bench-hall-presenter", role: "educator" } } } });
    await client.case.create({
      data: {
        id: "bench-hall-case", title: "Lecture hall: forefoot pain in a runner", presentation: `${paragraph("History")}${paragraph("Examination")}`,
        ageBand: "30–34", sex: "female", region: "Foot", tags: ["bench"], status: "open", visibility: "institution", authorId: "bench-hall-presenter",
        studies: { create: Array.from({ length: STUDIES }, (_, position) => ({ position, dayOffset: position * 28, label: `+${position * 4} weeks`, modality: "MRI", region: "Foot", technique: "Sagittal T1, STIR, coronal PD fat-saturated", findings: paragraph(`Study ${position + 1}`), impression: "Stress injury of the second metatarsal." })) },
        events: { create: [1, 2].map((position) => ({ position, dayOffset: position * 28 - 7, kind: "treatment" as const, description: paragraph(`Course ${position}`) })) },
      },
    });
    await client.conference.create({
      data: {
        id: CONFERENCE_ID, kind: "teaching", teamId: "bench-hall-team", title: "Lecture hall", startsAt: new Date(), durationMinutes: 60, joinCode: JOIN_CODE,
        presenterId: "bench-hall-presenter", createdById: "bench-hall-presenter", items: { create: { caseId: "bench-hall-case", position: 1 } },
      },
    });
  } finally {
    await client.$disconnect();
  }
}

/** A session cookie for a bench user, minted as a sign-in would (no password round trip for 1,000 phones). */
async function cookieFor(userId: string, secret: string): Promise<string> {
  const token = await encode({ token: { uid: userId, sv: 0, sid: randomUUID() }, secret, maxAge: 3_600 });
  return `next-auth.session-token=${token}`;
}

export async function conferenceScenario(context: BenchContext): Promise<void> {
  const { urls, pids, check, scenarios, secret, data, databaseUrl } = context;
  log(`lecture hall: ${PHONES} audience phones on ${urls.length} instances`);
  await setUp(databaseUrl);
  const cookies = await Promise.all(Array.from({ length: PHONES }, (_, index) => cookieFor(`bench-hall-${index}`, secret)));
  const figures = JSON.parse(
    execFileSync(process.execPath, [path.join(projectRoot, "bench/conference.mjs")], { encoding: "utf8", maxBuffer: 1 << 24, input: JSON.stringify({
      urls, conferenceId: CONFERENCE_ID, code: JOIN_CODE, cookies, presenterCookie: await cookieFor("bench-hall-presenter", secret),
      actions: {
        join: actionId("lib/conferences/live-actions.ts", "joinConference"),
        vote: actionId("lib/conferences/live-actions.ts", "castConferenceVote"),
        command: actionId("lib/conferences/live-actions.ts", "presenterCommand"),
      },
      choices: data.diagnosisIds.slice(0, 5), steps: STUDIES + 1, joinSpreadMs: 5_000, voteSpreadMs: 3_000, pids, memoryDir: tmpdir(),
    }) }).trim().split("\n").at(-1)!,
  ) as ConferenceFigures;
  const votes = await check.query(`select count(*)::int as n from "ConferenceVote" v join "AgendaItem" i on i.id = v."itemId" where i."conferenceId" = $1`, [CONFERENCE_ID]);
  figures.votes_in_database = votes.rows[0].n as number;
  scenarios.conference_1000 = figures;
  const sse = scenarios.sse as { p95_ms?: number; memory_kb_per_connection?: number } | undefined;
  if (sse?.p95_ms && sse.memory_kb_per_connection) {
    context.results.ratios = {
      ...(context.results.ratios as object | undefined),
      conference_stage_p95_vs_sse_p95: round(figures.stage.p95_ms / sse.p95_ms),
      conference_close_p95_vs_sse_p95: round(figures.close.p95_ms / sse.p95_ms),
      conference_memory_vs_sse_memory: round(figures.memory_kb_per_connection / sse.memory_kb_per_connection),
    };
  }
}

/** The lecture hall's budgets (issue 28 item 4); none when the scenario did not run. */
export function conferenceBudgets(scenarios: Record<string, unknown>): string[] {
  const hall = scenarios.conference_1000 as ConferenceFigures | undefined;
  if (!hall) return [];
  const misses: string[] = [];
  const need = (ok: boolean, message: string) => void (ok || misses.push(message));
  need(hall.join.all_joined_s <= 10, `conference_1000.join.all_joined_s ${hall.join.all_joined_s} > 10`);
  need(hall.stage.p95_ms <= 500, `conference_1000.stage.p95_ms ${hall.stage.p95_ms} > 500`);
  need(hall.vote.all_voted_s <= 5, `conference_1000.vote.all_voted_s ${hall.vote.all_voted_s} > 5`);
  need(hall.vote.votes === hall.phones && hall.votes_in_database === hall.phones && hall.close.distribution_exact, `conference_1000 votes not exact: ${hall.vote.votes} acknowledged, ${hall.votes_in_database} stored, distribution exact: ${hall.close.distribution_exact}`);
  need(hall.close.max_ms <= 1_000, `conference_1000.close.max_ms ${hall.close.max_ms} > 1000 (the distribution on every phone within 1 s of the close)`);
  need(hall.memory_kb_per_connection <= 16, `conference_1000.memory_kb_per_connection ${hall.memory_kb_per_connection} > 16`);
  need(hall.errors === 0 && hall.non2xx === 0, `conference_1000 had ${hall.errors} errors and ${hall.non2xx} non-2xx`);
  return misses;
}
