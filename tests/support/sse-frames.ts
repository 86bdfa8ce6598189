// Server-Sent Events read in tests: each frame (the text up to a blank line) as it arrives.
export function readFrames(stream: ReadableStream<Uint8Array>, onFrame: (frame: string) => void) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const done = (async () => {
    for (;;) {
      const { value, done: ended } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (ended) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        onFrame(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  })();
  /** Stops reading; resolves once the last frame has been handled. */
  const close = () => reader.cancel().then(() => done);
  return { close };
}
