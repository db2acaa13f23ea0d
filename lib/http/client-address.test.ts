import { describe, expect, it } from "vitest";
import {
  type AddressRange,
  clientAddress,
  inRange,
  isLoopback,
  parseProxyTrust,
  peerIsTrustedProxy,
} from "./client-address";

describe("client address", () => {
  const none = parseProxyTrust(undefined);

  it("is the socket's peer by default, whatever X-Forwarded-For claims", () => {
    expect(clientAddress({ socketAddress: "203.0.113.9", forwardedFor: "1.2.3.4" }, none)).toBe(
      "203.0.113.9",
    );
    expect(clientAddress({ socketAddress: "::ffff:127.0.0.1", forwardedFor: "6.6.6.6, 7.7.7.7" }, none)).toBe(
      "127.0.0.1",
    );
    expect(peerIsTrustedProxy("127.0.0.1", none)).toBe(false);
  });

  it("with a hop count, takes the entry our proxies appended, never the client's own", () => {
    const one = parseProxyTrust("1");
    // The client forged "6.6.6.6"; our one proxy appended the address it saw.
    expect(clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7" }, one)).toBe(
      "198.51.100.7",
    );
    const two = parseProxyTrust("2");
    expect(
      clientAddress({ socketAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.7, 10.0.0.9" }, two),
    ).toBe("198.51.100.7");
  });

  it("with ranges, walks from the right over trusted proxies only", () => {
    const trust = parseProxyTrust("10.0.0.0/8, 192.168.1.7, fd00::/8");
    expect(
      clientAddress({ socketAddress: "10.1.2.3", forwardedFor: "6.6.6.6, 198.51.100.7, 192.168.1.7" }, trust),
    ).toBe("198.51.100.7");
    // A peer outside the ranges is the client, and its header is ignored.
    expect(clientAddress({ socketAddress: "203.0.113.1", forwardedFor: "10.0.0.1" }, trust)).toBe(
      "203.0.113.1",
    );
    expect(peerIsTrustedProxy("fd12::1", trust)).toBe(true);
    expect(peerIsTrustedProxy("192.168.1.8", trust)).toBe(false);
  });

  it("matches IPv4, IPv6 and IPv4-mapped addresses against ranges", () => {
    const trust = parseProxyTrust("172.16.0.0/12, 2001:db8::/32");
    if (trust.kind !== "ranges") throw new Error("expected ranges");
    const [v4, v6] = trust.ranges as [AddressRange, AddressRange];
    expect(inRange("172.31.255.255", v4)).toBe(true);
    expect(inRange("172.32.0.0", v4)).toBe(false);
    expect(inRange("::ffff:172.20.0.1", v4)).toBe(true);
    expect(inRange("2001:db8:1::1", v6)).toBe(true);
    expect(inRange("2001:db9::1", v6)).toBe(false);
  });

  it("knows loopback addresses", () => {
    for (const address of ["127.0.0.1", "127.8.9.1", "::1", "::ffff:127.0.0.1"])
      expect(isLoopback(address)).toBe(true);
    for (const address of ["10.0.0.1", "::", "0.0.0.0", "", null]) expect(isLoopback(address)).toBe(false);
  });

  it("refuses a setting it cannot read, naming it", () => {
    expect(() => parseProxyTrust("10.0.0.0/40")).toThrow("TRUSTED_PROXIES");
    expect(() => parseProxyTrust("proxy.example")).toThrow("TRUSTED_PROXIES");
  });
});
