// Reading a chunk's bytes with a cap, for the upload route (the request guard already refuses
// bodies over 5 MB by their declared length; this also stops a body sent without one).
export async function readChunk(request: Request, limitBytes: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false }> {
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      return { ok: false };
    }
    parts.push(value);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(parts)) };
}
