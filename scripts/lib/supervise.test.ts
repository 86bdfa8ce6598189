// The supervisor of `npm start` with real child processes: a server that exits is started again,
// one that keeps exiting makes it give up, and stop() returns whether the child is alive or gone.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { MAX_CRASHES, restartDelay, Supervisor } from "./supervise";

const node = (code: string) => () => spawn(process.execPath, ["-e", code], { stdio: "ignore" });

describe("Supervisor", () => {
  it("backs off 1 s, 2 s, 4 s, 8 s, then 16 s at most", () => {
    expect([1, 2, 3, 4, 5, 9].map(restartDelay)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 16_000]);
  });

  it("restarts a server that exits, with a line saying so, and gives up when it keeps exiting", async () => {
    const lines: string[] = [];
    const gaveUp = await new Promise<number>((resolve) => {
      new Supervisor({ spawn: node("process.exit(3)"), onGiveUp: resolve, log: (line) => lines.push(line), delay: () => 20 }).start();
    });
    expect(gaveUp).toBe(1);
    expect(lines.filter((line) => line.startsWith("App server started"))).toHaveLength(MAX_CRASHES);
    expect(lines).toContain("App server exited with code 3; restarting it in 0.02 s (exit 1 of 5 allowed within 60 s).");
    expect(lines.at(-1)).toMatch(/^App server exited with code 3: it exited 5 times within 60 s, so Rounds is stopping/);
  });

  it("stops a running server, and returns at once when it has already exited", async () => {
    const running = new Supervisor({ spawn: node("setInterval(() => {}, 1000)"), onGiveUp: () => undefined, log: () => undefined });
    running.start();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    await running.stop();
    expect(Date.now() - started).toBeLessThan(2_000);

    const exits: string[] = [];
    const dead = new Supervisor({ spawn: node("process.exit(0)"), onGiveUp: () => undefined, log: (line) => exits.push(line), delay: () => 60_000 });
    dead.start();
    await new Promise((resolve) => setTimeout(resolve, 500)); // exited; a restart is pending
    const before = Date.now();
    await dead.stop(); // cancels the restart, waits on nothing
    expect(Date.now() - before).toBeLessThan(100);
    expect(exits.filter((line) => line.startsWith("App server started"))).toHaveLength(1);
  });
});
