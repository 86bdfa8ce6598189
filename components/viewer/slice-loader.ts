// The page's side of the stack viewer's slices (decision 112): tells the worker which slice is
// shown, keeps the decoded bitmaps it hands over for the slices near that one, and says when the
// slice shown is ready (at once when it is already decoded). Where module workers are missing the
// same scheduler runs on the page.
import { browserSliceIo, DECODE_AHEAD, DECODE_BEHIND, SliceScheduler, type SliceCommand, type SliceMessage } from "@/lib/images/slice-scheduler";

/** Bitmaps further than this from the one shown are released (a 512 x 512 slice holds 1 MB). */
const KEEP = Math.max(DECODE_AHEAD, DECODE_BEHIND) + 8;

export type WantedSlice = { index: number; bitmap: ImageBitmap } | { index: number; error: string };

export class SliceLoader {
  private readonly bitmaps = new Map<number, ImageBitmap>();
  private readonly send: (command: SliceCommand) => void;
  private readonly worker: Worker | null = null;
  private urls: readonly string[] = [];
  private generation = 0;
  private wanted = -1;
  private closed = false;

  /** `onWanted` hears of the slice last asked for: its bitmap to draw, or why it failed. */
  constructor(private readonly onWanted: (slice: WantedSlice) => void) {
    try {
      const worker = new Worker(new URL("./slice-decoder.worker.ts", import.meta.url), { type: "module" });
      worker.onmessage = (event: MessageEvent<SliceMessage>) => this.receive(event.data);
      this.worker = worker;
      this.send = (command) => worker.postMessage(command);
    } catch {
      const scheduler = new SliceScheduler(browserSliceIo((message) => this.receive(message)));
      this.send = (command) => scheduler.receive(command);
    }
  }

  /** Shows slice `index` of `urls` (now if decoded, else once it is) and releases far ones. */
  show(urls: readonly string[], index: number, wholeSeries: boolean): void {
    if (urls !== this.urls) {
      this.release([...this.bitmaps.keys()], false);
      this.urls = urls;
      this.send({ type: "open", generation: ++this.generation, urls: [...urls] });
    }
    this.wanted = index;
    const ready = this.bitmaps.get(index);
    if (ready) this.onWanted({ index, bitmap: ready });
    this.send({ type: "show", generation: this.generation, index, wholeSeries });
    this.release([...this.bitmaps.keys()].filter((kept) => Math.abs(kept - index) > KEEP), true);
  }

  close(): void {
    this.closed = true;
    this.worker?.terminate();
    this.release([...this.bitmaps.keys()], false);
  }

  private release(indices: number[], tell: boolean): void {
    if (!indices.length) return;
    for (const index of indices) {
      this.bitmaps.get(index)?.close();
      this.bitmaps.delete(index);
    }
    // The worker decodes them again if they come near once more.
    if (tell) this.send({ type: "dropped", generation: this.generation, indices });
  }

  private receive(message: SliceMessage): void {
    if (this.closed || message.generation !== this.generation) {
      if (message.type === "slice") message.bitmap.close();
      return;
    }
    if (message.type === "slice") {
      const held = this.bitmaps.get(message.index);
      if (held && held !== message.bitmap) held.close();
      this.bitmaps.set(message.index, message.bitmap);
    }
    if (message.index === this.wanted) this.onWanted(message.type === "slice" ? { index: message.index, bitmap: message.bitmap } : { index: message.index, error: message.error });
  }
}
