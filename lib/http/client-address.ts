import { isIP } from "node:net";

/**
 * Who may tell us the client's address. By default nobody: the address is the TCP peer's. Behind a
 * reverse proxy, TRUSTED_PROXIES names it, either as a hop count ("1": the last X-Forwarded-For entry
 * was appended by our one proxy) or as address ranges ("10.0.0.0/8, 192.168.1.7"): entries are taken
 * from the right while they come from a trusted range.
 */
export type ProxyTrust =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "ranges"; ranges: AddressRange[] };

export interface AddressRange {
  bytes: Uint8Array;
  prefix: number;
}

export function parseProxyTrust(setting: string | undefined): ProxyTrust {
  const value = setting?.trim() ?? "";
  if (value === "" || value === "0" || value === "false") return { kind: "none" };
  if (/^\d+$/.test(value)) return { kind: "hops", hops: Math.min(Number(value), 16) };
  const ranges = value.split(",").map((part) => parseRange(part.trim()));
  return { kind: "ranges", ranges };
}

function parseRange(text: string): AddressRange {
  const [address = "", prefixText] = text.split("/");
  const bytes = addressBytes(address);
  if (!bytes) throw new Error(`TRUSTED_PROXIES: "${text}" is not an IP address or CIDR range`);
  const max = bytes.length * 8;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) {
    throw new Error(`TRUSTED_PROXIES: "${text}" has a prefix outside 0-${max}`);
  }
  return { bytes, prefix };
}

/** IPv4 as 4 bytes, IPv6 as 16; an IPv4-mapped IPv6 address (::ffff:1.2.3.4) is read as IPv4. */
export function addressBytes(address: string): Uint8Array | null {
  const plain = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(plain);
  const text = mapped?.[1] ?? plain;
  const version = isIP(text);
  if (version === 4) return Uint8Array.from(text.split(".").map(Number));
  if (version === 6) return ipv6Bytes(text);
  return null;
}

function ipv6Bytes(text: string): Uint8Array {
  const [head = "", tail] = text.split("::");
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  // A trailing dotted IPv4 part counts as two groups.
  const expand = (list: string[]) =>
    list.flatMap((group) => {
      if (!group.includes(".")) return [Number.parseInt(group, 16)];
      const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
      return [(a << 8) | b, (c << 8) | d];
    });
  const l = expand(left);
  const r = expand(right);
  const words = [...l, ...new Array(8 - l.length - r.length).fill(0), ...r];
  const bytes = new Uint8Array(16);
  words.forEach((word, i) => {
    bytes[i * 2] = word >> 8;
    bytes[i * 2 + 1] = word & 0xff;
  });
  return bytes;
}

export function inRange(address: string, range: AddressRange): boolean {
  const bytes = addressBytes(address);
  if (!bytes || bytes.length !== range.bytes.length) return false;
  let bits = range.prefix;
  for (let i = 0; bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if (((bytes[i] ?? 0) & mask) !== ((range.bytes[i] ?? 0) & mask)) return false;
  }
  return true;
}

export function isLoopback(address: string | null | undefined): boolean {
  if (!address) return false;
  const bytes = addressBytes(address);
  if (!bytes) return false;
  if (bytes.length === 4) return bytes[0] === 127;
  return bytes.every((byte, i) => byte === (i === 15 ? 1 : 0));
}

/** A bind address that only this machine can reach: a loopback address or "localhost". */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || isLoopback(host);
}

/** Normalises "::ffff:127.0.0.1" to "127.0.0.1", so audit rows and rate-limit keys agree. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped?.[1] ?? address;
}

export interface PeerInfo {
  /** The TCP peer: the socket's remote address. */
  socketAddress: string | null;
  /** The X-Forwarded-For header as received, or null. */
  forwardedFor: string | null;
}

/**
 * The client's address: the socket's peer unless that peer is a trusted proxy, in which case the
 * X-Forwarded-For chain is walked from the right over trusted hops only. Entries a client wrote
 * itself (to the left of what our proxies appended) are never believed.
 */
export function clientAddress(peer: PeerInfo, trust: ProxyTrust): string | null {
  const socket = peer.socketAddress ? plainAddress(peer.socketAddress) : null;
  if (trust.kind === "none" || !socket) return socket;
  const chain = (peer.forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "" && addressBytes(entry) !== null)
    .map(plainAddress);
  if (trust.kind === "hops") {
    // The socket is the nearest proxy; each of `hops` proxies appended the address it saw.
    const index = chain.length - trust.hops;
    return index >= 0 ? (chain[index] ?? socket) : (chain[0] ?? socket);
  }
  if (!trust.ranges.some((range) => inRange(socket, range))) return socket;
  let address = socket;
  for (let i = chain.length - 1; i >= 0; i--) {
    address = chain[i] as string;
    if (!trust.ranges.some((range) => inRange(address, range))) return address;
  }
  return address;
}

/** Whether the peer is a proxy we trust to state the original Host and protocol. */
export function peerIsTrustedProxy(socketAddress: string | null, trust: ProxyTrust): boolean {
  if (!socketAddress || trust.kind === "none") return false;
  if (trust.kind === "hops") return true;
  return trust.ranges.some((range) => inRange(plainAddress(socketAddress), range));
}
