// Preloaded into the bench's app servers (node --expose-gc --require): on SIGUSR2, a full garbage
// collection, then the process's memory written to $BENCH_MEMORY_DIR/memory-<pid>.json, so a sample
// counts what open streams hold, not garbage not yet collected.
const { renameSync, writeFileSync } = require("node:fs");
const path = require("node:path");

process.on("SIGUSR2", () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const file = path.join(process.env.BENCH_MEMORY_DIR ?? require("node:os").tmpdir(), `memory-${process.pid}.json`);
  // V8's resident pages per space, and how much of them holds live objects after the collection.
  const spaces = require("node:v8").getHeapSpaceStatistics();
  const sum = (key) => spaces.reduce((total, space) => total + space[key], 0);
  // Written whole, then renamed: the reader polls for the file and must never see half of it.
  writeFileSync(`${file}.part`, JSON.stringify({ ...process.memoryUsage(), v8Resident: sum("physical_space_size"), v8Live: sum("space_used_size") }));
  renameSync(`${file}.part`, file);
});
