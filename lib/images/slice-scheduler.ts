// What the stack viewer fetches and decodes next, nearest the slice shown first (decision 112).
// It runs in the viewer's worker (components/viewer/slice-decoder.worker.ts), or on the page where
// module workers are missing. A series' compressed slices are all fetched in the background once
// the reader moves through it (a viewer only looked at, Compare on a phone, or a phone following
// a presenter fetch only the slices near the one shown), nearest first and twice as far ahead as behind in the direction of travel,
// a few requests at a time; only those near the slice shown are decoded and handed over. A slice asked
// for jumps the queue, and requests for slices scrolled past are never started, so fast scrolling
// does not leave the slice on screen waiting behind stale work.

/** Requests to the image route at once (a browser allows six per host; the page needs one or two). */
const FETCHES = 4;
/** Decodes at once (each runs on the browser's own decoding threads). */
const DECODES = 2;
/** Slices decoded ahead of the one shown, in the direction of travel, and behind it. */
export const DECODE_AHEAD = 8;
export const DECODE_BEHIND = 3;
/** Compressed bytes kept for a series; past this only slices near the one shown are fetched. */
const BLOB_BUDGET = 96 * 1024 * 1024;

export type SliceMessage = { type: "slice"; generation: number; index: number; bitmap: ImageBitmap } | { type: "failed"; generation: number; index: number; error: string };
export type SliceCommand =
  | { type: "open"; generation: number; urls: string[] }
  | { type: "show"; generation: number; index: number; wholeSeries: boolean }
  | { type: "dropped"; generation: number; indices: number[] };

export interface SliceIo {
  fetchSlice(url: string): Promise<{ blob: Blob } | { status: number | null }>;
  decode(blob: Blob): Promise<ImageBitmap>;
  post(message: SliceMessage): void;
}

/** Why a slice could not be shown, in words. */
export function failure(status: number | null): string {
  if (status === 404) return "This slice is not available.";
  if (status === null) return "The slice could not be loaded: check the connection.";
  return `The slice could not be loaded (HTTP ${status}).`;
}

/** Slice indices from `current` outwards: ahead in `direction` at twice the pace of behind. */
export function* nearestFirst(current: number, direction: 1 | -1, total: number, ahead = total, behind = total): Generator<number> {
  const forwardEnd = Math.min(ahead, direction > 0 ? total - 1 - current : current);
  const backwardEnd = Math.min(behind, direction > 0 ? current : total - 1 - current);
  let forward = 0;
  let backward = 1;
  while (forward <= forwardEnd || backward <= backwardEnd) {
    if (forward <= forwardEnd && (backward > backwardEnd || forward < 2 * backward)) yield current + direction * forward++;
    else yield current - direction * backward++;
  }
}

export class SliceScheduler {
  private generation = 0;
  private urls: string[] = [];
  private current = 0;
  private direction: 1 | -1 = 1;
  /** Whether the reader has moved through this series: until then only the slices near the first are fetched. */
  private moved = false;
  /** False for a phone following a presenter: a room of them must not each fetch whole series. */
  private wholeSeries = true;
  private readonly blobs = new Map<number, Blob>();
  private bytes = 0;
  private readonly fetching = new Set<number>();
  private readonly decoding = new Set<number>();
  private readonly delivered = new Set<number>();
  private readonly failed = new Map<number, string>();

  constructor(private readonly io: SliceIo) {}

  receive(command: SliceCommand): void {
    if (command.type === "open") {
      this.generation = command.generation;
      this.urls = command.urls;
      this.current = 0;
      this.direction = 1;
      this.moved = false;
      this.blobs.clear();
      this.bytes = 0;
      this.fetching.clear();
      this.decoding.clear();
      this.delivered.clear();
      this.failed.clear();
    } else if (command.generation !== this.generation) {
      return;
    } else if (command.type === "show") {
      if (command.index !== this.current) {
        this.direction = command.index > this.current ? 1 : -1;
        this.moved = true;
      }
      this.current = command.index;
      this.wholeSeries = command.wholeSeries;
      // A slice that failed is tried again whenever it is asked for again.
      this.failed.delete(command.index);
    } else {
      for (const index of command.indices) this.delivered.delete(index);
    }
    this.pump();
  }

  private pump(): void {
    const total = this.urls.length;
    if (this.fetching.size < FETCHES) {
      const near = !this.wholeSeries || !this.moved || this.bytes >= BLOB_BUDGET;
      for (const index of nearestFirst(this.current, this.direction, total, near ? DECODE_AHEAD : total, near ? DECODE_BEHIND : total)) {
        if (this.fetching.size >= FETCHES) break;
        if (!this.blobs.has(index) && !this.fetching.has(index) && !this.failed.has(index)) this.fetch(index);
      }
    }
    if (this.decoding.size < DECODES) {
      for (const index of nearestFirst(this.current, this.direction, total, DECODE_AHEAD, DECODE_BEHIND)) {
        if (this.decoding.size >= DECODES) break;
        if (this.blobs.has(index) && !this.delivered.has(index) && !this.decoding.has(index)) this.decodeSlice(index);
      }
    }
  }

  private fetch(index: number): void {
    const generation = this.generation;
    this.fetching.add(index);
    void this.io.fetchSlice(this.urls[index]!).catch(() => ({ status: null })).then((result) => {
      if (generation !== this.generation) return;
      this.fetching.delete(index);
      if ("blob" in result) {
        this.blobs.set(index, result.blob);
        this.bytes += result.blob.size;
      } else {
        this.failed.set(index, failure(result.status));
        // Only the slice on screen says why; a neighbour is tried again when it is shown.
        if (index === this.current) this.io.post({ type: "failed", generation, index, error: failure(result.status) });
      }
      this.pump();
    });
  }

  private decodeSlice(index: number): void {
    const generation = this.generation;
    this.decoding.add(index);
    void this.io.decode(this.blobs.get(index)!).then(
      (bitmap) => {
        if (generation !== this.generation) return bitmap.close();
        this.decoding.delete(index);
        this.delivered.add(index);
        this.io.post({ type: "slice", generation, index, bitmap });
        this.pump();
      },
      () => {
        if (generation !== this.generation) return;
        this.decoding.delete(index);
        this.blobs.delete(index);
        this.failed.set(index, "This slice could not be decoded.");
        if (index === this.current) this.io.post({ type: "failed", generation, index, error: "This slice could not be decoded." });
        this.pump();
      },
    );
  }
}

/** Fetching and decoding with the browser's own functions (in the worker or on the page). */
export function browserSliceIo(post: (message: SliceMessage) => void): SliceIo {
  return {
    fetchSlice: async (url) => {
      const response = await fetch(url, { credentials: "same-origin" });
      return response.ok ? { blob: await response.blob() } : { status: response.status };
    },
    decode: (blob) => createImageBitmap(blob),
    post,
  };
}
