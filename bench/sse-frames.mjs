// Server-Sent Events read by the bench's clients (bench/sse.mjs, bench/conference.mjs): each frame
// (the text up to a blank line) as it arrives; resolves when the stream ends, however it ends.
export async function eachFrame(body, onFrame) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read().catch(() => ({ done: true }));
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      onFrame(frame);
    }
  }
}
