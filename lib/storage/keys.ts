// Keys: what may name an object, and the content-addressed scheme images use (decision 034).
import { createHash } from "node:crypto";

/** The only content types storage accepts, by key extension. SVG and HTML can never be stored. */
const CONTENT_TYPE_BY_EXTENSION = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  dcm: "application/dicom",
} as const;

export type StoredExtension = keyof typeof CONTENT_TYPE_BY_EXTENSION;
export type StoredContentType = (typeof CONTENT_TYPE_BY_EXTENSION)[StoredExtension];

export class InvalidKeyError extends Error {
  constructor(key: string, reason: string) {
    // The key is ours (ids and hashes), never patient text, so it may appear in the message.
    super(`invalid storage key ${JSON.stringify(key.slice(0, 200))}: ${reason}`);
    this.name = "InvalidKeyError";
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const MAX_KEY_LENGTH = 512;

function checkSegments(value: string, segments: string[]) {
  if (value.length === 0) throw new InvalidKeyError(value, "empty");
  if (value.length > MAX_KEY_LENGTH) throw new InvalidKeyError(value, "too long");
  if (value.startsWith("/") || /^[A-Za-z]:/.test(value)) throw new InvalidKeyError(value, "absolute path");
  if (value.includes("\\")) throw new InvalidKeyError(value, "backslash");
  for (const segment of segments) {
    if (segment === "." || segment === "..") throw new InvalidKeyError(value, "'.' or '..' segment");
    // A segment must start with a letter or digit, so hidden files and "..." cannot be named.
    if (!SEGMENT.test(segment)) throw new InvalidKeyError(value, `bad segment ${JSON.stringify(segment)}`);
  }
}

/** Throws InvalidKeyError unless `key` is a relative path of safe segments with a known extension. */
export function assertValidKey(key: string): void {
  checkSegments(key, key.split("/"));
  contentTypeForKey(key);
}

/**
 * A prefix is a key's beginning: the same segments, optionally ending with "/". An empty prefix
 * (everything) is refused on purpose, so no caller can wipe the store by passing "".
 */
export function assertValidPrefix(prefix: string): void {
  const segments = prefix.split("/");
  if (prefix.endsWith("/")) segments.pop();
  checkSegments(prefix, segments);
}

export function contentTypeForKey(key: string): StoredContentType {
  const extension = key.slice(key.lastIndexOf(".") + 1).toLowerCase();
  if (!Object.hasOwn(CONTENT_TYPE_BY_EXTENSION, extension)) {
    throw new InvalidKeyError(key, "extension must be one of " + Object.keys(CONTENT_TYPE_BY_EXTENSION).join(", "));
  }
  return CONTENT_TYPE_BY_EXTENSION[extension as StoredExtension];
}

export function extensionForContentType(contentType: StoredContentType): StoredExtension {
  const found = Object.entries(CONTENT_TYPE_BY_EXTENSION).find(([, type]) => type === contentType);
  if (!found) throw new Error(`no extension for ${contentType}`);
  return found[0] as StoredExtension;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Everything of one case lives under this prefix, so deleting the case is one deletePrefix. */
export function casePrefix(caseId: string): string {
  const prefix = `cases/${caseId}/`;
  assertValidPrefix(prefix);
  return prefix;
}

/**
 * The key of a de-identified object: `cases/<caseId>/<sha256 of the bytes>.<ext>`. Content-addressed,
 * so a retried job writes the same key (idempotent) and identical slices are stored once per case.
 * Scoped by case rather than global so deleting a case needs no reference counting; the bytes of
 * two cases differ anyway, because DICOM UIDs are replaced per case.
 */
export function imageKey(caseId: string, bytes: Uint8Array, contentType: StoredContentType): string {
  const key = `${casePrefix(caseId)}${sha256Hex(bytes)}.${extensionForContentType(contentType)}`;
  assertValidKey(key);
  return key;
}
