// Library search under load (issue 27): a generated library of BENCH_SEARCH_CASES cases (default
// 20,000; 2,000 in quick mode; 100,000 is the issue's target size) with studies, answers and
// comments, then the search page with and without filters, a typo, and facets without a query,
// interleaved with `dynamic_min` (/health) at 20 connections. Figures: rps and p95 per page, each
// as a ratio to dynamic_min in the same round, and the statements one search runs at this size.
// Not in scripts/bench.ts's STEPS yet: `searchScenario` is a BenchStep to add there (or run
// bench/search-main.ts, which sets up only what this step needs).
import type { BenchContext } from "../lib/context";
import { load, log, median, round, type Scenario } from "../lib/measure";

const WORDS = [
  "marrow", "oedema", "edema", "haemorrhage", "hemorrhage", "fracture", "stress", "talus", "tibia", "femur", "metatarsal",
  "navicular", "calcaneus", "cortical", "periosteal", "reaction", "effusion", "synovitis", "tendon", "ligament", "tear",
  "sclerosis", "lesion", "lytic", "enhancement", "collapse", "subchondral", "osteonecrosis", "insufficiency", "callus",
  "healing", "oedematous", "infarct", "metastases", "metastasis", "tumour", "tumor", "cyst", "abscess", "infection",
];
const REGIONS = ["Foot", "Ankle", "Leg", "Knee", "Thigh", "Hip", "Pelvis", "Spine", "Chest", "Abdomen", "Shoulder", "Wrist", "Hand", "Head"];
const MODALITIES = ["MRI", "CT", "XR", "US", "NM", "PET-CT"];

const sqlArray = (values: readonly string[]) => `array[${values.map((value) => `'${value}'`).join(",")}]`;
/** A deterministic pseudo-random word for row g and slot k. */
const word = (k: number) => `(${sqlArray(WORDS)})[1 + ((g::bigint * ${7919 + k * 104729}) % ${WORDS.length})::int]`;
const sentence = (k: number, length: number) => Array.from({ length }, (_, i) => word(k * 10 + i)).join(" || ' ' || ");

/** Cases with two studies each, answers on the resolved and unknown ones, and a few comments. */
export async function generateSearchLibrary(context: BenchContext, cases: number): Promise<void> {
  const { check, data } = context;
  const authors = sqlArray(data.users.slice(0, 50).map((user) => user.id));
  const diagnoses = sqlArray(data.diagnosisIds.slice(0, 150));
  for (let start = 1; start <= cases; start += 10_000) {
    const end = Math.min(cases, start + 9_999);
    const series = `generate_series(${start}, ${end}) g`;
    await check.query(`insert into "Case" (id, title, presentation, "ageBand", sex, region, tags, status, visibility, "authorId", "updatedAt", "lastActivityAt")
      select 'sb' || g, initcap(${sentence(1, 3)}), 'Patient with ' || ${sentence(2, 12)} || '.', '40–44', 'female',
        (${sqlArray(REGIONS)})[1 + g % ${REGIONS.length}], array[${word(3)}, ${word(4)}],
        (array['open','unknown','resolved'])[1 + g % 3]::"CaseStatus", 'institution', (${authors})[1 + g % 50], now(), now() - make_interval(mins => g)
      from ${series}`);
    await check.query(`insert into "Study" (id, "caseId", position, "dayOffset", modality, region, findings, impression)
      select 'sbs' || g || '-' || n, 'sb' || g, n, n * 30, (${sqlArray(MODALITIES)})[1 + (g + n) % ${MODALITIES.length}], 'Region',
        initcap(${sentence(5, 25)}) || '.', initcap(${sentence(6, 8)}) || '.'
      from ${series}, generate_series(0, 1) n`);
    await check.query(`insert into "Resolution" ("caseId", "diagnosisId", certainty, "teachingPoints")
      select 'sb' || g, (${diagnoses})[1 + g % 150], 'probable', initcap(${sentence(7, 15)}) || '.'
      from ${series} where g % 3 <> 0`);
    await check.query(`insert into "Comment" (id, "caseId", "authorId", depth, path, body, "bodyHtml")
      select 'sbc' || g || '-' || n, 'sb' || g, (${authors})[1 + (g + n) % 50], 0, lpad(n::text, 6, '0'), 'Agree.', '<p>Agree.</p>'
      from ${series}, generate_series(1, 5) n where n <= g % 6`);
    log(`search library: ${end} of ${cases} cases`);
  }
  await check.query("analyze");
}

export async function searchScenario(context: BenchContext): Promise<void> {
  const { urls, viewerCookie, quick, pids, results } = context;
  const cases = Number(process.env.BENCH_SEARCH_CASES ?? (quick ? 2_000 : 20_000));
  const started = Date.now();
  await generateSearchLibrary(context, cases);
  const generateSeconds = Math.round((Date.now() - started) / 1000);

  const pages: Array<[string, string, string?]> = [
    ["dynamic_min", "/health"],
    ["search", "/cases?q=marrow+oedema", viewerCookie],
    ["search_filtered", "/cases?q=marrow+oedema&region=Knee&modality=MRI&status=resolved", viewerCookie],
    ["search_typo", "/cases?q=haemorrage+talus", viewerCookie],
    ["facets_no_query", "/cases?region=Knee", viewerCookie],
    ["library_plain", "/cases", viewerCookie],
  ];
  for (const [, pathname, cookie] of pages) {
    await load({ url: `${urls[0]}${pathname}`, connections: 20, duration: quick ? 1 : 2, headers: cookie ? { cookie } : {} });
  }
  const rounds: Record<string, Scenario[]> = {};
  const ratios: Record<string, { rps: number[]; p95: number[] }> = {};
  for (let round_ = 1; round_ <= (quick ? 2 : 3); round_++) {
    let floor: Scenario | null = null;
    for (const [name, pathname, cookie] of pages) {
      const result = await load({ url: `${urls[0]}${pathname}`, connections: 20, duration: quick ? 2 : 5, headers: cookie ? { cookie } : {} }, pids[0]);
      (rounds[name] ??= []).push(result);
      if (name === "dynamic_min") floor = result;
      else if (floor) {
        const entry = (ratios[name] ??= { rps: [], p95: [] });
        entry.rps.push(result.rps / floor.rps);
        entry.p95.push((result as Scenario & { p95_ms: number }).p95_ms / Math.max(1, (floor as Scenario & { p95_ms: number }).p95_ms));
      }
      log(`search ${name} (round ${round_}): ${result.rps} req/s, p95 ${(result as Scenario & { p95_ms?: number }).p95_ms} ms, p99 ${result.p99_ms} ms, non2xx ${result.non2xx}`);
    }
  }

  // Statements per search at this size, in-process (the same functions the page calls).
  process.env.DATABASE_URL = context.databaseUrl;
  process.env.NEXTAUTH_SECRET = context.secret;
  const { searchCases } = await import("@/lib/search/queries");
  const { onQuery } = await import("@/lib/core/db");
  const viewer = { id: context.data.viewer.id, name: "Dr Bench 0", email: context.data.viewer.email, role: "clinician" as const, teamIds: [] };
  await searchCases(viewer, { q: "warm" });
  let statements = 0;
  const stop = onQuery(() => statements++);
  await searchCases(viewer, { q: "marrow oedema", region: "Knee", modality: "MRI" });
  stop();

  // The same searches in-process (the page's data function, no HTTP), against the database floor
  // (one trivial statement on the same pool): p95 of serial runs, and its ratio to the floor.
  const { sql } = await import("@/lib/core/db");
  const { Prisma } = await import("@/lib/generated/prisma/client");
  const p95Of = async (run: () => Promise<unknown>) => {
    for (let i = 0; i < 5; i++) await run();
    const times: number[] = [];
    for (let i = 0; i < (quick ? 20 : 40); i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return round(times[Math.floor(times.length * 0.95)]!);
  };
  const floorMs = await p95Of(() => sql(Prisma.sql`select 1`));
  const inProcess: Record<string, number> = { floor_select_1: floorMs };
  for (const [name, params] of [
    ["search", { q: "marrow oedema" }], ["search_filtered", { q: "marrow oedema", region: "Knee", modality: "MRI", status: "resolved" }],
    ["search_typo", { q: "haemorrage talus" }], ["facets_no_query", { region: "Knee" }], ["sort_most_discussed", { q: "marrow", sort: "discussed" }],
  ] as const) {
    inProcess[`${name}_p95_ms`] = await p95Of(() => searchCases(viewer, params as Parameters<typeof searchCases>[1]));
  }

  const medianRun = (runs: Scenario[]) => [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
  results.search = {
    cases,
    generate_seconds: generateSeconds,
    statements_per_search: statements,
    in_process: inProcess,
    pages: Object.fromEntries(Object.entries(rounds).map(([name, runs]) => [name, medianRun(runs)])),
    ratios_to_dynamic_min: Object.fromEntries(Object.entries(ratios).map(([name, entry]) => [name, { rps: round(median(entry.rps)), p95: round(median(entry.p95)) }])),
  };
}
