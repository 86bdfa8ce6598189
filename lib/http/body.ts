// Reading a request body with a limit, so a file route answers "too large" with the size and the
// limit instead of buffering whatever it is sent.
export type BodyRead = { ok: true; text: string } | { ok: false; bytes: number };
export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false; bytes: number };

/** The body's bytes, or how many arrived before it passed `limitBytes` (the rest is not read). */
export async function readBytesBody(request: Request, limitBytes: number): Promise<BytesRead> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) return { ok: false, bytes: declared };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limitBytes) {
      await reader.cancel();
      return { ok: false, bytes };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) };
}

export async function readTextBody(request: Request, limitBytes: number): Promise<BodyRead> {
  const read = await readBytesBody(request, limitBytes);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}

/** "2.4 MB": sizes as people read them in messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
