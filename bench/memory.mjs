// The app servers' memory, as the live-stream scenarios sample it (bench/sse.mjs, bench/conference.mjs):
// each server collects its garbage and reports its memory on SIGUSR2 (bench/gc-on-signal.cjs).
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Summed over `pids`, in KB: resident, live heap (with external) and V8's empty resident pages. */
export async function readMemory(pids, memoryDir) {
  const files = pids.map((pid) => path.join(memoryDir, `memory-${pid}.json`));
  for (const file of files) rmSync(file, { force: true });
  for (const pid of pids) process.kill(pid, "SIGUSR2");
  const started = Date.now();
  while (!files.every((file) => existsSync(file))) {
    if (Date.now() - started > 10_000) throw new Error("the servers did not report their memory within 10 s");
    await pause(25);
  }
  const usages = files.map((file) => {
    const usage = JSON.parse(readFileSync(file, "utf8"));
    rmSync(file);
    return usage;
  });
  return {
    rss: usages.reduce((sum, usage) => sum + usage.rss, 0) / 1024,
    heap: usages.reduce((sum, usage) => sum + usage.heapUsed + usage.external, 0) / 1024,
    // V8's resident heap pages that hold no live object after the collection.
    slack: usages.reduce((sum, usage) => sum + usage.v8Resident - usage.v8Live, 0) / 1024,
  };
}

/**
 * Memory once it is steady: after load, resident memory keeps falling for seconds as freed pages
 * go back to the system, so samples repeat until two in a row agree within 1 MB.
 */
export async function sampleMemory(pids, memoryDir) {
  let previous = await readMemory(pids, memoryDir);
  for (let round = 0; round < 15; round++) {
    await pause(1_000);
    const next = await readMemory(pids, memoryDir);
    if (Math.abs(next.rss - previous.rss) < 1024) return next;
    previous = next;
  }
  return previous;
}

/**
 * KB per connection between two samples: resident memory less V8's empty resident pages (what
 * the streams hold outside V8's heap plus V8's live objects), and the live heap alone.
 */
export function perConnection(from, to, added) {
  const held = (sample) => sample.rss - sample.slack;
  return { rss: Math.round((held(to) - held(from)) / added), heap: Math.round((to.heap - from.heap) / added), raw_rss: Math.round((to.rss - from.rss) / added), slack: Math.round((to.slack - from.slack) / added) };
}
