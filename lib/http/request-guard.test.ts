import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { refusalFor } from "./request-guard";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers: { host: "rounds.test", ...headers } }) as unknown as IncomingMessage;

describe("requests refused before Next.js", () => {
  it("answers a broken percent-encoding or a control character in the address with 400", () => {
    expect(refusalFor(request("/api/cases/%E0%A4%A/comments"), [])).toMatchObject({ status: 400, code: "invalid_input" });
    expect(refusalFor(request("/api/cases/%00/export"), [])).toMatchObject({ status: 400 });
    expect(refusalFor(request("/cases?q=%00"), [])).toMatchObject({ status: 400 });
    expect(refusalFor(request("/cases/abc%0Adef"), [])).toMatchObject({ status: 400 });
  });

  it("lets ordinary addresses through, encoded characters and all", () => {
    expect(refusalFor(request("/cases/ckx1y2z3"), [])).toBeNull();
    expect(refusalFor(request("/cases?q=%C3%A9d%C3%A8me%20osseux&tag=stress%2Ffracture"), [])).toBeNull();
    expect(refusalFor(request("/api/diagnoses?q=100%25"), [])).toBeNull();
    // A tab or a newline in a query is text (the sign-in page sanitises a crafted return address).
    expect(refusalFor(request(`/signin?callbackUrl=${encodeURIComponent("/\t/evil.example")}`), [])).toBeNull();
  });

  it("answers a body over the limit with 413 before reading it", () => {
    expect(refusalFor(request("/cases/x", { "content-length": String(10 * 1024 * 1024), "next-action": "abc" }, "POST"), [])).toMatchObject({ status: 413, code: "too_large" });
    // The case import reads a case archive with its own, larger limit (lib/archive/format.ts).
    expect(refusalFor(request("/api/cases/import", { "content-length": String(200 * 1024 * 1024), origin: "http://rounds.test" }, "POST"), [])).toBeNull();
    expect(refusalFor(request("/api/cases/import/x", { "content-length": String(200 * 1024 * 1024) }, "POST"), [])).toMatchObject({ status: 413 });
    expect(refusalFor(request("/cases/x", { "content-length": "1000", "next-action": "abc", origin: "http://rounds.test" }, "POST"), [])).toBeNull();
  });

  it("refuses a server action posted from another site with 403, unless that origin is allowed", () => {
    const foreign = request("/cases/x", { "next-action": "abc", origin: "https://evil.example" }, "POST");
    expect(refusalFor(foreign, [])).toMatchObject({ status: 403, code: "forbidden" });
    expect(refusalFor(foreign, ["evil.example"])).toBeNull();
    expect(refusalFor(request("/cases/x", { "next-action": "abc", origin: "null" }, "POST"), [])).toMatchObject({ status: 403 });
    // Behind a proxy that forwards the public host.
    expect(refusalFor(request("/cases/x", { "next-action": "abc", origin: "https://rounds.example.org", "x-forwarded-host": "rounds.example.org" }, "POST"), [])).toBeNull();
  });
});

describe("changes posted from another site", () => {
  it("are refused on our own routes too, but not on next-auth's (its own CSRF token; a hospital's sign-in page posts back)", () => {
    expect(refusalFor(request("/api/cases/import", { origin: "https://evil.example" }, "POST"), [])).toMatchObject({ status: 403 });
    expect(refusalFor(request("/api/cases/import", { origin: "http://rounds.test" }, "POST"), [])).toBeNull();
    expect(refusalFor(request("/api/auth/callback/hospital", { origin: "https://idp.hospital.example" }, "POST"), [])).toBeNull();
    expect(refusalFor(request("/api/cases/x/export", { origin: "https://evil.example" }, "GET"), [])).toBeNull();
  });
});
