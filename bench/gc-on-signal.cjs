// Preloaded into the bench's app servers (node --expose-gc --require): on SIGUSR2, a full garbage
// collection, then the process's memory written to $BENCH_MEMORY_DIR/memory-<pid>.json, so a sample
// counts what open streams hold, not garbage not yet collected.
const { writeFileSync } = require("node:fs");
const path = require("node:path");

process.on("SIGUSR2", () => {
  globalThis.gc?.();
  globalThis.gc?.();
  const file = path.join(process.env.BENCH_MEMORY_DIR ?? require("node:os").tmpdir(), `memory-${process.pid}.json`);
  const young = require("node:v8").getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  writeFileSync(file, JSON.stringify({ ...process.memoryUsage(), youngPhysical: young?.physical_space_size ?? 0 }));
});
