// Preloaded into the bench's app servers (node --expose-gc --require): SIGUSR2 runs a full garbage
// collection, so a memory sample counts what open streams hold, not garbage not yet collected.
process.on("SIGUSR2", () => globalThis.gc?.());
