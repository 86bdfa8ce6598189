import { describe, expect, it } from "vitest";
import { MAX_RECONNECT_DELAY_MS, reconnectDelay } from "./backoff";

describe("reconnectDelay", () => {
  it("doubles from 1 s to a 30 s cap, each wait between half and all of its ceiling", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 50].map((attempt) => reconnectDelay(attempt, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000]);
    expect([0, 1, 5].map((attempt) => reconnectDelay(attempt, () => 0))).toEqual([500, 1_000, 15_000]);
  });

  it("spreads a crowd: a thousand clients on the same attempt do not pick the same moment", () => {
    const waits = Array.from({ length: 1_000 }, () => reconnectDelay(3));
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(4_000);
    expect(Math.max(...waits)).toBeLessThanOrEqual(8_000);
    expect(new Set(waits).size).toBeGreaterThan(500);
    expect(reconnectDelay(1e9)).toBeLessThanOrEqual(MAX_RECONNECT_DELAY_MS);
  });
});
