// Local-disk driver: one file per key under a root folder (default `.data/images`, git-ignored).
import { randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertValidKey, assertValidPrefix, contentTypeForKey } from "./keys";
import type { ObjectStorage } from "./types";

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

export function createLocalStorage(rootDir: string): ObjectStorage {
  const root = path.resolve(rootDir);

  function pathOf(key: string): string {
    assertValidKey(key);
    const full = path.resolve(root, key);
    // Key validation already forbids escaping; this is the belt to its braces.
    if (!full.startsWith(root + path.sep)) throw new Error("storage key resolves outside the root");
    return full;
  }

  function checkContentType(key: string, contentType: string) {
    const expected = contentTypeForKey(key);
    if (contentType !== expected) throw new Error(`content type ${contentType} does not match ${expected} of the key`);
  }

  async function walk(dir: string, relative: string, out: string[]) {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      // Temporary files of writes in progress start with "." and are never keys.
      if (entry.name.startsWith(".")) continue;
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), childRelative, out);
      else if (entry.isFile()) out.push(childRelative);
    }
  }

  const storage: ObjectStorage = {
    driver: "local",

    async put(key, bytes, contentType) {
      checkContentType(key, contentType);
      const target = pathOf(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write beside the target, then rename: readers never see a half-written object.
      const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
      try {
        await writeFile(temporary, bytes);
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },

    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async open(key) {
      const file = pathOf(key);
      try {
        const info = await stat(file);
        if (!info.isFile()) return null;
        const body = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
        return { body, size: info.size, contentType: contentTypeForKey(key) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async exists(key) {
      try {
        return (await stat(pathOf(key))).isFile();
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },

    async delete(key) {
      try {
        await unlink(pathOf(key));
      } catch (error) {
        if (!isMissing(error)) throw error;
      }
    },

    async list(prefix) {
      assertValidPrefix(prefix);
      // Walk only the deepest folder the prefix names, then filter by the full prefix.
      const folder = prefix.slice(0, prefix.lastIndexOf("/") + 1);
      const keys: string[] = [];
      await walk(path.join(root, folder), folder.replace(/\/$/, ""), keys);
      return keys.filter((key) => key.startsWith(prefix)).sort();
    },

    async deletePrefix(prefix) {
      const keys = await storage.list(prefix);
      for (const key of keys) await storage.delete(key);
      if (prefix.endsWith("/")) await rm(path.join(root, prefix), { recursive: true, force: true });
      return keys.length;
    },
  };
  return storage;
}
