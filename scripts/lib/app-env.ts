// The environment the app process gets from `npm start`, the tests and the bench: the database
// URL (embedded or external), a migrated schema, and a session secret.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

/** A secret kept in the git-ignored .data folder, so sessions survive restarts. */
export function localSecret(): string {
  const file = path.join(projectRoot, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Children of run() still running, so a stopping `npm start` can end a build or migration. */
const running = new Set<ChildProcess>();

/** Ends whatever run() started that is still running (SIGTERM). */
export function stopChildren(): void {
  for (const child of running) child.kill("SIGTERM");
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv, options: { quiet?: boolean } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: projectRoot,
      env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    running.add(child);
    child.once("exit", () => running.delete(child));
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}\n${output.slice(-4000)}`)),
    );
  });
}

export function migrate(databaseUrl: string, options: { quiet?: boolean } = { quiet: true }): Promise<void> {
  return run("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl }, options);
}

/**
 * Runs `work` against the app's database: DATABASE_URL, or the "rounds" database of the
 * embedded server (started for the duration), migrated first. Stops the embedded server after.
 */
export async function withAppDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const { createDatabaseIfMissing, databaseUrl, startDatabase } = await import("./database");
  const server = await startDatabase();
  try {
    let url = process.env.DATABASE_URL;
    if (!url) {
      await createDatabaseIfMissing(server.url, "rounds");
      url = databaseUrl(server.url, "rounds");
    }
    await migrate(url);
    return await work(url);
  } finally {
    await server.stop();
  }
}

/** The scripts' exit: a SetupError is one line for the user; anything else is a bug with a trace. */
export function exitOnError(error: unknown): never {
  console.error(error instanceof Error && error.name === "SetupError" ? error.message : error);
  process.exit(1);
}
