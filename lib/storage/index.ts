export type { ObjectStorage, StoredObjectStream } from "./types";
export { storageFromConfig, storageConfigSchema, DEFAULT_IMAGES_DIR, type StorageConfig } from "./config";
export { createLocalStorage } from "./local";
export { createS3Storage, type S3StorageConfig } from "./s3";
export {
  assertValidKey,
  assertValidPrefix,
  casePrefix,
  contentTypeForKey,
  imageKey,
  InvalidKeyError,
  sha256Hex,
  type StoredContentType,
} from "./keys";
export { TempUploads } from "./temp";
