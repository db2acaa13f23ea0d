import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Tests only: the real IANA documents copied into fixtures/iana/ (the domain code never reads files).
export function fixture(name: string): Buffer {
  return readFileSync(fileURLToPath(new URL(`../../fixtures/iana/${name}`, import.meta.url)));
}

const TIME_ELEMENT = /<(Inception|Expiration|SignatureInception|SignatureExpiration)>([^<]+)<\/\1>/g;

/**
 * A real SKR moved by `shiftMs` with every signature corrupted: the dates are rewritten (so the old
 * signatures no longer cover them) and one byte of each signature is flipped. It parses and passes the
 * structural checks; only verification tells it is not signed.
 */
export function corruptedSkr(bytes: Uint8Array, shiftMs: number): Buffer {
  const text = Buffer.from(bytes)
    .toString("utf8")
    .replace(TIME_ELEMENT, (_, name: string, value: string) => {
      const shifted = new Date(Date.parse(value) + shiftMs).toISOString().replace(".000Z", "+00:00");
      return `<${name}>${shifted}</${name}>`;
    })
    .replace(/<SignatureData>([^<]+)<\/SignatureData>/g, (_, data: string) => {
      const signature = Buffer.from(data, "base64");
      signature[0] = (signature[0] as number) ^ 0xff;
      return `<SignatureData>${signature.toString("base64")}</SignatureData>`;
    });
  return Buffer.from(text, "utf8");
}
