// The diagnosis typeahead over the full catalogue (issue 27 item 5): what a person types (each
// diagnosis's prefixes as the field sends them, abbreviations, American spellings, typos), against
// `/api/diagnoses?q=` from 20 concurrent clients with /health measured the same way beside it; and
// in this process, the search function alone and with the route's database read (searchCatalogue).
// Figures: p50 and p95 in ms, and the route's p95 as a ratio to /health's.
import type { BenchContext } from "../lib/context";
import { log, round } from "../lib/measure";

const prefixes = (term: string) => [2, 3, 4, 6, 9, term.length].filter((n, i, all) => n <= term.length && all.indexOf(n) === i).map((n) => term.slice(0, n));

/** What people type: prefixes of common and rare entities, abbreviations, spellings and typos. */
export const TYPEAHEAD_QUERIES: readonly string[] = [
  ...prefixes("pulmonary embolism"), ...prefixes("glioblastoma"), ...prefixes("appendicitis"), ...prefixes("hepatocellular carcinoma"),
  ...prefixes("non-small cell lung cancer"), ...prefixes("transient bone marrow oedema"), ...prefixes("desmoplastic small round cell tumour"),
  "PE", "GBM", "NSCLC", "DCIS", "HCC", "AML", "subarachnoid hemorrhage", "wilms tumor", "esophageal cancer",
  "osteonecorsis", "transiant osteoporosis", "hepatocelular carcinoma", "carcinoma of the", "lymphoma", "fracture",
];

const percentile = (sorted: number[], p: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0);
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { requests: sorted.length, p50_ms: percentile(sorted, 0.5), p95_ms: percentile(sorted, 0.95), p99_ms: percentile(sorted, 0.99) };
};

/** `connections` clients, each sending the next path as soon as its last answer arrived, for `seconds`. */
async function closedLoop(paths: readonly string[], base: string, cookie: string, connections: number, seconds: number) {
  const times: number[] = [];
  let next = 0;
  let errors = 0;
  const until = Date.now() + seconds * 1000;
  await Promise.all(Array.from({ length: connections }, async () => {
    while (Date.now() < until) {
      const pathname = paths[next++ % paths.length]!;
      const started = performance.now();
      const response = await fetch(`${base}${pathname}`, { headers: { cookie } }).catch(() => null);
      if (!response?.ok) errors++;
      await response?.arrayBuffer();
      times.push(performance.now() - started);
    }
  }));
  return { ...summary(times), rps: round(times.length / seconds), errors };
}

export async function typeaheadScenario(context: BenchContext): Promise<void> {
  const { quick, urls, viewerCookie, results } = context;
  log("diagnosis typeahead over the full catalogue");
  const { DIAGNOSIS_CATALOGUE } = await import("@/lib/diagnoses/catalogue");
  const { searchDiagnoses } = await import("@/lib/diagnoses/search");
  const entries = DIAGNOSIS_CATALOGUE.map((entry) => ({ id: entry.slug, name: entry.name, synonyms: entry.synonyms }));
  for (const query of TYPEAHEAD_QUERIES) searchDiagnoses(entries, query);
  const inProcess: number[] = [];
  for (let round = 0; round < (quick ? 5 : 20); round++) {
    for (const query of TYPEAHEAD_QUERIES) {
      const started = performance.now();
      searchDiagnoses(entries, query);
      inProcess.push(performance.now() - started);
    }
  }

  // The route's work without HTTP: the cached catalogue plus the viewer's own proposals (one read).
  process.env.DATABASE_URL = context.databaseUrl;
  process.env.NEXTAUTH_SECRET = context.secret;
  const { searchCatalogue } = await import("@/lib/diagnoses/queries");
  const { closeDb } = await import("@/lib/core/db");
  const viewer = { id: context.data.viewer.id, name: "Dr Bench 0", email: context.data.viewer.email, role: "educator" as const, teamIds: [] };
  for (const query of TYPEAHEAD_QUERIES) await searchCatalogue(viewer, query);
  const withDatabase: number[] = [];
  for (let round = 0; round < (quick ? 3 : 10); round++) {
    for (const query of TYPEAHEAD_QUERIES) {
      const started = performance.now();
      await searchCatalogue(viewer, query);
      withDatabase.push(performance.now() - started);
    }
  }
  await closeDb();

  const routes = TYPEAHEAD_QUERIES.map((query) => `/api/diagnoses?q=${encodeURIComponent(query)}`);
  const seconds = quick ? 3 : 8;
  await closedLoop(routes, urls[0]!, viewerCookie, 20, 1); // warm: compiled route, filled catalogue cache
  const health = await closedLoop(["/health"], urls[0]!, viewerCookie, 20, seconds);
  const route = await closedLoop(routes, urls[0]!, viewerCookie, 20, seconds);
  results.typeahead = {
    catalogue: { entries: entries.length, terms: entries.reduce((sum, entry) => sum + 1 + entry.synonyms.length, 0), queries: TYPEAHEAD_QUERIES.length },
    search_function: summary(inProcess),
    search_catalogue_with_database: summary(withDatabase),
    route_20_connections: route,
    health_20_connections: health,
    route_p95_vs_health_p95: round(route.p95_ms / Math.max(health.p95_ms, 0.1)),
  };
  log(`typeahead: function p95 ${summary(inProcess).p95_ms} ms; route p95 ${route.p95_ms} ms at ${route.rps} req/s (/health p95 ${health.p95_ms} ms), ${route.errors} errors`);
}
