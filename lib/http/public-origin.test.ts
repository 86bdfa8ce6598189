import { describe, expect, it } from "vitest";
import { isLoopbackHost, pickLanAddress, publicOrigin, requestOrigin } from "./public-origin";

describe("requestOrigin", () => {
  it("uses the Host header, ignoring X-Forwarded-* from anyone but a trusted proxy", () => {
    expect(requestOrigin({ host: "192.168.1.20:3000", forwardedHost: "evil.example", forwardedProto: "https", viaTrustedProxy: false, encrypted: false })).toBe("http://192.168.1.20:3000");
  });
  it("believes X-Forwarded-Host and -Proto from a trusted proxy", () => {
    expect(requestOrigin({ host: "10.0.0.5:3000", forwardedHost: "rounds.hospital.example", forwardedProto: "https", viaTrustedProxy: true, encrypted: false })).toBe("https://rounds.hospital.example");
  });
  it("refuses a malformed host and an unknown protocol", () => {
    expect(requestOrigin({ host: "a b/c", viaTrustedProxy: false, encrypted: false })).toBeNull();
    expect(requestOrigin({ host: "x.example", forwardedProto: "javascript", viaTrustedProxy: true, encrypted: true })).toBe("https://x.example");
  });
});

describe("publicOrigin", () => {
  it("prefers a configured public NEXTAUTH_URL", () => {
    expect(publicOrigin({ configured: "https://rounds.example.org/base", request: "http://192.168.1.20:3000", lanAddress: "192.168.1.20" })).toBe("https://rounds.example.org");
  });
  it("never hands a phone localhost: a loopback NEXTAUTH_URL or request becomes the machine's network address", () => {
    expect(publicOrigin({ configured: "http://localhost:3000", request: "http://localhost:3000", lanAddress: "192.168.1.20" })).toBe("http://192.168.1.20:3000");
    expect(publicOrigin({ request: "http://127.0.0.1:3384", lanAddress: "10.1.2.3" })).toBe("http://10.1.2.3:3384");
    expect(publicOrigin({ configured: "http://localhost:3000", request: "http://rounds.lan:3000", lanAddress: "10.1.2.3" })).toBe("http://rounds.lan:3000");
  });
  it("keeps loopback only when the machine has no network address", () => {
    expect(publicOrigin({ request: "http://localhost:3000", lanAddress: null })).toBe("http://localhost:3000");
  });
});

describe("addresses", () => {
  it("knows loopback hosts", () => {
    for (const host of ["localhost", "app.localhost", "127.0.0.1", "[::1]", "0.0.0.0"]) expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ["192.168.0.2", "rounds.example.org", "[fe80::1]"]) expect(isLoopbackHost(host), host).toBe(false);
  });
  it("picks a private IPv4 address first", () => {
    expect(pickLanAddress({
      lo: [{ address: "127.0.0.1", family: "IPv4", internal: true }],
      eth0: [{ address: "fe80::1", family: "IPv6", internal: false }, { address: "203.0.113.4", family: "IPv4", internal: false }],
      wlan0: [{ address: "192.168.1.20", family: "IPv4", internal: false }],
    })).toBe("192.168.1.20");
    expect(pickLanAddress({ lo: [{ address: "127.0.0.1", family: "IPv4", internal: true }] })).toBeNull();
  });
});
