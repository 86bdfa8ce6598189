// The stack viewer's worker: fetches a series' slices and decodes those near the one shown, off the
// page's main thread, and hands each over as an ImageBitmap (transferred, not copied) that a canvas
// draws in a fraction of a millisecond (decision 112). Same origin, so the session cookie goes with
// each request and the image route still decides, request by request, what this viewer may see.
import { browserSliceIo, SliceScheduler, type SliceCommand, type SliceMessage } from "@/lib/images/slice-scheduler";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<SliceCommand>) => void) | null;
  postMessage(message: SliceMessage, transfer?: Transferable[]): void;
};

const scheduler = new SliceScheduler(browserSliceIo((message) => scope.postMessage(message, message.type === "slice" ? [message.bitmap] : [])));
scope.onmessage = (event) => scheduler.receive(event.data);
