// Reading a request body with a limit, so a file route answers "too large" with the size and the
// limit instead of buffering whatever it is sent.
export type BodyRead = { ok: true; text: string } | { ok: false; bytes: number };

export async function readTextBody(request: Request, limitBytes: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) return { ok: false, bytes: declared };
  if (!request.body) return { ok: true, text: "" };
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
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/** "2.4 MB": sizes as people read them in messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
