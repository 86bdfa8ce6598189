// The one storage interface images live behind (decision 034). Two drivers implement it: the local
// disk (default) and any S3-compatible object store. Callers never see which one they hold.

/** An object opened for streaming, e.g. straight into a route handler's `new Response(body)`. */
export type StoredObjectStream = {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
};

export interface ObjectStorage {
  /** Which driver this is, for logs and the health page; never used to branch behaviour. */
  readonly driver: "local" | "s3";
  /**
   * Writes `bytes` under `key`, replacing any object already there. The content type must be the
   * one the key's extension implies (see `contentTypeForKey`): storage never holds SVG or HTML.
   * A put is all-or-nothing: a reader sees the old object, the new one, or none, never half.
   */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is no object at `key`. */
  get(key: string): Promise<Uint8Array | null>;
  /** The object as a web stream with its size and type, or null when absent. */
  open(key: string): Promise<StoredObjectStream | null>;
  exists(key: string): Promise<boolean>;
  /** Deletes the object; deleting an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key that starts with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  /** Deletes every object under `prefix` (e.g. `cases/<caseId>/`) and returns how many. */
  deletePrefix(prefix: string): Promise<number>;
}
