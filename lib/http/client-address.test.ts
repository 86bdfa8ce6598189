import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";

describe("the client's address", () => {
  const none = parseTrustedProxies(undefined);

  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("198.51.100.7", "203.0.113.1", none)).toBe("198.51.100.7");
    expect(clientAddress("::ffff:198.51.100.7", "203.0.113.1, 10.0.0.1", none)).toBe("198.51.100.7");
    expect(clientAddress("2001:db8::5", undefined, none)).toBe("2001:db8::5");
  });

  it("believes a trusted proxy, reading from the right and skipping other trusted proxies", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 127.0.0.1");
    expect(clientAddress("127.0.0.1", "198.51.100.7", trusted)).toBe("198.51.100.7");
    // A client cannot choose its address by sending the header itself: the proxy appends the real one.
    expect(clientAddress("10.1.2.3", "203.0.113.99, 198.51.100.7", trusted)).toBe("198.51.100.7");
    expect(clientAddress("10.1.2.3", ["198.51.100.7, 10.9.9.9", "10.0.0.2"], trusted)).toBe("198.51.100.7");
    // Garbage entries are skipped; with nothing usable the proxy itself is the client.
    expect(clientAddress("10.1.2.3", "not-an-address", trusted)).toBe("10.1.2.3");
    expect(clientAddress("10.1.2.3", undefined, trusted)).toBe("10.1.2.3");
  });

  it("does not believe an untrusted socket that claims to be a proxy", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    expect(clientAddress("198.51.100.7", "10.0.0.5", trusted)).toBe("198.51.100.7");
  });

  it("rejects a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.local")).toThrow(/proxy\.local/);
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/prefix/);
  });
});
