// `npm run test:deploy`: the multi-instance deployment of docs/deploy.md, run for real on this
// machine and checked (issue 28 item 5). Two app instances (the production build) behind Debian's
// nginx, PostgreSQL reached through Debian's pgbouncer in transaction mode (prepared statements
// off, decision 019), each instance's LISTEN connection straight to PostgreSQL
// (DATABASE_LISTEN_URL), images and upload chunks in folders both instances share. The checks are
// in scripts/lib/deploy/checks.ts. nginx and pgbouncer are system packages, so this is not part of
// `npm test`; when either is missing it says in one line what to install.
//   DEPLOY_PORT (default 3700): nginx; the instances on the next two ports, pgbouncer on the third.
//   EMBEDDED_PG_DEPLOY_PORT (default 54333): its embedded PostgreSQL (or DATABASE_URL's server).
//   --no-build: reuse the build in NEXT_DIST_DIR even if sources are newer (while iterating).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { connect, seedDemo } from "../prisma/seed-runner";
import { projectRoot } from "./lib/app-env";
import { buildApp, buildIsCurrent, distDir, serverArgs } from "./lib/app-server";
import { runChecks, type Deployment } from "./lib/deploy/checks";
import { findBinary, nginxConfig, pgbouncerConfig, shareWithServices, startService, stopChild } from "./lib/deploy/services";
import { isPortFree } from "./lib/database";
import { testDatabase } from "./lib/test-database";

const INSTALL = "sudo apt-get install -y nginx pgbouncer";
const BASE_PORT = Number(process.env.DEPLOY_PORT ?? 3700);
const PORTS = { nginx: BASE_PORT, apps: [BASE_PORT + 1, BASE_PORT + 2], pgbouncer: BASE_PORT + 3 };
const PG_PORT = Number(process.env.EMBEDDED_PG_DEPLOY_PORT ?? 54333);
const started = Date.now();

const log = (message: string) => console.log(`deploy [${Math.round((Date.now() - started) / 1000)} s]: ${message}`);

async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs: number, alive?: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (alive && !alive()) throw new Error(`${what} exited while starting`);
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const answers = (url: string) => async () => (await fetch(url, { headers: { accept: "application/json" } })).ok;

async function main() {
  const nginx = findBinary("nginx");
  const pgbouncer = findBinary("pgbouncer");
  if (!nginx || !pgbouncer) {
    console.error(`test:deploy needs nginx and pgbouncer (missing: ${[nginx ? "" : "nginx", pgbouncer ? "" : "pgbouncer"].filter(Boolean).join(", ")}): ${INSTALL}`);
    process.exit(1);
  }
  for (const port of [PORTS.nginx, ...PORTS.apps, PORTS.pgbouncer]) {
    if (!(await isPortFree(port))) {
      console.error(`test:deploy needs ports ${BASE_PORT}-${BASE_PORT + 3}, and ${port} is taken: set DEPLOY_PORT to the first of four free ports.`);
      process.exit(1);
    }
  }

  const tmp = mkdtempSync(path.join(tmpdir(), "rounds-deploy-"));
  // nginx and pgbouncer get a folder of their own (they run as "nobody" under root).
  const servicesDir = mkdtempSync(path.join(tmpdir(), "rounds-deploy-services-"));
  const children: ChildProcess[] = [];
  let database: Awaited<ReturnType<typeof testDatabase>> | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  // The build runs while the database starts and the demo data load.
  const reuse = process.argv.includes("--no-build") && existsSync(path.join(projectRoot, distDir(env), "BUILD_ID"));
  let building: Promise<void> = Promise.resolve();
  if (!reuse && !buildIsCurrent(env)) {
    log(`building the production app into ${distDir(env)}`);
    building = buildApp(env, { quiet: true });
  } else log(`using the build in ${distDir(env)}`);
  const buildSettled = building.then(() => undefined, () => undefined);

  try {
    database = await testDatabase({ port: PG_PORT });
    const directUrl = database.url;
    // Images and upload chunks in folders both instances see (a shared volume, or S3, across machines).
    env.IMAGES_DIR = path.join(tmp, "images");
    env.UPLOAD_TMP_DIR = path.join(tmp, "uploads");
    process.env.IMAGES_DIR = env.IMAGES_DIR;
    const seedClient = connect(directUrl);
    await seedDemo(seedClient);
    await seedClient.$disconnect();
    log("database migrated and demo data loaded");

    const { ini, userlist } = pgbouncerConfig({ dir: servicesDir, port: PORTS.pgbouncer, serverUrl: directUrl });
    writeFileSync(path.join(servicesDir, "pgbouncer.ini"), ini);
    writeFileSync(path.join(servicesDir, "userlist.txt"), userlist, { mode: 0o600 });
    writeFileSync(path.join(servicesDir, "nginx.conf"), nginxConfig({ dir: servicesDir, port: PORTS.nginx, upstreams: PORTS.apps }));
    shareWithServices(servicesDir);
    const bouncer = startService(pgbouncer, [path.join(servicesDir, "pgbouncer.ini")]);
    children.push(bouncer.child);
    const pooled = new URL(directUrl);
    pooled.hostname = "127.0.0.1";
    pooled.port = String(PORTS.pgbouncer);
    const pooledUrl = pooled.toString();
    await waitUntil("pgbouncer", async () => {
      const client = new pg.Client({ connectionString: pooledUrl, connectionTimeoutMillis: 1_000 });
      try {
        await client.connect();
        return (await client.query("select 1 as one")).rows[0].one === 1;
      } finally {
        await client.end().catch(() => undefined);
      }
    }, 15_000, () => bouncer.child.exitCode === null).catch((error: Error) => {
      throw new Error(`${error.message}\n${bouncer.output()}`);
    });
    log(`pgbouncer (transaction mode) on ${PORTS.pgbouncer}`);

    await building;
    const nginxUrl = `http://127.0.0.1:${PORTS.nginx}`;
    const appEnv: NodeJS.ProcessEnv = {
      ...env,
      NODE_ENV: "production",
      DATABASE_URL: pooledUrl,
      DATABASE_LISTEN_URL: directUrl,
      DB_PREPARED_STATEMENTS: "0",
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: nginxUrl,
      TRUSTED_PROXIES: "127.0.0.1",
    };
    const instances: ChildProcess[] = [];
    const startInstance = async (index: number) => {
      const port = PORTS.apps[index]!;
      const output = createWriteStream(path.join(tmp, `app-${index + 1}.log`), { flags: "a" });
      const child = spawn(process.execPath, serverArgs(appEnv), { cwd: projectRoot, env: { ...appEnv, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
      child.stdout.pipe(output);
      child.stderr.pipe(output);
      instances[index] = child;
      children.push(child);
      await waitUntil(`app instance ${index + 1}`, answers(`http://127.0.0.1:${port}/health`), 60_000, () => child.exitCode === null);
      return child;
    };
    await Promise.all([startInstance(0), startInstance(1)]);
    log(`two app instances on ${PORTS.apps.join(" and ")} (DATABASE_URL through pgbouncer, DATABASE_LISTEN_URL direct)`);

    const proxy = startService(nginx, ["-p", servicesDir, "-c", path.join(servicesDir, "nginx.conf"), "-e", path.join(servicesDir, "nginx-error.log")]);
    children.push(proxy.child);
    await waitUntil("nginx", answers(`${nginxUrl}/health`), 15_000, () => proxy.child.exitCode === null).catch((error: Error) => {
      throw new Error(`${error.message}\n${proxy.output()}`);
    });
    log(`nginx on ${PORTS.nginx}, balancing both instances`);

    const deployment: Deployment = {
      nginxUrl,
      appUrls: PORTS.apps.map((port) => `http://127.0.0.1:${port}`),
      directUrl,
      pooledUrl,
      distDir: distDir(env),
      instances,
      restart: startInstance,
      log,
    };
    const passed = await runChecks(deployment);
    log(`${passed} checks passed in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    for (const file of [path.join(tmp, "app-1.log"), path.join(tmp, "app-2.log"), path.join(servicesDir, "nginx-error.log"), path.join(servicesDir, "pgbouncer.log")]) {
      if (existsSync(file)) console.error(`--- ${path.basename(file)} (end) ---\n${readFileSync(file, "utf8").slice(-3000)}`);
    }
    throw error;
  } finally {
    await buildSettled;
    await Promise.all(children.map((child) => stopChild(child)));
    await database?.dispose().catch((error: Error) => console.error(`deploy: the test database was not dropped: ${error.message}`));
    for (const dir of [tmp, servicesDir]) rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`deploy: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
