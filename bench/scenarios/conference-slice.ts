// The presenter's slice at a live conference (issue 24 item 5): 200 audience streams split over the
// two instances, and the presenter scrolling a 250-slice series; the time from sending each slice
// change to its arrival on every phone (budget: p95 <= 250 ms). The phones are driven from a
// process of their own (bench/slice.mjs); the set-up writes its rows straight to the database.
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { projectRoot } from "../../scripts/lib/app-env";
import { connect } from "../../prisma/seed-runner";
import type { BenchContext } from "../lib/context";
import { actionId, log } from "../lib/measure";

const PHONES = 200;
const SLICES = 250;
const CONFERENCE_ID = "bench-slice";
const ITEM_ID = "bench-slice-item";
const SERIES_ID = "bench-slice-series";

export interface SliceFigures {
  phones: number;
  changes: number;
  p50_ms: number | null;
  p95_ms: number | null;
  p99_ms: number | null;
  /** The presenter's action alone, sent to answered. */
  action_p50_ms: number | null;
  action_p95_ms: number | null;
  missing: number;
  errors: number;
  non2xx: number;
}

/** The presenter, the phones' users (joined), a case with one 250-slice series, the conference live at its study. */
async function setUp(databaseUrl: string): Promise<void> {
  const client = connect(databaseUrl);
  try {
    await client.user.createMany({
      data: [{ id: "bench-slice-presenter", email: "bench-slice-presenter@example.test", name: "Dr Slice Presenter", role: "clinician" },
        ...Array.from({ length: PHONES }, (_, index) => ({ id: `bench-slice-${index}`, email: `bench-slice-${index}@example.test`, name: `Dr Phone ${index}`, role: "resident" as const }))],
    });
    await client.team.create({ data: { id: "bench-slice-team", name: "Slice bench", slug: "bench-slice", memberships: { create: { userId: "bench-slice-presenter", role: "educator" } } } });
    await client.case.create({
      data: {
        id: "bench-slice-case", title: "Slice bench: forefoot pain", presentation: "Forefoot pain after a marathon.", ageBand: "30–34", sex: "female", region: "Foot",
        tags: ["bench"], status: "open", visibility: "institution", authorId: "bench-slice-presenter",
        studies: { create: { id: "bench-slice-study", position: 0, dayOffset: 0, modality: "MRI", region: "Foot", findings: "Marrow oedema of the second metatarsal.", impression: "Stress reaction." } },
      },
    });
    await client.imageSeries.create({ data: { id: SERIES_ID, studyId: "bench-slice-study", caseId: "bench-slice-case", name: "Sagittal STIR", position: 0, modality: "MR", orderedBy: "geometry" } });
    // Rows only: the slice action counts the series' images; no phone fetches pixels here.
    await client.image.createMany({
      data: Array.from({ length: SLICES }, (_, position) => ({
        seriesId: SERIES_ID, caseId: "bench-slice-case", position, fullKey: `bench/${position}.png`, thumbKey: `bench/${position}.webp`, contentType: "image/png", width: 512, height: 512,
      })),
    });
    await client.conference.create({
      data: {
        id: CONFERENCE_ID, kind: "teaching", teamId: "bench-slice-team", title: "Slice bench", startsAt: new Date(), durationMinutes: 60, joinCode: "SLCE23",
        presenterId: "bench-slice-presenter", createdById: "bench-slice-presenter", startedAt: new Date(), currentStep: 1,
        items: { create: { id: ITEM_ID, caseId: "bench-slice-case", position: 1, reachedStep: 1, startedAt: new Date() } },
        participants: { create: Array.from({ length: PHONES }, (_, index) => ({ userId: `bench-slice-${index}` })) },
      },
    });
    await client.conference.update({ where: { id: CONFERENCE_ID }, data: { currentItemId: ITEM_ID } });
  } finally {
    await client.$disconnect();
  }
}

/** A session cookie for a bench user, minted as a sign-in would (as bench/scenarios/conference.ts does). */
async function cookieFor(userId: string, secret: string): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { uid: userId, sv: 0, sid: randomUUID() }, secret, maxAge: 3_600 })}`;
}

export async function conferenceSliceScenario(context: BenchContext): Promise<void> {
  const { urls, quick, secret, databaseUrl, scenarios } = context;
  log(`presenter's slice: ${PHONES} audience streams on ${urls.length} instances`);
  await setUp(databaseUrl);
  const cookies = await Promise.all(Array.from({ length: PHONES }, (_, index) => cookieFor(`bench-slice-${index}`, secret)));
  scenarios.conference_slice = JSON.parse(
    execFileSync(process.execPath, [path.join(projectRoot, "bench/slice.mjs"), JSON.stringify({
      urls, conferenceId: CONFERENCE_ID, itemId: ITEM_ID, seriesId: SERIES_ID, slices: SLICES, cookies, changes: quick ? 20 : 60,
      presenterCookie: await cookieFor("bench-slice-presenter", secret), actionId: actionId("lib/conferences/focus-actions.ts", "presentSlice"),
    })], { encoding: "utf8", maxBuffer: 1 << 24 }).trim().split("\n").at(-1)!,
  ) as SliceFigures;
}

/** The budget of issue 24 (p95 <= 250 ms, every change on every phone); none when the scenario did not run. */
export function conferenceSliceBudgets(scenarios: Record<string, unknown>): string[] {
  const figures = scenarios.conference_slice as SliceFigures | undefined;
  if (!figures) return [];
  const misses: string[] = [];
  if (figures.p95_ms === null || figures.p95_ms > 250) misses.push(`conference_slice.p95_ms ${figures.p95_ms} > 250`);
  if (figures.missing || figures.errors || figures.non2xx) misses.push(`conference_slice: ${figures.missing} missing, ${figures.errors} errors, ${figures.non2xx} non-2xx`);
  return misses;
}
