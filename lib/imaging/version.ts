// The version an image's URLs carry (decision 094): a short hash of the storage keys its row names.
// Keys are content-addressed (decision 034), so the version changes exactly when a stored object
// does (a black-out writes new objects under new keys, decision 092) and never otherwise. Built on
// the server from keys the reads already select; the keys themselves never reach a client.
import "server-only";
import { createHash } from "node:crypto";

/** The objects an image row names: the displayed image, its thumbnail and, for DICOM, the instance. */
export type StoredObjects = { fullKey: string; thumbKey: string; dicomKey: string | null };

/** The Prisma select for `StoredObjects` (spread into an image select). */
export const storedObjectsSelect = { fullKey: true, thumbKey: true, dicomKey: true } as const;

/**
 * 16 base64url characters (96 bits) of SHA-256 over the keys. It says nothing a viewer who is
 * handed the URL could not learn from the pixels themselves; only the route compares it.
 */
export function imageVersion(objects: StoredObjects): string {
  return createHash("sha256").update(`${objects.fullKey}\n${objects.thumbKey}\n${objects.dicomKey ?? ""}`).digest("base64url").slice(0, 16);
}

/** A row with its keys swapped for the version: what may leave the server. */
export function withVersion<T extends StoredObjects>(row: T): Omit<T, keyof StoredObjects> & { version: string } {
  const { fullKey, thumbKey, dicomKey, ...rest } = row;
  return { ...rest, version: imageVersion({ fullKey, thumbKey, dicomKey }) };
}
