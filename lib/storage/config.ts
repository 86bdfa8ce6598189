// Chooses and builds the storage driver from configuration values. It takes the values as a
// parameter (lib/core/env.ts reads the environment; nothing here touches process.env).
import { z } from "zod";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import type { ObjectStorage } from "./types";

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

export const storageConfigSchema = z
  .object({
    S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
    S3_BUCKET: optionalText,
    S3_ACCESS_KEY_ID: optionalText,
    S3_SECRET_ACCESS_KEY: optionalText,
    S3_REGION: optionalText,
    IMAGES_DIR: optionalText,
  })
  .superRefine((config, context) => {
    const s3Fields = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    const set = s3Fields.filter((field) => config[field] !== undefined);
    // Half an S3 configuration is a mistake to report, not a reason to fall back to the disk.
    if (set.length > 0 && set.length < s3Fields.length) {
      const missing = s3Fields.filter((field) => config[field] === undefined);
      context.addIssue({ code: "custom", message: `S3 storage needs ${missing.join(", ")} as well` });
    }
  });

export type StorageConfig = z.input<typeof storageConfigSchema>;

export const DEFAULT_IMAGES_DIR = ".data/images";
export const DEFAULT_S3_REGION = "us-east-1";

/**
 * S3 when S3_ENDPOINT, S3_BUCKET and both credentials are set; otherwise the local disk at
 * IMAGES_DIR (default `.data/images`, relative to the working directory). Throws a readable error
 * on a partial or malformed configuration.
 */
export function storageFromConfig(values: StorageConfig): ObjectStorage {
  const parsed = storageConfigSchema.safeParse(values);
  if (!parsed.success) {
    throw new Error(`storage configuration: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`);
  }
  const config = parsed.data;
  if (config.S3_ENDPOINT && config.S3_BUCKET && config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY) {
    return createS3Storage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      region: config.S3_REGION ?? DEFAULT_S3_REGION,
    });
  }
  return createLocalStorage(config.IMAGES_DIR ?? DEFAULT_IMAGES_DIR);
}
