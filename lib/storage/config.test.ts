import { describe, expect, it } from "vitest";
import { storageFromConfig } from "./config";

describe("storageFromConfig", () => {
  it("uses the local disk when no S3 variable is set", () => {
    expect(storageFromConfig({}).driver).toBe("local");
    expect(storageFromConfig({ IMAGES_DIR: "/tmp/rounds-images", S3_ENDPOINT: "" }).driver).toBe("local");
  });

  it("uses S3 when the endpoint, bucket and both credentials are set", () => {
    const storage = storageFromConfig({
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_BUCKET: "images",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(storage.driver).toBe("s3");
  });

  it("reports a partial S3 configuration instead of silently using the disk", () => {
    expect(() => storageFromConfig({ S3_ENDPOINT: "http://127.0.0.1:9000", S3_BUCKET: "images" })).toThrow(
      /S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    );
    expect(() =>
      storageFromConfig({ S3_ENDPOINT: "not a url", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "i", S3_SECRET_ACCESS_KEY: "s" }),
    ).toThrow(/storage configuration/);
  });
});
