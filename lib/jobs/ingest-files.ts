// The ingest path for files already in hand (the demo seed; the bench): the same de-identification,
// rendering, storage and series placement as an upload's job, with the client and the storage
// passed in (a script has its own). One transaction places them all.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { deidentifyUpload } from "@/lib/images/ingest";
import type { ObjectStorage } from "@/lib/storage/types";
import { placeImages } from "./place";
import { prepareImage, type PreparedImage } from "./prepare";

/** A fixed "day 0" for shifted DICOM dates; it identifies nothing (decision 034). */
export const ORIGIN_DATE = "2000-01-01";

/** The case's secret and origin, created on first use (two callers at once agree on one row). */
export async function caseImagingFor(anyClient: { caseImaging: unknown }, caseId: string): Promise<{ secret: Uint8Array<ArrayBuffer>; originDate: string }> {
  // The app's client (with its omit settings) and a script's plain one differ only in types here.
  const client = anyClient as Pick<PrismaClient, "caseImaging">;
  await client.caseImaging.createMany({ data: [{ caseId, secret: randomBytes(32), originDate: ORIGIN_DATE }], skipDuplicates: true });
  const row = await client.caseImaging.findUniqueOrThrow({ where: { caseId }, select: { secret: true, originDate: true } });
  return { secret: new Uint8Array(row.secret), originDate: row.originDate };
}

/** De-identifies, renders, stores and places `files` in the study; returns images added and failure messages. */
export async function ingestFiles(
  client: PrismaClient,
  storage: ObjectStorage,
  study: { id: string; caseId: string; dayOffset: number },
  files: Uint8Array[],
): Promise<{ added: number; failed: string[] }> {
  const imaging = await caseImagingFor(client, study.caseId);
  const prepared: PreparedImage[] = [];
  const failed: string[] = [];
  const written: string[] = [];
  for (const bytes of files) {
    const result = await deidentifyUpload(bytes, { caseSecret: imaging.secret, originDate: imaging.originDate, dayOffset: study.dayOffset });
    if (!result.ok) {
      failed.push(result.message);
      continue;
    }
    for (const file of result.value) {
      if (file.result.ok) prepared.push(await prepareImage(storage, study.caseId, file.result.value, written));
      else failed.push(file.result.message);
    }
  }
  const added = prepared.length ? await client.$transaction((tx) => placeImages(tx, study, prepared), { timeout: 60_000 }) : 0;
  return { added, failed };
}
