// The deployment test's checks (scripts/test-deploy.ts sets the deployment up): sessions valid on
// either instance, live updates crossing instances and nginx, the pool and the LISTEN connection
// each where they belong, an image job through the pooler, and a rolling restart under light load
// that loses no acknowledged write and no live event.
import type { ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { DEMO_PASSWORD } from "@/lib/demo/content";
import { syntheticFootDicomSeries } from "@/lib/images/synthetic";
import { LIVE_CHANNEL } from "@/lib/live/notify";
import { serverActionId, signInOverHttp } from "../http-client";
import { answeredBy, LiveFollower, postComment, type PostOutcome } from "./live-client";
import { stopChild } from "./services";

export interface Deployment {
  nginxUrl: string;
  /** Each instance's own address (behind nginx). */
  appUrls: string[];
  directUrl: string;
  pooledUrl: string;
  distDir: string;
  /** The running instances (restart() replaces one). */
  instances: ChildProcess[];
  restart: (index: number) => Promise<ChildProcess>;
  log: (message: string) => void;
}

/** An open demo case every demo user may see and discuss. */
const CASE_ID = "demo-runner-metatarsal";
const CASE_AUTHOR = "radiologist@example.org";
const POSTERS = ["attending@example.org", "resident@example.org", "educator@example.org", "radiologist@example.org", "admin@example.org"];
/** The product allows 10 comments a minute per user; the restart's writers stay under it. */
const POSTS_PER_USER = 9;
const POST_SPACING_MS = 3_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runChecks(d: Deployment): Promise<number> {
  let passed = 0;
  const ok = (name: string, condition: boolean, detail: string) => {
    if (!condition) throw new Error(`${name}: ${detail}`);
    passed++;
    d.log(`ok ${passed}: ${name} (${detail})`);
  };
  const direct = new pg.Client({ connectionString: d.directUrl });
  await direct.connect();
  const admin = new URL(d.pooledUrl);
  admin.pathname = "/pgbouncer";
  const bouncerAdmin = new pg.Client({ connectionString: admin.toString() });
  await bouncerAdmin.connect();
  const followers: LiveFollower[] = [];
  try {
    // 1. Sign in through nginx (the CSRF token and the callback may be answered by different
    // instances), then use the session on both.
    const cookies = Object.fromEntries(await Promise.all(POSTERS.map(async (email) => [email, await signInOverHttp(d.nginxUrl, email, DEMO_PASSWORD)] as const)));
    const viewer = cookies["attending@example.org"]!;
    const instancesSeen = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${d.nginxUrl}/cases/${CASE_ID}`, { headers: { cookie: viewer }, redirect: "manual" });
      const html = await response.text();
      if (response.status !== 200 || !html.includes("Runner with midfoot pain")) throw new Error(`the case page through nginx answered ${response.status} to a signed-in viewer`);
      instancesSeen.add(answeredBy(response) ?? "?");
    }
    ok("a session made through nginx is valid on either instance", instancesSeen.size === 2, `6 case pages through nginx, answered by ${[...instancesSeen].join(" and ")}`);
    const statuses = await Promise.all(d.appUrls.map(async (url) => (await fetch(`${url}/cases/${CASE_ID}`, { headers: { cookie: viewer }, redirect: "manual" })).status));
    ok("the same cookie sent to each instance directly", statuses.every((status) => status === 200), `answered ${statuses.join(", ")}`);

    // 2. Live updates cross instances: a stream on each instance and one through nginx.
    const actionId = serverActionId(d.distDir, "lib/discussion/actions.ts", "postComment");
    const follow = async (base: string) => {
      const follower = new LiveFollower(`${base}/api/cases/${CASE_ID}/events`, viewer);
      followers.push(follower);
      await follower.start();
      return follower;
    };
    const [onFirst, onSecond, throughNginx] = await Promise.all([follow(d.appUrls[0]!), follow(d.appUrls[1]!), follow(d.nginxUrl)]);
    for (const [from, to, stream] of [[1, 0, onFirst], [0, 1, onSecond]] as const) {
      const sentAt = performance.now();
      const posted = await postComment(d.appUrls[from]!, { cookie: cookies["resident@example.org"]!, actionId, caseId: CASE_ID, body: `Deployment check: posted on instance ${from + 1}.`, clientKey: randomUUID() });
      if (!posted.ok) throw new Error(`posting on instance ${from + 1} failed: ${posted.last}`);
      await stream!.until(() => stream!.hasComment(posted.commentId), 10_000, `the comment on instance ${to + 1}'s stream`);
      const arrived = Math.round(performance.now() - sentAt);
      await throughNginx!.until(() => throughNginx!.hasComment(posted.commentId), 10_000, "the comment on the stream through nginx");
      ok(`a comment posted on instance ${from + 1} reaches a stream on instance ${to + 1} and one through nginx`, true, `${arrived} ms from posting to instance ${to + 1}'s stream`);
    }

    // 3. Statements through pgbouncer; each instance's LISTEN straight to PostgreSQL.
    const stats = (await bouncerAdmin.query("SHOW STATS")).rows.find((row) => row.database === new URL(d.directUrl).pathname.slice(1));
    ok("the instances' statements go through pgbouncer", Number(stats?.total_xact_count ?? 0) > 0, `${stats?.total_xact_count ?? 0} transactions, ${stats?.total_query_count ?? 0} statements pooled so far`);
    const bouncerPorts = new Set((await bouncerAdmin.query("SHOW SERVERS")).rows.map((row) => Number(row.local_port)));
    // The hub listens to the live channel and, in the same statement, the library's (decision 116).
    const listeners = (await direct.query(`select client_port from pg_stat_activity where datname = current_database() and query like $1`, [`LISTEN ${LIVE_CHANNEL}%`])).rows;
    const pooledListeners = listeners.filter((row) => bouncerPorts.has(Number(row.client_port))).length;
    ok("each instance's LISTEN connection goes straight to PostgreSQL", listeners.length === 2 && pooledListeners === 0, `${listeners.length} LISTEN connections, ${pooledListeners} of them pgbouncer's`);

    // 4. The image worker (pg-boss) through pgbouncer: an upload through nginx is processed.
    const jobClients = (await bouncerAdmin.query("SHOW CLIENTS")).rows.filter((row) => row.application_name === "rounds-jobs").length;
    ok("the image job queue connects through pgbouncer", jobClients > 0, `${jobClients} pg-boss connections in pgbouncer's clients`);
    const studyId = (await direct.query(`select id from "Study" where "caseId" = $1 order by position limit 1`, [CASE_ID])).rows[0].id as string;
    const processedIn = await uploadImage(d.nginxUrl, cookies[CASE_AUTHOR]!, studyId);
    ok("an image uploaded through nginx is processed by a worker through pgbouncer", true, `done ${processedIn} ms after its last byte`);

    // 5. Rolling restart under light load: the instance serving the nginx stream is stopped with
    // SIGTERM while comments are posted and pages read through nginx, then started again.
    await Promise.all([onFirst!.stop(), onSecond!.stop()]);
    const port = Number(new URL(`http://${throughNginx!.upstream}`).port);
    const target = d.appUrls.findIndex((url) => new URL(url).port === String(port));
    if (target < 0) throw new Error(`the stream through nginx names no instance (X-Upstream: ${throughNginx!.upstream})`);
    const firstEvent = BigInt((await direct.query(`select coalesce(max(id), 0)::text as id from "CaseActivity" where "caseId" = $1`, [CASE_ID])).rows[0].id);
    const streamConnections = throughNginx!.connections.length;
    let writing = true;
    // Letters only: the de-identification guard rightly refuses a comment holding an eight-digit
    // number (a record number), which a hex run tag is about one time in forty.
    const run = Array.from(randomBytes(8), (byte) => String.fromCharCode(97 + (byte % 26))).join("");
    const outcomes: PostOutcome[] = [];
    const writers = POSTERS.map(async (email, index) => {
      await pause(index * 300);
      for (let n = 0; n < POSTS_PER_USER && writing; n++) {
        outcomes.push(await postComment(d.nginxUrl, { cookie: cookies[email]!, actionId, caseId: CASE_ID, body: `Rolling restart ${run}: note ${n + 1} from poster ${index + 1}.`, clientKey: randomUUID() }));
        await pause(POST_SPACING_MS);
      }
    });
    const reads: Array<{ status: number; by: string | null; at: number }> = [];
    const reader = (async () => {
      while (writing) {
        const read = await fetch(`${d.nginxUrl}/cases/${CASE_ID}`, { headers: { cookie: viewer }, redirect: "manual" }).then(
          async (response) => {
            await response.arrayBuffer();
            return { status: response.status, by: answeredBy(response), at: Date.now() };
          },
          () => ({ status: 0, by: null, at: Date.now() }),
        );
        reads.push(read);
        await pause(100);
      }
    })();
    await pause(2_000);
    const stoppingAt = Date.now();
    const code = await stopChild(d.instances[target]!, "SIGTERM", 15_000);
    const drainMs = Date.now() - stoppingAt;
    ok(`SIGTERM drains instance ${target + 1} under load`, code === 0 && drainMs < 10_000, `exit code ${code} after ${drainMs} ms`);
    const restartingAt = Date.now();
    await d.restart(target);
    const restartMs = Date.now() - restartingAt;
    // Load continues until nginx has sent the restarted instance a read again (at most 10 s).
    const targetHost = new URL(d.appUrls[target]!).host;
    const back = () => reads.some((read) => read.at > restartingAt + restartMs && read.by === targetHost);
    const backBy = Date.now() + 10_000;
    await pause(3_000);
    while (!back() && Date.now() < backBy) await pause(100);
    writing = false;
    await Promise.all([...writers, reader]);

    const acknowledged = outcomes.filter((outcome): outcome is Extract<PostOutcome, { ok: true }> => outcome.ok);
    const failed = outcomes.filter((outcome) => !outcome.ok);
    const retried = outcomes.filter((outcome) => outcome.attempts > 1).length;
    ok("every comment posted during the restart is acknowledged", failed.length === 0 && acknowledged.length > 0, `${acknowledged.length} acknowledged, ${retried} after a retry with the same key, ${failed.length} not: ${failed.map((f) => !f.ok && f.last).join("; ").slice(0, 300)}`);
    const ids = acknowledged.map((outcome) => outcome.commentId);
    const stored = (await direct.query(`select count(*)::int as n from "Comment" where id = any($1)`, [ids])).rows[0].n as number;
    const rows = (await direct.query(`select count(*)::int as n from "Comment" where "caseId" = $1 and body like $2`, [CASE_ID, `Rolling restart ${run}:%`])).rows[0].n as number;
    ok("no acknowledged comment lost, none stored twice", stored === ids.length && rows === ids.length, `${stored} of ${ids.length} acknowledged found; ${rows} rows with this run's text`);
    await throughNginx!.until(() => ids.every((id) => throughNginx!.hasComment(id)), 10_000, "every acknowledged comment on the stream through nginx").catch((error: Error) => {
      throw new Error(`${error.message}: ${ids.filter((id) => !throughNginx!.hasComment(id)).length} of ${ids.length} missing`);
    });
    const received = throughNginx!.events.map((event) => BigInt(event.id)).filter((id) => id > firstEvent);
    const logged = (await direct.query(`select id::text from "CaseActivity" where "caseId" = $1 and id > $2 order by id`, [CASE_ID, firstEvent.toString()])).rows.map((row) => BigInt(row.id));
    const inOrder = received.every((id, index) => index === 0 || id > received[index - 1]!);
    ok("the stream through nginx got every event once, in order", inOrder && received.length === logged.length && received.every((id, index) => id === logged[index]), `${received.length} events received, ${logged.length} logged`);
    const reconnections = throughNginx!.connections.slice(streamConnections);
    ok("the stream was told to reconnect and reconnected through nginx", throughNginx!.reconnectEvents >= 1 && reconnections.some((connection) => connection.status === 200), `reconnect events ${throughNginx!.reconnectEvents}; then ${reconnections.map((c) => `${c.status} from ${c.upstream}`).join(", ")}`);
    const failedReads = reads.filter((read) => read.status !== 200);
    ok("page reads through nginx all answered during the restart", failedReads.length === 0, `${reads.length} reads, ${failedReads.length} not 200: ${failedReads.map((read) => read.status || "network error").join(", ")}`);
    ok("nginx sends requests to the restarted instance again", back(), `${reads.filter((read) => read.at > restartingAt + restartMs && read.by === targetHost).length} reads answered by instance ${target + 1} after its restart`);
    d.log(`rolling restart: instance ${target + 1} drained in ${drainMs} ms, answered again ${restartMs} ms after starting`);
    return passed;
  } finally {
    await Promise.all(followers.map((follower) => follower.stop()));
    await Promise.all([direct.end(), bouncerAdmin.end()].map((closing) => closing.catch(() => undefined)));
  }
}

/** The upload protocol (decision 041) through nginx; returns how long the job took after the last byte. */
async function uploadImage(base: string, cookie: string, studyId: string): Promise<number> {
  const bytes = syntheticFootDicomSeries({ slices: 1, size: 64, seed: `deploy-${studyId}` })[0]!;
  const json = { cookie, "content-type": "application/json" };
  const announced = await fetch(`${base}/api/studies/${studyId}/uploads`, { method: "POST", headers: json, body: JSON.stringify({ files: [{ size: bytes.length }] }) });
  if (announced.status !== 201) throw new Error(`announcing an upload answered ${announced.status}: ${(await announced.text()).slice(0, 200)}`);
  const uploadId = ((await announced.json()) as { data: { files: Array<{ uploadId: string }> } }).data.files[0]!.uploadId;
  const sent = await fetch(`${base}/api/uploads/${uploadId}?offset=0`, { method: "PUT", headers: { cookie, "content-type": "application/octet-stream" }, body: Buffer.from(bytes) });
  if (sent.status !== 200) throw new Error(`sending the upload answered ${sent.status}: ${(await sent.text()).slice(0, 200)}`);
  const sentAt = Date.now();
  for (;;) {
    const status = ((await (await fetch(`${base}/api/uploads/${uploadId}`, { headers: { cookie } })).json()) as { data: { status: string; message?: string } }).data;
    if (status.status === "done") return Date.now() - sentAt;
    if (status.status === "failed") throw new Error(`the image job failed: ${status.message ?? ""}`);
    if (Date.now() - sentAt > 60_000) throw new Error(`the image job was still "${status.status}" after 60 s`);
    await pause(250);
  }
}
