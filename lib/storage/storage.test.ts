// One contract, both drivers: the local disk and S3 (against s3rver, an S3-compatible server in Node
// started here on a free port).
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLocalStorage } from "./local";
import { createS3Storage } from "./s3";
import { imageKey, InvalidKeyError } from "./keys";
import type { ObjectStorage } from "./types";

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
const dicom = new Uint8Array(300).fill(7);

async function readStream(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

type DriverUnderTest = { name: string; setUp: () => Promise<ObjectStorage>; tearDown: () => Promise<void> };

let localRoot = "";
let s3Directory = "";
let server: S3rver | undefined;

const drivers: DriverUnderTest[] = [
  {
    name: "local disk",
    setUp: async () => {
      localRoot = await mkdtemp(path.join(os.tmpdir(), "rounds-images-"));
      return createLocalStorage(localRoot);
    },
    tearDown: () => rm(localRoot, { recursive: true, force: true }),
  },
  {
    name: "S3 (s3rver)",
    setUp: async () => {
      s3Directory = await mkdtemp(path.join(os.tmpdir(), "rounds-s3rver-"));
      server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory: s3Directory, configureBuckets: [{ name: "rounds-images" }] });
      const { port } = await server.run();
      return createS3Storage({
        endpoint: `http://127.0.0.1:${port}`,
        bucket: "rounds-images",
        accessKeyId: "S3RVER",
        secretAccessKey: "S3RVER",
        region: "us-east-1",
      });
    },
    tearDown: async () => {
      await server?.close();
      await rm(s3Directory, { recursive: true, force: true });
    },
  },
];

describe.each(drivers)("storage contract: $name", ({ setUp, tearDown }) => {
  let storage: ObjectStorage;
  beforeAll(async () => {
    storage = await setUp();
  });
  afterAll(tearDown);

  it("puts, gets, opens and checks existence", async () => {
    const key = imageKey("case1", png, "image/png");
    expect(key).toMatch(/^cases\/case1\/[0-9a-f]{64}\.png$/);
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.open(key)).toBeNull();

    await storage.put(key, png, "image/png");
    expect(await storage.exists(key)).toBe(true);
    expect(Array.from((await storage.get(key))!)).toEqual(Array.from(png));
    const opened = await storage.open(key);
    expect(opened).not.toBeNull();
    expect(opened!.contentType).toBe("image/png");
    expect(opened!.size).toBe(png.length);
    expect(Array.from(await readStream(opened!.body))).toEqual(Array.from(png));
  });

  it("overwrites a key, and deleting an absent key is not an error", async () => {
    const key = "cases/case1/overwrite.dcm";
    await storage.put(key, new Uint8Array([1]), "application/dicom");
    await storage.put(key, dicom, "application/dicom");
    expect((await storage.get(key))!.length).toBe(dicom.length);
    await storage.delete(key);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
  });

  it("lists and deletes by prefix without touching other cases", async () => {
    await storage.put("cases/a/1.png", png, "image/png");
    await storage.put("cases/a/series/2.dcm", dicom, "application/dicom");
    await storage.put("cases/ab/3.png", png, "image/png");
    await storage.put("cases/b/4.png", png, "image/png");
    expect(await storage.list("cases/a/")).toEqual(["cases/a/1.png", "cases/a/series/2.dcm"]);
    expect(await storage.list("cases/a")).toEqual(["cases/a/1.png", "cases/a/series/2.dcm", "cases/ab/3.png"]);
    expect(await storage.deletePrefix("cases/a/")).toBe(2);
    expect(await storage.list("cases/a/")).toEqual([]);
    expect(await storage.exists("cases/ab/3.png")).toBe(true);
    expect(await storage.exists("cases/b/4.png")).toBe(true);
  });

  it("refuses unsafe keys and prefixes before touching the store", async () => {
    for (const key of ["../escape.png", "/etc/passwd.png", "cases/../../x.png", "cases/./x.png", "cases//x.png", "C:/x.png", "cases\\x.png", ".hidden.png"]) {
      await expect(storage.put(key, png, "image/png")).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(InvalidKeyError);
    }
    await expect(storage.deletePrefix("")).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(storage.deletePrefix("../")).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(storage.list("/")).rejects.toBeInstanceOf(InvalidKeyError);
  });

  it("never stores SVG or HTML, and the type must match the key", async () => {
    await expect(storage.put("cases/a/x.svg", png, "image/svg+xml")).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(storage.put("cases/a/x.html", png, "text/html")).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(storage.put("cases/a/x.png", png, "text/html")).rejects.toThrow(/does not match/);
  });
});

describe("local disk driver", () => {
  it("leaves no temporary files behind a put", async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "rounds-images-"));
    try {
      const storage = createLocalStorage(root);
      await storage.put("cases/c/1.png", png, "image/png");
      expect(await readdir(path.join(root, "cases/c"))).toEqual(["1.png"]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
