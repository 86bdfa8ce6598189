// Live fan-out: comments posted on one instance reach 200 subscribers spread over both.
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { projectRoot } from "../../scripts/lib/app-env";
import type { BenchContext } from "../lib/context";
import { actionId, log, signIn } from "../lib/measure";

export async function sseScenario(context: BenchContext): Promise<void> {
  const { urls, data, actorCookies, quick, scenarios, pids, check } = context;
  const commentId = actionId("lib/discussion/actions.ts", "postComment");
  log("SSE fan-out across two instances");
  // Posters who have not commented yet (the product allows 10 comments a minute per user), two
  // comments each.
  const sseCount = quick ? 6 : 20;
  const posterCookies = await Promise.all(data.users.slice(250, 250 + sseCount / 2).map((user) => signIn(urls[0]!, user.email)));
  // Let the servers finish anything still queued from the load above before measuring.
  await new Promise((resolve) => setTimeout(resolve, quick ? 1_000 : 3_000));
  const lastEvent = (await check.query(`select coalesce(max(id), 0)::text as id from "CaseActivity"`)).rows[0].id as string;
  const sse = JSON.parse(
    execFileSync(process.execPath, [path.join(projectRoot, "bench/sse.mjs"), JSON.stringify({
      urls, caseId: data.commentCaseId, cookies: actorCookies, subscribers: 200, count: sseCount, after: lastEvent,
      postUrl: `${urls[0]}/cases/${data.commentCaseId}`, actionId: commentId, posterCookies, pids: pids, memoryDir: tmpdir(),
    })], { encoding: "utf8" }).trim().split("\n").at(-1)!,
  ) as Record<string, number>;
  scenarios.sse = sse;

}
