// Images for e2e specs: the upload protocol over HTTP, as the authoring form speaks it.
import type { APIRequestContext } from "@playwright/test";
import { expect } from "./fixtures";

/** Announces one file, sends it whole, and waits until the worker has processed it. */
export async function uploadOverHttp(request: APIRequestContext, studyId: string, bytes: Uint8Array) {
  const started = await request.post(`/api/studies/${studyId}/uploads`, { data: { files: [{ size: bytes.length }] } });
  expect(started.status()).toBe(201);
  const uploadId = (await started.json()).data.files[0].uploadId as string;
  const sent = await request.put(`/api/uploads/${uploadId}?offset=0`, { data: Buffer.from(bytes), headers: { "content-type": "application/octet-stream" } });
  expect(sent.status()).toBe(200);
  await expect.poll(async () => (await (await request.get(`/api/uploads/${uploadId}`)).json()).data.status, { timeout: 60_000 }).toBe("done");
}
