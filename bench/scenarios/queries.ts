// The case page's data functions against the same reads in hand-written SQL (the database floor),
// and how many statements the page runs at 50 and at 5,000 comments.
import pg from "pg";
import { BENCH_TEAM_ID } from "../data";
import type { BenchContext } from "../lib/context";
import { log, median } from "../lib/measure";
import { rawCasePage } from "../lib/raw-case-page";

export async function queryScenarios(context: BenchContext): Promise<void> {
  const { data, quick, results } = context;
  const url = context.databaseUrl;
  const SECRET = context.secret;
  log("Prisma against hand-written SQL, and query counts");
  process.env.DATABASE_URL = url;
  process.env.NEXTAUTH_SECRET = SECRET;
  const { loadCasePage, readCasePage } = await import("@/lib/pages/case-page");
  const { FIRST_WINDOW, clearSharedDiscussion } = await import("@/lib/discussion/queries");
  const { clearSharedThinking } = await import("@/lib/thinking/queries");
  const { onQuery, closeDb } = await import("@/lib/core/db");
  // The bench team's educator, as the session loads them: a lead of the measured (team) cases.
  const viewer = { id: data.viewer.id, name: "Dr Bench 0", email: data.viewer.email, role: "educator" as const, teamIds: [BENCH_TEAM_ID], leadTeamIds: [BENCH_TEAM_ID], presentedCaseIds: [] };
  // What the page reads (app/cases/[caseId]/page.tsx); inside a render the case read is shared
  // through React's cache, here by passing the one promise on.
  // Every statement runs, as on a case's first view after a change: the vote panel's and the
  // discussion's reads are otherwise shared between views of the same case event (decisions 025
  // and 026), and the hand-written floor below runs them every time.
  const renderData = (id: string) => {
    clearSharedThinking();
    clearSharedDiscussion();
    return loadCasePage(viewer, id, { read: readCasePage(viewer, id) });
  };
  const countQueries = async (id: string) => {
    let count = 2; // the viewer, and the bell's count beside it: the layout's two statements, which need a request
    const stop = onQuery(() => count++);
    await renderData(id);
    stop();
    return count;
  };
  results.queries = { case_page_50: await countQueries(data.cases.case_page_50), case_page_5000: await countQueries(data.cases.case_page_5000) };
  const runs = quick ? 7 : 21;
  // Both sides as a running server has them: every pooled connection has prepared the statements
  // and PostgreSQL has settled on their plans (it plans the first five runs of each afresh).
  const warmRuns = 60;
  for (let i = 0; i < warmRuns; i++) await renderData(data.cases.case_page_500);
  const prismaTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await renderData(data.cases.case_page_500);
    prismaTimes.push(performance.now() - t);
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  for (let i = 0; i < warmRuns; i++) await rawCasePage(pool, data.cases.case_page_500, viewer.id, FIRST_WINDOW);
  const rawTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await rawCasePage(pool, data.cases.case_page_500, viewer.id, FIRST_WINDOW);
    rawTimes.push(performance.now() - t);
  }
  await pool.end();
  await closeDb();
  results.prisma = { case_page_500_ms: median(prismaTimes) };
  results.raw_sql = { case_page_500_ms: median(rawTimes) };

}
