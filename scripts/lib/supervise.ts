// `npm start`'s supervision of the app's server (decision 048). If the server exits on its own it
// is started again after a backoff (1 s, doubling to 16 s), with one line in the log saying why
// and when; if it exits MAX_CRASHES times within CRASH_WINDOW_MS it is failing for a reason a
// restart will not fix, and the supervisor gives up (the caller then stops everything).
import type { ChildProcess } from "node:child_process";

export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 60_000;

export interface SupervisorOptions {
  spawn: () => ChildProcess;
  /** Called once when the server keeps dying (the exit code to leave with). */
  onGiveUp: (code: number) => void;
  log?: (line: string) => void;
  /** The wait before restart after `recentCrashes` exits (tests shorten it). */
  delay?: (recentCrashes: number) => number;
}

function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `was killed by ${signal}` : `exited with code ${code}`;
}

export function restartDelay(recentCrashes: number): number {
  return Math.min(16_000, 1_000 * 2 ** Math.max(0, recentCrashes - 1));
}

export class Supervisor {
  private child: ChildProcess | null = null;
  private crashes: number[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopping = false;

  constructor(private readonly options: SupervisorOptions) {}

  start(): void {
    if (this.stopping) return;
    const child = this.options.spawn();
    this.child = child;
    (this.options.log ?? console.log)(`App server started (pid ${child.pid}).`);
    child.once("exit", (code, signal) => this.exited(child, code, signal));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.child === child) this.child = null;
    if (this.stopping) return;
    const log = this.options.log ?? console.log;
    const now = Date.now();
    this.crashes = [...this.crashes.filter((at) => now - at < CRASH_WINDOW_MS), now];
    if (this.crashes.length >= MAX_CRASHES) {
      log(`App server ${describeExit(code, signal)}: it exited ${this.crashes.length} times within ${CRASH_WINDOW_MS / 1000} s, so Rounds is stopping (and its embedded database). Its log above says why.`);
      this.options.onGiveUp(1);
      return;
    }
    const delay = (this.options.delay ?? restartDelay)(this.crashes.length);
    log(`App server ${describeExit(code, signal)}; restarting it in ${delay / 1000} s (exit ${this.crashes.length} of ${MAX_CRASHES} allowed within ${CRASH_WINDOW_MS / 1000} s).`);
    this.timer = setTimeout(() => this.start(), delay);
  }

  /** Stops supervising and the server: SIGTERM (it drains within 10 s), SIGKILL after 12 s. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 12_000);
    await gone;
    clearTimeout(killer);
  }
}
