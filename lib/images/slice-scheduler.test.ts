import { describe, expect, it } from "vitest";
import { DECODE_AHEAD, DECODE_BEHIND, nearestFirst, SliceScheduler, type SliceMessage } from "./slice-scheduler";

/** A scheduler whose fetches and decodes finish only when the test says so. */
function harness(total: number) {
  const urls = Array.from({ length: total }, (_, index) => `/api/images/${index}`);
  const fetches: Array<{ index: number; done?: boolean; finish: (status?: number) => void }> = [];
  const decodes: number[] = [];
  const posted: SliceMessage[] = [];
  const scheduler = new SliceScheduler({
    fetchSlice: (url) => new Promise((resolve) => {
      const index = urls.indexOf(url);
      fetches.push({ index, finish: (status) => resolve(status ? { status } : { blob: new Blob([String(index)]) }) });
    }),
    decode: async (blob) => ({ close() {}, width: 1, height: 1, label: await blob.text() }) as unknown as ImageBitmap,
    post: (message) => {
      if (message.type === "slice") decodes.push(message.index);
      posted.push(message);
    },
  });
  scheduler.receive({ type: "open", generation: 1, urls });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Finishes the oldest unfinished fetches, one at a time (up to `count`, fewer if none is left). */
  const finish = async (count: number, status?: number) => {
    for (let finished = 0; finished < count; finished++) {
      const oldest = fetches.find((one) => !one.done);
      if (!oldest) return;
      oldest.done = true;
      oldest.finish(status);
      await settle();
    }
  };
  return { scheduler, fetches, decodes, posted, finish, settle };
}

describe("the stack viewer's slice scheduler", () => {
  it("orders slices from the one shown outwards, twice as fast ahead as behind", () => {
    expect([...nearestFirst(10, 1, 20, 6, 3)]).toEqual([10, 11, 9, 12, 13, 8, 14, 15, 7, 16]);
    expect([...nearestFirst(10, -1, 20, 4, 2)]).toEqual([10, 9, 11, 8, 7, 12, 6]);
    // At the ends of the stack nothing outside it is named.
    expect([...nearestFirst(0, -1, 5)]).toEqual([0, 1, 2, 3, 4]);
    expect([...nearestFirst(4, 1, 5)]).toEqual([4, 3, 2, 1, 0]);
  });

  it("fetches the slice shown first, a few at a time, and the whole series in the background once the reader moves", async () => {
    const { scheduler, fetches, finish } = harness(30);
    scheduler.receive({ type: "show", generation: 1, index: 0, wholeSeries: true });
    expect(fetches.map((one) => one.index)).toEqual([0, 1, 2, 3]);
    // Only looked at: the slices near the first.
    await finish(DECODE_AHEAD + 1);
    expect(fetches).toHaveLength(DECODE_AHEAD + 1);
    scheduler.receive({ type: "show", generation: 1, index: 1, wholeSeries: true });
    await finish(30 - DECODE_AHEAD - 1);
    expect(new Set(fetches.map((one) => one.index)).size).toBe(30);
    expect(fetches).toHaveLength(30);
  });

  it("fetches only near the slice shown for a phone following a presenter", async () => {
    const { scheduler, fetches, finish } = harness(100);
    for (const index of [0, 10, 20]) scheduler.receive({ type: "show", generation: 1, index, wholeSeries: false });
    await finish(60);
    const fetched = fetches.map((one) => one.index);
    expect(fetched).toContain(20);
    // Ahead of and behind the presenter's slice, never the rest of the series.
    expect(fetched.every((index) => index <= 20 + DECODE_AHEAD)).toBe(true);
    expect(new Set(fetched).size).toBeLessThan(40);
  });

  it("lets a slice jumped to go before the stale neighbours of the last one, and decodes only near it", async () => {
    const { scheduler, fetches, decodes, finish, settle } = harness(100);
    scheduler.receive({ type: "show", generation: 1, index: 0, wholeSeries: true });
    scheduler.receive({ type: "show", generation: 1, index: 60, wholeSeries: true });
    await finish(1);
    // The next request started is for slice 60, not for slice 4 of the old neighbourhood.
    expect(fetches.at(-1)!.index).toBe(60);
    await finish(40);
    await settle();
    expect(decodes).toContain(60);
    expect(decodes.every((index) => index <= 60 + DECODE_AHEAD && index >= 60 - DECODE_BEHIND || index <= 3)).toBe(true);
  });

  it("says why only when the slice shown fails, and asks for it again when it is shown again", async () => {
    const { scheduler, fetches, posted, finish } = harness(10);
    scheduler.receive({ type: "show", generation: 1, index: 0, wholeSeries: true });
    await finish(2, 404);
    expect(posted).toEqual([{ type: "failed", generation: 1, index: 0, error: "This slice is not available." }]);
    scheduler.receive({ type: "show", generation: 1, index: 1, wholeSeries: true });
    // Next in line once a request finishes.
    await finish(1);
    expect(fetches.filter((one) => one.index === 1)).toHaveLength(2);
    expect(fetches.at(-1)!.index).toBe(1);
  });

  it("drops what a previous series asked for", async () => {
    const { scheduler, fetches, posted, settle } = harness(10);
    scheduler.receive({ type: "show", generation: 1, index: 0, wholeSeries: true });
    scheduler.receive({ type: "open", generation: 2, urls: ["/api/images/a"] });
    fetches[0]!.finish();
    await settle();
    expect(posted).toEqual([]);
    const asked = fetches.length;
    // A command of the old series is ignored.
    scheduler.receive({ type: "show", generation: 1, index: 5, wholeSeries: true });
    expect(fetches).toHaveLength(asked);
  });
});
