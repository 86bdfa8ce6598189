// The app's configured stores, built once per process from lib/core/env.ts: the image storage
// (disk or S3, decision 034) and the temporary area for upload chunks.
import "server-only";
import os from "node:os";
import path from "node:path";
import { env, storageEnv } from "@/lib/core/env";
import { storageFromConfig } from "./config";
import { TempUploads } from "./temp";
import type { ObjectStorage } from "./types";

const cache = globalThis as unknown as { roundsImageStorage?: ObjectStorage; roundsTempUploads?: TempUploads };

export function imageStorage(): ObjectStorage {
  return (cache.roundsImageStorage ??= storageFromConfig(storageEnv()));
}

export function tempUploads(): TempUploads {
  return (cache.roundsTempUploads ??= new TempUploads(env().UPLOAD_TMP_DIR ?? path.join(os.tmpdir(), "rounds-uploads")));
}
